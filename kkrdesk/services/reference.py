"""Reference data shipped in resources/reference: the 98 municipalities with region
and KKR, the five regions and the national organisations."""

from __future__ import annotations

import csv

from sqlalchemy import select

from kkrdesk.core.enums import GroupKind, OrgKind
from kkrdesk.core.models import Group, Organisation
from kkrdesk.core.paths import resource
from kkrdesk.core.store import Store

NETWORK_NAME = "KKR-digitaliseringsnetværket"


def _rows(name: str) -> list[dict[str, str]]:
    with resource("reference", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def reference_organisations() -> list[dict]:
    orgs = [
        dict(name=r["officielt_navn"], short_name=r["kort_navn"], kind=OrgKind.MUNICIPALITY,
             region=r["region"], kkr=r["kkr"])
        for r in _rows("kommuner.csv")
    ]
    orgs += [
        dict(name=r["navn"], short_name=r["kort_navn"], kind=OrgKind(r["type"]),
             region=r["region"] or None, kkr=r["kkr"] or None)
        for r in _rows("organisations.csv")
    ]
    return orgs


def ensure_reference_data(store: Store) -> int:
    """Add any missing reference organisation and the network group; return how many
    rows were added. Cheap when everything is there: the check reads plain rows
    (``Store.rows``), and only a missing row opens a transaction (and the ORM)."""
    if store.readonly:
        return 0
    orgs, groups = Organisation.__table__, Group.__table__
    network = select(groups.c.id).where(groups.c.kind == GroupKind.NETWORK)
    with store.rows() as conn:
        have = set(conn.scalars(select(orgs.c.name)))
        has_network = conn.scalar(network) is not None
    missing = [org for org in reference_organisations() if org["name"] not in have]
    if not missing and has_network:
        return 0
    with store.transaction() as s:  # asked again: another app may have added them since
        have = set(s.scalars(select(orgs.c.name)))
        missing = [org for org in missing if org["name"] not in have]
        for org in missing:
            s.add(Organisation(is_reference=True, **org))
        if s.scalar(network) is None:
            s.add(Group(name=NETWORK_NAME, kind=GroupKind.NETWORK))
            missing.append(NETWORK_NAME)
    return len(missing)


def network_group_id(session) -> int:
    gid = session.scalar(select(Group.id).where(Group.kind == GroupKind.NETWORK).order_by(Group.id))
    if gid is None:
        group = Group(name=NETWORK_NAME, kind=GroupKind.NETWORK)
        session.add(group)
        session.flush()
        gid = group.id
    return gid
