"""A project's organisation: its groups (styregruppe, projektgruppe, arbejdsgruppe) and
their seats. A seat is held by a person from the participant register (with their
organisation) or by an organisation alone ("KL, formand"). Seats are ``Membership``
rows like the network's, so a person's project roles show in the Deltagere tab, and
replacing a member keeps the history the same way (``replacements.replace_member``).

One organisation as both formand and projektejer of one group is refused unless the
user has confirmed it (``NeedsConfirmation``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, Marked, message_of
from kkrdesk.core.danish import short_date
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import GroupKind, Role, label
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import Group, Membership, Organisation, Person, Project
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services import row_views
from kkrdesk.services.areas import PROJECT_WRITE
from kkrdesk.services.snapshots import Snapshot, delete_rows
from kkrdesk.views.projects import PROJECT_GROUP_KINDS, PROJECT_ROLES, SeatView

_CLASHING = {Role.CHAIR, Role.PROJECT_OWNER}


class NeedsConfirmation(ValidationError):
    """The change is allowed only when the user confirms it (``confirmed=True``)."""


def add_group(store: Store, project_id: int, kind: GroupKind, name: str = "") -> int:
    kind = GroupKind(kind)
    if kind not in PROJECT_GROUP_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Et projekt kan have styregruppe, projektgruppe og arbejdsgrupper."),
            field="kind")
    name = clean_text(name, "Gruppens navn", max_len=200, single_line=True) or label(kind)
    with store.transaction(*PROJECT_WRITE) as s:
        if s.get(Project, project_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Projektet findes ikke længere."))
        g = Group(name=name, kind=kind, project_id=project_id)
        s.add(g)
        s.flush()
        return g.id


def rename_group(store: Store, group_id: int, name: str) -> str:
    name = clean_text(name, "Gruppens navn", required=True, max_len=200, single_line=True)
    with store.transaction(*PROJECT_WRITE) as s:
        g = project_group(s, group_id)
        old, g.name = g.name, name
        return old


def delete_group(store: Store, group_id: int) -> Snapshot:
    with store.transaction(*PROJECT_WRITE) as s:
        project_group(s, group_id)
        return delete_rows(s, "group", [group_id])


def project_group(s, group_id: int) -> Group:
    """The group of a project (NotFound when it is gone or not a project's)."""
    g = s.get(Group, group_id)
    if g is None or g.project_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Gruppen findes ikke længere."))
    return g


def _seat_org(s, person_id: int | None, organisation_id: int | None) -> tuple[Person | None, int | None]:
    person = None
    if person_id is not None:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Personen findes ikke længere i registret."))
    if organisation_id is not None and s.get(Organisation, organisation_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Organisationen findes ikke længere i registret."))
    if person is None and organisation_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Vælg en person eller en organisation."),
                              field="holder")
    return person, organisation_id if organisation_id is not None else (
        person.organisation_id if person else None)


def _check(s, group: Group, seat_id: int | None, person: Person | None, org_id: int | None,
           role: Role, on: dt.date | None, confirmed: bool) -> None:
    check_in_group(s, group, seat_id, person.id if person else None, person.name if person else "",
                   org_id, role, on, confirmed)


def check_in_group(s, group: Group, seat_id: int | None, person_id: int | None, person_name: str,
                   org_id: int | None, role: Role, on: dt.date | None, confirmed: bool) -> None:
    """Why a seat may not be held as asked: a role a project group has not, a person or
    an organisation (``person_name`` empty) in the same role twice, or one organisation
    as both formand and projektejer unless confirmed. ``person_id`` None with a name is a
    person not yet in the register."""
    check_day(on, "start_date")
    if role not in PROJECT_ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Projects", "Rollen kan ikke bruges i en projektgruppe."),
                              field="role")
    others = [m for m in group.memberships if m.id != seat_id and m.end_date is None]
    if person_id is not None and any(m.person_id == person_id and m.role == role for m in others):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "{name} har allerede rollen {role} i gruppen.").format(
            name=person_name, role=Marked("Enum", label(role), label(role).lower())), field="holder")
    if not person_name and any(m.person_id is None and m.organisation_id == org_id
                               and m.role == role for m in others):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Organisationen har allerede den rolle i gruppen."), field="holder")
    if role in _CLASHING and org_id is not None and not confirmed:
        other = (_CLASHING - {role}).pop()
        if any(m.organisation_id == org_id and m.role == other for m in others):
            org = s.get(Organisation, org_id).name
            raise NeedsConfirmation(QT_TRANSLATE_NOOP(
                "Projects", "{org} er allerede {other} i {group}; skal samme organisation også "
                "være {role}?").format(org=org, other=Marked("Enum", label(other), label(other).lower()),
                                       group=group.name.lower(),
                                       role=Marked("Enum", label(role), label(role).lower())),
                field="role")


def add_seat(store: Store, group_id: int, *, person_id: int | None = None,
             organisation_id: int | None = None, role: Role = Role.MEMBER,
             start_date: dt.date | None = None, confirmed: bool = False) -> int:
    role = Role(role)
    with store.transaction(*PROJECT_WRITE) as s:
        g = project_group(s, group_id)
        person, org_id = _seat_org(s, person_id, organisation_id)
        _check(s, g, None, person, org_id, role, start_date, confirmed)
        m = Membership(group_id=g.id, person_id=person.id if person else None,
                       organisation_id=org_id, role=role, start_date=start_date)
        s.add(m)
        s.flush()
        return m.id


def set_role(store: Store, seat_id: int, role: Role, *, confirmed: bool = False) -> Role:
    """Change a seat's role; returns the old role (for undo)."""
    role = Role(role)
    with store.transaction(*PROJECT_WRITE) as s:
        m = s.get(Membership, seat_id)
        if m is None or m.group.project_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Pladsen findes ikke længere."))
        _check(s, m.group, m.id, m.person, m.organisation_id, role, None, confirmed)
        old, m.role = m.role, role
        return old


def delete_seat(store: Store, seat_id: int) -> Snapshot:
    with store.transaction(*PROJECT_WRITE) as s:
        m = s.get(Membership, seat_id)
        if m is None or m.group.project_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Pladsen findes ikke længere."))
        return delete_rows(s, "membership", [seat_id])


def open_project_seats(store: Store, person_id: int, on: dt.date) -> list[tuple[str, SeatView]]:
    """The project-group seats a person holds on ``on``: (group title, seat). The
    Deltagere tab asks whether a successor takes these over too."""
    with store.reading() as s:
        rows = s.scalars(select(Membership).join(Group).where(
            Membership.person_id == person_id, Group.project_id.is_not(None),
            Membership.end_date.is_(None) | (Membership.end_date > on)).order_by(Membership.id))
        return [(row_views.group_title(m.group, s.get(Project, m.group.project_id)),
                 row_views.seat_view(m)) for m in rows]


def check_seat(store: Store, group_id: int, *, person_id: int | None = None,
               organisation_id: int | None = None, role: Role = Role.MEMBER,
               start_date: dt.date | None = None, confirmed: bool = False) -> None:
    """Raise what :func:`add_seat` would raise (NeedsConfirmation included); writes nothing."""
    with store.reading() as s:
        g = project_group(s, group_id)
        person, org_id = _seat_org(s, person_id, organisation_id)
        _check(s, g, None, person, org_id, Role(role), start_date, confirmed)


def check_role(store: Store, seat_id: int, role: Role, *, confirmed: bool = False) -> None:
    """Raise what :func:`set_role` would raise; writes nothing."""
    with store.reading() as s:
        m = s.get(Membership, seat_id)
        if m is None or m.group.project_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Pladsen findes ikke længere."))
        _check(s, m.group, m.id, m.person, m.organisation_id, Role(role), None, confirmed)


# -- an organisation takes over a seat ------------------------------------------------------


def _check_org_successor(s, seat_id: int, organisation_id: int, on: dt.date,
                         confirmed: bool) -> tuple[Membership, Organisation]:
    """The seat and the organisation taking it over on ``on``; ValidationError (field
    "successor" or "on") as in the person case of ``replacements.replace_member``."""
    check_day(on, "on")
    old = s.get(Membership, seat_id)
    if old is None or old.group.project_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Pladsen findes ikke længere."))
    if old.replaced_by:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Pladsen er allerede overtaget; erstat den nye indehaver i stedet."),
            field="successor")
    if old.start_date and on < old.start_date:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "Datoen ligger før pladsen blev besat ({start}).").format(
            start=short_date(old.start_date)), field="on")
    org = s.get(Organisation, organisation_id)
    if org is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Organisationen findes ikke længere i registret."))
    if old.person_id is None and old.organisation_id == org.id:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Projects", "{name} kan ikke overtage sin egen plads.").format(name=org.name),
            field="successor")
    try:
        _check(s, old.group, old.id, None, org.id, old.role, on, confirmed)
    except NeedsConfirmation:
        raise
    except ValidationError as exc:
        raise ValidationError(message_of(exc), field="successor") from None
    return old, org


def check_org_successor(store: Store, seat_id: int, organisation_id: int, on: dt.date, *,
                        confirmed: bool = False) -> None:
    """Raise what :func:`replace_with_organisation` would raise; writes nothing."""
    with store.reading() as s:
        _check_org_successor(s, seat_id, organisation_id, on, confirmed)


def replace_with_organisation(store: Store, seat_id: int, organisation_id: int, on: dt.date, *,
                              confirmed: bool = False):
    """Erstat with an organisation: the seat ends on ``on`` (unless it ended earlier) and
    the organisation holds it from ``on``, pointing back to it (the seat's history kept).
    Undone and redone by ``replacements.undo_replace`` / ``redo_replace``."""
    from kkrdesk.views.participants import ReplaceResult

    with store.transaction(*PROJECT_WRITE) as s:
        old, org = _check_org_successor(s, seat_id, organisation_id, on, confirmed)
        before = old.end_date
        if old.end_date is None or old.end_date > on:
            old.end_date = on
        new = Membership(group_id=old.group_id, person_id=None, organisation_id=org.id,
                         role=old.role, appointed_by=old.appointed_by, start_date=on,
                         replaces_id=old.id)
        s.add(new)
        s.flush()
        old_name = old.person.name if old.person else (old.organisation.name if old.organisation else "")
        return ReplaceResult(old.id, before, old.end_date, (new.id,), old_name, (org.name,))
