"""The people of the register read as plain rows (SQLAlchemy Core: the tables' columns,
never entities, through ``Store.rows``, so the ORM need not be loaded) into
the very read models the ORM's objects give (services/row_views.py), as the overview's
sqlite3 reader does: 300 people with their organisations and seats were most of the
first opening of Deltagere when loaded as objects.

Every versioned row read is noted with its version, as an ORM load notes it
(core/row_versions.py), so a later write is still checked against what was shown."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import GroupKind
from kkrdesk.core.models import Group, Membership, Organisation, Person, Project
from kkrdesk.services import plain_rows, row_views
from kkrdesk.views.participants import MembershipView, OrganisationView, PersonView


def people(s, saw, today: dt.date) -> list[PersonView]:
    """Every person with their organisation and network role, sorted the Danish way."""
    group = Group.__table__.c
    network = s.scalars(select(group.id).where(group.kind == GroupKind.NETWORK)).all()
    persons = plain_rows.rows(s, saw, Person.__table__)
    by_id = {p.id: p for p in persons}
    org_ids = sorted({p.organisation_id for p in persons} - {None})
    orgs = {o.id: o for o in plain_rows.rows(s, saw, Organisation.__table__,
                                             Organisation.__table__.c.id.in_(org_ids))}
    for p in persons:
        p.organisation, p.memberships = orgs.get(p.organisation_id), []
    seat = Membership.__table__
    for m in plain_rows.rows(s, saw, seat, seat.c.person_id.is_not(None)):
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
            for o in plain_rows.rows(s, saw, Organisation.__table__)]
    return sorted(orgs, key=lambda o: sort_key(o.name))


def person_memberships(s, saw, person_id: int) -> list[MembershipView]:
    """All of a person's memberships in every group, the newest first, with the seats
    they took over and the seats that took over from them."""
    seat = Membership.__table__
    rows = plain_rows.rows(s, saw, seat, seat.c.person_id == person_id)
    before = plain_rows.by_id(s, saw, Membership, [m.replaces_id for m in rows])
    after = plain_rows.rows(s, saw, seat, seat.c.replaces_id.in_([m.id for m in rows]))
    plain_rows.attach_holders(s, saw, [*rows, *before.values(), *after])
    groups = plain_rows.by_id(s, saw, Group, [m.group_id for m in rows])
    projects = plain_rows.by_id(s, saw, Project, [g.project_id for g in groups.values()])
    views = []
    for m in rows:
        m.group, m.replaces = groups[m.group_id], before.get(m.replaces_id)
        m.replaced_by = [x for x in after if x.replaces_id == m.id]
        views.append(row_views.membership_view(m, projects.get(m.group.project_id)))
    return sorted(views, key=lambda v: (v.start_date or dt.date.min, v.id), reverse=True)
