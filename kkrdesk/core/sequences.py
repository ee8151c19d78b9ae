"""Where each table's ids go on from, on both back ends, so a copy keeps it.

Ids are never reused (undo puts deleted rows back with their old ids). SQLite keeps
the highest id ever handed out in ``sqlite_sequence`` (AUTOINCREMENT); PostgreSQL in a
sequence per ``id`` column. Rows inserted with their ids leave a PostgreSQL sequence
where it was, so after a copy every sequence is set to the higher of the source's
position and the largest id copied; otherwise the next new row would take id 1 and
fail on the primary key."""

from __future__ import annotations

from sqlalchemy import Connection, Table, func, inspect, select, text


def id_tables(tables: list[Table]) -> list[Table]:
    """The tables whose integer ``id`` is handed out by the database."""
    return [t for t in tables if "id" in t.c and t.c.id.primary_key]


def positions(conn: Connection, tables: list[Table]) -> dict[str, int]:
    """table name -> the highest id handed out so far (0 when none)."""
    names = [t.name for t in id_tables(tables)]
    if conn.dialect.name == "sqlite":
        if not inspect(conn).has_table("sqlite_sequence"):
            return dict.fromkeys(names, 0)
        found = dict(conn.execute(text("SELECT name, seq FROM sqlite_sequence")).all())
        return {n: int(found.get(n, 0)) for n in names}
    out = {}
    for name in names:
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                           {"t": f'"{name}"'}).scalar()
        value = conn.execute(text(
            "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + seq)).scalar()
        out[name] = int(value or 0)
    return out


def resync(conn: Connection, tables: list[Table], at_least: dict[str, int] | None = None) -> None:
    """Set each id sequence past the largest id in its table (and past ``at_least``)."""
    at_least = at_least or {}
    for table in id_tables(tables):
        top = max(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar(),
                  at_least.get(table.name, 0))
        if conn.dialect.name == "sqlite":
            _sqlite_set(conn, table.name, top)
        else:
            conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :called)"),
                         {"t": f'"{table.name}"', "v": max(top, 1), "called": top > 0})


def _sqlite_set(conn: Connection, name: str, top: int) -> None:
    """Only a table made with AUTOINCREMENT keeps its place in sqlite_sequence (the
    others take the largest id plus one, which the copied rows already say)."""
    made = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :n"),
                        {"n": name}).scalar() or ""
    if "AUTOINCREMENT" not in made.upper() or not inspect(conn).has_table("sqlite_sequence"):
        return
    conn.execute(text("DELETE FROM sqlite_sequence WHERE name = :n"), {"n": name})
    if top:
        conn.execute(text("INSERT INTO sqlite_sequence (name, seq) VALUES (:n, :v)"),
                     {"n": name, "v": top})
