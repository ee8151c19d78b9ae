"""Seats for people not yet in the register, and a pasted list of names, each as one
step: the new organisations, people and groups it needs and the seats are written in one
transaction, and undo removes exactly what the step made (the register's people and
organisations that were already there stay as they were).

The holders come matched and chosen (``seat_match`` and the preview); every seat is
checked as :func:`organisation.add_seat` checks one, and one refused seat refuses all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core.enums import GroupKind, OrgKind, Role, label
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import Group, Membership, Organisation, Person, Project
from kkrdesk.core.names import name_key, org_keys
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services.areas import PROJECT_WRITE
from kkrdesk.services.projects.organisation import check_in_group, project_group
from kkrdesk.services.snapshots import Snapshot, capture, remove, table
from kkrdesk.views.projects import PROJECT_GROUP_KINDS
from kkrdesk.views.seat_list import Holder, SeatChoice, SeatsAdded


@dataclass
class _Made:
    orgs: dict[str, Organisation] = field(default_factory=dict)
    people: dict[tuple[str, object], Person] = field(default_factory=dict)
    groups: dict[GroupKind, Group] = field(default_factory=dict)
    seats: list[Membership] = field(default_factory=list)


def _name(text: str) -> str:
    try:
        return clean_text(text, "Navn", required=True, max_len=200, single_line=True)
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field="name") from None


def _new_org(s, text: str, made: _Made) -> Organisation:
    name = clean_text(text, "Organisation", required=True, max_len=200, single_line=True)
    keys = org_keys(name)
    for org in [*made.orgs.values(), *s.scalars(select(Organisation))]:
        if keys & (org_keys(org.name) | org_keys(org.short_name or "")):
            return org
    org = Organisation(name=name, short_name=name, kind=OrgKind.OTHER)
    s.add(org)
    s.flush()
    made.orgs[name_key(name)] = org
    return org


def _holder(s, h: Holder, made: _Made) -> tuple[Person | None, int | None]:
    if h.kind == "org":
        if h.id is None or s.get(Organisation, h.id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Organisationen findes ikke længere i registret."))
        return None, h.id
    if h.kind == "person":
        person = s.get(Person, h.id) if h.id is not None else None
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "NotFound", "{name} findes ikke længere i registret.").format(name=h.name))
        return person, person.organisation_id
    org_id = h.organisation_id
    if org_id is not None and s.get(Organisation, org_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Organisationen findes ikke længere i registret."))
    if org_id is None and h.organisation.strip():
        org_id = _new_org(s, h.organisation, made).id
    key = (name_key(h.name), org_id)
    if key not in made.people:
        made.people[key] = Person(name=_name(h.name), organisation_id=org_id)
        s.add(made.people[key])
        s.flush()
    return made.people[key], org_id


def _group(s, project: Project, c: SeatChoice, made: _Made) -> Group:
    if c.group_id is not None:
        g = project_group(s, c.group_id)
        if g.project_id != project.id:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Gruppen hører ikke til projektet."))
        return g
    if c.group not in PROJECT_GROUP_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Vælg den gruppe, navnene skal ind i."),
                              field="group")
    if c.group not in made.groups:
        made.groups[c.group] = Group(name=label(c.group), kind=c.group, project_id=project.id)
        s.add(made.groups[c.group])
        s.flush()
    return made.groups[c.group]


def add_seats(store: Store, project_id: int, choices: list[SeatChoice],
              confirmed: bool = False) -> SeatsAdded:
    """Make the seats (and the people, organisations and groups they need) as one step."""
    if not choices:
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Der er ingen navne at tilføje."))
    made = _Made()
    with store.transaction(*PROJECT_WRITE) as s:
        project = s.get(Project, project_id)
        if project is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Projektet findes ikke længere."))
        for c in choices:
            g = _group(s, project, c, made)
            person, org_id = _holder(s, c.holder, made)
            check_in_group(s, g, None, person.id if person else None, person.name if person else "",
                           org_id, Role(c.role), c.start_date, confirmed)
            seat = Membership(person=person, organisation_id=org_id, role=Role(c.role),
                              start_date=c.start_date)
            g.memberships.append(seat)
            s.flush()
            made.seats.append(seat)
        return SeatsAdded(tuple(o.id for o in made.orgs.values()),
                          tuple(p.id for p in made.people.values()),
                          tuple(g.id for g in made.groups.values()), tuple(m.id for m in made.seats))


def remove_seats(store: Store, added: SeatsAdded) -> Snapshot:
    """Undo :func:`add_seats`: exactly the rows it made go; the snapshot puts them back."""
    with store.transaction(*PROJECT_WRITE) as s:
        snap = Snapshot(tuple(
            capture(s, name, table(name).c.id.in_(ids)) for name, ids in (
                ("organisation", added.organisations), ("person", added.people),
                ("group", added.groups), ("membership", added.seats)) if ids))
        remove(s, snap)
        return snap


def check_new_person(store: Store, group_id: int, name: str, organisation_id: int | None,
                     role: Role, start_date: dt.date | None = None, confirmed: bool = False) -> None:
    """Raise what adding a new person to the group would raise (NeedsConfirmation
    included), or that the register has the person already; writes nothing."""
    name = _name(name)
    with store.reading() as s:
        g = project_group(s, group_id)
        if organisation_id is not None and s.get(Organisation, organisation_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Projects", "Organisationen findes ikke længere i registret."), field="organisation")
        at = Person.organisation_id
        same = s.scalars(select(Person).where(
            at.is_(None) if organisation_id is None else at == organisation_id)).all()
        if any(name_key(p.name) == name_key(name) for p in same):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Projects", "{name} findes allerede i registret; vælg personen i listen.").format(
                name=name), field="name")
        check_in_group(s, g, None, None, name, organisation_id, Role(role), start_date, confirmed)
