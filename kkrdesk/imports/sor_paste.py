"""Several SOR proposals pasted at once, one per line: from a spreadsheet (columns by
tab, with or without a header row: :mod:`kkrdesk.imports.sor_paste_table`) or as a
slide's text (bullets and sub-bullets), read here.

On a slide a short line that names a kind of change is a heading for the lines under
it (»Tekstrettelser:«, »Rettelser til eksisterende enhedstype«, »Ny enhedstype«,
»OBS!«); a sub-bullet is the text of the proposal above it, unless it proposes
something itself (»Der bør oprettes en specialekode til …«); lines about the course
(»Forslag sendt til … den 6. maj«, »Input fra KKR og KL«) and footers are left out and
named. A line's wording fills what it says: »Fra hjemmesygepleje til kommunal
sygepleje« is a rename from one name to the other, »X – obs. Y?« a proposal X with the
open question Y. Nothing here touches the database; the preview shows what will be made."""

from __future__ import annotations

import re

from kkrdesk.core.enums import SorCodeKind, SorProposalKind
from kkrdesk.imports.sor_paste_lines import (
    BULLET, COURSE, FOOTER, SUB_MARKS, PastedProposal, PastedText, kind_of_words, shaped,
)
from kkrdesk.imports.sor_paste_table import table

K = SorProposalKind


def parse(text: str) -> PastedText:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if any("\t" in line.strip("\t ") for line in lines):
        return table(lines)
    return _slide(lines)


def _bullet(raw: str) -> tuple[str, bool]:
    """The line's text without its bullet, and whether it is a sub-bullet."""
    indent = len(raw) - len(raw.lstrip(" \t\u00a0"))
    line = raw.strip(" \t\u00a0")
    m = BULLET.match(line)
    sub = indent > 0
    if m:
        sub = sub or m.group("mark") in SUB_MARKS
        line = line[m.end():]
    return line.strip(), sub


def _skip_reason(text: str) -> str:
    if FOOTER.match(text.replace(" ", "")):
        return "sidefod"
    if COURSE.search(text):
        return "forløb – føres som høringsrunde"
    return ""


WRAP_AT = 70  # a line this long that ends mid-sentence was wrapped by the slide's box


def _unwrapped(lines: list[str]) -> list[tuple[int, str]]:
    """The lines (numbered from 1) with a wrapped line's tail joined to it: an
    unbulleted line right after a long one that did not end a sentence or a heading."""
    out: list[tuple[int, str]] = []
    last = -1  # the number of the raw line the last entry ends with
    for number, raw in enumerate(lines, start=1):
        before = out[-1][1].rstrip() if out else ""
        tail = (raw.strip() and not BULLET.match(raw.strip()) and number - 1 == last
                and not FOOTER.match(raw.replace(" ", "").strip()))
        last = number
        if tail and len(before) >= WRAP_AT and before[-1:] not in ".:?!":
            out[-1] = (out[-1][0], f"{before} {raw.strip()}")
        else:
            out.append((number, raw))
    return out


def _slide(lines: list[str]) -> PastedText:
    out = PastedText([], [])
    kind: SorProposalKind | None = None
    about: SorCodeKind | None = None
    for number, raw in _unwrapped(lines):
        text, sub = _bullet(raw)
        if not text:
            continue
        if (heading := kind_of_words(text)) is not None and len(text.split()) <= 5:
            kind, about = heading, about_of(text)
            continue
        if why := _skip_reason(text):
            out.skipped.append((number, why))
            continue
        parent = out.proposals[-1] if out.proposals else None
        if sub and parent is not None and not _proposes(text):
            _attach(parent, text, number)
            continue
        p = shaped(text, None if sub else kind, number)
        p.about = (None if sub else about) or p.about
        out.proposals.append(p)
    return out


def about_of(text: str) -> SorCodeKind | None:
    low = text.casefold()
    if "enhedstype" in low:
        return SorCodeKind.UNIT_TYPE
    if "speciale" in low:
        return SorCodeKind.SPECIALTY
    return None


def _proposes(text: str) -> bool:
    """A sub-bullet that asks for something of its own (a code, a type)."""
    low = text.casefold()
    return bool(re.search(r"(specialekode|enhedstype)\b", low)) and bool(
        re.search(r"\b(opret|oprettes|ny|nye|egen|eget)\b", low))


def _attach(p: PastedProposal, text: str, number: int) -> None:
    p.lines.append(number)
    if p.kind == K.DEFINITION and not p.definition:
        p.definition = text
    elif p.kind == K.QUESTION and not p.open_questions:
        p.open_questions = text
    else:
        p.notes = f"{p.notes}\n{text}".strip()
