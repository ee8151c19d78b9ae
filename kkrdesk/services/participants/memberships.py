"""Memberships: seats held in a group for a period, their fields checked once for every
way in (a new seat, an edit, a replacement in :mod:`.replacements`).

History is never overwritten: a seat ends, and a replacement opens new ones pointing
back to it; the welcome-slide text for the next agenda is read from that in
:mod:`.welcome`."""

from __future__ import annotations

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core.danish import sort_key
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import GroupKind, Role
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import Group, Membership, Person
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services.areas import PARTICIPANTS
from kkrdesk.services.participants import reading
from kkrdesk.services.participants.people import (
    membership_view_load, MembershipView, group_title, membership_view,
)
from kkrdesk.services.reference import network_group_id
from kkrdesk.services.snapshots import Snapshot, delete_rows
from kkrdesk.views.participants import GroupView, MembershipFields  # noqa: F401 (read models)

# The roles a seat in the network itself can have (the list).
NETWORK_ROLES = (Role.CHAIR, Role.MEMBER, Role.SUBSTITUTE, Role.SECRETARIAT, Role.OBSERVER,
                 Role.PRESENTER)


def list_groups(store: Store) -> list[GroupView]:
    """The network first, then steering, project and working groups."""
    with store.reading() as s:
        rows = [GroupView(g.id, group_title(s, g), g.kind)
                for g in s.scalars(select(Group).order_by(Group.id))]
    order = list(GroupKind)
    return sorted(rows, key=lambda g: (order.index(g.kind), sort_key(g.name)))


def clean_fields(f: MembershipFields, group_kind: GroupKind) -> MembershipFields:
    """The fields as stored; ValidationError (with the field at fault) for a role the
    group cannot have, a date out of range or an end before the start."""
    role = Role(f.role)
    check_day(f.start_date, "start_date")
    check_day(f.end_date, "end_date")
    if group_kind == GroupKind.NETWORK and role not in NETWORK_ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Participants", "Rollen kan ikke bruges i netværket."),
                              field="role")
    try:
        appointed = clean_text(f.appointed_by, "Udpeget af", max_len=100, single_line=True)
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field="appointed_by") from None
    notes = clean_text(f.notes, "Bemærkning")
    if f.start_date and f.end_date and f.end_date < f.start_date:
        raise ValidationError(QT_TRANSLATE_NOOP("Participants", "Slutdatoen ligger før startdatoen."),
                              field="end_date")
    return MembershipFields(role, appointed, f.start_date, f.end_date, notes)


def membership_row(s, membership_id: int) -> Membership:
    m = s.get(Membership, membership_id)
    if m is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Medlemskabet findes ikke længere."))
    return m


def add_membership(store: Store, person_id: int, f: MembershipFields,
                   group_id: int | None = None) -> int:
    with store.transaction(PARTICIPANTS) as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Personen findes ikke længere."))
        gid = group_id if group_id is not None else network_group_id(s)
        group = s.get(Group, gid)
        if group is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Gruppen findes ikke længere."))
        f = clean_fields(f, group.kind)
        m = Membership(group_id=gid, person_id=p.id, organisation_id=p.organisation_id,
                       role=f.role, appointed_by=f.appointed_by, start_date=f.start_date,
                       end_date=f.end_date, notes=f.notes)
        s.add(m)
        s.flush()
        return m.id


def membership_fields(store: Store, membership_id: int) -> MembershipFields:
    with store.reading() as s:
        m = membership_row(s, membership_id)
        return MembershipFields(m.role, m.appointed_by, m.start_date, m.end_date, m.notes)


def update_membership(store: Store, membership_id: int, f: MembershipFields) -> MembershipFields:
    """Save ``f``; returns the fields as they were (for undo)."""
    with store.transaction(PARTICIPANTS) as s:
        m = membership_row(s, membership_id)
        f = clean_fields(f, m.group.kind)
        old = MembershipFields(m.role, m.appointed_by, m.start_date, m.end_date, m.notes)
        m.role, m.appointed_by, m.notes = f.role, f.appointed_by, f.notes
        m.start_date, m.end_date = f.start_date, f.end_date
        return old


def delete_memberships(store: Store, ids: list[int]) -> Snapshot:
    with store.transaction(PARTICIPANTS) as s:
        if not s.scalars(select(Membership.id).where(Membership.id.in_(ids))).first():
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Medlemskabet findes ikke længere."))
        return delete_rows(s, "membership", ids)


def memberships_of_person(store: Store, person_id: int) -> list[MembershipView]:
    """All of a person's memberships in every group, the newest first (plain rows:
    services/participants/reading.py)."""
    with store.rows() as s:
        return reading.person_memberships(s, store.versions.saw, person_id)


def get_membership(store: Store, membership_id: int) -> MembershipView:
    with store.reading() as s:
        m = s.get(Membership, membership_id, options=list(membership_view_load()))
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Medlemskabet findes ikke længere."))
        return membership_view(m)
