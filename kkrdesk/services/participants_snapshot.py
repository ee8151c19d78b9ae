"""Delete rows so that the deletion can be undone exactly.

A deletion in the participants area (a person, an organisation, memberships, the people
of an import) removes rows and, through the database's own ``ON DELETE`` rules, rows
that depend on them (a person's memberships and attendance) and references to them
(a meeting's chair, a presenter, who a membership replaced). ``delete_rows`` first
copies every row that will go and every reference that will be emptied into a
``Snapshot``; ``restore`` puts them all back with their old ids, so later undo steps
that name those ids keep working. Both run inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from kkrdesk.core.models import Base

_CHUNK = 500  # stay well below SQLite's limit on bound parameters


@dataclass(frozen=True)
class Snapshot:
    """Rows in the order they must be inserted again, and emptied references."""

    rows: tuple[tuple[str, tuple[tuple[tuple[str, Any], ...], ...]], ...] = ()
    nulled: tuple[tuple[str, str, int, Any], ...] = ()  # table, column, row id, old value

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.rows if name == table)

    @property
    def is_empty(self) -> bool:
        return not self.rows


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def _referrers(table: Table) -> list[tuple[Table, Any, str]]:
    """(child table, child column, ondelete) for every foreign key to ``table.id``."""
    out = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and fk.column.name == "id":
                out.append((child, fk.parent, (fk.ondelete or "").upper()))
    return out


def delete_rows(session: Session, table_name: str, ids: Iterable[int]) -> Snapshot:
    """Delete the rows ``ids`` of ``table_name`` and return what is needed to undo it."""
    ids = sorted(set(ids))
    if not ids:
        return Snapshot()
    rows: list[tuple[str, tuple]] = []
    nulled: list[tuple[str, str, int, Any]] = []
    seen: set[tuple[str, int]] = set()
    queue: list[tuple[Table, list[int]]] = [(_table(table_name), ids)]
    while queue:
        table, wanted = queue.pop(0)
        wanted = [i for i in wanted if (table.name, i) not in seen]
        if not wanted:
            continue
        seen.update((table.name, i) for i in wanted)
        batch = []
        for part in _chunks(wanted):
            for r in session.execute(select(table).where(table.c.id.in_(part))).mappings():
                batch.append(tuple(r.items()))
        rows.append((table.name, tuple(batch)))
        for child, column, ondelete in _referrers(table):
            for part in _chunks(wanted):
                found = session.execute(
                    select(child.c.id, column).where(column.in_(part))
                ).all()
                if ondelete == "CASCADE":
                    queue.append((child, [r[0] for r in found]))
                elif found:
                    nulled.extend((child.name, column.name, r[0], r[1]) for r in found)
    root = _table(table_name)
    for part in _chunks(ids):
        session.execute(delete(root).where(root.c.id.in_(part)))
    session.flush()
    return Snapshot(rows=tuple(rows), nulled=tuple(nulled))


def restore(session: Session, snapshot: Snapshot) -> None:
    """Insert the rows of ``snapshot`` again (same ids) and refill emptied references."""
    later: list[tuple[str, str, int, Any]] = []
    for name, batch in snapshot.rows:
        table = _table(name)
        # A row may point at another row of the same table (who a membership replaced);
        # insert with that reference empty and set it once every row is back.
        self_refs = [fk.parent.name for fk in table.foreign_keys
                     if fk.column.table is table and fk.parent.nullable]
        values = []
        for items in batch:
            row = dict(items)
            for col in self_refs:
                if row.get(col) is not None:
                    later.append((name, col, row["id"], row[col]))
                    row[col] = None
            values.append(row)
        for i in range(0, len(values), _CHUNK):
            session.execute(table.insert(), values[i:i + _CHUNK])
    for name, col, row_id, value in [*later, *snapshot.nulled]:
        table = _table(name)
        session.execute(update(table).where(table.c.id == row_id).values({col: value}))
    session.flush()
