"""Rows of a KKR Desk database read with the standard library's sqlite3, as plain objects
carrying the ORM's attribute names and Python values (dates, times, decimals, booleans,
enums), so the read models are built from them by the same functions as from the ORM
(:mod:`kkrdesk.services.row_views`). Values are decoded as SQLAlchemy stores them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from enum import StrEnum

from kkrdesk.core import enums as e


class Row:
    """One row: its columns as attributes; relations are set by the reader."""

    def __init__(self, **values):
        self.__dict__.update(values)


def _decimal(scale: int):
    fmt = f"%.{scale}f"
    return lambda v: Decimal(fmt % v)


def _decoder(declared: str):
    kind = declared.upper()
    if kind == "DATE":
        return dt.date.fromisoformat
    if kind == "DATETIME":
        return dt.datetime.fromisoformat
    if kind == "TIME":
        return dt.time.fromisoformat
    if kind == "BOOLEAN":
        return bool
    if kind.startswith("NUMERIC"):
        scale = kind.partition(",")[2].strip(" )")
        return _decimal(int(scale) if scale.isdigit() else 10)
    return None


# The enum columns of the tables the overview reads (the models' enum_column()s).
ENUMS: dict[str, dict[str, type[StrEnum]]] = {
    "organisation": {"kind": e.OrgKind},
    "group": {"kind": e.GroupKind},
    "membership": {"role": e.Role},
    "meeting": {"status": e.MeetingStatus},
    "attendance": {"status": e.AttendanceStatus, "mode": e.AttendanceMode},
    "action_item": {"status": e.ActionStatus},
    "project": {"phase": e.ProjectPhase},
    "project_status_note": {"rag": e.Rag},
    "milestone": {"status": e.MilestoneStatus},
    "sor_proposal": {"kind": e.SorProposalKind, "status": e.SorStatus},
    "sor_status_change": {"status": e.SorStatus},
    "consultation_response": {"position": e.ResponsePosition},
}


def decoders(conn: sqlite3.Connection, table: str, columns: list[str]) -> list:
    declared = {r[1]: r[2] for r in conn.execute(f'PRAGMA table_info("{table}")')}
    own = ENUMS.get(table, {})
    return [_enum(own[c]) if c in own else _decoder(declared.get(c, "")) for c in columns]


def _enum(cls: type[StrEnum]):
    """The member of a stored value (as ``cls(value)``, without Enum's slow call)."""
    members = cls._value2member_map_

    def decode(value):
        member = members.get(value)
        return member if member is not None else cls(value)
    return decode


def select(conn: sqlite3.Connection, table: str, columns: str | None = None,
           where: str = "", order: str = "id", params=()) -> list[Row]:
    """``SELECT columns FROM table [WHERE where] ORDER BY order`` as Rows; ``columns``
    are the table's own (all when None)."""
    names = ([c.strip() for c in columns.split(",")] if columns
             else [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')
                   if r[2].upper() != "BLOB"])
    cols = ", ".join(f'"{c}"' for c in names)
    sql = f'SELECT {cols} FROM "{table}"' + (f" WHERE {where}" if where else "") + \
        (f" ORDER BY {order}" if order else "")
    decode = [(i, f) for i, f in enumerate(decoders(conn, table, names)) if f is not None]
    out = []
    new = Row.__new__
    for raw in conn.execute(sql, params):
        values = list(raw)
        for i, f in decode:
            if values[i] is not None:
                values[i] = f(values[i])
        row = new(Row)
        row.__dict__ = dict(zip(names, values))
        out.append(row)
    return out


def by_id(rows: list[Row]) -> dict[int, Row]:
    return {r.id: r for r in rows}


def children(rows: list[Row], key: str) -> dict[int, list[Row]]:
    """parent id -> its rows (in the rows' order)."""
    out: dict[int, list[Row]] = {}
    for r in rows:
        parent = getattr(r, key)
        if parent is not None:
            out.setdefault(parent, []).append(r)
    return out
