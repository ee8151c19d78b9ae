"""How a sheet of the workbook looks on paper: a print setup a secretary can send to
the printer as it is: A4, portrait when the sheet is narrow and landscape when it is
wide, the header row repeated on every page (and the first column on every page
across), never below 60 % scale (a sheet too wide for that runs across pages instead
of shrinking to 4-point print), and on every page a header with the workbook's title,
the sheet and the date, and a footer "Side X af Y". The columns' widths it is given
are :mod:`kkrdesk.export.xlsx_columns`'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kkrdesk.core.danish import short_date

MIN_SCALE = 60  # per cent: the smallest print that stays readable
# Width of the printable area of A4 in Excel's column units (characters of the default
# font; 1 unit ≈ 7 px at 96 dpi), with Excel's normal margins (0.7 in left and right).
PORTRAIT_UNITS = 90.0  # (210 mm - 35.6 mm) / 1.94 mm
LANDSCAPE_UNITS = 133.0  # (297 mm - 35.6 mm) / 1.94 mm


def print_setup(ws, widths: Sequence[float], *, title: str, sheet: str, day: dt.date,
                lang: str = "da") -> None:
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
        part.center.text = "Page &P of &N" if lang == "en" else "Side &P af &N"
        part.center.size = 9


def _escape(text: str) -> str:
    """A literal "&" in a header is "&&" (a single "&" starts a code such as &P)."""
    return text.replace("&", "&&")
