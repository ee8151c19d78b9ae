"""The whole document looked over before its lines are read one by one: which kind of
line carries the agenda's items (its *spine*: "Punkt 4:" points, clock times, table rows,
numbers, letters or bullets), whether four-digit times ("0930") and numbers without
punctuation ("3 Valg af revisor") are the document's way of writing them, where the
agenda begins, and the meeting's start, end and date named above it.

A line that holds a whole agenda glued together ("Dagsorden Sak 1 … Sak 2 … Sak 7 …", as
a PDF's text may come out) is cut into its points here."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kkrdesk.imports import agenda_clock as clk
from kkrdesk.imports import agenda_markers as mk
from kkrdesk.imports import agenda_non_items as non_items
from kkrdesk.imports import agenda_tables as tables
from kkrdesk.imports.agenda_columns import header_roles
from kkrdesk.imports.agenda_dates import date_line, find_date
from kkrdesk.imports.agenda_pdf_rows import merge_rows
from kkrdesk.imports.agenda_text import Line

_GLUED_POINT = re.compile(r"(?:(?<=\s)|^)(?:sak|punkt|pkt\.?)\s*(\d{1,2})\b(?!\s*,\s*\d)", re.I)
_FOOTER_LABEL = re.compile(r"\s+(?:kontoradresse|postadresse|besøksadresse|adresse|telefon|telefax|tlf\.?|"
                           r"e-post|e-mail|org\.?\s*nr|organisasj\.nr|cvr|bankkonto(?:nr)?)\b.*$", re.I)
FAMILIES = ("point", "time", "number", "letter", "bullet")


@dataclass
class Piece:
    """A line as the walk reads it: a source line, or one point of a glued line."""

    line: Line
    text: str
    head: mk.Head
    first: bool = True  # the first piece of its line
    row: bool = False  # a table row read as an item's fields (a header's table, or timed)
    extra: list[int] = field(default_factory=list)  # further lines of a PDF table's row
    table: int | None = None  # the header of the PDF table the line stands in


@dataclass
class Doc:
    pieces: list[Piece] = field(default_factory=list)
    compact: bool = False
    bare_numbers: bool = False
    spine: str = ""  # one of FAMILIES, "row" or "" (none found)
    bullet: str = ""  # the spine's bullet
    start: int = 0  # index into pieces where the agenda begins
    meeting_start: int | None = None
    meeting_end: int | None = None
    meeting_date: dt.date | None = None
    heading: bool = False  # a heading says "Dagsorden", "Agenda", …
    headers: dict[int, list[str]] = field(default_factory=dict)  # piece -> its columns' roles


def family(piece: Piece) -> str:
    h = piece.head
    if piece.row:
        return "row"
    if h.marker == "point":
        return "point"
    if h.times is not None and (h.rest or h.marker):
        return "time"
    if h.marker == "number" and not h.sub:
        return "number"
    return h.marker


def _split_glued(line: Line) -> list[str]:
    marks = list(_GLUED_POINT.finditer(line.text))
    numbers = [int(m.group(1)) for m in marks]
    if len(marks) < 3 or numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        return [line.text]
    cuts = [0] + [m.start() for m in marks] + [len(line.text)]
    parts = [line.text[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    parts[-1] = _FOOTER_LABEL.sub("", parts[-1])
    return [p for p in parts if p]


def _compact_ok(lines: list[Line]) -> bool:
    starts = set()
    for line in lines:
        text = mk.head(line.text).rest if line.text[:1] in mk.BULLETS else line.text
        if not line.skip and not line.link and line.cells is None and clk.compact_time(text):
            starts.add(text[:4])
    return len(starts) >= 2


def _bare_ok(pieces: list[Piece]) -> bool:
    """Numbers without punctuation are items when they count 1, 2, 3 … (at least three)."""
    expected, run = 1, 0
    for p in pieces:
        h = p.head
        if h.marker == "number" and not h.style and not h.sub and not h.glued:
            if h.number == expected and h.rest[:1].isalpha():
                expected, run = expected + 1, run + 1
                if run >= 3:
                    return True
            elif h.number == 1 and h.rest[:1].isalpha():
                expected, run = 2, 1
    return False


def scan(lines: list[Line]) -> Doc:
    doc = Doc(compact=_compact_ok(lines))
    for line in lines:
        texts = _split_glued(line) if not line.skip and line.cells is None else [line.text]
        for k, text in enumerate(texts):
            h = mk.head(text, compact=doc.compact) if date_line(text) is None else mk.Head(rest=text)
            doc.pieces.append(Piece(line, text, h, k == 0))  # "17. september 2023" is a date, not item 17
    _tables(doc)
    merge_rows(doc)
    doc.bare_numbers = _bare_ok(doc.pieces)
    if not doc.bare_numbers:  # "2 kopper sukker": a number without punctuation is text here
        for p in doc.pieces:
            h = p.head
            if h.marker == "number" and not h.style and not h.sub and not h.glued:
                p.head = mk.Head(marker="bullet" if h.bullet else "", bullet=h.bullet,
                                 times=mk.head(p.text[len(h.bullet):].strip(), compact=doc.compact).times,
                                 rest=p.text[len(h.bullet):].strip() if h.bullet else p.text)
    doc.spine = _spine(doc)
    doc.start = _start(doc)
    _meeting(doc)
    return doc


def _tables(doc: Doc) -> None:
    """Header rows, and the rows read as items: those under a header (not a total or a
    field of the document's header), and rows of a table without one that hold a time."""
    roles = None
    for k, p in enumerate(doc.pieces):
        cells = p.line.cells
        if cells is None or p.line.skip:
            continue
        if (found := header_roles(cells)) is not None:
            doc.headers[k], roles = found, found
            continue
        if tables.total_row(cells) or (tables.info_row(cells) and roles is None):
            continue
        if roles is not None or (p.line.offsets is None and _row_time(p)) or \
                (p.line.offsets is None and p.line.cont):
            p.row = True


def counts(doc: Doc) -> dict[str, int]:
    """Candidate items of each family at the top (not indented past the first of them)."""
    out = {f: 0 for f in (*FAMILIES, "row")}
    for p in doc.pieces:
        if p.line.skip or p.line.link:
            continue
        fam = family(p)
        if fam == "number" and not (p.head.style or p.head.glued or doc.bare_numbers):
            continue
        if fam == "row":
            fam = "time"
        if fam in out:
            out[fam] += 1
    return out


def _row_time(piece: Piece) -> bool:
    return any(clk.leading_times(c, compact=True) for c in (piece.line.cells or ()))


def _spine(doc: Doc) -> str:
    found = counts(doc)
    lone = next((f for f in ("point", "number") if found[f] == 1), None)
    if lone and found["bullet"] and _first(doc, lone) < _first(doc, "bullet"):
        return lone  # "1. Velkomst" and the bullets under it
    for fam in ("point", "time", "number", "letter", "bullet"):
        if found[fam] >= 2 or (fam in ("point", "time", "number") and found[fam] == 1
                               and sum(found.values()) == 1):
            if fam == "bullet":
                doc.bullet = next(p.head.bullet for p in doc.pieces
                                  if family(p) == "bullet" and not p.line.link and not p.line.skip)
            return fam
    return ""


def _first(doc: Doc, fam: str) -> int:
    return next((k for k, p in enumerate(doc.pieces) if family(p) == fam and not p.line.skip), len(doc.pieces))


def spine_piece(doc: Doc, piece: Piece) -> bool:
    """Can the line be an item of the agenda (before its level and number are seen)? Times
    and numbers go together (a numbered agenda with a timed line, a timed one with a
    numbered line); points, letters and bullets stand alone."""
    if not doc.spine:
        return False
    fam = family(piece)
    if fam == "row":
        return not piece.line.cont
    together = ("time", "number")
    if fam != doc.spine and not (fam in together and doc.spine in together):
        return False
    if fam == "number":
        return bool(piece.head.style or piece.head.glued or doc.bare_numbers)
    if fam == "bullet":
        return piece.head.bullet == doc.bullet
    return True


def _start(doc: Doc) -> int:
    """The first piece of the agenda: the first spine item (a heading before it is noted)."""
    first = next((k for k, p in enumerate(doc.pieces) if not p.line.skip and not p.line.link
                  and spine_piece(doc, p)), None)
    bare = next((k for k, p in enumerate(doc.pieces[:300]) if not p.line.skip and non_items.bare_heading(p.text)), None)
    if first is not None and bare is not None and bare > first:  # numbered lines of an earlier slide
        after = next((k for k, p in enumerate(doc.pieces) if k > bare and not p.line.skip
                      and not p.line.link and spine_piece(doc, p)), None)
        first = after if after is not None else first
    for p in doc.pieces[: first if first is not None else min(len(doc.pieces), 80)]:
        if not p.line.skip and non_items.heading(p.text):
            doc.heading = True
    return first if first is not None else 0


def _meeting(doc: Doc) -> None:
    """The meeting's time and date, from the lines above the first item."""
    for p in doc.pieces[: doc.start] if doc.spine else doc.pieces[:40]:
        if p.line.skip:
            continue
        texts = (p.text, *(p.line.cells or ()))
        for text in texts:
            if doc.meeting_start is None and (t := clk.time_in(text) or _lone(text)):
                doc.meeting_start, doc.meeting_end = t
            if doc.meeting_date is None:
                doc.meeting_date = find_date(text)


def _lone(text: str) -> tuple[int, int | None] | None:
    t = clk.leading_times(text)
    return (t.start, t.end) if t is not None and not t.rest else None
