"""Read models of the calendar exports: a meeting as a calendar event, the invitation
to it, and the deadlines (SOR rounds, SDS's answers, project milestones) as all-day
entries. Each names the database it came from (``source``), so a UID made from it and a
record's id is the same every time the same record is exported again, and a calendar
updates its entry instead of adding a second one. No Qt, no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from kkrdesk.views.agenda import MeetingDetail


@dataclass(frozen=True)
class Contact:
    """A person as a calendar or a mail header names them."""

    name: str
    email: str


@dataclass(frozen=True)
class CalendarMeeting:
    """The meeting with its agenda; ``organizer`` and ``attendees`` only when the export
    was asked to include contact data (personal data) and addresses exist."""

    detail: MeetingDetail
    source: str
    organizer: Contact | None = None
    attendees: tuple[Contact, ...] = ()
    time_sep: str = "."  # the clock in the description: 12.00 (Danish standard) or 12:00
    lang: str = "da"  # the description's and the invitation's words: "da" or "en"


@dataclass(frozen=True)
class Invitation:
    """The invitation draft: from the secretariat to the members seated in the network
    on the meeting's day who have a usable e-mail address; ``without_email`` names the
    others (no address, or one that is not an address)."""

    meeting: CalendarMeeting
    sender: Contact
    recipients: tuple[Contact, ...]
    without_email: tuple[str, ...]


class DeadlineKind(Enum):
    ROUND = "round"  # a consultation round's deadline for input
    SDS_ANSWER = "sds"  # the day a round sent to SDS is flagged as unanswered
    MILESTONE = "milestone"  # a project's planned milestone


@dataclass(frozen=True)
class Deadline:
    """One all-day calendar entry. ``ref`` is the record's id (the round's or the
    milestone's); ``month_only``: only the month is planned, and ``day`` is its first
    day. ``settled``: answered, decided, reached or cancelled: nothing to be reminded of."""

    kind: DeadlineKind
    ref: int
    title: str
    day: dt.date
    lines: tuple[str, ...]  # the entry's description, line by line
    settled: bool
    month_only: bool = False


@dataclass(frozen=True)
class Deadlines:
    source: str
    today: dt.date
    entries: tuple[Deadline, ...]
