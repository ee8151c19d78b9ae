"""Taking minutes: attendance, action items and next-meeting topics. Notes and
decisions per item go through ``agenda.update_item``.

Each edit returns what undo needs (the previous state, or a snapshot)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kkrdesk.core import validate
from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import ActionStatus, AttendanceMode, AttendanceStatus, GroupKind, Role
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.models import (
    ActionItem, Attendance, Group, Meeting, Membership, NextMeetingTopic, Person,
)
from kkrdesk.core.store import Store
from kkrdesk.services import snapshots
from kkrdesk.services.areas import MEETINGS
from kkrdesk.views.agenda import AttendanceState, RosterRow  # noqa: F401 (read models)

STANDARD_DECISIONS = (QT_TRANSLATE_NOOP("Decision", "Taget til efterretning"),
                      QT_TRANSLATE_NOOP("Decision", "Godkendt"), QT_TRANSLATE_NOOP("Decision", "Drøftet"))



def _meeting(s, meeting_id: int) -> Meeting:
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
    return m


def roster(store: Store, meeting_id: int) -> list[RosterRow]:
    """Members of the network on the meeting's date, then everyone else recorded."""
    from sqlalchemy.orm import selectinload

    with store.reading() as s:
        m = _meeting(s, meeting_id)
        seats = s.scalars(
            select(Membership).join(Group).where(
                Group.kind == GroupKind.NETWORK, Membership.person_id.is_not(None),
                (Membership.start_date.is_(None)) | (Membership.start_date <= m.date),
                (Membership.end_date.is_(None)) | (Membership.end_date > m.date),
            ).options(selectinload(Membership.person).selectinload(Person.organisation))
        ).all()
        records = {a.person_id: a for a in s.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting_id)
            .options(selectinload(Attendance.person).selectinload(Person.organisation)))}
        people: dict[int, tuple[Person, Role | None]] = {}
        for seat in seats:
            people.setdefault(seat.person_id, (seat.person, seat.role))
        for pid, a in records.items():
            people.setdefault(pid, (a.person, None))
        rows = []
        for pid, (person, role) in people.items():
            a = records.get(pid)
            state = AttendanceState(
                pid, a.status if a else None, a.mode if a else AttendanceMode.IN_PERSON,
                a.substitute_for_id if a else None, a.is_guest if a else False, a.note if a else "",
            )
            org = person.organisation.name if person.organisation else ""
            rows.append(RosterRow(pid, person.name, org, role, state))
    members = sorted((r for r in rows if r.role is not None), key=lambda r: sort_key(r.name))
    others = sorted((r for r in rows if r.role is None), key=lambda r: sort_key(r.name))
    return members + others


def _check(state: AttendanceState) -> str:
    if state.status == AttendanceStatus.SUBSTITUTE and not state.substitute_for_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "Vælg hvem personen er stedfortræder for."))
    if state.substitute_for_id == state.person_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "En person kan ikke være stedfortræder for sig selv."))
    return validate.clean_text(state.note, "Bemærkning", max_len=2000)


def apply_state(s, meeting_id: int, state: AttendanceState, note: str) -> AttendanceState:
    """Set one attendance inside an open transaction; returns the old state."""
    if s.get(Person, state.person_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Personen findes ikke længere."))
    a = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                           Attendance.person_id == state.person_id)).first()
    old = AttendanceState(state.person_id, None) if a is None else AttendanceState(
        a.person_id, a.status, a.mode, a.substitute_for_id, a.is_guest, a.note)
    if state.status is None:
        if a is not None:
            s.delete(a)
            s.flush()
        return old
    if a is None:
        a = Attendance(meeting_id=meeting_id, person_id=state.person_id)
        s.add(a)
    a.status, a.mode, a.is_guest, a.note = state.status, state.mode, state.is_guest, note
    a.substitute_for_id = state.substitute_for_id if state.status == AttendanceStatus.SUBSTITUTE else None
    s.flush()
    return old


def set_attendance(store: Store, meeting_id: int, state: AttendanceState) -> AttendanceState:
    """Record (or with status None remove) one person's attendance; returns the old state."""
    return set_many(store, meeting_id, [state])[0]


def set_many(store: Store, meeting_id: int, states: list[AttendanceState]) -> list[AttendanceState]:
    """Several attendance changes as one action (e.g. "alle deltog"); returns the old
    states in the same order."""
    notes = [_check(state) for state in states]
    with store.transaction(MEETINGS) as s:
        _meeting(s, meeting_id)
        return [apply_state(s, meeting_id, st, note) for st, note in zip(states, notes)]


def mark_all_present(store: Store, meeting_id: int) -> list[AttendanceState]:
    """Every expected member without a record becomes "deltog"; returns old states."""
    todo = [AttendanceState(r.person_id, AttendanceStatus.PRESENT, r.state.mode)
            for r in roster(store, meeting_id) if r.state.status is None]
    return set_many(store, meeting_id, todo)


# -- action items ------------------------------------------------------------------


def _clean_action(what: str | None, who_text: str | None) -> tuple[str | None, str | None]:
    w = None if what is None else validate.clean_text(what, "Hvad", required=True, max_len=5000)
    who = None if who_text is None else validate.clean_text(who_text, "Hvem", max_len=200, single_line=True)
    return w, who


def add_action(
    store: Store, meeting_id: int, what: str, *, who_text: str = "", who_person_id: int | None = None,
    due: dt.date | None = None, item_id: int | None = None,
) -> int:
    what, who_text = _clean_action(what, who_text)
    with store.transaction(MEETINGS) as s:
        _meeting(s, meeting_id)
        a = ActionItem(meeting_id=meeting_id, what=what, who_text=who_text,
                       who_person_id=who_person_id, due=due, item_id=item_id)
        s.add(a)
        s.flush()
        return a.id


ACTION_FIELDS = ("what", "who_text", "who_person_id", "due", "status", "closed_on", "item_id")


def update_action(store: Store, action_id: int, **changes) -> dict:
    """Change an action item; closing it (status done/dropped) stamps today's date
    unless ``closed_on`` is given. Returns the old values."""
    unknown = set(changes) - set(ACTION_FIELDS)
    if unknown:
        raise ValueError(f"unknown action fields {unknown}")
    if "what" in changes or "who_text" in changes:
        what, who = _clean_action(changes.get("what"), changes.get("who_text"))
        if "what" in changes:
            changes["what"] = what
        if "who_text" in changes:
            changes["who_text"] = who
    with store.transaction(MEETINGS) as s:
        a = s.get(ActionItem, action_id)
        if a is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Aktionspunktet findes ikke længere."))
        if "status" in changes:
            changes["status"] = ActionStatus(changes["status"])
            closing = changes["status"] in (ActionStatus.DONE, ActionStatus.DROPPED)
            changes.setdefault("closed_on", dt.date.today() if closing else None)
        old = {k: getattr(a, k) for k in changes}
        for k, v in changes.items():
            setattr(a, k, v)
        return old


def delete_action(store: Store, action_id: int) -> snapshots.Snapshot:
    return snapshots.delete_row(store, MEETINGS, "action_item", action_id,
                                QT_TRANSLATE_NOOP("NotFound", "Aktionspunktet findes ikke længere."))


def restore(store: Store, snap: snapshots.Snapshot) -> None:
    snapshots.put_back(store, MEETINGS, snap)


# -- next-meeting topics -------------------------------------------------------------


def update_topic(store: Store, topic_id: int, title: str) -> str:
    title = validate.clean_text(title, "Emne", required=True, max_len=2000)
    with store.transaction(MEETINGS) as s:
        t = s.get(NextMeetingTopic, topic_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Emnet findes ikke længere."))
        old, t.title = t.title, title
        return old


def delete_topic(store: Store, topic_id: int) -> snapshots.Snapshot:
    return snapshots.delete_row(store, MEETINGS, "next_meeting_topic", topic_id)
