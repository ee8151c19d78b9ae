"""What the calendar files share: the VCALENDAR around the events, the UIDs, the text a
calendar can hold, and writing the file (atomically). Times are in Europe/Copenhagen,
its VTIMEZONE written as Outlook reads it (:mod:`kkrdesk.export.ics_zone`)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from icalendar import Calendar

from kkrdesk import __version__
from kkrdesk.core.validate import strip_controls
from kkrdesk.export.atomic import atomic_write
from kkrdesk.export.ics_zone import copenhagen_zone

PRODID = f"-//KKR Desk//KKR Desk {__version__}//DA"
MAX_LINE = 255  # a title or place longer than this is cut ("…"): no calendar shows more
# UIDs live in their own namespace: the same database and record give the same UID.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "kkrdesk.invalid")
_BREAKS = str.maketrans({"\n": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


def one_line(text: str | None, limit: int = MAX_LINE) -> str:
    """A single line of ``text`` (control characters gone, breaks and runs of space as
    one space), at most ``limit`` characters."""
    line = " ".join(strip_controls(text or "").translate(_BREAKS).split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def lines_text(lines: list[str]) -> str:
    """Lines as one text for a DESCRIPTION or a mail body, control characters gone."""
    return strip_controls("\n".join(lines)).strip("\n")


def uid(source: str, kind: str, ref: int) -> str:
    """The UID of record ``ref`` of ``kind`` in the database named ``source``."""
    return str(uuid.uuid5(NAMESPACE, f"{source}/{kind}/{ref}"))


def sequence(now: dt.datetime) -> int:
    """A SEQUENCE that grows with every export (minutes since 2025): sent again, an
    event counts as the newer revision, which a calendar applies over the older one."""
    start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    return max(0, int((now - start).total_seconds() // 60))


def new_calendar(name: str = "", *, method: str = "", zone: bool = True) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    if name:
        cal.add("x-wr-calname", one_line(name))
    if zone:
        cal.add_component(copenhagen_zone())
    return cal


def to_bytes(cal: Calendar) -> bytes:
    return cal.to_ical()


def save(data: bytes, path: str | Path) -> Path:
    """Write ``data`` to ``path`` atomically (refused over an open database)."""
    return atomic_write(path, lambda tmp: tmp.write_bytes(data))
