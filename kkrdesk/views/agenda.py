"""Read models of the agenda area: meetings, items, presenters, attendance, action items,
topics for the next meeting, and the inputs the agenda screens hand to the services.
No Qt, no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, ItemKind, MeetingStatus, MinutesStatus, Role,
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
    minutes_sent_on: dt.date | None = None
    minutes_approved_on: dt.date | None = None
    minutes_approved_by_date: dt.date | None = None  # the meeting that approved the referat

    @property
    def minutes_status(self) -> MinutesStatus:
        if self.minutes_approved_on is not None:
            return MinutesStatus.APPROVED
        return MinutesStatus.SENT if self.minutes_sent_on is not None else MinutesStatus.DRAFT

    def is_held(self, today: dt.date | None = None) -> bool:
        """True once the meeting's day has come (a referat before that is only a draft)."""
        return self.date <= (today or dt.date.today())


@dataclass(frozen=True)
class MinutesState:
    """What the referat's lifecycle changes on a meeting (for undo)."""

    sent_on: dt.date | None
    approved_on: dt.date | None
    approved_by_id: int | None
    status: MeetingStatus


@dataclass(frozen=True)
class PresenterView:
    person_id: int | None
    name: str
    organisation: str

    @property
    def text(self) -> str:
        return ", ".join(p for p in (self.name, self.organisation) if p)


@dataclass(frozen=True)
class AttachmentView:
    """A bilag as lists show it: "Bilag 3.1: Status på FK-OSS.pptx (2,4 MB)"."""

    id: int
    number: str  # "3.1"
    filename: str
    size: int

    @property
    def label(self) -> str:
        return f"Bilag {self.number}: {self.filename}"

    @property
    def size_text(self) -> str:
        if self.size >= 1024 * 1024:
            return f"{self.size / (1024 * 1024):.1f} MB".replace(".", ",")
        return f"{max(1, round(self.size / 1024))} kB"


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
    proposal: str = ""  # Indstilling
    approves_minutes_of: dt.date | None = None  # "Godkendelse af referat fra mødet d. …"
    attachments: tuple[AttachmentView, ...] = ()
    actual_start: dt.datetime | None = None  # kept by the chair's live view
    actual_end: dt.datetime | None = None

    @property
    def actual_span(self) -> str:
        """"10.05–10.32" once the item has begun and ended ("" otherwise)."""
        if self.actual_start is None or self.actual_end is None:
            return ""
        return f"{self.actual_start:%H.%M}\u2013{self.actual_end:%H.%M}"

    @property
    def actual_text(self) -> str:
        """"Faktisk tid 10.05–10.32"; "Faktisk tid fra 10.05" while it runs; "" unknown."""
        if self.actual_start is None:
            return ""
        if self.actual_end is None:
            return f"Faktisk tid fra {self.actual_start:%H.%M}"
        return f"Faktisk tid {self.actual_span}"

    @property
    def numbered_title(self) -> str:
        """"5. Title"; a break has no number ("Pause")."""
        return f"{self.number}. {self.title}" if self.number else self.title

    @property
    def named(self) -> str:
        """How the Rediger menu names the item: "punkt 5", or a break by its title."""
        return f"punkt {self.number}" if self.number else f"»{self.title[:30]}«"

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
    # The next meeting's time is known once it has an agenda (else its times are defaults).
    next_meeting_time_known: bool = False
    by_id: dict[int, ItemView] = field(default_factory=dict, compare=False, repr=False)

    @property
    def ended_at(self) -> dt.datetime | None:
        """When the meeting ended, as the live view kept it: the last item's end, once
        every item has been taken and none runs (None when not known)."""
        if not self.items or any(i.actual_start is None or i.actual_end is None
                                 for i in self.items):
            return None
        return max(i.actual_end for i in self.items)

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


KIND_MARKS = {  # the Danish municipal marks of an item's kind: (O), (D), (B)
    ItemKind.ANNOUNCEMENT: ("O", "Til orientering"),
    ItemKind.DISCUSSION: ("D", "Til drøftelse"),
    ItemKind.DECISION: ("B", "Til beslutning"),
}


@dataclass(frozen=True)
class DocumentOptions:
    """Choices for the agenda and referat documents (the template settings).
    ``kind_marks``: "short" writes "(O)" after the title, "long" a line "Til orientering";
    ``actual_times``: the referat's slot lines add the actual times kept by the live view;
    ``time_sep``: "." writes kl. 12.00 (Danish standard), ":" kl. 12:00;
    ``lang``: "da" (the default) or "en", the reader's language (export/doc_words.py)."""

    kind_marks: str = "short"
    author: str = "Sekretariatet for KKR-digitaliseringsnetværket"
    # The referat notes each item's actual time beside its planned slot (off: a Danish
    # referat usually shows only the plan; "Mødet sluttede kl. …" is written regardless).
    actual_times: bool = False
    time_sep: str = "."
    lang: str = "da"

    def mark(self, kind: ItemKind) -> tuple[str, str]:
        """(title suffix, line under the title) for an item of ``kind``."""
        short, long = KIND_MARKS.get(kind, ("", ""))
        if not short:
            return "", ""
        # a no-break space: a wrapped title never leaves "(B)" alone on its line
        return (f"\u00a0({short})", "") if self.kind_marks != "long" else ("", long)
