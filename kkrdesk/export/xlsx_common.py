"""The house style of every Excel sheet KKR Desk writes.

Each sheet is one real Excel table (Insert > Table in Excel's words) starting in A1:
a header row that stays frozen, filter buttons on every column, banded rows, column
widths fitted to the content with long text wrapped (``xlsx_columns``; ``xlsx_print``
sets up the printed page), dates as real date cells shown as 18-06-2025 (a ``Month`` in a
date column is a date cell shown as the month in Danish, "august 2025"), numbers and
percentages as numbers. Text is written as text and never as a formula: a value that
Excel could read as one (starting with = + - @, or looking like #N/A) is stored as a
text cell with Excel's "quote prefix", so even editing the cell keeps it text. Characters
XML cannot carry are dropped; text Excel would unescape (_x0041_) is escaped; text past
Excel's limit of 32,767 characters is cut with an ellipsis.

Build ``Sheet`` objects from plain rows and call ``write_workbook`` (inside
``atomic_write``). openpyxl's write-only mode streams the rows.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kkrdesk.core.danish import short_date
from kkrdesk.export import xlsx_columns
from kkrdesk.export.xlsx_print import print_setup

EXCEL_FIRST_DAY = dt.date(1900, 1, 1)  # Excel's day 1; earlier dates would get serials <= 0
DATE_FORMAT = "dd-mm-yyyy"
# [$-406]: the month's name in Danish (LCID 0x406, da-DK) whatever the reader's Excel
# language: "august 2025", never "August 2025"
MONTH_FORMAT = "[$-406]mmmm yyyy"
MONTH_FORMAT_EN = "[$-809]mmmm yyyy"  # en-GB (LCID 0x809): "August 2025"
PERCENT_FORMAT = "0%"
MAX_CELL = 32_767  # Excel's limit, in UTF-16 code units
TABLE_STYLE = "TableStyleMedium2"
HEADER_FILL = "4472C4"  # the header colour of TableStyleMedium2
_RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_ERROR_CODES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_TABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]{0,250}")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Col:
    """A column: its header, what its cells hold, and optionally a fixed width.
    kind: "text", "date", "int", "percent"."""

    header: str
    kind: str = "text"
    width: float | None = None
    max_width: int = 50


@dataclass(frozen=True)
class Month:
    """A date known only to the month, for a "date" column: written as a date cell (the
    1st of the month) that shows the month name and year."""

    day: dt.date


@dataclass(frozen=True)
class Sheet:
    title: str  # at most 31 characters, no []:*?/\
    table: str  # Excel table name ("tblMedlemmer"): letters, digits, _; unique in the workbook
    columns: Sequence[Col]
    rows: Sequence[Sequence[Any]] = field(default=())
    lang: str = "da"  # the month names and the printed page's words: "da" or "en"


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def safe_text(value: Any) -> str:
    """Text as it can stand in a cell: legal XML characters, escaped where Excel would
    unescape, within Excel's length limit."""
    text = value if isinstance(value, str) else str(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ILLEGAL.sub("", text)
    if len(text) > MAX_CELL // 2 and utf16_len(text) > MAX_CELL:
        cut = MAX_CELL - 1
        while utf16_len(text[:cut]) > MAX_CELL - 1:
            cut -= max(1, (utf16_len(text[:cut]) - (MAX_CELL - 1)) // 2)
        text = text[:cut] + "…"
    if "_" in text:
        text = _LOOKS_ESCAPED.sub("_x005F_", text)
    if len(text) <= MAX_CELL // 2:  # at most two UTF-16 units a character: within the limit
        return text
    return text if utf16_len(text) <= MAX_CELL else text[:MAX_CELL // 2 - 1] + "…"


def needs_quote_prefix(text: str) -> bool:
    """Could Excel take this text for a formula or an error value when it is edited?"""
    return text.startswith(_RISKY_START) or text.strip() in _ERROR_CODES


def column_letter(idx: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(idx)


def _check(sheets: Sequence[Sheet]) -> None:
    titles, tables = set(), set()
    for sh in sheets:
        if not sh.title or len(sh.title) > 31 or _SHEET_BAD.search(sh.title):
            raise ValueError(f"bad sheet title {sh.title!r}")
        if not _TABLE_NAME.fullmatch(sh.table):
            raise ValueError(f"bad table name {sh.table!r}")
        headers = [c.header.casefold() for c in sh.columns]
        if len(set(headers)) != len(headers) or not all(headers):
            raise ValueError(f"headers of {sh.title!r} must be unique and non-empty")
        if sh.title.casefold() in titles or sh.table.casefold() in tables:
            raise ValueError(f"duplicate sheet or table {sh.title!r}")
        titles.add(sh.title.casefold())
        tables.add(sh.table.casefold())


def write_workbook(path: str | Path, sheets: Sequence[Sheet], *, title: str = "",
                   subject: str = "", author: str = "", day: dt.date | None = None) -> int:
    """Write ``sheets`` to ``path`` (an .xlsx file); returns the number of data rows.
    ``author``: the workbook's creator, as the Word documents name theirs; ``title`` and
    ``day`` head every printed page."""
    from openpyxl import Workbook

    _check(sheets)
    wb = Workbook(write_only=True)
    wb.properties.creator = wb.properties.lastModifiedBy = (author.strip() or "KKR Desk")[:255]
    wb.properties.title = title or None
    wb.properties.subject = subject or None
    total = 0
    for sh in sheets:
        total += _write_sheet(wb, sh, title or "KKR Desk", day or dt.date.today())
    wb.save(str(path))
    return total


def _write_sheet(wb, sh: Sheet, title: str, day: dt.date) -> int:
    ws = wb.create_sheet(sh.title)
    widths = [xlsx_columns.width(col, sh.rows, i) for i, col in enumerate(sh.columns)]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[column_letter(i)].width = w
    ws.freeze_panes = "A2"
    print_setup(ws, widths, title=title, sheet=sh.title, day=day, lang=sh.lang)
    ws.append(_header(ws, sh))
    count = _rows(ws, sh, widths)
    if count == 0:
        ws.append([None] * len(sh.columns))  # an Excel table needs one (empty) data row
    _table(ws, sh, count)
    return count


def _header(ws, sh: Sheet) -> list:
    """The header row. The table style colours it in Excel; the same colours as cell
    formats let other programs (LibreOffice, viewers, print) show it too."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor=HEADER_FILL)
    header = []
    for col in sh.columns:
        cell = WriteOnlyCell(ws, value=safe_text(col.header))
        cell.font, cell.fill = font, fill
        horizontal = {"text": None, "date": "center"}.get(col.kind, "right")
        cell.alignment = Alignment(horizontal=horizontal, vertical="top", wrap_text=True)
        header.append(cell)
    return header


def _styled_cells(ws, sh: Sheet, widths: Sequence[float]) -> tuple[dict, dict, dict]:
    """One styled cell per column that needs one, reused for every row (write-only rows
    are written the moment they are appended): dates and percentages with their number
    format, months with the month's Danish name, long text wrapped in its column."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    styled, months, wrapped = {}, {}, {}
    for i, col in enumerate(sh.columns):
        if col.kind in ("date", "percent"):
            cell = WriteOnlyCell(ws)
            cell.number_format = DATE_FORMAT if col.kind == "date" else PERCENT_FORMAT
            if col.kind == "date":
                cell.alignment = Alignment(horizontal="center")
            if col.kind == "date":
                months[i] = WriteOnlyCell(ws)
                months[i].number_format = MONTH_FORMAT_EN if sh.lang == "en" else MONTH_FORMAT
                months[i].alignment = Alignment(horizontal="center")
            styled[i] = cell
        elif xlsx_columns.wraps(col, sh.rows, i, widths[i]):
            wrapped[i] = Alignment(wrap_text=True)
    return styled, months, wrapped


def _text_cell(ws, value, wrap):
    """A text value as it is written: plain, or a cell (quote prefix, wrapping)."""
    from openpyxl.cell import WriteOnlyCell

    text = safe_text(value)
    quote = needs_quote_prefix(text)
    if not quote and wrap is None:
        return text
    cell = WriteOnlyCell(ws, value=text)
    if quote:
        cell.data_type = "s"  # never a formula or an error value
        cell.quotePrefix = True
    if wrap is not None:
        cell.alignment = wrap
    return cell


def _rows(ws, sh: Sheet, widths: Sequence[float]) -> int:
    styled, months, wrapped = _styled_cells(ws, sh, widths)
    ncols = len(sh.columns)
    text_cols = [i for i, c in enumerate(sh.columns) if c.kind == "text"]
    count = 0
    for row in sh.rows:
        out = list(row[:ncols]) + [None] * (ncols - len(row))
        lines = max([xlsx_columns.lines(out[i], widths[i]) for i in wrapped], default=1)
        if lines > 1:  # wrapped text: a row as tall as its longest cell (no program guesses)
            ws.row_dimensions[count + 2].height = xlsx_columns.LINE_POINTS * lines
        for i in text_cols:
            out[i] = None if out[i] in (None, "") else _text_cell(ws, out[i], wrapped.get(i))
        for i, cell in styled.items():
            value = out[i]
            if value is None:
                continue
            if isinstance(value, Month):
                value, cell = value.day.replace(day=1), months[i]
            if isinstance(value, dt.datetime):
                value = value.date()
            if isinstance(value, dt.date) and value < EXCEL_FIRST_DAY:
                out[i] = short_date(value)  # no day number for it: a date an older version kept
                continue
            cell.value = value
            out[i] = cell
        ws.append(out)
        count += 1
    return count


def _table(ws, sh: Sheet, count: int) -> None:
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    last = f"{column_letter(len(sh.columns))}{max(count, 1) + 1}"
    table = Table(displayName=sh.table, ref=f"A1:{last}")
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True,
                                          showColumnStripes=False)
    table.tableColumns = [TableColumn(id=i, name=safe_text(c.header))
                          for i, c in enumerate(sh.columns, start=1)]
    table.autoFilter = AutoFilter(ref=f"A1:{last}")
    with warnings.catch_warnings():  # "add table columns manually": they are added above
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
