"""A PDF table's rows put back together. Laid out from the page, one row of a table may
take several lines: the time range broken after its dash ("1:00 PM -" / "1:10 PM"), a
title or a name wrapped in its column. Under a header with a time column, the lines
after a row's first one (until a blank line, the next time or a bullet) are its
continuation, cell by cell in the header's columns; a line of one word in the time
column is a label over the rows ("Keynote", "Lunch"), passed over.

Works on the pieces of :mod:`kkrdesk.imports.agenda_scan` in place."""

from __future__ import annotations

import re

from kkrdesk.imports.agenda_columns import START, TIME, clock_cell
from kkrdesk.imports.agenda_markers import BULLETS


def column(offsets: tuple[int, ...], at: int) -> int:
    """The header column a cell beginning at character ``at`` stands in (a cell may
    begin a character before its header's word)."""
    return max((j for j, o in enumerate(offsets) if o <= at + 1), default=0)


def aligned(piece, offsets: list[int]) -> list[str]:
    """The line's cells under the header's columns (a line of one cell by its indent)."""
    line = piece.line
    cells = line.cells if line.cells is not None else (line.text,)
    starts = line.offsets if line.offsets is not None else (line.indent,)
    out = [""] * len(offsets)
    for cell, at in zip(cells, starts):
        col = column(tuple(offsets), at)
        out[col] = f"{out[col]} {cell}".strip()
    return out


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    return a + b if a.endswith("-") and not a.endswith(" -") and b[:1].islower() else f"{a} {b}"


def merge_rows(doc) -> None:
    """Join the lines of each row of a laid-out table; mark the lines the table holds."""
    for k, roles in doc.headers.items():
        offsets = doc.pieces[k].line.offsets
        if offsets is None:
            continue
        when = next((j for j, r in enumerate(roles) if r in (START, TIME)), None)
        _merge_table(doc, k, list(offsets), when)


def _ends(piece, cells: list[str], when: int | None, offsets: list[int], after_blank: bool) -> bool:
    """Does the table end at this line? Text in the time column that is no time and no
    label (a footnote, a paragraph), or text back at the margin after a blank line."""
    if when is not None:
        time = cells[when]
        return bool(time) and clock_cell(time) is None and not time.startswith(("-", "–")) \
            and len(time.split()) > 2
    return after_blank and piece.line.cells is None and piece.line.indent <= offsets[0] + 1 \
        and piece.text[:1] not in BULLETS


def _merge_table(doc, k: int, offsets: list[int], when: int | None) -> None:
    row = None  # (piece, its cells) of the row being joined
    blank = False
    for j in range(k + 1, len(doc.pieces)):
        piece = doc.pieces[j]
        line = piece.line
        if j in doc.headers:
            return  # the next table
        if line.skip:
            row, blank = None, True  # a blank line ends a row
            continue
        cells = aligned(piece, offsets)
        if _ends(piece, cells, when, offsets, blank):
            return
        piece.table, blank = k, False
        if when is None:
            continue
        time = cells[when]
        if time and clock_cell(time) is not None and not (row and _open(row[1][when])) \
                and not time.startswith(("-", "–")):
            row = (piece, cells)
            piece.row = True
            continue
        if time and not re.search(r"\d", time) and not time.startswith(("-", "–")) \
                and not any(c for i, c in enumerate(cells) if i != when):
            line.skip = "afsnitsoverskrift"  # "Keynote", "Lunch": a label over the rows
            continue
        if row is None or any(c[:1] in BULLETS for i, c in enumerate(cells) if c and i != when):
            row = None
            continue
        _into(row, piece, cells)


def _open(time: str) -> bool:
    return time.rstrip().endswith(("-", "–"))


def _into(row, piece, cells: list[str]) -> None:
    first, held = row
    for j, cell in enumerate(cells):
        held[j] = _join(held[j], cell)
    first.line.cells = tuple(held)
    first.line.offsets = None  # now one row in the header's columns
    first.extra.append(piece.line.n)
    piece.line.skip = "fortsat række"
