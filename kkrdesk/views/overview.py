"""Read models of the Excel overview: the options the user chose and the plain data each
area gathers for its sheets. A service fills ``OverviewData``; the exporter only writes it.
Areas (SOR, projects, meetings) add a field of their own here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kkrdesk.views.participants import AttendanceGrid, MembershipView, PersonView
from kkrdesk.views.projects import ProjectsOverview
from kkrdesk.views.sor import SorOverview


@dataclass(frozen=True)
class OverviewOptions:
    include_contact: bool = False
    today: dt.date | None = None
    lang: str = "da"  # the workbook's words: "da" (default) or "en" (export/overview_lang.py)

    @property
    def day(self) -> dt.date:
        return self.today or dt.date.today()


@dataclass(frozen=True)
class ParticipantsOverview:
    people: tuple[PersonView, ...]
    memberships: tuple[MembershipView, ...]  # the whole history
    current: tuple[MembershipView, ...]  # seats held on the day
    attendance: AttendanceGrid


@dataclass(frozen=True)
class MeetingRow:
    """A line of the Møder sheet."""

    date: dt.date
    title: str
    status: str
    place: str
    chair: str
    referent: str
    minutes_status: str  # Udkast / Udsendt / Godkendt
    minutes_sent_on: dt.date | None
    minutes_approved_on: dt.date | None
    approved_by_meeting: dt.date | None


@dataclass(frozen=True)
class FollowUpRow:
    """A line of the Opfølgning sheet: one action item of one meeting."""

    meeting_date: dt.date
    meeting_title: str
    item: str  # "9. Forslag til afholdelse af webinar …" ('' when not on an item)
    what: str
    who: str
    due: dt.date | None
    status: str
    is_open: bool
    closed_on: dt.date | None


@dataclass(frozen=True)
class MeetingsOverview:
    meetings: tuple[MeetingRow, ...]
    actions: tuple[FollowUpRow, ...]  # open ones first, then by due date


@dataclass(frozen=True)
class OverviewData:
    options: OverviewOptions
    participants: ParticipantsOverview
    meetings: MeetingsOverview | None = None
    sor: SorOverview | None = None
    projects: ProjectsOverview | None = None
