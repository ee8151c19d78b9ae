"""A line that begins with a time no clock shows: "24.00 Punkt", "99.99", "kl. 12.60",
"12.00-25.00". Such a time is never guessed at: the import names the line, and its text
becomes an item without a time, marked doubtful (the command line writes nothing) —
except "25.10" under an item numbered 25, which is that item's sub-item 10.

Pure functions on strings; times a clock does show are :mod:`kkrdesk.imports.agenda_clock`'s."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kkrdesk.imports.agenda_clock import DASH

_CLOCKLIKE = re.compile(
    rf"^(kl\.?\s*)?(\d{{1,2}})([.:])(\d{{2}})(?:\s*{DASH}\s*(?:kl\.?\s*)?(\d{{1,2}})[.:](\d{{2}}))?"
    r"(?=$|[\s,:;)\-–])\s*[:,;\-–]?\s*", re.I)


@dataclass(frozen=True)
class OddClock:
    written: str  # the impossible time as the line has it: "24.00"
    rest: str  # the text after the time (or times)
    maybe_number: bool  # "25.10" with a dot and nothing else may be item 25's sub-item 10


def impossible_clock(text: str) -> OddClock | None:
    """A line that begins with a time no clock shows ("24.00 Punkt", "99.99", "kl. 12.60",
    "12.00-25.00"); None when the time (or the line) is fine. 24.00 may end a range only."""
    m = _CLOCKLIKE.match(text)
    if not m:
        return None
    kl, h1, sep, m1, h2, m2 = m.groups()
    if int(h1) >= 24 or int(m1) >= 60:
        written = text[m.start(2):m.end(4)]
        return OddClock(written, text[m.end():], sep == "." and not kl and h2 is None
                        and not m1.startswith("0"))
    if h2 is not None and (int(m2) >= 60 or int(h2) * 60 + int(m2) > 24 * 60):
        return OddClock(text[m.start(5):m.end(6)], text[m.end():], False)
    return None
