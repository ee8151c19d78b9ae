"""Move a database between back ends (SQLite file <-> PostgreSQL): every row of every
table with its id, in one transaction on the target, then verified by reading the
target again before the commit: the same number of rows and the same checksum per table.

The rows go through the models' own tables, so a value arrives as the same Python
value (a date, a boolean, an enum, a decimal) whichever database it came from, and the
checksum is taken over those values. The search index is not copied: the target's
triggers write it from the rows as they arrive. A target that holds rows is refused
unless ``replace`` is asked for, and then it is emptied in the same transaction."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, Table, delete, func, select, text

from kkrdesk.core import sequences
from kkrdesk.core.errors import StoreError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.models import Base
from kkrdesk.core.store import Store

CHUNK = 2000  # rows read and written at a time


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    tables: tuple[TableCopy, ...]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


TRANSIENT = ("app_session",)  # who has the source open now: not part of what moves


def model_tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in TRANSIENT]


def copy_database(source: Store, target: Store, *, replace: bool = False,
                  progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy every row of ``source`` into ``target`` (both open at the same schema)."""
    if source.schema_revision != target.schema_revision:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Databaserne har ikke samme skemaversion ({source} og {target}).").format(
            source=source.schema_revision, target=target.schema_revision))
    started = time.perf_counter()
    tables = model_tables()
    copied: list[TableCopy] = []
    with source.engine.connect() as src, target.engine.begin() as dst:
        _make_room(dst, tables, replace)
        for table in tables:
            copied.append(_copy_table(src, dst, table))
            if progress is not None:
                progress(table.name, copied[-1].rows)
        sequences.resync(dst, tables, sequences.positions(src, tables))
        for done in copied:  # read back before the commit: a mismatch leaves nothing
            _verify(dst, Base.metadata.tables[done.name], done)
    return CopyReport(tuple(copied), time.perf_counter() - started)


def _make_room(dst: Connection, tables: list[Table], replace: bool) -> None:
    held = [(t.name, n) for t in tables
            if (n := dst.execute(select(func.count()).select_from(t)).scalar())]
    if not held:
        return
    if not replace:
        named = ", ".join(f"{name} ({n})" for name, n in held[:4])
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Måldatabasen er ikke tom: {named}. Brug --replace for at "
            "erstatte alt i den med kildens indhold.").format(named=named))
    if dst.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in tables)
        dst.execute(text(f"TRUNCATE {names}, search_index"))
    else:
        for table in reversed(tables):
            dst.execute(delete(table))


def _copy_table(src: Connection, dst: Connection, table: Table) -> TableCopy:
    digest = hashlib.sha256()
    count = 0
    for chunk in _chunks(src, table):
        dst.execute(table.insert(), chunk)
        _feed(digest, chunk, table)
        count += len(chunk)
    return TableCopy(table.name, count, digest.hexdigest())


def _chunks(conn: Connection, table: Table) -> Iterable[list[dict]]:
    result = conn.execution_options(yield_per=CHUNK).execute(
        select(table).order_by(*table.primary_key.columns))
    for part in result.mappings().partitions(CHUNK):
        yield [dict(row) for row in part]


def _feed(digest, rows: list[dict], table: Table) -> None:
    names = [c.name for c in table.columns]
    for row in rows:
        digest.update(repr(tuple(canonical(row[n]) for n in names)).encode("utf-8"))


def canonical(value):
    """A value as both back ends give it back: a decimal without trailing zeros."""
    if isinstance(value, Decimal):
        return str(value.normalize())
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def table_checksum(conn: Connection, table: Table) -> TableCopy:
    digest, count = hashlib.sha256(), 0
    for chunk in _chunks(conn, table):
        _feed(digest, chunk, table)
        count += len(chunk)
    return TableCopy(table.name, count, digest.hexdigest())


def _verify(conn: Connection, table: Table, expected: TableCopy) -> None:
    found = table_checksum(conn, table)
    if found != expected:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Kopien af tabellen {table} stemmer ikke: {found} rækker "
            "i målet mod {expected} i kilden, eller indholdet afviger.").format(
            table=table.name, found=found.rows, expected=expected.rows))
