"""Where a meeting stands while it is held: which item runs, how long its slot has
left, and how far the meeting is behind or ahead of its planned clock.

Pure functions over the planned slots (core.timing) and the actual start and end kept
per top-level item as the chair moves on (services/agenda/live.py). An item is
*running* when it has a start and no end; the next step ends it and starts the next
item not yet started; the step back takes the running item's start away and opens the
item that ended last again. The figures the chair's view shows are worked out here so
the window only draws them:

- time left = actual start + planned length - now (negative past the slot);
- behind = when the running item will end if it keeps its slot (or now, once it has
  overrun) - its planned end. Positive is "bagud", negative "foran".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

BEFORE, RUNNING, BETWEEN, AFTER = "before", "running", "between", "after"
MINUS = "\u2212"


class Timed(Protocol):
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None


@dataclass(frozen=True)
class LiveItem:
    key: int
    planned_start_min: int  # minutes after midnight on the meeting's day
    planned_end_min: int
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None

    @property
    def slot_s(self) -> int:
        return max(0, self.planned_end_min - self.planned_start_min) * 60


@dataclass(frozen=True)
class LiveState:
    stage: str  # BEFORE, RUNNING, BETWEEN or AFTER
    index: int | None  # the running item, else the one the next step starts
    remaining_s: int | None = None  # RUNNING: seconds left of the slot, negative past it
    behind_s: int | None = None  # >0 behind the planned clock, <0 ahead, None: not judged
    ended_at: dt.datetime | None = None  # AFTER: when the last item ended


def running_index(items: Sequence[Timed]) -> int | None:
    for n, item in enumerate(items):
        if item.actual_start is not None and item.actual_end is None:
            return n
    return None


def next_index(items: Sequence[Timed]) -> int | None:
    """The item the next step starts: the first not started after the running one
    (or from the top when none runs); None when every item has been taken."""
    run = running_index(items)
    first = 0 if run is None else run + 1
    for n in range(first, len(items)):
        if items[n].actual_start is None:
            return n
    return None


def reopen_index(items: Sequence[Timed]) -> int | None:
    """The item the step back opens again: the one that ended last."""
    ended = [(item.actual_end, n) for n, item in enumerate(items) if item.actual_end is not None]
    return max(ended)[1] if ended else None


def planned_at(day: dt.date, minutes: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)


def _seconds(delta: dt.timedelta) -> int:
    return int(delta.total_seconds())


def state(items: Sequence[LiveItem], day: dt.date, now: dt.datetime) -> LiveState:
    """The stage of the meeting at ``now`` and the figures the chair sees."""
    run = running_index(items)
    if run is not None:
        item = items[run]
        own_end = item.actual_start + dt.timedelta(seconds=item.slot_s)
        projected = max(own_end, now)
        return LiveState(RUNNING, run, _seconds(own_end - now),
                         _seconds(projected - planned_at(day, item.planned_end_min)))
    nxt = next_index(items)
    started = any(i.actual_start is not None for i in items)
    if nxt is None:
        if not started:  # an empty agenda
            return LiveState(BEFORE, None)
        ended = max(i.actual_end for i in items if i.actual_end is not None)
        planned_end = max(i.planned_end_min for i in items)
        return LiveState(AFTER, None, behind_s=_seconds(ended - planned_at(day, planned_end)),
                         ended_at=ended)
    late = _seconds(now - planned_at(day, items[nxt].planned_start_min))
    if not started:  # before the start nobody is ahead of anything
        return LiveState(BEFORE, nxt, behind_s=late if late >= 60 else None)
    return LiveState(BETWEEN, nxt, behind_s=late)


def behind_text(seconds: int | None) -> str:
    """"12 min. bagud", "3 min. foran", "Til tiden" (whole minutes, counted down)."""
    if seconds is None:
        return ""
    minutes = abs(seconds) // 60
    if minutes == 0:
        return "Til tiden"
    return f"{minutes} min. {'bagud' if seconds > 0 else 'foran'}"


def countdown_text(seconds: int) -> str:
    """"07:12" left, "−02:30" past the slot; hours shown only when there are any."""
    sign = MINUS if seconds < 0 else ""
    left = abs(seconds)
    hours, rest = divmod(left, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes:02d}:{secs:02d}"
