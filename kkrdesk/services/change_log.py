"""The log of who changed what when on a shared database (one row per committed user
action, written by the store in the same transaction): read back for ``kkrdesk log``
and the window's Vis > Ændringslog. A SQLite file on one laptop keeps no such log (one
person works in it; its own history is the undo stack and the SOR proposals' steps)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from kkrdesk.core.models import ChangeLog
from kkrdesk.core.store import Store

AREA_NAMES = {"meetings": "Dagsorden", "participants": "Deltagere", "sor": "SOR-forslag",
              "projects": "Projekter"}


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    who: str
    machine: str
    areas: tuple[str, ...]  # the tabs' names


def kept(store: Store) -> bool:
    """Whether this database keeps a log per person (only a shared one does)."""
    return store.on_server


def changes(store: Store, since: dt.date | None = None, limit: int = 1000,
            who: str | None = None) -> list[Change]:
    """The newest ``limit`` changes (from ``since`` on, by ``who`` only when given),
    newest first."""
    query = select(ChangeLog).order_by(ChangeLog.at.desc(), ChangeLog.id.desc()).limit(limit)
    if since is not None:
        query = query.where(ChangeLog.at >= dt.datetime.combine(since, dt.time()))
    if who is not None:
        query = query.where(ChangeLog.who == who)
    with store.reading() as s:
        return [Change(r.at, r.who, r.machine,
                       tuple(AREA_NAMES.get(a, a) for a in r.areas.split(",") if a))
                for r in s.scalars(query)]


def people(store: Store) -> list[str]:
    """Everyone the log names, in the order a Dane sorts names."""
    from kkrdesk.core.danish import sort_key

    with store.reading() as s:
        found = s.scalars(select(ChangeLog.who).distinct()).all()
    return sorted(found, key=sort_key)
