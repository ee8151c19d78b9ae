"""Rows read as plain objects (SQLAlchemy Core, no ORM instances) for the wings' list
readers (services/<area>/reading.py): each row a SimpleNamespace of its columns, which
the read-model builders of services/row_views.py take as they take an ORM object.

Loading ORM objects is what made a wing's first opening slow on ten years of data
(identity map, instance state, relationship loaders: 1,765 objects for SOR-forslag).
Every versioned row read here is noted with its version, as an ORM load notes it
(core/row_versions.py), so a later write is still checked against what was shown."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

from sqlalchemy import select

from kkrdesk.core.models import Organisation, Person

Saw = Callable[[tuple, int], None]  # Store.versions.saw


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
