"""Danish formatting and sorting: "onsdag d. 18. juni 2025", "kl. 12.00–12.10",
18-06-2025, and names sorted with Æ, Ø, Å last and "Aa" as Å."""

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


def long_date(d: dt.date) -> str:
    """'onsdag d. 18. juni 2025'."""
    return f"{WEEKDAYS[d.weekday()]} d. {day_month(d)} {d.year}"


def day_month(d: dt.date) -> str:
    """'18. juni'."""
    return f"{d.day}. {MONTHS[d.month - 1]}"


def short_date(d: dt.date | None) -> str:
    """'18-06-2025' ('' for no date)."""
    return d.strftime("%d-%m-%Y") if d else ""


def month_year(d: dt.date) -> str:
    """'august 2025'."""
    return f"{MONTHS[d.month - 1]} {d.year}"


def clock(t: dt.time | int) -> str:
    """'12.00' from a time or from minutes after midnight."""
    from kkrdesk.core.timing import format_clock, to_minutes

    return format_clock(t if isinstance(t, int) else to_minutes(t))


def time_span(start: dt.time | int, end: dt.time | int) -> str:
    """'kl. 12.00–12.10'."""
    return f"kl. {clock(start)}{EN_DASH}{clock(end)}"


# Dates a secretariat can mean: members' start dates go back decades, meetings and
# deadlines a few years ahead. A year outside is a typo (18-06-0025), never guessed at.
MIN_YEAR, MAX_YEAR = 1900, 2100


def parse_date(text: str) -> dt.date:
    """Read a date as a Dane types it: 18-06-2025, 18.6.2025, 18/6-2025, or ISO 2025-06-18.
    Raises ValueError with a Danish message."""
    s = text.strip()
    if not s:
        raise ValueError("Datoen mangler.")
    for sep in ("-", ".", "/"):
        s = s.replace(sep, "-")
    parts = s.split("-")
    shown = text.strip()[:40]
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            year_text = parts[0]
            y, m, d = (int(p) for p in parts)
        elif len(parts) == 3:
            year_text = parts[2]
            d, m, y = (int(p) for p in parts)
            if len(year_text.strip()) <= 2:  # 18-06-25: this century
                y += 2000
            elif len(year_text.strip()) != 4:
                raise ValueError
        else:
            raise ValueError
        day = dt.date(y, m, d)
    except ValueError:
        raise ValueError(f"»{shown}« er ikke en dato (skriv fx 18-06-2025).") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"»{shown}«: året {year_text.strip()} er urimeligt; skriv et år mellem "
                         f"{MIN_YEAR} og {MAX_YEAR} (fx 18-06-2025).")
    return day


def parse_clock(text: str) -> dt.time:
    """'12.00', '12:00', '1200' or '12' -> time. Raises ValueError with a Danish message."""
    s = text.strip().replace(":", ".")
    if s.casefold().startswith("kl"):  # "kl. 13.45"
        s = s[2:].lstrip(". ")
    try:
        if "." in s:
            h, m = s.split(".", 1)
        elif len(s) in (3, 4):
            h, m = s[:-2], s[-2:]
        else:
            h, m = s, "0"
        return dt.time(int(h), int(m))
    except ValueError:
        raise ValueError(f"»{text.strip()[:20]}« er ikke et klokkeslæt (skriv fx 12.00).") from None


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


def join_and(items: list[str]) -> str:
    """"A", "A og B", "A, B og C": a Danish list in running text."""
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]
