"""People, organisations and memberships of the network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import GroupKind, OrgKind, Role
from kkrdesk.core.models import Group, Membership, Organisation, Person
from kkrdesk.core.store import Store

AREA = "participants"


@dataclass(frozen=True)
class OrganisationView:
    id: int
    name: str
    short_name: str
    kind: OrgKind
    region: str
    kkr: str


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    title: str
    organisation_id: int | None
    organisation: str
    region: str
    kkr: str
    email: str
    phone: str
    notes: str
    network_role: Role | None  # current seat in the network, if any
    is_current_member: bool
    was_member: bool


@dataclass(frozen=True)
class MembershipView:
    id: int
    group_id: int
    group_name: str
    person_id: int | None
    person_name: str
    organisation: str
    role: Role
    appointed_by: str
    start_date: dt.date | None
    end_date: dt.date | None
    replaces_id: int | None
    replaces_name: str
    replaced_by_names: tuple[str, ...]
    notes: str

    def is_current(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.end_date is None or self.end_date > today


def list_organisations(store: Store) -> list[OrganisationView]:
    with store.reading() as s:
        orgs = [
            OrganisationView(o.id, o.name, o.short_name, o.kind, o.region or "", o.kkr or "")
            for o in s.scalars(select(Organisation))
        ]
    return sorted(orgs, key=lambda o: sort_key(o.name))


def list_people(store: Store, today: dt.date | None = None) -> list[PersonView]:
    today = today or dt.date.today()
    with store.reading() as s:
        network = s.scalars(select(Group.id).where(Group.kind == GroupKind.NETWORK)).all()
        people = s.scalars(
            select(Person).options(selectinload(Person.organisation),
                                   selectinload(Person.memberships))
        )
        out = []
        for p in people:
            seats = [m for m in p.memberships if m.group_id in network]
            current = [m for m in seats if m.end_date is None or m.end_date > today]
            org = p.organisation
            out.append(PersonView(
                id=p.id, name=p.name, title=p.title, organisation_id=p.organisation_id,
                organisation=org.name if org else "", region=(org.region or "") if org else "",
                kkr=(org.kkr or "") if org else "", email=p.email, phone=p.phone, notes=p.notes,
                network_role=current[0].role if current else None,
                is_current_member=bool(current), was_member=bool(seats) and not current,
            ))
    return sorted(out, key=lambda p: sort_key(p.name))


def _membership_view(m: Membership) -> MembershipView:
    org = m.organisation.name if m.organisation else (
        m.person.organisation.name if m.person and m.person.organisation else "")
    return MembershipView(
        id=m.id, group_id=m.group_id, group_name=m.group.name, person_id=m.person_id,
        person_name=m.person.name if m.person else "", organisation=org, role=m.role,
        appointed_by=m.appointed_by, start_date=m.start_date, end_date=m.end_date,
        replaces_id=m.replaces_id,
        replaces_name=(m.replaces.person.name if m.replaces and m.replaces.person else ""),
        replaced_by_names=tuple(r.person.name for r in m.replaced_by if r.person),
        notes=m.notes,
    )


def list_memberships(store: Store, group_id: int | None = None) -> list[MembershipView]:
    """Every membership of a group (the network when None), old and current."""
    with store.reading() as s:
        if group_id is None:
            group_id = s.scalar(select(Group.id).where(Group.kind == GroupKind.NETWORK))
        rows = s.scalars(
            select(Membership).where(Membership.group_id == group_id).options(
                selectinload(Membership.person).selectinload(Person.organisation),
                selectinload(Membership.organisation), selectinload(Membership.group),
                selectinload(Membership.replaces).selectinload(Membership.person),
                selectinload(Membership.replaced_by).selectinload(Membership.person),
            )
        )
        views = [_membership_view(m) for m in rows]
    return sorted(views, key=lambda v: sort_key(v.person_name or v.organisation))
