"""Issue 21, point 11: a workbook that prints and reads. Long text wraps in columns of
sensible width (and its row is as tall as it needs); wide sheets print landscape, never
below 60 % scale (across pages, with the first column repeated, when one page wide would
be smaller); every sheet repeats its header row and has a page header (the workbook's
title, the sheet, the date) and a footer "Side X af Y"; month cells name the month in
Danish whatever the reader's Excel language ([$-406], da-DK)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from kkrdesk.export.overview_xlsx import export_overview
from kkrdesk.services.overview.gather import overview_data

D18 = dt.date(2025, 6, 18)
# A4 landscape less Excel's normal margins (0.7 in each side), in mm; one column unit is
# 7 pixels at 96 dpi
PRINTABLE_MM = {"landscape": 297 - 2 * 0.7 * 25.4, "portrait": 210 - 2 * 0.7 * 25.4}
UNIT_MM = 7 / 96 * 25.4


@pytest.fixture
def book(demo_store, tmp_path):
    path = tmp_path / "oversigt.xlsx"
    export_overview(overview_data(demo_store, today=D18), path)
    return load_workbook(path)


def _widths(ws) -> list[float]:
    return [ws.column_dimensions[c].width for c in ws.column_dimensions
            if ws.column_dimensions[c].width]


def test_every_sheet_has_a_page_header_and_footer_and_repeats_its_header_row(book):
    for ws in book.worksheets:
        assert ws.oddHeader.left.text == "Oversigt – KKR-digitaliseringsnetværket", ws.title
        assert ws.oddHeader.center.text == ws.title
        assert ws.oddHeader.right.text == "18-06-2025"
        assert ws.oddFooter.center.text == "Side &P af &N"
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.paperSize in ("9", 9)


def test_wide_sheets_print_landscape_at_a_readable_scale(book):
    wide = 0
    for ws in book.worksheets:
        total = sum(_widths(ws))
        orientation = ws.page_setup.orientation
        if total * UNIT_MM > PRINTABLE_MM["portrait"]:
            assert orientation == "landscape", ws.title
            wide += 1
        if ws.sheet_properties.pageSetUpPr.fitToPage:  # one page wide: its scale is ≥ 60 %
            assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
            assert PRINTABLE_MM[orientation] / (total * UNIT_MM) >= 0.6, ws.title
        else:  # across pages at 60 %, the first column on every page
            assert int(ws.page_setup.scale) >= 60 and ws.print_title_cols == "$A:$A", ws.title
    assert wide >= 10  # most sheets of the overview are wider than a portrait page


def test_long_text_wraps_in_a_column_of_sensible_width(book):
    ws = book["Milepæle"]
    head = [c.value for c in ws[1]]
    project = head.index("Projekt") + 1
    cell = next(row[project - 1] for row in ws.iter_rows(min_row=2)
                if row[project - 1].value and len(row[project - 1].value) > 45)
    width = ws.column_dimensions[cell.column_letter].width
    assert 20 <= width <= 50 and len(cell.value) > width
    assert cell.alignment.wrap_text
    assert ws.row_dimensions[cell.row].height >= 30  # two lines


def test_months_are_named_in_danish_whatever_excels_language(book):
    ws = book["Milepæle"]
    head = [c.value for c in ws[1]]
    planned = head.index("Planlagt") + 1
    months = [row[planned - 1] for row in ws.iter_rows(min_row=2)
              if row[planned - 1].number_format != "dd-mm-yyyy" and row[planned - 1].value]
    assert months
    for cell in months:
        assert cell.number_format.startswith("[$-406]") and "mmmm" in cell.number_format
