"""Issue 21, point 8: ``kkrdesk export pakke`` writes the mødepakke a secretary sends:
the agenda, the referat as Word and as its PDF copy, and the bilag, in one .zip or one
folder named by the meeting's date; before the meeting, the agenda and bilag only."""

from __future__ import annotations

import datetime as dt
import zipfile

from doc_text import docx_furniture, docx_words, pdf_body_words

from kkrdesk.cli import main
from kkrdesk.services.agenda import attachments, meetings

D18 = dt.date(2025, 6, 18)
BILAG = ["Bilag 2.a.1 - Status på udrulning af FK OSS, juni 2025.docx",
         "Bilag 2.b.1 - Digital Sundhed Danmark.docx"]
DOCUMENTS = ["Dagsorden 18-06-2025.docx", "Referat 18-06-2025.docx", "Referat 18-06-2025.pdf"]


def test_export_pakke_writes_a_zip_named_by_the_date(qapp, demo_path, demo_store, tmp_path, capsys,
                                                    monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "pakke", "--db", str(demo_path), "--meeting", "18-06-2025"]) == 0
    package = tmp_path / "Mødepakke 18-06-2025.zip"
    assert f"Mødepakken er gemt: {package.name}" in capsys.readouterr().out
    with zipfile.ZipFile(package) as z:
        assert sorted(z.namelist()) == sorted(DOCUMENTS + BILAG)
        z.extractall(tmp_path / "ud")
    out = tmp_path / "ud"
    detail = meetings.get_detail(demo_store, meetings.find_by_date(demo_store, D18).id)
    stored = {f"Bilag {a.number} - {a.filename}": attachments.read(demo_store, a.id)[1]
              for i in detail.flat_items() for a in i.attachments}
    assert {name: (out / name).read_bytes() for name in BILAG} == stored
    referat = out / "Referat 18-06-2025.docx"
    assert (pdf_body_words(out / "Referat 18-06-2025.pdf", *docx_furniture(referat))
            == docx_words(referat))  # the PDF is that very referat
    assert (out / "Referat 18-06-2025.pdf").read_bytes().startswith(b"%PDF-1.4")


def test_export_pakke_into_a_folder(qapp, demo_path, tmp_path):
    folder = tmp_path / "Mødepakke 18-06-2025"
    assert main(["export", "pakke", "--db", str(demo_path), "--meeting", "2025-06-18",
                 "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(DOCUMENTS + BILAG)


def test_before_the_meeting_the_package_has_the_agenda_and_bilag(qapp, demo_store, tmp_path):
    from kkrdesk.export.meeting_package import meeting_package

    detail = meetings.get_detail(demo_store, meetings.find_by_date(demo_store, D18).id)
    bilag = [(a, attachments.read(demo_store, a.id)[1])
             for i in detail.flat_items() for a in i.attachments]
    path, names = meeting_package(detail, bilag, tmp_path / "p.zip", today=dt.date(2025, 6, 1))
    assert names == ["Dagsorden 18-06-2025.docx", *BILAG]
    assert sorted(zipfile.ZipFile(path).namelist()) == sorted(names)
