"""Row snapshots for undo: capture rows (with their ids) before a delete and put them
back exactly, so later undo steps that name those ids still find them.

Works on tables, not ORM objects, so one mechanism serves agenda items, actions,
attendance and whole meetings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from kkrdesk.core.models import Base


@dataclass(frozen=True)
class Snapshot:
    """Rows per table in insertion order, plus column values to set again on rows
    that only pointed at the deleted ones (SET NULL references)."""

    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    relinks: tuple[tuple[str, int, str, object], ...] = ()  # table, id, column, value


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def capture(session: Session, name: str, where) -> tuple[str, tuple[dict, ...]]:
    t = table(name)
    rows = session.execute(select(t).where(where).order_by(t.c.id)).mappings().all()
    return name, tuple(dict(r) for r in rows)


def references(session: Session, name: str, column: str, ids: list[int]) -> list[tuple[str, int, str, object]]:
    """Rows of ``name`` whose ``column`` points at one of ``ids`` (to relink on undo)."""
    if not ids:
        return []
    t = table(name)
    rows = session.execute(select(t.c.id, t.c[column]).where(t.c[column].in_(ids))).all()
    return [(name, r[0], column, r[1]) for r in rows]


def restore(session: Session, snap: Snapshot) -> None:
    for name, rows in snap.rows:
        if rows:
            session.execute(insert(table(name)), [dict(r) for r in rows])
    for name, row_id, column, value in snap.relinks:
        t = table(name)
        session.execute(update(t).where(t.c.id == row_id).values({column: value}))
    session.expire_all()


def remove(session: Session, snap: Snapshot) -> None:
    """Delete exactly the rows of a snapshot (children first)."""
    for name, rows in reversed(snap.rows):
        ids = [r["id"] for r in rows]
        if ids:
            t = table(name)
            session.execute(delete(t).where(t.c.id.in_(ids)))
    session.expire_all()


@dataclass(frozen=True)
class PresenterRows:
    """An agenda item's presenter rows as stored, with the names behind their links
    (used as free text if the person or organisation has been deleted since)."""

    rows: tuple[dict, ...]
    names: tuple[tuple[int | None, str, str], ...]  # per row: row id, person name, org name
