"""Table rows of an agenda (Word, PowerPoint, markdown, a PDF's columns): one row read as
an item's fields by the roles of its columns (:mod:`kkrdesk.imports.agenda_columns`),
and the rows that are no item (a total, a header field of the document). A row without
a time under a timed row is a sub-point of it; a row that only fills the presenter
column belongs to the row above (a cell with several names).

Pure functions of the cells; the parser decides where a table begins and ends."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kkrdesk.core.enums import ItemKind
from kkrdesk.imports.agenda_columns import (
    END, KIND, MINUTES, START, TEXT, TIME, TITLE, WHO, clock_cell, guess_roles,
)
from kkrdesk.imports.agenda_durations import cell_minutes
from kkrdesk.imports.agenda_kinds import kind_line
from kkrdesk.imports.agenda_non_items import day_heading, info_key

_TOTAL = re.compile(r"^(?:total(?:\s+tid)?|i alt|sum|samlet(?:\s+tid)?|totalt?)\b", re.I)


def total_row(cells: tuple[str, ...]) -> bool:
    first = next((c for c in cells if c), "")
    return bool(_TOTAL.match(first))


def info_row(cells: tuple[str, ...]) -> bool:
    """A header field of the document ('Date : | 08-01-2025', 'Meeting Facilitator | Anna')."""
    filled = [c for c in cells if c]
    return bool(filled) and info_key(filled[0]) and len(filled) <= 3


@dataclass
class RowItem:
    start: int | None = None
    end: int | None = None
    meridiem: bool = False
    minutes: int | None = None
    minutes_written: str = ""  # a minutes cell that is not a whole number ("0,5", "30m-1hr")
    title: str = ""
    who: str = ""
    kind: ItemKind | None = None
    text: str = ""  # a description column
    timed: bool = False  # a time or minutes cell is filled
    day: bool = False  # a day heading row ("DAY 2")


def read_row(cells: tuple[str, ...], roles: list[str] | None) -> RowItem:
    item = RowItem()
    if roles is None:
        roles = guess_roles(cells)
    for k, cell in enumerate(cells):
        role = roles[k] if k < len(roles) else (TITLE if not item.title else TEXT)
        if cell:
            _fill(item, role, cell)
    item.day = not item.timed and not item.who and day_heading(item.title)
    return item


def _fill(item: RowItem, role: str, cell: str) -> None:
    if role in (START, TIME):
        t = clock_cell(cell)
        if t is not None:
            item.start, item.end, item.meridiem, item.timed = t.start, t.end, t.meridiem, True
            return
        role = TITLE if not item.title else TEXT
    if role == END and (t := clock_cell(cell)) is not None:
        item.end, item.timed = t.start, True
    elif role == MINUTES:
        item.minutes, item.timed = cell_minutes(cell), True
        item.minutes_written = "" if item.minutes is not None else cell
    elif role == TITLE:
        item.title = f"{item.title} {cell}".strip()
    elif role == WHO:
        item.who = f"{item.who}; {cell}" if item.who else cell
    elif role == KIND:
        item.kind = kind_line(cell)
    elif role == TEXT:
        item.text = f"{item.text} {cell}".strip()
