"""Several SOR proposals pasted at once, one per line: from a spreadsheet (columns by
tab, with or without a header row) or as a slide's text (bullets and sub-bullets).

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

K = SorProposalKind


def parse(text: str) -> PastedText:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if any("\t" in line.strip("\t ") for line in lines):
        return _table(lines)
    return _slide(lines)


# -- a slide's lines ------------------------------------------------------------------------

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


# -- a spreadsheet's rows -----------------------------------------------------------------------

HEADERS = {
    "titel": "title", "forslag": "title", "overskrift": "title", "type": "kind", "art": "kind",
    "nuværende navn": "current_name", "navn": "current_name", "nuværende kode": "concept_code",
    "kode": "concept_code", "snomed-kode": "concept_code", "foreslået navn": "proposed_name",
    "nyt navn": "proposed_name", "definition": "definition", "begrundelse": "rationale",
    "åbne spørgsmål": "open_questions", "spørgsmål": "open_questions",
    "relaterede koder": "related_codes", "noter": "notes", "bemærkninger": "notes",
}
CODE = re.compile(r"^\d{6,18}$")


def _table(lines: list[str]) -> PastedText:
    rows = [(n, [c.strip() for c in line.split("\t")]) for n, line in enumerate(lines, start=1)
            if line.strip()]
    out = PastedText([], [])
    if not rows:
        return out
    names = [HEADERS.get(c.casefold().strip(":")) for c in rows[0][1]]
    if "title" in names:
        out.skipped.append((rows[0][0], "overskrifter"))
        for number, cells in rows[1:]:
            _headed_row(out, number, dict(zip(names, cells)))
        return out
    for number, cells in rows:
        _bare_row(out, number, cells)
    return out


def _headed_row(out: PastedText, number: int, cells: dict) -> None:
    title = cells.get("title", "")
    if not title:
        out.skipped.append((number, "ingen titel"))
        return
    kind = kind_of_words(cells.get("kind", "") or "") if cells.get("kind") else None
    p = shaped(title, kind, number)
    p.title = title.strip()  # a spreadsheet's title stays as written
    for name, value in cells.items():
        if name and name not in ("title", "kind") and value:
            setattr(p, name, value)
    out.proposals.append(p)


def _bare_row(out: PastedText, number: int, cells: list[str]) -> None:
    """No header: the first column is the title; a column naming a kind is the type, a
    SNOMED code the current code; other text goes to the notes."""
    if not cells or not cells[0]:
        out.skipped.append((number, "ingen titel"))
        return
    kinds = [k for c in cells[1:] if c and (k := kind_of_words(c)) is not None]
    p = shaped(cells[0], kinds[0] if kinds else None, number)
    p.title = cells[0].strip()  # a spreadsheet's title stays as written
    for cell in cells[1:]:
        if not cell or kind_of_words(cell) is not None:
            continue
        if CODE.match(cell) and not p.concept_code:
            p.concept_code = cell
        else:
            p.notes = f"{p.notes}\n{cell}".strip()
    out.proposals.append(p)
