"""Agenda-timing arithmetic: derived clock slots for an ordered agenda.

Start times are derived from the meeting start and the durations in order. An item
may be pinned to a clock time (a break at 13.35); the gap (positive) or overlap
(negative) before it is reported. Sub-items run inside their parent's slot, one after
another from the parent's start. Overrun past the meeting's end is reported, never
hidden. Pure functions of plain values: no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class SlotInput:
    key: int
    duration_min: int
    pinned_start: dt.time | None = None
    children: tuple[SlotInput, ...] = ()


@dataclass(frozen=True)
class Slot:
    key: int
    start_min: int  # minutes after midnight; may pass 24*60 for absurd agendas
    end_min: int
    gap_before_min: int = 0  # >0 idle gap, <0 overlap, before a pinned item
    children: tuple[Slot, ...] = ()
    children_overrun_min: int = 0  # sub-items running past the parent's end

    @property
    def start(self) -> str:
        return format_clock(self.start_min)

    @property
    def end(self) -> str:
        return format_clock(self.end_min)


@dataclass(frozen=True)
class Schedule:
    slots: tuple[Slot, ...]
    meeting_start_min: int
    meeting_end_min: int
    planned_end_min: int  # when the last item ends
    total_duration_min: int  # sum of top-level durations
    by_key: dict[int, Slot] = field(default_factory=dict, compare=False, repr=False)

    @property
    def overrun_min(self) -> int:
        """Minutes the agenda runs past the meeting's end (0 when it fits)."""
        return max(0, self.planned_end_min - self.meeting_end_min)

    @property
    def spare_min(self) -> int:
        return max(0, self.meeting_end_min - self.planned_end_min)


def to_minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def format_clock(minutes: int, sep: str = ".") -> str:
    """'12.05'; past midnight it shows '+1 00.10' so an absurd agenda stays readable."""
    days, rest = divmod(minutes, MINUTES_PER_DAY)
    text = f"{rest // 60:02d}{sep}{rest % 60:02d}"
    return f"{text} (+{days} d.)" if days else text


def schedule(
    start: dt.time, end: dt.time, items: list[SlotInput] | tuple[SlotInput, ...]
) -> Schedule:
    meeting_start = to_minutes(start)
    cursor = meeting_start
    slots: list[Slot] = []
    by_key: dict[int, Slot] = {}
    for item in items:
        gap = 0
        if item.pinned_start is not None:
            pinned = to_minutes(item.pinned_start)
            gap = pinned - cursor
            cursor = pinned
        begin, cursor = cursor, cursor + max(0, item.duration_min)
        children, child_cursor = [], begin
        for child in item.children:
            c_slot = Slot(child.key, child_cursor, child_cursor + max(0, child.duration_min))
            child_cursor = c_slot.end_min
            children.append(c_slot)
            by_key[child.key] = c_slot
        slot = Slot(
            item.key, begin, cursor, gap, tuple(children), max(0, child_cursor - cursor)
        )
        slots.append(slot)
        by_key[item.key] = slot
    total = sum(max(0, i.duration_min) for i in items)
    # The day ends when the last thing ends: an earlier pinned item must not hide an
    # overrun of the items before it, nor sub-items running past their parent.
    planned_end = max([cursor] + [max([s.end_min] + [c.end_min for c in s.children]) for s in slots])
    return Schedule(tuple(slots), meeting_start, to_minutes(end), planned_end, total, by_key)
