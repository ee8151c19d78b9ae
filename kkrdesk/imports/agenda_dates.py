"""Dates as agendas write them, in Danish, Norwegian, Swedish, English and German:
"5/11-2025", "05-11-2025", "5. november 2025", "den 23:e mars 2020", "October 11,
2023", "22nd of February 2022", "2025-11-05". Pure functions on strings."""

from __future__ import annotations

import datetime as dt
import re

from kkrdesk.core import dates

_MONTHS = {
    1: "januar january januari jänner jan", 2: "februar february februari feb",
    3: "marts march mars märz mar", 4: "april apr", 5: "maj may mai", 6: "juni june jun",
    7: "juli july jul", 8: "august augusti aug", 9: "september sept sep",
    10: "oktober october okt oct", 11: "november nov", 12: "december desember dezember dec des dez",
}
_MONTH = {word: number for number, words in _MONTHS.items() for word in words.split()}
_MONTH_WORD = "|".join(sorted(_MONTH, key=len, reverse=True))
_PATTERNS = (
    ("dmy", re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*[-/ ]\s*(\d{4})\b")),  # 5/11-2025
    ("dmy", re.compile(r"\b(\d{1,2})[-.](\d{1,2})[-.](\d{4})\b")),  # 05-11-2025, 5.11.2025
    ("d_month_y", re.compile(rf"\b(\d{{1,2}})(?:\.|:e|:a|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_WORD})\.?,?\s+(\d{{4}})\b", re.I)),
    ("month_d_y", re.compile(rf"\b({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)),
    ("ymd", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
)
_WEEKDAYS = (r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|monday|"
             r"tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
             r"freitag|samstag|sonntag")


def find_date(text: str) -> dt.date | None:
    for how, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            try:  # a year out of range (18-06-0025) is no date here either
                if how == "dmy":
                    day = dt.date(int(c), int(b), int(a))
                elif how == "d_month_y":
                    day = dt.date(int(c), _MONTH[b.casefold()], int(a))
                elif how == "month_d_y":
                    day = dt.date(int(c), _MONTH[a.casefold()], int(b))
                else:
                    day = dt.date(int(a), int(b), int(c))
                return dates.check_day(day)
            except (ValueError, KeyError, dates.DateRangeError):
                continue
    return None


def date_line(text: str) -> dt.date | None:
    """A line that is a date and little else ('Onsdag d. 18. juni 2025')."""
    day = find_date(text)
    if day is None:
        return None
    rest = re.sub(rf"\d|\b(?:{_WEEKDAYS}|den|d\.|kl\.?|of|the)\b|\b(?:{_MONTH_WORD})\b|[-./,:–\s]",
                  "", text, flags=re.I)
    return day if len(rest) <= 3 else None
