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
    rows were added. Cheap when everything is there: it reads the tables' columns, not
    ORM entities, which would configure every mapper before the first screen needs one."""
    if store.readonly:
        return 0
    orgs, groups = Organisation.__table__, Group.__table__
    with store.transaction() as s:
        have = set(s.scalars(select(orgs.c.name)))
        added = 0
        for org in reference_organisations():
            if org["name"] not in have:
                s.add(Organisation(is_reference=True, **org))
                added += 1
        if s.scalar(select(groups.c.id).where(groups.c.kind == GroupKind.NETWORK)) is None:
            s.add(Group(name=NETWORK_NAME, kind=GroupKind.NETWORK))
            added += 1
    return added


def network_group_id(session) -> int:
    gid = session.scalar(select(Group.id).where(Group.kind == GroupKind.NETWORK).order_by(Group.id))
    if gid is None:
        group = Group(name=NETWORK_NAME, kind=GroupKind.NETWORK)
        session.add(group)
        session.flush()
        gid = group.id
    return gid
