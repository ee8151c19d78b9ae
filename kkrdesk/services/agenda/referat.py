"""The referat's lifecycle: udkast -> udsendt -> godkendt.

A referat is sent (dated) by the secretariat; it is approved by a later meeting whose
item "Godkendelse af referat fra mødet d. …" is decided "Godkendt". The approval is
derived from that decision inside the same transaction, so undoing the decision undoes
the approval in the same step."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING


from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.danish import long_date
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import ItemKind, MeetingStatus
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, Meeting
from kkrdesk.core.store import Store
from kkrdesk.services.areas import MEETINGS
from kkrdesk.views.agenda import MinutesState

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


APPROVAL_MINUTES = 5
APPROVAL_PROPOSAL = "Sekretariatet indstiller, at netværket godkender referatet."
BEFORE_SENT = (MeetingStatus.PLANNED, MeetingStatus.AGENDA_SENT, MeetingStatus.HELD)
NOT_HELD = QT_TRANSLATE_NOOP(
    "Agenda", "Mødet er ikke holdt endnu; referatet kan først udsendes efter mødet.")
ALREADY_APPROVED = QT_TRANSLATE_NOOP("Agenda", "Referatet er allerede godkendt.")
NOTHING_TO_SEND = QT_TRANSLATE_NOOP(
    "Agenda", "Der er intet at udsende: mødet har hverken fremmøde, noter eller beslutninger.")


def approval_title(day: dt.date) -> str:
    """'Godkendelse af referat fra mødet d. 18. juni 2025'."""
    return f"Godkendelse af referat fra mødet {long_date(day).split(' ', 1)[1]}"


def is_approving(decision: str) -> bool:
    """'Godkendt' and 'Godkendt med bemærkninger' approve; 'Ikke godkendt' does not."""
    return decision.strip().casefold().startswith("godkendt")


def _meeting(s: Session, meeting_id: int) -> Meeting:
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
    return m


def _state(m: Meeting) -> MinutesState:
    return MinutesState(m.minutes_sent_on, m.minutes_approved_on, m.minutes_approved_by_id, m.status)


def _nothing_recorded(m: Meeting) -> bool:
    """Still only planned, and no attendance, notes, decisions or action items recorded."""
    return (m.status in (MeetingStatus.PLANNED, MeetingStatus.AGENDA_SENT)
            and not m.attendance and not m.actions
            and not any(i.notes.strip() or i.decision.strip() for i in m.items))


def why_not_send(store: Store, meeting_id: int, today: dt.date | None = None) -> str:
    """The Danish reason the referat cannot be sent now, or "" when it can (asked before
    a date is asked for)."""
    with store.reading() as s:
        m = _meeting(s, meeting_id)
        if m.date > (today or dt.date.today()):
            return NOT_HELD
        if m.minutes_approved_on is not None:
            return ALREADY_APPROVED
        return NOTHING_TO_SEND if _nothing_recorded(m) else ""


def send_minutes(store: Store, meeting_id: int, on: dt.date,
                 today: dt.date | None = None) -> MinutesState:
    """Mark the referat as sent on ``on``; returns the state before (for undo). A
    referat of a meeting not yet held, or of one with nothing recorded, cannot be sent."""
    check_day(on, "date")
    with store.transaction(MEETINGS) as s:
        m = _meeting(s, meeting_id)
        if m.date > (today or dt.date.today()):
            raise ValidationError(NOT_HELD)
        if on < m.date:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Agenda", "Referatet kan ikke være udsendt før mødet blev holdt."), field="date")
        if m.minutes_approved_on is not None:
            raise ValidationError(ALREADY_APPROVED)
        if _nothing_recorded(m):
            raise ValidationError(NOTHING_TO_SEND)
        old = _state(m)
        m.minutes_sent_on = on
        if m.status in BEFORE_SENT:
            m.status = MeetingStatus.MINUTES_SENT
        return old


def set_state(store: Store, meeting_id: int, state: MinutesState) -> MinutesState:
    """Put the lifecycle back as it was (undo); returns the state before."""
    with store.transaction(MEETINGS) as s:
        m = _meeting(s, meeting_id)
        old = _state(m)
        m.minutes_sent_on, m.minutes_approved_on = state.sent_on, state.approved_on
        m.minutes_approved_by_id, m.status = state.approved_by_id, state.status
        return old


def sync_approval(s: Session, item: AgendaItem) -> None:
    """After an approval item's decision changed: approve the earlier referat, or take
    back an approval this meeting gave. Runs inside the caller's transaction."""
    if item.approves_minutes_of_id is None:
        return
    earlier = s.get(Meeting, item.approves_minutes_of_id)
    if earlier is None:
        return
    if is_approving(item.decision or ""):
        if earlier.minutes_approved_on is None:
            approving = s.get(Meeting, item.meeting_id)
            earlier.minutes_approved_on = approving.date
            earlier.minutes_approved_by_id = approving.id
            earlier.minutes_sent_on = earlier.minutes_sent_on or earlier.minutes_approved_on
            earlier.status = MeetingStatus.MINUTES_APPROVED
    elif earlier.minutes_approved_by_id == item.meeting_id:
        earlier.minutes_approved_on = None
        earlier.minutes_approved_by_id = None
        earlier.status = MeetingStatus.MINUTES_SENT if earlier.minutes_sent_on else MeetingStatus.HELD


def approval_item(prev: Meeting, target: Meeting) -> AgendaItem | None:
    """The item "Godkendelse af referat fra mødet d. …" for ``target`` (None when the
    earlier referat is approved already)."""
    if prev.minutes_approved_on is not None:
        return None
    return AgendaItem(meeting_id=target.id, title=approval_title(prev.date), kind=ItemKind.DECISION,
                      duration_min=APPROVAL_MINUTES, proposal=APPROVAL_PROPOSAL,
                      approves_minutes_of_id=prev.id)
