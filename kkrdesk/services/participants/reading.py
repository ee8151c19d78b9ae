"""The people of the register read as plain rows (SQLAlchemy Core, no ORM objects) into
the very read models the ORM's objects give (services/row_views.py), as the overview's
sqlite3 reader does: 300 people with their organisations and seats were most of the
first opening of Deltagere when loaded as objects.

Every versioned row read is noted with its version, as an ORM load notes it
(core/row_versions.py), so a later write is still checked against what was shown."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from sqlalchemy import func, select

from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import GroupKind
from kkrdesk.core.models import Group, Membership, Organisation, Person, Project
from kkrdesk.services import row_views
from kkrdesk.views.participants import MembershipView, OrganisationView, PersonView


def _by_id(s, saw, model, ids) -> dict[int, SimpleNamespace]:
    """The rows of ``model``'s table with ``ids`` (None left out), each noted."""
    table = model.__table__
    return {r.id: r for r in _rows(s, saw, table, table.c.id.in_(sorted(set(ids) - {None})))}


def _rows(s, saw, table, *where) -> list[SimpleNamespace]:
    """The rows of ``table`` (all its columns, by id), each noted."""
    name = table.name
    result = s.execute(select(table).where(*where).order_by(table.c.id))
    keys = list(result.keys())
    at_id, at_version = keys.index("id"), keys.index("version")
    out = []
    for row in result.all():
        saw((name, (row[at_id],)), row[at_version])
        plain = SimpleNamespace()
        plain.__dict__.update(zip(keys, row))
        out.append(plain)
    return out


def people(s, saw, today: dt.date) -> list[PersonView]:
    """Every person with their organisation and network role, sorted the Danish way."""
    network = s.scalars(select(Group.id).where(Group.kind == GroupKind.NETWORK)).all()
    persons = _rows(s, saw, Person.__table__)
    by_id = {p.id: p for p in persons}
    org_ids = sorted({p.organisation_id for p in persons} - {None})
    orgs = {o.id: o for o in _rows(s, saw, Organisation.__table__,
                                   Organisation.__table__.c.id.in_(org_ids))}
    for p in persons:
        p.organisation, p.memberships = orgs.get(p.organisation_id), []
    seat = Membership.__table__
    for m in _rows(s, saw, seat, seat.c.person_id.is_not(None)):
        if m.person_id in by_id:
            by_id[m.person_id].memberships.append(m)
    return row_views.sorted_people(row_views.person_view(p, network, today) for p in persons)


def organisations(s, saw) -> list[OrganisationView]:
    """Every organisation with how many people it has, sorted the Danish way."""
    person = Person.__table__
    counts = dict(s.execute(select(person.c.organisation_id, func.count())
                            .group_by(person.c.organisation_id)).all())
    orgs = [OrganisationView(o.id, o.name, o.short_name, o.kind, o.region or "", o.kkr or "",
                             o.is_reference, counts.get(o.id, 0))
            for o in _rows(s, saw, Organisation.__table__)]
    return sorted(orgs, key=lambda o: sort_key(o.name))


def _holders(s, saw, seats) -> None:
    """Each seat's person (with their organisation) and organisation."""
    persons = _by_id(s, saw, Person, [m.person_id for m in seats])
    orgs = _by_id(s, saw, Organisation, [m.organisation_id for m in seats]
                  + [p.organisation_id for p in persons.values()])
    for p in persons.values():
        p.organisation = orgs.get(p.organisation_id)
    for m in seats:
        m.person, m.organisation = persons.get(m.person_id), orgs.get(m.organisation_id)


def person_memberships(s, saw, person_id: int) -> list[MembershipView]:
    """All of a person's memberships in every group, the newest first, with the seats
    they took over and the seats that took over from them."""
    seat = Membership.__table__
    rows = _rows(s, saw, seat, seat.c.person_id == person_id)
    before = _by_id(s, saw, Membership, [m.replaces_id for m in rows])
    after = _rows(s, saw, seat, seat.c.replaces_id.in_([m.id for m in rows]))
    _holders(s, saw, [*rows, *before.values(), *after])
    groups = _by_id(s, saw, Group, [m.group_id for m in rows])
    projects = _by_id(s, saw, Project, [g.project_id for g in groups.values()])
    views = []
    for m in rows:
        m.group, m.replaces = groups[m.group_id], before.get(m.replaces_id)
        m.replaced_by = [x for x in after if x.replaces_id == m.id]
        views.append(row_views.membership_view(m, projects.get(m.group.project_id)))
    return sorted(views, key=lambda v: (v.start_date or dt.date.min, v.id), reverse=True)
