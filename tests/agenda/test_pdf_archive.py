"""Issue 21, point 7: what of PDF/A-1b and of accessibility the archive copy can be
checked for here without veraPDF (which cannot be installed offline; `make pdfa-check`
runs it where it is): the document language (/Lang da-DK in the catalog, which Qt does
not write), and the rules of ISO 19005-1 that can be read from the file's bytes with
pypdf: the PDF 1.4 header with its binary comment, classic cross-reference tables (no
cross-reference or object streams, which PDF 1.4 lacks), a trailer ID, no encryption,
the PDF/A identification and document info in XMP equal to the Info dictionary, an
sRGB output intent with its ICC profile, every font embedded, and no transparency."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from kkrdesk.export.pdf_export import export_pdf
from kkrdesk.services.agenda import meetings

D18 = dt.date(2025, 6, 18)


@pytest.fixture
def pdf(qapp, demo_store, tmp_path):
    detail = meetings.get_detail(demo_store, meetings.find_by_date(demo_store, D18).id)
    return export_pdf(detail, "minutes", tmp_path / "referat.pdf")


def test_the_pdf_says_its_language_is_danish(pdf):
    reader = PdfReader(pdf, strict=True)
    assert reader.trailer["/Root"]["/Lang"] == "da-DK"
    assert reader.metadata["/Title"].startswith("Foreløbigt referat")  # the update kept Info


def test_the_pdf_keeps_to_what_pdfa_1b_allows(pdf):
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-1.4\n%") and all(b > 127 for b in data[10:14])
    assert b"/XRef" not in data and b"/ObjStm" not in data and b"/Encrypt" not in data
    assert data.count(b"startxref") == data.count(b"\nxref\n") + data.startswith(b"xref")
    reader = PdfReader(pdf, strict=True)
    assert reader.trailer["/ID"][0] == reader.trailer["/ID"][1]
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r'pdfaid:part="1"', xmp) and re.search(r'pdfaid:conformance="B"', xmp)
    info = reader.metadata
    assert f">{info['/Title']}</rdf:li>" in xmp and f">{info['/Author']}</rdf:li>" in xmp
    assert f'pdf:Producer="{info["/Producer"]}"' in xmp
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"  # an ICC profile
    for page in reader.pages:
        assert "/Group" not in page  # no transparency group
        resources = page["/Resources"].get_object()
        for state in resources.get("/ExtGState", {}).values():
            state = state.get_object()
            assert state.get("/SMask", "/None") == "/None"
            assert float(state.get("/CA", 1)) == 1 and float(state.get("/ca", 1)) == 1
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            for f in [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]:
                desc = f["/FontDescriptor"].get_object()
                assert "/FontFile2" in desc or "/FontFile" in desc or "/FontFile3" in desc


def test_the_language_is_added_without_touching_what_qt_wrote():
    from kkrdesk.export.pdf_lang import with_language

    qt = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<\n/Type /Catalog\n/Pages 2 0 R\n>>\nendobj\n"
          b"xref\n0 2\n0000000000 65535 f \n0000000015 00000 n \ntrailer\n<<\n/Size 2\n"
          b"/Root 1 0 R\n/ID [<ab> <ab>]\n>>\nstartxref\n68\n%%EOF\n")
    out = with_language(qt)
    assert out.startswith(qt) and b"/Lang (da-DK)" in out[len(qt):]
    assert b"/Prev 68" in out and out.rstrip().endswith(b"%%EOF")
    at = int(out.rsplit(b"startxref\n", 1)[1].split()[0])
    assert out[at:at + 4] == b"xref"
    assert with_language(out) == out  # once is enough
