"""Durations as agendas write them: "(30 min)", "(~20 minutes)", "15 min.", "(½ time)",
a duration leading the line ("15 min - Title") or inside it ("Pause 30 min med pizza"),
and a minutes column's "5", "5m", "10 mins". Half minutes ("0,5") and ranges
("30m-1hr") are no duration: nothing is guessed.

Pure functions on strings; clock times are :mod:`kkrdesk.imports.agenda_clock`'s."""

from __future__ import annotations

import re

_UNIT = r"(?:min(?:utter|uter|utes|ute|s)?\.?|m)(?![a-zæøå])"
_DURATION = re.compile(rf"\(\s*~?\s*(\d{{1,3}})\s*{_UNIT}[^()]{{0,40}}\)|~?(?<![\d,.])(\d{{1,3}})\s*{_UNIT}", re.I)
_HOURS = re.compile(r"\(\s*(\d(?:[.,]\d)?|½)\s*(?:time|timer|timme|timmar|hours?|hrs?|t)\s*\)", re.I)


def take_duration(title: str) -> tuple[str, int | None]:
    """'Opening by Chair (1 min)' -> ('Opening by Chair', 1); also '15 min - Title',
    'Pause 30 min med pizza', '(½ time)'. Half minutes and ranges are no duration."""
    h = _HOURS.search(title)
    if h:
        val = h.group(1).replace(",", ".")
        return _cut(title, h.start(), h.end()), 30 if val == "½" else round(float(val) * 60)
    for d in _DURATION.finditer(title):
        if re.match(r"\s*[-–]\s*\d", title[d.end():]):
            continue  # "30m-1hr"
        return _cut(title, d.start(), d.end()), int(d.group(1) or d.group(2))
    return title, None


def _cut(text: str, start: int, end: int) -> str:
    head = text[:start].rstrip(" -–—:,")
    tail = re.sub(r"^\s*(?:[-–—:]\s*|til å\s+|to\s+(?=[a-z]))", " ", text[end:]).strip()
    return " ".join(f"{head} {tail}".split()).strip(" -–—:")


def cell_minutes(text: str) -> int | None:
    """A minutes column: '5', '15', '5m', '10 min', '10 mins'; None for '0,5', '30m-1hr'."""
    m = re.fullmatch(r"\s*~?(\d{1,3})\s*(?:m|min|mins|minutes|minutter|minuter|minutter\.)?\.?\s*", text, re.I)
    return int(m.group(1)) if m else None
