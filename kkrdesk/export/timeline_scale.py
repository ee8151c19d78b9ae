"""The time scale of a project's timeline: which stretch of dates it shows (SPANS) and
where a date or a milestone sits on it. Pure Python (the painter, ``timeline_paint``,
and the Projekter tab's widget use it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kkrdesk.core.danish import month_year, short_date
from kkrdesk.core.dates import in_range
from kkrdesk.core.enums import MilestoneStatus
from kkrdesk.views.projects import MilestoneView, TimelineData

if TYPE_CHECKING:  # the painter hands in its rectangle; the scale itself needs no Qt
    from PySide6.QtCore import QRectF

MARGIN = 28.0  # left and right, around the axis


def month_start(d: dt.date, add: int = 0) -> dt.date:
    n = d.year * 12 + d.month - 1 + add
    return dt.date(n // 12, n % 12 + 1, 1)


def mark_date(m: MilestoneView) -> dt.date | None:
    """Where a milestone's diamond sits: its actual date when reached, else the planned
    day (the middle of the month for a month-only milestone)."""
    if m.actual_on is not None:
        return m.actual_on
    if m.planned_on is None:
        return None
    return m.planned_on.replace(day=15) if m.planned_month_only else m.planned_on


# The stretch of time shown: "today" (the report's: every date and today), "whole" (the
# first to the last date, today only when it is inside or NEAR_DAYS from it), "past" (the
# 12 months up to the end of today's), "next" (the 12 months from the start of today's).
SPANS = ("today", "whole", "past", "next")
NEAR_DAYS = 62


@dataclass(frozen=True)
class Scale:
    """Dates to x: by default from the first of the month before the earliest date to the
    first of the month after the month after the latest (today included); see SPANS."""

    start: dt.date
    end: dt.date
    left: float
    right: float

    @classmethod
    def for_data(cls, data: TimelineData, today: dt.date, rect: QRectF, span: str = "today") -> Scale:
        left, right = rect.left() + MARGIN, rect.right() - MARGIN
        if span == "past":
            return cls(month_start(today, -11), month_start(today, 1), left, right)
        if span == "next":
            return cls(month_start(today), month_start(today, 13), left, right)
        days = [n.noted_on for n in data.notes]
        for m in data.milestones:
            days += [d for d in (m.planned_on, m.actual_on, m.due) if d]
        if data.started_on:
            days.append(data.started_on)
        days = [d for d in days if in_range(d)]  # a year 9999 an older version kept: not shown
        near = days and (min(days) - dt.timedelta(days=NEAR_DAYS) <= today
                         <= max(days) + dt.timedelta(days=NEAR_DAYS))
        if span != "whole" or not days or near:
            days.append(today)
        return cls(month_start(min(days), -1), month_start(max(days), 2), left, right)

    def x(self, d: dt.date) -> float:
        span = (self.end - self.start).days or 1
        return self.left + (self.right - self.left) * (d - self.start).days / span

    def shows(self, d: dt.date) -> bool:
        return self.start <= d <= self.end


def when_text(m: MilestoneView) -> str:
    if m.actual_on is not None:
        return f"nået {short_date(m.actual_on)}"
    if m.planned_on is None:
        return ""
    planned = month_year(m.planned_on) if m.planned_month_only else short_date(m.planned_on)
    return f"nået ({planned})" if m.is_done and m.status == MilestoneStatus.REACHED else planned
