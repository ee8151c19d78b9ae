"""Undo snapshots, one mechanism for every area: copy rows (with their ids) before a
step removes them, and put them back exactly, so later undo steps that name those ids
still find them.

Two ways to take one, both giving a ``Snapshot``:
- ``delete_rows(session, table, ids)`` deletes rows and follows the schema's own foreign
  keys: rows that go with them (``ON DELETE CASCADE``) are copied too, and references
  that are emptied (``SET NULL``) are noted, so nothing a delete touches is forgotten
  when a new table is added.
- ``capture(session, table, where)`` copies chosen rows; a step that removes rows by its
  own rules (an import taken back, a meeting's whole agenda) names them itself and
  ``remove`` deletes exactly those.
``restore`` inserts the rows again with their ids, in the order they were taken (a row
that points at another row of its table is linked once all are back), and sets every
noted column back. All of it runs inside the caller's transaction. The snapshot works on
tables, not ORM objects, so it outlives the session that took it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, and_, delete, select, update

from kkrdesk.core.errors import NotFound
from kkrdesk.core.marked import Marked
from kkrdesk.core.models import Base
from kkrdesk.core.store import Store

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


_CHUNK = 500  # stay well below SQLite's limit on bound parameters

Rows = tuple[str, tuple[dict, ...]]  # a table's name and its rows as mappings
Reset = tuple[str, str, int, Any]  # table, column, row id, the value to set back


@dataclass(frozen=True)
class Snapshot:
    """Rows per table in the order they go back in, and column values to set back on
    rows that stay (references a delete emptied, texts it filled in)."""

    rows: tuple[Rows, ...] = ()
    reset: tuple[Reset, ...] = ()

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.rows if name == table)

    @property
    def is_empty(self) -> bool:
        return not self.rows


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def capture(session: Session, name: str, where) -> Rows:
    """The rows of table ``name`` that ``where`` selects, in key order."""
    t = table(name)
    found = session.execute(select(t).where(where).order_by(*t.primary_key)).mappings().all()
    return name, tuple(dict(r) for r in found)


def references(session: Session, name: str, column: str, ids: list[int]) -> list[Reset]:
    """Rows of ``name`` whose ``column`` points at one of ``ids``: what to set back when
    the rows ``ids`` point at return."""
    if not ids:
        return []
    t = table(name)
    found = session.execute(select(t.c.id, t.c[column]).where(t.c[column].in_(ids))).all()
    return [(name, column, r[0], r[1]) for r in found]


def _referrers(target: Table) -> list[tuple[Table, Any, str]]:
    """(child table, child column, ondelete) for every foreign key to ``target.id``."""
    out = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is target and fk.column.name == "id":
                out.append((child, fk.parent, (fk.ondelete or "").upper()))
    return out


def _collect(session: Session, root: str, ids: list[int]) -> Snapshot:
    """Copy the rows ``ids`` of ``root`` and, following the foreign keys, every row that
    cascades with them and every reference that would be emptied."""
    rows: list[Rows] = []
    reset: list[Reset] = []
    seen: set[tuple[str, int]] = set()
    queue: list[tuple[Table, list[int]]] = [(table(root), ids)]
    while queue:
        t, wanted = queue.pop(0)
        wanted = [i for i in wanted if (t.name, i) not in seen]
        if not wanted:
            continue
        seen.update((t.name, i) for i in wanted)
        batch = [dict(r) for part in _chunks(wanted)
                 for r in session.execute(select(t).where(t.c.id.in_(part))).mappings()]
        rows.append((t.name, tuple(batch)))
        for child, column, ondelete in _referrers(t):
            for part in _chunks(wanted):
                if "id" not in child.c:  # a link table (two keys): its rows go as they are
                    rows.append(capture(session, child.name, column.in_(part)))
                    continue
                found = session.execute(select(child.c.id, column).where(column.in_(part))).all()
                if ondelete == "CASCADE":
                    queue.append((child, [r[0] for r in found]))
                else:
                    reset.extend((child.name, column.name, r[0], r[1]) for r in found)
    return Snapshot(tuple(rows), tuple(reset))


def delete_rows(session: Session, table_name: str, ids: Iterable[int]) -> Snapshot:
    """Delete the rows ``ids`` of ``table_name`` (the database cascades the rest) and
    return what is needed to undo it."""
    ids = sorted(set(ids))
    if not ids:
        return Snapshot()
    snap = _collect(session, table_name, ids)
    root = table(table_name)
    for part in _chunks(ids):
        session.execute(delete(root).where(root.c.id.in_(part)))
    session.flush()
    session.expire_all()
    return snap


def remove(session: Session, snap: Snapshot) -> None:
    """Delete exactly the rows of a snapshot (the last taken first)."""
    for name, rows in reversed(snap.rows):
        t = table(name)
        if "id" not in t.c:  # a link table: each row by its keys
            for row in rows:
                session.execute(delete(t).where(and_(*(c == row[c.name] for c in t.primary_key))))
            continue
        for part in _chunks([r["id"] for r in rows]):
            session.execute(delete(t).where(t.c.id.in_(part)))
    session.flush()
    session.expire_all()


def restore(session: Session, snap: Snapshot) -> None:
    """Insert the rows of ``snap`` again (same ids) and set back every noted column."""
    later: list[Reset] = []
    for name, batch in snap.rows:
        t = table(name)
        # A row may point at another row of its own table (a sub-item's parent, who a
        # membership replaced): insert it unlinked and link it once every row is back.
        self_refs = [fk.parent.name for fk in t.foreign_keys
                     if fk.column.table is t and fk.parent.nullable]
        values = []
        for row in batch:
            row = dict(row)
            for col in self_refs:
                if row.get(col) is not None:
                    later.append((name, col, row["id"], row[col]))
                    row[col] = None
            values.append(row)
        for i in range(0, len(values), _CHUNK):
            session.execute(t.insert(), values[i:i + _CHUNK])
    for name, col, row_id, value in [*later, *snap.reset]:
        t = table(name)
        session.execute(update(t).where(t.c.id == row_id).values({col: value}))
    session.flush()
    session.expire_all()


def delete_row(store: Store, area: str, table_name: str, row_id: int,
               missing: Marked | None = None) -> Snapshot:
    """Delete one row (and what cascades with it) as one step of ``area``; ``missing``,
    when given, is the message if the row is gone already (a marked text, so the window
    can translate it)."""
    with store.transaction(area) as s:
        snap = delete_rows(s, table_name, [row_id])
        if missing is not None and snap.is_empty:
            raise NotFound(missing)
        return snap


def put_back(store: Store, area: str, snap: Snapshot) -> int | None:
    """Restore ``snap`` as one step of ``area``; the id of its first row comes back."""
    with store.transaction(area) as s:
        restore(s, snap)
    first = snap.rows[0][1] if snap.rows else ()
    return first[0]["id"] if first else None
