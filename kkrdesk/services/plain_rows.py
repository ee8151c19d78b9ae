"""Rows read as plain objects (SQLAlchemy Core, no ORM instances): each row a
SimpleNamespace of its columns, which the read-model builders (services/row_views.py,
services/agenda/meeting_views.py) take as they take an ORM object. ``rows`` reads whole
rows of a table (the wings' lists, services/<area>/reading.py); ``Reader`` runs
statements built once, with the rows they join in (the meeting, services/agenda/
meeting_rows.py).

Loading ORM objects is what made a wing's first opening slow on ten years of data
(identity map, instance state, relationship loaders: 1,765 objects for SOR-forslag).
Every versioned row read here is noted with its version, as an ORM load notes it
(core/row_versions.py), so a later write is still checked against what was shown."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from types import SimpleNamespace as Row
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.models import Organisation, Person

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


Saw = Callable[[tuple, int], None]  # Store.versions.saw


class Reader:
    """One read: the session, and where the versions of the rows it reads go."""

    def __init__(self, s: Session, seen: Saw):
        self.s, self.seen = s, seen

    def rows(self, stmt, meeting_id: int | None, table, joins=()) -> list[Row]:
        """``stmt``'s rows as objects (``meeting_id``, when given, bound to its
        ``:meeting_id``); ``joins``: (prefix, table, fields) of the rows
        joined in (columns ``{prefix}__id``, ``{prefix}__v`` and ``{prefix}__{field}``),
        each set as the attribute ``prefix`` (None when absent). Records the versions
        of the row itself (its ``id`` and ``version``) and of every joined row."""
        out = []
        params = {"meeting_id": meeting_id} if meeting_id is not None else {}
        for r in self.s.execute(stmt, params).mappings():
            row = Row(**r)
            self.seen((table.name, (row.id,)), row.version)
            for prefix, joined, fields in joins:
                setattr(row, prefix, self.joined(r, prefix, joined, fields))
            out.append(row)
        return out

    def joined(self, r, prefix: str, table, fields) -> Row | None:
        key = r[f"{prefix}__id"]
        if key is None:
            return None
        self.seen((table.name, (key,)), r[f"{prefix}__v"])
        return Row(id=key, **{f: r[f"{prefix}__{f}"] for f in fields})


def joined_columns(alias, prefix: str, fields) -> list:
    """The columns of a row joined in, as ``Reader.rows`` takes them apart."""
    return [alias.c.id.label(f"{prefix}__id"), alias.c.version.label(f"{prefix}__v"),
            *(alias.c[f].label(f"{prefix}__{f}") for f in fields)]


def rows(s, saw: Saw, table, *where, order=()) -> list[SimpleNamespace]:
    """The rows of ``table`` (all its columns; by id unless ``order``), each noted."""
    name = table.name
    result = s.execute(select(table).where(*where).order_by(*(order or (table.c.id,))))
    keys = list(result.keys())
    at_id, at_version = keys.index("id"), keys.index("version")
    out = []
    for row in result.all():
        saw((name, (row[at_id],)), row[at_version])
        plain = SimpleNamespace()
        plain.__dict__.update(zip(keys, row))
        out.append(plain)
    return out


def by_id(s, saw: Saw, model, ids) -> dict[int, SimpleNamespace]:
    """The rows of ``model``'s table with ``ids`` (None left out), each noted."""
    table = model.__table__
    return {r.id: r for r in rows(s, saw, table, table.c.id.in_(sorted(set(ids) - {None})))}


def attach_holders(s, saw: Saw, seats: list[SimpleNamespace]) -> None:
    """Each seat's person (with their organisation) and organisation, as the ORM's
    relationships give them: a seat held by a person or by an organisation alone (the
    participants' register and the projects' groups both show seats)."""
    persons = by_id(s, saw, Person, [m.person_id for m in seats])
    orgs = by_id(s, saw, Organisation, [m.organisation_id for m in seats]
                 + [p.organisation_id for p in persons.values()])
    for p in persons.values():
        p.organisation = orgs.get(p.organisation_id)
    for m in seats:
        m.person, m.organisation = persons.get(m.person_id), orgs.get(m.organisation_id)
