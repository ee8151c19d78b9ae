"""Guests at a meeting without the register: the agenda's presenters are offered as
guests with their organisation, and a guest can be typed (name, organisation). A typed
guest becomes a person in Deltagere, never a member of the network."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import validate
from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import AttendanceStatus, OrgKind
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, Attendance, Meeting, Organisation, Person, Presenter
from kkrdesk.core.store import Store
from kkrdesk.services.agenda.minutes import apply_state, roster
from kkrdesk.services.areas import MEETINGS
from kkrdesk.views.agenda import AttendanceState


@dataclass(frozen=True)
class GuestChoice:
    name: str
    organisation: str
    person_id: int | None
    presenter: bool  # offered because the person presents an item

    @property
    def text(self) -> str:
        base = ", ".join(x for x in (self.name, self.organisation) if x)
        return base + (" (oplægsholder)" if self.presenter else "")


@dataclass(frozen=True)
class GuestAdded:
    """What ``add_guest`` did, for undo."""

    person_id: int
    old: AttendanceState
    created_person: bool
    created_org_id: int | None


def choices(store: Store, meeting_id: int) -> list[GuestChoice]:
    """The meeting's presenters not yet on the attendance list, then everyone else in
    the register who is not on it."""
    rows = roster(store, meeting_id)
    listed = {r.person_id for r in rows}
    listed_names = {r.name.casefold() for r in rows}
    with store.reading() as s:
        presenters = s.scalars(
            select(Presenter).join(AgendaItem, Presenter.item_id == AgendaItem.id)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, Presenter.position))
        out, seen = [], set()
        for p in presenters:
            person = p.person
            name = person.name if person else p.name
            if not name or (person and person.id in listed) or name.casefold() in listed_names:
                continue
            org = p.organisation.name if p.organisation else (
                p.organisation_text or (person.organisation.name if person and person.organisation else ""))
            key = (name.casefold(), org.casefold())
            if key not in seen:
                seen.add(key)
                out.append(GuestChoice(name, org, person.id if person else None, True))
        taken = {c.person_id for c in out} | listed
        others = [GuestChoice(p.name, p.organisation.name if p.organisation else "", p.id, False)
                  for p in s.scalars(select(Person)) if p.id not in taken
                  and (p.name.casefold(), (p.organisation.name if p.organisation else "").casefold())
                  not in seen]
    return out + sorted(others, key=lambda c: sort_key(c.name))


def _org(s, name: str) -> tuple[Organisation | None, int | None]:
    if not name:
        return None, None
    folded = name.casefold()
    for org in s.scalars(select(Organisation)):
        if folded in (org.name.casefold(), (org.short_name or "").casefold()):
            return org, None
    org = Organisation(name=name, kind=OrgKind.OTHER)
    s.add(org)
    s.flush()
    return org, org.id


def add_guest(store: Store, meeting_id: int, name: str, organisation: str = "",
              person_id: int | None = None) -> GuestAdded:
    """Record a guest as present; a name not in the register becomes a person there
    (with the organisation, made if unknown), never a network member."""
    name = validate.clean_text(name, "Navn", max_len=200, single_line=True)
    organisation = validate.clean_text(organisation, "Organisation", max_len=200, single_line=True)
    if not name and person_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "Skriv gæstens navn."), field="name")
    with store.transaction(MEETINGS) as s:
        if s.get(Meeting, meeting_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        person = s.get(Person, person_id) if person_id else None
        created_person, created_org = False, None
        if person is None:
            org, created_org = _org(s, organisation)
            same = s.scalars(select(Person).where(Person.name == name)).all()
            person = next((p for p in same if org is None or p.organisation_id == org.id), None)
            if person is None:
                person = Person(name=name, organisation=org)
                s.add(person)
                s.flush()
                created_person = True
        a = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                               Attendance.person_id == person.id)).first()
        if a is not None and a.status != AttendanceStatus.ABSENT and not created_person:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Agenda", "{name} står allerede på fremmødelisten.").format(name=person.name))
        old = apply_state(s, meeting_id, AttendanceState(person.id, AttendanceStatus.PRESENT, is_guest=True), "")
        return GuestAdded(person.id, old, created_person, created_org)


def remove_guest(store: Store, meeting_id: int, added: GuestAdded) -> None:
    """Undo ``add_guest``: the old attendance back; a person (and organisation) it made
    is removed again."""
    with store.transaction(MEETINGS) as s:
        apply_state(s, meeting_id, added.old, added.old.note)
        if added.created_person:
            person = s.get(Person, added.person_id)
            if person is not None:
                s.delete(person)
        if added.created_org_id is not None:
            org = s.get(Organisation, added.created_org_id)
            if org is not None and not org.people:
                s.delete(org)


def add_presenters(store: Store, meeting_id: int) -> list[GuestAdded]:
    """Every presenter of the agenda not on the attendance list yet took part, as a
    guest (one step); returns what undo needs."""
    added = []
    for choice in choices(store, meeting_id):
        if choice.presenter:
            added.append(add_guest(store, meeting_id, choice.name, choice.organisation,
                                   choice.person_id))
    return added


def remove_guests(store: Store, meeting_id: int, added: list[GuestAdded]) -> None:
    for one in reversed(added):
        remove_guest(store, meeting_id, one)
