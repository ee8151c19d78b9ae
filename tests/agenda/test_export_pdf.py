"""The PDF/A archive copy of the agenda and minutes: PDF/A-1b identification, embedded
fonts, searchable Danish text, page numbers; the command line without QtWidgets; the
Filer > Eksportér entries; an earlier file survives a failure."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from kkrdesk.core.errors import KkrDeskError
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import meetings
from kkrdesk.ui import export_actions as ex
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow

JUNE18 = dt.date(2025, 6, 18)


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font used on any page -> whether its program is embedded in the file."""
    found = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for f in targets:
                desc = f.get("/FontDescriptor")
                desc = desc.get_object() if desc else {}
                found[str(f.get("/BaseFont"))] = any(
                    k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(AppContext(demo_store))
    qtbot.addWidget(win)
    win.ctx.select_meeting(meetings.find_by_date(demo_store, JUNE18).id)
    return win


def _export_from_menu(window, monkeypatch, label: str, target):
    """Filer > Eksportér > label, answering the save dialog with ``target``."""
    monkeypatch.setattr(ex.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ex.PDF_FILTER))
    action = next(a for a in window.export_menu.actions() if a.text() == label)
    action.trigger()


def test_minutes_pdf_is_pdfa_with_embedded_fonts_and_danish_text(window, tmp_path, monkeypatch):
    target = tmp_path / "referat"  # the dialog adds .pdf
    _export_from_menu(window, monkeypatch, "R&eferat som PDF/A (arkiv) …", target)
    path = tmp_path / "referat.pdf"
    reader = PdfReader(path)
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part[^0-9]{0,3}1", xmp)
    assert re.search(r"pdfaid:conformance[^A-Z]{0,3}B", xmp)
    fonts = _fonts(reader)
    assert fonts and all(fonts.values()), fonts
    assert any("Carlito" in name for name in fonts)  # the shipped font, on any machine
    text = _text(path)
    # the words of the 18 June meeting as the seed has them
    for words in ("Foreløbigt referat", "onsdag d. 18. juni 2025", "1. Velkomst",
                  "identitetssløring", "10. Eventuelt", "kl. 12.00", "Pause",
                  "2.a Aktuel status for FK-OSS (O)"):
        assert words in text, words
    pages = len(reader.pages)
    assert f"Side 1 af {pages}" in text and f"Side {pages} af {pages}" in text
    assert window.statusBar().currentMessage().startswith("Referat gemt:")


def test_agenda_pdf_keeps_every_item_in_order(window, tmp_path, monkeypatch):
    _export_from_menu(window, monkeypatch, "Dagsorden som &PDF/A (arkiv) …",
                      tmp_path / "dagsorden.pdf")
    text = _text(tmp_path / "dagsorden.pdf")
    slots = ["12.00–12.10", "12.10–12.45", "12.45–13.00", "13.00–13.20", "13.20–13.35",
             "13.35–13.50", "13.50–14.05", "14.05–14.20", "14.20–14.35", "14.35–14.50",
             "14.50–15.00"]
    positions = [text.find(s) for s in slots]
    assert -1 not in positions and positions == sorted(positions), positions


def test_danish_letters_survive(store, tmp_path):
    from kkrdesk.export.pdf_export import export_pdf

    mid = meetings.create_meeting(store, title="Møde i Ærø og Åbenrå", date=dt.date(2026, 3, 4),
                                  start_time=dt.time(9), end_time=dt.time(11))
    agenda.insert_item(store, mid, title="Sølvbryllup på Ærø – æøå ÆØÅ")
    path = export_pdf(meetings.get_detail(store, mid), "agenda", tmp_path / "d.pdf")
    assert "Sølvbryllup på Ærø – æøå ÆØÅ" in _text(path)


def test_a_failed_write_leaves_the_earlier_file(demo_store, tmp_path, monkeypatch):
    from kkrdesk.export import pdf_writer
    from kkrdesk.export.pdf_export import export_pdf

    detail = meetings.get_detail(demo_store, meetings.find_by_date(demo_store, JUNE18).id)
    (tmp_path / "ud").mkdir()
    path = tmp_path / "ud" / "referat.pdf"
    path.write_bytes(b"earlier")

    def full_disk(*_a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_writer, "_write", full_disk)
    with pytest.raises(KkrDeskError):
        export_pdf(detail, "minutes", path)
    assert path.read_bytes() == b"earlier"
    assert [p.name for p in path.parent.iterdir()] == ["referat.pdf"]
    with pytest.raises(KkrDeskError, match=r"\.pdf"):
        pdf_writer.write_pdf(pdf_writer.HtmlDocument("t", "", "<p>x</p>"), tmp_path / "x.txt")


def test_command_line_writes_the_pdf_without_qtwidgets(demo_path, tmp_path):
    out = tmp_path / "referat.pdf"
    code = ("import sys; from kkrdesk.cli import main; "
            f"rc = main(['export', 'minutes', '--db', {str(demo_path)!r}, '--meeting', "
            f"'18-06-2025', '-o', {str(out)!r}]); "
            "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets loaded'; sys.exit(rc)")
    env = {k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"Referatet er gemt: {out}"
    assert "identitetssløring af sundhedsansatte" in _text(out)


def test_pdf_author_is_the_secretariat_as_in_the_word_file(window, tmp_path, monkeypatch):
    _export_from_menu(window, monkeypatch, "R&eferat som PDF/A (arkiv) …", tmp_path / "referat.pdf")
    meta = PdfReader(tmp_path / "referat.pdf").metadata
    assert meta.author == "Sekretariatet for KKR-digitaliseringsnetværket"
    assert meta.title and "18. juni 2025" in meta.title or "18-06-2025" in meta.title


def test_pdf_author_from_the_command_line(demo_path, tmp_path):
    from kkrdesk.cli import main

    out = tmp_path / "dagsorden.pdf"
    assert main(["export", "agenda", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "--author", "Sekretariatet, Region Syd", "-o", str(out)]) == 0
    assert PdfReader(out).metadata.author == "Sekretariatet, Region Syd"
