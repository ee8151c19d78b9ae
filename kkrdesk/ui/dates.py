"""The formatting of core/danish in the window's language: every widget that shows a
date, a time span or a list in running text imports it from here, so the English
window says "Wednesday 18 June 2025" while the documents stay Danish."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core import danish
from kkrdesk.core.danish import EN_DASH, TIME_SEP, clock, short_date, sort_key, sorted_da
from kkrdesk.ui.i18n import language

__all__ = ["EN_DASH", "TIME_SEP", "clock", "day_month", "join_and", "long_date", "month_year",
           "short_date", "sort_key", "sorted_da", "time_span"]


def long_date(d: dt.date) -> str:
    return danish.long_date(d, language())


def day_month(d: dt.date) -> str:
    return danish.day_month(d, language())


def month_year(d: dt.date) -> str:
    return danish.month_year(d, language())


def time_span(start, end, sep: str = TIME_SEP) -> str:
    return danish.time_span(start, end, sep, language())


def join_and(items: list[str]) -> str:
    return danish.join_and(items, language())
