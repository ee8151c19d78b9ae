"""How a sheet of the workbook looks on screen and on paper: column widths with long
text wrapped in its column, and a print setup a secretary can send to the printer as
it is: A4, portrait when the sheet is narrow and landscape when it is wide, the header
row repeated on every page (and the first column on every page across), never below
60 % scale (a sheet too wide for that runs across pages instead of shrinking to 4-point
print), and on every page a header with the workbook's title, the sheet and the date,
and a footer "Side X af Y"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from kkrdesk.core.danish import short_date

MIN_SCALE = 60  # per cent: the smallest print that stays readable
# Width of the printable area of A4 in Excel's column units (characters of the default
# font; 1 unit ≈ 7 px at 96 dpi), with Excel's normal margins (0.7 in left and right).
PORTRAIT_UNITS = 90.0  # (210 mm - 35.6 mm) / 1.94 mm
LANDSCAPE_UNITS = 133.0  # (297 mm - 35.6 mm) / 1.94 mm
WRAP_AT = 50  # a text column never wider than this; longer text wraps in it
FIXED = {"date": 12, "int": 8, "percent": 9}


def width(col, rows: Sequence[Sequence[Any]], idx: int) -> float:
    """The column's width: its header with room for the filter button, dates and numbers
    fixed, text as wide as its longest line up to ``col.max_width`` (it wraps there)."""
    if col.width is not None:
        return col.width
    widest = len(col.header) + 4
    fixed = FIXED.get(col.kind)
    if fixed:
        return max(widest, fixed + 2)
    for row in rows[:1000]:
        value = row[idx] if idx < len(row) else None
        if value is None:
            continue
        text = value if isinstance(value, str) else str(value)
        widest = max(widest, max((len(line) for line in text.split("\n")), default=0) + 2)
        if widest >= col.max_width:
            return col.max_width
    return min(max(widest, 8), col.max_width)


def wraps(col, rows: Sequence[Sequence[Any]], idx: int, col_width: float) -> bool:
    """Does any cell of this text column hold more than its width, or a line break?"""
    if col.kind != "text":
        return False
    for row in rows:
        value = row[idx] if idx < len(row) else None
        if isinstance(value, str) and (len(value) + 2 > col_width or "\n" in value):
            return True
    return False


LINE_POINTS = 15.0  # one line of the default 11-point font


def lines(value: Any, col_width: float) -> int:
    """How many lines ``value`` takes wrapped in a column ``col_width`` units wide (a unit
    is about one character; a word is not split)."""
    if not isinstance(value, str) or not value:
        return 1
    room = max(1, int(col_width) - 1)
    total = 0
    for paragraph in value.split("\n"):
        count, used = 1, 0
        for word in paragraph.split():
            need = len(word) + (1 if used else 0)
            if used and used + need > room:
                count, used = count + 1, len(word)
            else:
                used += need
        total += count
    return total


def print_setup(ws, widths: Sequence[float], *, title: str, sheet: str, day: dt.date) -> None:
    """Orientation, scale, repeated titles, header and footer of one sheet."""
    from openpyxl.worksheet.properties import PageSetupProperties

    total = sum(widths)
    landscape = total > PORTRAIT_UNITS
    room = LANDSCAPE_UNITS if landscape else PORTRAIT_UNITS
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.print_title_rows = "1:1"  # the header row on every page
    if total * MIN_SCALE / 100 <= room:  # one page wide at 60 % or more
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    else:  # across pages at 60 %, the first column repeated on each
        ws.page_setup.scale = MIN_SCALE
        ws.print_title_cols = "A:A"
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.print_options.gridLines = False
    for part in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        part.left.text, part.center.text, part.right.text = (
            _escape(title), _escape(sheet), short_date(day))
        part.left.size = part.center.size = part.right.size = 9
    for part in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        part.center.text = "Side &P af &N"
        part.center.size = 9


def _escape(text: str) -> str:
    """A literal "&" in a header is "&&" (a single "&" starts a code such as &P)."""
    return text.replace("&", "&&")
