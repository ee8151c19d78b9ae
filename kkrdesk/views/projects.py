"""Read models of the projects area: the list row, the whole project for the editor and
the report, and its parts (status notes, milestones, financing, risks, decisions, groups,
agenda links). No Qt, no SQLAlchemy."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from kkrdesk.core.enums import GroupKind, MilestoneStatus, ProjectPhase, Rag, Role

# The documents a project typically reaches, in the order they come; others may be typed.
STANDARD_DOCUMENTS = ("Foranalyse", "PID", "Business case", "Gevinstrealiseringsplan",
                      "Afslutningsrapport")
# The roles a seat in a project's group can have (the list).
PROJECT_ROLES = (Role.CHAIR, Role.PROJECT_OWNER, Role.SENIOR_USER, Role.SENIOR_SUPPLIER,
                 Role.PROJECT_MANAGER, Role.MEMBER)
PROJECT_GROUP_KINDS = (GroupKind.STEERING_GROUP, GroupKind.PROJECT_GROUP, GroupKind.WORKING_GROUP)


@dataclass(frozen=True)
class StatusNoteView:
    id: int
    noted_on: dt.date
    rag: Rag
    text: str


@dataclass(frozen=True)
class MilestoneView:
    id: int
    title: str
    planned_on: dt.date | None
    planned_month_only: bool
    actual_on: dt.date | None
    status: MilestoneStatus
    notes: str

    @property
    def due(self) -> dt.date | None:
        """The last day the milestone is on time: the planned day, or the end of its month."""
        if self.planned_on is None:
            return None
        if not self.planned_month_only:
            return self.planned_on
        last = calendar.monthrange(self.planned_on.year, self.planned_on.month)[1]
        return self.planned_on.replace(day=last)

    @property
    def is_done(self) -> bool:
        return self.actual_on is not None or self.status in (MilestoneStatus.REACHED,
                                                              MilestoneStatus.CANCELLED)

    def is_overdue(self, today: dt.date) -> bool:
        return not self.is_done and self.due is not None and self.due < today


@dataclass(frozen=True)
class FinancingView:
    id: int
    source: str  # "ØA 2026"
    model: str  # "K-98-løsning"
    amount_dkk: Decimal | None
    year: int | None
    notes: str


@dataclass(frozen=True)
class RiskView:
    id: int
    title: str
    probability: int | None  # 1-5
    impact: int | None  # 1-5
    mitigation: str
    is_open: bool


@dataclass(frozen=True)
class DecisionView:
    id: int
    decided_on: dt.date | None
    text: str
    decided_by: str


@dataclass(frozen=True)
class SeatView:
    """A member of a project group: a person (with their organisation) or an organisation."""

    id: int
    person_id: int | None
    person_name: str
    organisation_id: int | None
    organisation: str
    role: Role
    start_date: dt.date | None
    end_date: dt.date | None
    replaces_name: str

    @property
    def holder(self) -> str:
        return self.person_name or self.organisation

    def is_current(self, today: dt.date) -> bool:
        return self.end_date is None or self.end_date > today


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    kind: GroupKind
    seats: tuple[SeatView, ...]


@dataclass(frozen=True)
class ItemLinkView:
    """An agenda item where the project was presented."""

    item_id: int
    meeting_id: int
    meeting_date: dt.date
    number: str
    title: str


@dataclass(frozen=True)
class ProjectFields:
    """What a user types about the project itself."""

    name: str
    description: str = ""
    phase: ProjectPhase = ProjectPhase.IDEA
    owner_id: int | None = None
    started_on: dt.date | None = None
    documents: tuple[str, ...] = ()


def next_open(milestones) -> MilestoneView | None:
    """The first of ``milestones`` not yet reached (overdue ones first: they are next)."""
    open_ = [m for m in milestones if not m.is_done and m.planned_on is not None]
    return min(open_, key=lambda m: m.planned_on, default=None)


@dataclass(frozen=True)
class ProjectView:
    id: int
    name: str
    description: str
    phase: ProjectPhase
    owner_id: int | None
    owner: str
    started_on: dt.date | None
    documents: tuple[str, ...]
    notes: tuple[StatusNoteView, ...]  # oldest first
    milestones: tuple[MilestoneView, ...]  # by planned date
    financing: tuple[FinancingView, ...]
    risks: tuple[RiskView, ...]
    decisions: tuple[DecisionView, ...]
    groups: tuple[GroupView, ...]
    links: tuple[ItemLinkView, ...]

    @property
    def fields(self) -> ProjectFields:
        return ProjectFields(self.name, self.description, self.phase, self.owner_id,
                             self.started_on, self.documents)

    @property
    def latest(self) -> StatusNoteView | None:
        return self.notes[-1] if self.notes else None

    @property
    def rag(self) -> Rag | None:
        return self.notes[-1].rag if self.notes else None

    def next_milestone(self, today: dt.date) -> MilestoneView | None:
        """The first milestone not yet reached (overdue ones first: they are next)."""
        return next_open(self.milestones)

    def overdue(self, today: dt.date) -> list[MilestoneView]:
        return [m for m in self.milestones if m.is_overdue(today)]

    def seat_holders(self, role: Role) -> list[str]:
        return [s.holder for g in self.groups for s in g.seats if s.role == role]


@dataclass(frozen=True)
class ProjectRow:
    """A project as its list shows it: its own fields, the latest status note and the
    milestones not yet reached (the next one and the late ones come from these). The
    whole project (:class:`ProjectView`) is read when it is selected."""

    id: int
    name: str
    description: str
    phase: ProjectPhase
    owner: str
    latest: StatusNoteView | None
    open_milestones: tuple[MilestoneView, ...]  # by planned date, as in ProjectView

    @property
    def rag(self) -> Rag | None:
        return self.latest.rag if self.latest else None

    def next_milestone(self, today: dt.date) -> MilestoneView | None:
        return next_open(self.open_milestones)

    def overdue(self, today: dt.date) -> list[MilestoneView]:
        return [m for m in self.open_milestones if m.is_overdue(today)]


@dataclass(frozen=True)
class TimelineData:
    """What the painted timeline shows (the widget and the report picture)."""

    title: str
    milestones: tuple[MilestoneView, ...]
    notes: tuple[StatusNoteView, ...]
    started_on: dt.date | None = None


@dataclass(frozen=True)
class StatusReport:
    """The Word status report for a steering group: one section per project, each with
    its timeline picture (PNG bytes painted by the caller)."""

    title: str
    day: dt.date
    projects: tuple[ProjectView, ...]
    pictures: tuple[bytes | None, ...]  # one per project


@dataclass(frozen=True)
class ProjectsOverview:
    """The projects' sheets of the Excel overview."""

    projects: tuple[ProjectView, ...]
    day: dt.date
