"""Clock times as agendas write them: "12:00 – 12:10", "kl. 9.00 til 9.30",
"19,00 – 19,15", "0900-1000:", "1400--", "3:00pm", "[16:45-16:50]", a meeting's start
in its header ("kl. 16:00", "klockan 19:00", "um 9:00 Uhr", "at 6:15 pm", "Start time:
12pm", "kl. 1200-1400"). Durations ("(30 min)", a minutes column's "5") are
:mod:`kkrdesk.imports.agenda_durations`', times no clock shows ("24.00")
:mod:`kkrdesk.imports.agenda_impossible_times`'.

Pure functions on strings; all times are minutes after midnight."""

from __future__ import annotations

import re
from dataclasses import dataclass

DASH = r"(?:--?|–|—|til|to|bis)"
_H = r"(?:[01]?\d|2[0-3])"
_AMPM = r"\s*(?P<{0}>[ap]\.?\s?m\.?)(?![a-zæøå])"
_CLOCK = rf"(?P<h{{0}}>{_H})(?:[.:,](?P<m{{0}}>[0-5]\d))?(?:{_AMPM.format('ap{0}')})?"
_LEAD = r"(?:(?:klockan|klokken|klokka|kl)\.?\s*|um\s+|at\s+)?"
_RANGE = re.compile(
    rf"^\[?{_LEAD}{_CLOCK.format(1)}(?:\s*{DASH}\s*{_LEAD}(?:{_CLOCK.format(2)})?)?"
    r"(?:\s*(?:uhr|h)\b)?\]?(?=$|[\s,:;)\]\-–—])\s*[:,;.]?\s*(?:[-–—]\s+)?(?P<rest>.*)$", re.I)
_COMPACT = re.compile(
    r"^\[?(?:(?:kl|klokken|klockan|klokka)\.?\s*)?(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)"
    r"(?:\s*(?P<dash>-{1,2}|–|—)\s*(?:(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d))?)?"
    r"(?=$|[\s:)\],.])\]?\s*[:.,]?\s*(?:[-–—]\s+)?(?P<rest>.*)$")
_CLUE = re.compile(
    r"(?:\b(?:klockan|klokken|klokka|kl)\b\.?\s*|\bum\s+|\bat\s+|\bfrom\s+|\bfra\s+|\bstart(?:\s*time)?\s*:\s*"
    r"|\btime\s*:\s*|\btid\s*:\s*|\bbegins?\s+)", re.I)


@dataclass(frozen=True)
class Times:
    start: int
    end: int | None
    rest: str
    open_end: bool = False  # "1400--": runs on, no end given
    meridiem: bool = False  # am/pm was written (so the hour is certain)
    compact: bool = False  # "0900-1000" without a separator


def _minutes(h: str, m: str | None, ap: str | None) -> int:
    hour = int(h)
    if ap:
        hour = hour % 12 + (12 if ap.lower().startswith("p") else 0)
    return hour * 60 + int(m or 0)


def leading_times(text: str, *, compact: bool = False) -> Times | None:
    """The time or time range a line begins with, and the text after it. A bare hour
    needs am/pm ("6pm"); an hour before 5 without am/pm is read as a number. Four digits
    ("0900") only when ``compact`` (the document writes its times so)."""
    m = _RANGE.match(text)
    if m and (m.group("m1") or m.group("ap1")):
        h1, ap1, ap2 = int(m.group("h1")), m.group("ap1"), m.group("ap2")
        colon = text[m.start("h1"):m.end("h1") + 1].endswith(":")
        if h1 < 5 and not ap1 and not colon and not (m.group("h2") and ap2):
            return None
        start = _minutes(m.group("h1"), m.group("m1"), ap1)
        end = None
        if m.group("h2") and (m.group("m2") or ap2):
            end = _minutes(m.group("h2"), m.group("m2"), ap2 or ap1)
            if not ap1 and ap2 and _minutes(m.group("h1"), m.group("m1"), ap2) <= end:
                start = _minutes(m.group("h1"), m.group("m1"), ap2)  # "1:30 – 3:00 PM", not "11:30 - 1pm"
        return Times(start, end, m.group("rest").strip(), meridiem=bool(ap1 or ap2))
    if compact and (c := _COMPACT.match(text)):
        start = int(c.group("h1")) * 60 + int(c.group("m1"))
        end = int(c.group("h2")) * 60 + int(c.group("m2")) if c.group("h2") else None
        return Times(start, end, c.group("rest").strip(), bool(c.group("dash")) and end is None,
                     compact=True)
    return None


def compact_time(text: str) -> bool:
    """Does the line begin with a four-digit time and a title ("0930 Intro", "0900-1000:")?"""
    c = _COMPACT.match(text)
    return bool(c) and (bool(c.group("dash")) or bool(re.match(r"[A-Za-zÆØÅæøåÄÖäöÜü]", c.group("rest"))))


def time_in(text: str) -> tuple[int, int | None] | None:
    """A time named in running text with a word that says so ("kl. 16:00", "klockan
    19:00", "um 9:00 Uhr", "at 6:15 pm", "Start time: 12pm", "kl. 1200-1400"), or one
    written with am/pm ("10:00 AM"). (start, end or None)."""
    for m in _CLUE.finditer(text):
        tail = text[m.end():]
        t = leading_times(tail, compact=True)
        if t is not None:
            return t.start, t.end
        bare = re.match(r"(?P<h>[01]?\d|2[0-3])(?![\d.:,])(?:\s*[-–]\s*(?P<e>[01]?\d|2[0-3])(?![\d.:,]))?", tail)
        if bare and m.group().strip().lower().startswith(("kl", "klokken", "klockan", "klokka")) \
                and 5 <= int(bare.group("h")) <= 23:
            end = int(bare.group("e")) * 60 if bare.group("e") else None
            return int(bare.group("h")) * 60, end
    for m in re.finditer(rf"(?<![\d/.:,]){_CLOCK.format(1)}", text, re.I):
        if m.group("ap1"):
            return _minutes(m.group("h1"), m.group("m1"), m.group("ap1")), None
    return None
