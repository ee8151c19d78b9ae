"""Danish formatting and sorting: "onsdag d. 18. juni 2025", "kl. 12.00–12.10",
18-06-2025, and names sorted with Æ, Ø, Å last and "Aa" as Å. The window in English
asks for the English forms with ``lang="en"`` ("Wednesday 18 June 2025", "12.00–12.10",
"A, B and C"); documents are written in Danish and never pass it.

The one place a time is written: every caller that shows or writes a clock time passes
the user's separator (``sep``, "." or ":") it was given; nothing here reads a setting."""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache

EN_DASH = "\u2013"


# The CLDR words for Danish (babel's "da" data, which the tests check every day of two
# years against). Kept here because loading babel's locale tables costs more at start-up
# (40-100 ms on the laptops measured) than everything else the first window draws.
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")


WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def long_date(d: dt.date, lang: str = "da") -> str:
    """'onsdag d. 18. juni 2025'; English 'Wednesday 18 June 2025'."""
    if lang == "en":
        return f"{WEEKDAYS_EN[d.weekday()]} {day_month(d, lang)} {d.year}"
    return f"{WEEKDAYS[d.weekday()]} d. {day_month(d)} {d.year}"


def day_month(d: dt.date, lang: str = "da") -> str:
    """'18. juni'; English '18 June'."""
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]}"
    return f"{d.day}. {MONTHS[d.month - 1]}"


def short_date(d: dt.date | None) -> str:
    """'18-06-2025' ('' for no date); a four-digit year also before 1000."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}" if d else ""


def month_year(d: dt.date, lang: str = "da") -> str:
    """'august 2025'; English 'August 2025'."""
    return f"{(MONTHS_EN if lang == 'en' else MONTHS)[d.month - 1]} {d.year}"


TIME_SEP = "."  # Danish standard (Retskrivningsordbogen): 12.00; the user may choose ":"


def clock(t: dt.time | int, sep: str = TIME_SEP) -> str:
    """'12.00' (or '12:00' with ``sep=":"``) from a time or from minutes after midnight."""
    from kkrdesk.core.timing import format_clock, to_minutes

    return format_clock(t if isinstance(t, int) else to_minutes(t), sep)


def time_span(start: dt.time | int, end: dt.time | int, sep: str = TIME_SEP,
              lang: str = "da") -> str:
    """'kl. 12.00–12.10'; English '12.00–12.10' (no word before a time)."""
    span = f"{clock(start, sep)}{EN_DASH}{clock(end, sep)}"
    return span if lang == "en" else f"kl. {span}"


# Danish alphabet order: a-z, then æ, ø, å. "aa" is å (Aabenraa, Aalborg, Aarhus last).
_TAIL = {"æ": "{0", "ä": "{0", "ø": "{1", "ö": "{1", "å": "{2"}


@lru_cache(maxsize=65536)
def sort_key(text: str) -> tuple[str, str]:
    """A key that sorts strings the Danish way (case-insensitive, then by case)."""
    low = text.casefold().replace("aa", "å")
    out = []
    for ch in low:
        if ch in _TAIL:
            out.append(_TAIL[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)[0]  # é -> e, ü -> u
        out.append(base)
    return "".join(out), text


def sorted_da(values, key=lambda v: v):
    return sorted(values, key=lambda v: sort_key(key(v)))


def join_and(items: list[str], lang: str = "da") -> str:
    """"A", "A og B", "A, B og C": a Danish list in running text (English "A, B and C")."""
    if not items:
        return ""
    word = " and " if lang == "en" else " og "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + word + items[-1]
