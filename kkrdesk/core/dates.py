"""The one reader and checker of every date and clock time KKR Desk accepts.

A date can enter by many doors: a date field, a dialog, the command line (``--date``,
``--meeting``), an imported agenda or participant list, a service called by code. Each
door reads text with ``parse_date`` / ``parse_day_or_month`` / ``parse_clock`` and every
date column refuses, on assignment, a date outside the range below (``check_day``, wired
to the models in ``core/models/date_guard.py``), so a date cannot reach the database by a
door that forgot to ask.

The range is 1 January 1900 to 31 December 2100:
- 1900 is where Excel's day numbers begin: an earlier date would reach the overview
  workbook as a negative or meaningless serial. Members' start dates go back decades,
  never a century.
- 2100 is far beyond any meeting, deadline or milestone a secretariat plans, and close
  enough to catch the typos that land just above it: digits swapped in a year of this
  century (2205 for 2025, 2502 for 2052) are refused, where a limit of 2200 would keep
  some of them.
A year outside is a typo (18-06-0025) and is never guessed at. Nothing here raises
anything but ValueError (ValidationError from ``check_day``), whatever the text: a year
of twenty digits is not turned into a number at all.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from kkrdesk.core.danish import MONTHS, short_date
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP

FIRST_YEAR, LAST_YEAR = 1900, 2100
FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
EXAMPLE = "18-06-2025"

_SEPARATOR = re.compile(r"\s*[-./]\s*")
_CLOCK = re.compile(r"(\d{1,2})(?:[.:](\d{1,2}))?")
_CLOCK_DIGITS = re.compile(r"(\d{1,2})(\d{2})")
_MONTH_WORD = re.compile(r"([^\W\d_]+)\.?\s+(\d+)")
_MONTH_NUMBER = re.compile(r"(\d{1,2})\s*[-./]\s*(\d{3,})")


class DateRangeError(ValidationError):
    """A date given to a service (or a model) outside FIRST_DAY..LAST_DAY."""


class YearOutOfRange(ValueError):
    """Typed text that is a date, but with a year outside FIRST_YEAR..LAST_YEAR."""


def _shown(text: str, limit: int = 40) -> str:
    """What was typed, as typed (a newline stays for the command line to show as \\n)."""
    text = str(text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def year_problem(shown: str, year: str) -> str:
    """The one message for a year out of range, whichever door the date came by."""
    if len(year) > 6:
        year = QT_TRANSLATE_NOOP("Dates", "{start}… ({n} cifre)").format(start=year[:4], n=len(year))
    return QT_TRANSLATE_NOOP("Dates", "»{typed}«: året {year} er urimeligt; skriv et år mellem "
                             "{first} og {last} (fx {example}).").format(
        typed=_shown(shown), year=year, first=FIRST_YEAR, last=LAST_YEAR, example=EXAMPLE)


def not_a_date(shown: str) -> str:
    return QT_TRANSLATE_NOOP("Dates", "»{typed}« er ikke en dato (skriv fx {example}).").format(
        typed=_shown(shown), example=EXAMPLE)


def in_range(day: dt.date) -> bool:
    return FIRST_DAY <= (day.date() if isinstance(day, dt.datetime) else day) <= LAST_DAY


def check_day(day: dt.date | None, field: str | None = None) -> dt.date | None:
    """``day`` (or None) if it lies in the accepted range; DateRangeError (naming
    ``field``) otherwise. Services call it first, so this message comes before any rule
    that compares dates; the date columns call it too (``core/models/date_guard.py``)."""
    if day is not None and not in_range(day):
        raise DateRangeError(year_problem(short_date(day), f"{day.year:04d}"), field=field)
    return day


def _year(digits: str, shown: str) -> int:
    """The year in ``digits`` (two digits: this century); ValueError otherwise."""
    if len(digits) == 1:
        raise ValueError(not_a_date(shown))
    if len(digits) == 2:
        year = 2000 + int(digits)
    elif len(digits) <= 6:
        year = int(digits)
    else:  # twenty digits: never made a number (no OverflowError, no int() digit limit)
        year = 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise YearOutOfRange(year_problem(shown, digits))
    return year


def _make(year_digits: str, month: str, day: str, shown: str) -> dt.date:
    if len(month) > 2 or len(day) > 2:
        raise ValueError(not_a_date(shown))
    year = _year(year_digits, shown)
    try:
        return dt.date(year, int(month), int(day))
    except ValueError:
        raise ValueError(not_a_date(shown)) from None


def parse_date(text: str) -> dt.date:
    """Read a date as a Dane types it: 18-06-2025, 18.6.2025, 18/6-2025, 18-6-25, or ISO
    2025-06-18. Raises ValueError with a one-line Danish message."""
    s = unicodedata.normalize("NFKC", str(text or "")).strip()
    if not s:
        raise ValueError(QT_TRANSLATE_NOOP("Dates", "Datoen mangler."))
    parts = _SEPARATOR.split(s)
    if len(parts) != 3 or not all(p.isdecimal() for p in parts):
        raise ValueError(not_a_date(text))
    if len(parts[0]) >= 3:  # year first: ISO 2025-06-18
        return _make(parts[0], parts[1], parts[2], text)
    return _make(parts[2], parts[1], parts[0], text)


def parse_month(text: str) -> dt.date | None:
    """'august 2025', 'aug. 2025', '08-2025' -> the 1st of that month; None when
    ``text`` is not written as a month; ValueError for a month whose year is out of range."""
    s = " ".join(unicodedata.normalize("NFKC", str(text or "")).casefold().split())
    if m := _MONTH_WORD.fullmatch(s):
        hits = [i for i, name in enumerate(MONTHS, 1) if len(m[1]) >= 3 and name.startswith(m[1])]
        if len(hits) == 1:
            return _make(m[2], str(hits[0]), "1", text)
    if (m := _MONTH_NUMBER.fullmatch(s)) and 1 <= int(m[1]) <= 12:
        return _make(m[2], m[1], "1", text)
    return None


def parse_day_or_month(text: str) -> tuple[dt.date, bool]:
    """'17-09-2025' -> (that day, False); 'august 2025' or '08-2025' -> (1 August 2025,
    True). ValueError with a Danish message otherwise."""
    month = parse_month(text)
    return (month, True) if month is not None else (parse_date(text), False)


def parse_clock(text: str) -> dt.time:
    """'12.00', '12:00', 'kl. 12.00', '1200' or '12' -> time. Raises ValueError with a
    Danish message."""
    s = unicodedata.normalize("NFKC", str(text or "")).strip()
    if s.casefold().startswith("kl"):  # "kl. 13.45"
        s = s[2:].lstrip(". ")
    m = _CLOCK.fullmatch(s) or _CLOCK_DIGITS.fullmatch(s)
    try:
        if m is None:
            raise ValueError
        return dt.time(int(m[1]), int(m[2] or 0))
    except ValueError:
        raise ValueError(QT_TRANSLATE_NOOP(
            "Dates", "»{typed}« er ikke et klokkeslæt (skriv fx 12.00).").format(
            typed=_shown(text, 20))) from None
