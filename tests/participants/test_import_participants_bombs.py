"""Hostile spreadsheets: zip bombs, XML entity bombs, lying zip headers, other zips."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

import kkrdesk.imports.xlsx_guard as px
from kkrdesk.core.errors import ValidationError
from kkrdesk.imports.participants_file import read_participants
from xlsx_helpers import rewrite_zip

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    + ']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
    "</worksheet>"
)


def _valid(path):
    wb = Workbook()
    wb.active.append(["Navn"])
    wb.active.append(["Anne"])
    wb.save(path)
    return path


_rewrite = rewrite_zip


def test_a_valid_sheet_is_read(tmp_path):
    assert read_participants(_valid(tmp_path / "ok.xlsx")).rows[0].values == {"name": "Anne"}


def test_zip_bomb_is_refused_before_opening(tmp_path):
    src = _valid(tmp_path / "ok.xlsx")
    bomb = _rewrite(src, tmp_path / "bomb.xlsx", {}, {"xl/media/zeros.bin": b"\0" * (20 << 20)})
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ValidationError, match="zip-bombe"):
        read_participants(bomb)


def test_total_declared_size_is_limited(tmp_path, monkeypatch):
    src = _valid(tmp_path / "ok.xlsx")
    monkeypatch.setattr(px, "MAX_UNCOMPRESSED", 1000)
    with pytest.raises(ValidationError, match="zip-bombe"):
        read_participants(src)


def test_xml_entity_bomb_is_refused(tmp_path, monkeypatch):
    src = _valid(tmp_path / "ok.xlsx")
    bomb = _rewrite(src, tmp_path / "lol.xlsx", {"xl/worksheets/sheet1.xml": LAUGHS.encode()})
    with pytest.raises(ValidationError, match="XML-bombe"):
        read_participants(bomb)
    # and were the scan bypassed, openpyxl parses through defusedxml and refuses it too
    monkeypatch.setattr(px, "_scan_xml", lambda *a: [])
    with pytest.raises(ValidationError, match="XML-definitioner"):
        read_participants(bomb)


def test_a_zip_that_lies_about_its_sizes(tmp_path):
    src = _valid(tmp_path / "ok.xlsx")
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    # shrink the declared uncompressed size in the central directory
    name = b"xl/worksheets/sheet1.xml"
    cd = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    assert info.file_size > 10
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(bytes(data))
    with pytest.raises(ValidationError):
        read_participants(liar)


def test_other_zip_files(tmp_path):
    ods = tmp_path / "regneark.ods"
    with zipfile.ZipFile(ods, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(ValidationError, match="OpenDocument"):
        read_participants(ods)
    docx = tmp_path / "brev.xlsx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
    with pytest.raises(ValidationError, match="ikke et gyldigt Excel-regneark"):
        read_participants(docx)


def test_broken_workbook_inside_a_good_zip(tmp_path):
    src = _valid(tmp_path / "ok.xlsx")
    broken = _rewrite(src, tmp_path / "broken.xlsx", {"xl/workbook.xml": b"<not xml"})
    with pytest.raises(ValidationError, match="kan ikke læses som Excel-regneark"):
        read_participants(broken)
