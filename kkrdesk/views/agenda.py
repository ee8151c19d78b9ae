"""Read models of the agenda area: meetings, items, presenters, attendance, action items,
topics for the next meeting, and the inputs the agenda screens hand to the services.
No Qt, no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, ItemKind, MeetingStatus, Role,
)


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    title: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    place: str
    online_url: str
    status: MeetingStatus
    chair_id: int | None = None
    chair_name: str = ""
    minute_taker_id: int | None = None
    minute_taker_name: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PresenterView:
    person_id: int | None
    name: str
    organisation: str

    @property
    def text(self) -> str:
        return ", ".join(p for p in (self.name, self.organisation) if p)


@dataclass(frozen=True)
class ItemView:
    id: int
    parent_id: int | None
    number: str  # "2", "2.a"
    title: str
    kind: ItemKind
    duration_min: int
    pinned_start: dt.time | None
    start_min: int
    end_min: int
    gap_before_min: int
    presenters: tuple[PresenterView, ...]
    sub_points: tuple[str, ...]
    description: str
    notes: str
    decision: str
    children: tuple[ItemView, ...] = ()
    children_overrun_min: int = 0

    @property
    def depth(self) -> int:
        return 0 if self.parent_id is None else 1

    @property
    def has_own_slot(self) -> bool:
        return self.parent_id is None or self.duration_min > 0

    @property
    def presenters_text(self) -> str:
        """'v. Poul Erik Kristensen, KL og Jeanette Jensen, MedCom' ('' if none)."""
        parts = [p.text for p in self.presenters if p.text]
        if not parts:
            return ""
        joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " og " + parts[-1]
        return "v. " + joined


@dataclass(frozen=True)
class AttendanceView:
    person_id: int
    name: str
    organisation: str
    status: AttendanceStatus
    mode: AttendanceMode
    substitute_for_id: int | None
    substitute_for_name: str
    is_guest: bool
    note: str


@dataclass(frozen=True)
class ActionView:
    id: int
    meeting_id: int
    meeting_date: dt.date
    item_id: int | None
    what: str
    who_person_id: int | None
    who: str
    due: dt.date | None
    status: ActionStatus
    closed_on: dt.date | None

    @property
    def is_open(self) -> bool:
        return self.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class TopicView:
    id: int
    title: str
    target_date: dt.date | None
    carried_to_item_id: int | None


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingSummary
    items: tuple[ItemView, ...]  # top level, each with its children
    planned_end_min: int
    overrun_min: int
    total_duration_min: int
    attendance: tuple[AttendanceView, ...] = ()
    actions: tuple[ActionView, ...] = ()
    earlier_open_actions: tuple[ActionView, ...] = ()
    topics: tuple[TopicView, ...] = ()
    next_meeting: MeetingSummary | None = None
    by_id: dict[int, ItemView] = field(default_factory=dict, compare=False, repr=False)

    def flat_items(self) -> list[ItemView]:
        out: list[ItemView] = []
        for item in self.items:
            out.append(item)
            out.extend(item.children)
        return out


@dataclass(frozen=True)
class PresenterInput:
    """A presenter as typed or picked: a known person, or a name and organisation."""

    name: str
    organisation: str = ""
    person_id: int | None = None

    @property
    def text(self) -> str:
        return ", ".join(p for p in (self.name, self.organisation) if p)


@dataclass(frozen=True)
class AttendanceState:
    """One person's attendance at one meeting; ``status`` None means no record."""

    person_id: int
    status: AttendanceStatus | None
    mode: AttendanceMode = AttendanceMode.IN_PERSON
    substitute_for_id: int | None = None
    is_guest: bool = False
    note: str = ""


@dataclass(frozen=True)
class RosterRow:
    """A line of the attendance list: a member expected at the meeting, or anyone
    with a record for it (guests, presenters, substitutes)."""

    person_id: int
    name: str
    organisation: str
    role: Role | None  # seat in the network on the meeting's date
    state: AttendanceState
