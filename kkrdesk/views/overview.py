"""Read models of the Excel overview: the options the user chose and the plain data each
area gathers for its sheets. A service fills ``OverviewData``; the exporter only writes it.
Areas (SOR, projects, meetings) add a field of their own here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kkrdesk.views.participants import AttendanceGrid, MembershipView, PersonView
from kkrdesk.views.sor import SorOverview
from kkrdesk.views.projects import ProjectsOverview


@dataclass(frozen=True)
class OverviewOptions:
    include_contact: bool = False
    today: dt.date | None = None

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
class OverviewData:
    options: OverviewOptions
    participants: ParticipantsOverview
    sor: SorOverview | None = None
    projects: ProjectsOverview | None = None
