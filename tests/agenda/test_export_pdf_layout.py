"""The PDF archive copy is laid out like the Word file: an item's text stands 0.75 cm
(425 twips, the template's indent step) in from its number, the Beslutning line a
further 140 twips in on a light blue-grey tint (#EEF3F8, the template's decision box),
and paragraphs keep their spacing. Positions are read from the PDF with pypdf, in
points; the expected figures are the template's twips / 20."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from kkrdesk.services.agenda import meetings

STEP_PT = 425 / 20  # 0.75 cm
DECISION_PT = (425 + 140) / 20
TINT = (0xEE / 255, 0xF3 / 255, 0xF8 / 255)


@pytest.fixture
def minutes_pdf(demo_store, tmp_path):
    from kkrdesk.export.pdf_export import export_pdf

    detail = meetings.get_detail(demo_store, meetings.find_by_date(demo_store, dt.date(2025, 6, 18)).id)
    return PdfReader(export_pdf(detail, "minutes", tmp_path / "referat.pdf"))


def _lines(page) -> list[tuple[float, float, str]]:
    """(x, y, text) of each piece of text on the page, in points."""
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, " ".join(text.split())))
    page.extract_text(visitor_text=visit)
    return found


def _x(lines, start: str) -> float:
    return next(x for x, _y, t in lines if t.startswith(start))


def test_item_text_and_decision_are_indented_as_in_word(minutes_pdf):
    lines = _lines(minutes_pdf.pages[0])
    number = _x(lines, "1. Velkomst")
    assert _x(lines, "Velkommen til nye deltagere:") - number == pytest.approx(STEP_PT, abs=1.5)
    assert _x(lines, "v. Poul Erik Kristensen, KL") - number == pytest.approx(STEP_PT, abs=1.5)
    assert _x(lines, "Beslutning:") - number == pytest.approx(DECISION_PT, abs=1.5)


def test_decision_stands_on_the_tint_of_the_word_template(minutes_pdf):
    stream = minutes_pdf.pages[0].get_contents().get_data().decode("latin-1")
    fills = [tuple(float(v) for v in m) for m in
             re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:scn|rg)\b", stream)]
    assert any(all(abs(a - b) < 0.005 for a, b in zip(f, TINT)) for f in fills)


def test_paragraphs_are_spaced_apart_like_the_word_file(minutes_pdf):
    """Between two paragraphs 5 pt more than between two lines of one (100 twips)."""
    lines = _lines(minutes_pdf.pages[0])
    y = {t[:20]: yy for _x, yy, t in lines}
    one_line = y["Som gæster deltog Do"] - y["Karina Hasager Hedev"]
    between = y["Niels Vingborg (Rosk"] - y["Som gæster deltog Do"]
    assert between - one_line == pytest.approx(5, abs=1)
