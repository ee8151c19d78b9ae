"""What a line begins with: a bullet, a number ("3.", "3)", "3 ", "3.Title", "2.a",
"2.1"), a letter ("a)", "a.", "(a)"), a point word ("Punkt 4:", "Pkt. 4", "Sak 4",
"Topic #4:"), then a clock time or a duration. Lines that are not items at all
(headings, page furniture, header fields) are :mod:`kkrdesk.imports.agenda_non_items`'.

Pure functions on strings; whether a number is an item is the parser's question (it
sees the whole list)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kkrdesk.imports import agenda_clock as clk

BULLETS = "•▪◦●○■□►▸‣⁃∙·*-–—>➢✓☐❑✔+"
_BULLET = re.compile(r"^(?:\[[ xX]\]|[•▪◦●○■□►▸‣⁃∙·*\-–—>➢✓☐❑✔+\uf0b7\uf0a7](?=\s|$)|[•●▪◦☐➢✓](?=\S)|o(?=\s))\s*")
_POINT = re.compile(
    r"^(?:(?:pkt|sak|saksnr|ärende|top|§)\.?\s*#?\s*(\d{1,2})(?![\d,]|\.\d)\s*[.:)\-–]?"
    r"|(?:punkt|item|agenda\s+item|topic|tagesordnungspunkt|point)\s*#?\s*(\d{1,2})\s*(?:[.:)\-–]|$))\s*", re.I)
_NUMBER = re.compile(
    r"^(\d{1,2})(?:\.(\d{1,2})(?!\d))?(?:\.?([a-z])(?=[\s.)]))?([.):])?(?:\s+|(?=[A-ZÆØÅÄÖÜa-zæøåäöü(\"“»]))")
_LETTER = re.compile(r"^(?:\(([a-zA-Z])\)|([a-zA-Z])\)|([a-z])\.)\s+(?=\S)")


@dataclass(frozen=True)
class Head:
    """The markers a line begins with, and the text after them."""

    marker: str = ""  # "point", "number", "letter", "bullet" or ""
    bullet: str = ""  # the bullet written (also before a number: "• 1) …")
    number: int | None = None
    sub: str = ""  # "a" or "1" of "2.a" / "2.1"
    style: str = ""  # ".", ")", ":" or "" after a number or letter
    letter: str = ""
    times: clk.Times | None = None
    rest: str = ""
    glued: bool = False  # "1.Valg": no space after the number


def head(text: str, *, compact: bool = False) -> Head:
    """Peel the markers off the front of a (clean) line."""
    rest, bullet = text, ""
    if (b := _BULLET.match(rest)) and len(rest) > b.end():
        bullet, rest = rest[: b.end()].strip() or "•", rest[b.end():]
    marker, number, sub, style, letter, glued = ("bullet" if bullet else ""), None, "", "", "", False
    if (p := _POINT.match(rest)) and (rest[p.end():] or not bullet):
        marker, number, style, rest = "point", int(p.group(1) or p.group(2)), ":", rest[p.end():]
    elif (m := _NUMBER.match(rest)) and not clk.leading_times(rest, compact=compact) \
            and not re.match(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", rest) and int(m.group(1)) > 0:
        marker, number = "number", int(m.group(1))
        sub, style = (m.group(2) or m.group(3) or "").lower(), m.group(4) or ""
        glued = not rest[m.end() - 1:m.end()].isspace()
        rest = rest[m.end():]
    elif (m := _LETTER.match(rest)) and not (bullet and bullet not in "-–•"):
        marker, letter = "letter", (m.group(1) or m.group(2) or m.group(3))
        style, rest = ("(" if m.group(1) else ")" if m.group(2) else "."), rest[m.end():]
    times = clk.leading_times(rest, compact=compact)
    if times is not None:
        rest = times.rest
    return Head(marker, bullet, number, sub, style, letter, times, rest.strip(), glued)
