"""Issue 21, point 5: the PDF copy is the Word document. The text of both is compared
word by word (tests/doc_text.py reads the .docx with python-docx and the PDF with pypdf):
every word of the Word file once in the PDF, nothing doubled at a page break; a table's
header row is repeated on the page a table runs onto and never left alone at a page's
foot; no heading ends a page; "(B)" never stands alone on a line; every page's footer
has the title with its date and "Side n af N", as the Word footer has."""

from __future__ import annotations

import datetime as dt

import pytest
from doc_text import docx_furniture, docx_words, pdf_bodies, pdf_body_words

from kkrdesk.export.minutes_docx import export_minutes
from kkrdesk.export.pdf_export import export_pdf
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import meetings, minutes

D18 = dt.date(2025, 6, 18)
HEADER_ROW = ("Hvad", "Hvem", "Hvornår", "Status")
LONG_TITLE = ("Forslag til afholdelse af webinar om, hvordan kommuner kan teste nye "
              "korrespondancemeddelelser")


def _both(detail, folder):
    return (export_minutes(detail, folder / "r.docx"),
            export_pdf(detail, "minutes", folder / "r.pdf"))


@pytest.fixture
def long_referat(qapp, demo_store, tmp_path):
    """The finished demo referat with 30 more action items (the table runs over a page)
    and a (B) item whose title wraps just before its mark."""
    mid = meetings.find_by_date(demo_store, D18).id
    for n in range(30):
        minutes.add_action(demo_store, mid, f"Opfølgning nummer {n + 1}: følge op på svar fra "
                           "Sundhedsdatastyrelsen og orientere netværket om status",
                           who_text="Sekretariatet", due=dt.date(2025, 9, 1))
    webinar = next(i for i in meetings.get_detail(demo_store, mid).items
                   if i.title.startswith("Forslag til afholdelse af webinar"))
    agenda.update_item(demo_store, webinar.id, title=LONG_TITLE)
    return _both(meetings.get_detail(demo_store, mid), tmp_path)


def test_every_word_of_the_word_file_once_in_the_pdf(qapp, seed_demo_store, demo_store, tmp_path):
    for store, name in ((seed_demo_store, "draft"), (demo_store, "sent")):
        folder = tmp_path / name
        folder.mkdir()
        docx_path, pdf_path = _both(meetings.get_detail(
            store, meetings.find_by_date(store, D18).id), folder)
        expected = docx_words(docx_path)
        got = pdf_body_words(pdf_path, *docx_furniture(docx_path))
        assert got - expected == {} and expected - got == {}, name


def test_a_long_table_repeats_its_header_and_no_word_is_lost_or_doubled(long_referat):
    docx_path, pdf_path = long_referat
    header, footer = docx_furniture(docx_path)
    assert (pdf_body_words(pdf_path, header, footer, HEADER_ROW) == docx_words(docx_path))
    pages = pdf_bodies(pdf_path, header, footer)
    with_rows = [n for n, lines in enumerate(pages) if "Sekretariatet" in lines]
    assert len(with_rows) >= 2  # the table runs over a page
    for n in with_rows:
        start = pages[n].index("Hvad")
        assert tuple(pages[n][start:start + 4]) == HEADER_ROW, n  # header on every page
        assert len(pages[n]) > start + 4  # and rows under it: never alone at the foot
    for n in with_rows[1:]:
        assert tuple(pages[n][:4]) == HEADER_ROW  # the continued table starts with it


def test_no_heading_ends_a_page_and_no_mark_stands_alone(long_referat):
    docx_path, pdf_path = long_referat
    pages = pdf_bodies(pdf_path, *docx_furniture(docx_path))
    headings = {"Opfølgningspunkter", "Næste møde", "Emner til næste møde", "Fremmøde og afbud"}
    for lines in pages[:-1]:
        last = lines[-1]
        assert last not in headings and not last.startswith("kl. "), last
        assert not last[:3].rstrip(".").isdigit() or "(" not in last, last  # an item title
        assert tuple(lines[-4:]) != HEADER_ROW
    every = [line for lines in pages for line in lines]
    assert "(B)" not in every and "(O)" not in every and "(D)" not in every
    assert any(line.endswith("(B)") and "korrespondancemeddelelser" in line for line in every)


def test_every_page_footer_has_the_title_and_date_as_word(long_referat):
    docx_path, pdf_path = long_referat
    from doc_text import pdf_pages

    _header, footer = docx_furniture(docx_path)
    assert footer == "Foreløbigt referat – KKR-digitaliseringsnetværket 18-06-2025"
    pages = pdf_pages(pdf_path)
    for n, lines in enumerate(pages, start=1):
        assert footer in lines[:4] and f"Side {n} af {len(pages)}" in lines[:4], n
