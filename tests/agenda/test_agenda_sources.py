"""Agenda sources: Word, PowerPoint and PDF files made here from the seed's agenda slide
give the same agenda as the text; bad input is refused with one Danish sentence."""

from __future__ import annotations

import zipfile

import pytest
from hypothesis import given, settings, strategies as st
from docx import Document

from kkrdesk.core.errors import ValidationError
from kkrdesk.imports.agenda_parser import parse_lines, parse_text
from kkrdesk.imports.agenda_sources import from_bytes, from_text, read_agenda_source
from agenda_import_helpers import NUMBERED, seed_text
from office_files import make_docx, make_pdf, make_pptx  # noqa: F401 (shared with other tests)
from xlsx_helpers import rewrite_zip


def _shape(agenda):
    """What a user checks: titles, kinds, minutes, presenters, sub-points, sub-items."""
    return ([(i.title, i.kind, i.duration_min, [p.text for p in i.presenters],
              [s.text for s in i.sub_points], [(c.title, [p.text for p in c.presenters]) for c in i.children])
             for i in agenda.items], agenda.next_meeting_date, [t.text for t in agenda.topics])


@pytest.mark.parametrize("text", [seed_text(), NUMBERED], ids=["seed", "numbered"])
@pytest.mark.parametrize("maker", [make_docx, make_pptx, make_pdf], ids=["docx", "pptx", "pdf"])
def test_word_powerpoint_and_pdf_give_the_same_agenda_as_the_text(qapp, tmp_path, text, maker):
    lines = text.split("\n")
    path = maker(tmp_path / f"dagsorden.{maker.__name__[5:]}", lines)
    source = read_agenda_source(path)
    assert source.kind in ("Word", "PowerPoint", "PDF")
    agenda = parse_lines(source.lines)
    assert _shape(agenda) == _shape(parse_text(text)) and agenda.items
    assert agenda.unread == []


def test_a_deck_is_read_from_its_agenda_slide_only(tmp_path):
    path = make_pptx(tmp_path / "deck.pptx", seed_text().split("\n"), extra_slides=3)
    source = read_agenda_source(path)
    assert "dias 4 af 4" in source.note
    assert _shape(parse_lines(source.lines)) == _shape(parse_text(seed_text()))


def test_word_lists_and_tables_keep_their_numbers_bullets_and_presenters(tmp_path):
    doc = Document()
    doc.add_paragraph("Godkendelse af dagsorden (B)", style="List Number")
    doc.add_paragraph("Meddelelser (O)", style="List Number")
    doc.add_paragraph("Nyt fra KL", style="List Bullet")
    table = doc.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("13.00-13.30", "Status på FK-OSS", "Sabina Hedefeld Leopold, KOMBIT"),
                                       ("13.30-13.45", "Eventuelt", "")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.save(tmp_path / "liste.docx")
    agenda = parse_lines(read_agenda_source(tmp_path / "liste.docx").lines)
    assert [i.title for i in agenda.items] == ["Godkendelse af dagsorden", "Meddelelser",
                                               "Status på FK-OSS", "Eventuelt"]
    assert [p.text for p in agenda.items[1].sub_points] == ["Nyt fra KL"]
    assert [p.text for p in agenda.items[2].presenters] == ["Sabina Hedefeld Leopold, KOMBIT"]


# -- bad input ------------------------------------------------------------------------------------


def _refused(path, *words):
    with pytest.raises(ValidationError) as err:
        read_agenda_source(path)
    message = str(err.value)
    assert "\n" not in message and "Traceback" not in message
    for word in words:
        assert word in message
    return message


def test_binary_files_images_and_old_formats_are_refused(tmp_path):
    (tmp_path / "prog.txt").write_bytes(bytes(range(256)) * 40)
    _refused(tmp_path / "prog.txt", "hverken tekst, Word, PowerPoint eller PDF")
    (tmp_path / "billede.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    _refused(tmp_path / "billede.pdf", "billede")
    (tmp_path / "gammel.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _refused(tmp_path / "gammel.doc", ".docx")
    (tmp_path / "tom.txt").write_bytes(b"")
    _refused(tmp_path / "tom.txt", "tom")
    _refused(tmp_path / "findes-ikke.docx", "findes ikke")
    _refused(tmp_path, "mappe")


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "stor.txt"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    _refused(big, "for stor", "100 MB")


@pytest.mark.parametrize("maker,part", [(make_docx, "word/media/nuller.bin"),
                                        (make_pptx, "ppt/media/nuller.bin")], ids=["docx", "pptx"])
def test_zip_bombs_are_refused_before_the_library_opens_them(tmp_path, maker, part):
    src = maker(tmp_path / f"ok.{maker.__name__[5:]}", ["12.00-12.10 Velkomst", "Eventuelt"])
    bomb = rewrite_zip(src, tmp_path / f"bombe.{maker.__name__[5:]}", {},
                       {part: b"\0" * (20 << 20)})
    assert bomb.stat().st_size < 2_000_000
    _refused(bomb, "zip-bombe")


def test_an_xml_entity_bomb_in_a_word_file_is_refused(tmp_path):
    src = make_docx(tmp_path / "ok.docx", ["Velkomst"])
    with zipfile.ZipFile(src) as zf:
        body = zf.read("word/document.xml")
    evil = body.replace(b"<w:document", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document', 1)
    _refused(rewrite_zip(src, tmp_path / "lol.docx", {"word/document.xml": evil}), "XML-bombe")


def test_a_spreadsheet_or_a_broken_office_file_is_named(tmp_path):
    with zipfile.ZipFile(tmp_path / "ark.docx", "w") as zf:
        zf.writestr("xl/workbook.xml", "<x/>")
    _refused(tmp_path / "ark.docx", "Excel-regneark")
    src = make_docx(tmp_path / "ok.docx", ["Velkomst"])
    _refused(rewrite_zip(src, tmp_path / "brudt.docx", {"word/document.xml": b"<not xml"}), "beskadiget")


def test_an_encrypted_pdf_is_refused(qapp, tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "aaben.pdf", ["12.00-12.10 Velkomst", "12.10-12.20 Eventuelt"])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("hemmelig", algorithm="RC4-128")
    with (tmp_path / "laast.pdf").open("wb") as fh:
        writer.write(fh)
    _refused(tmp_path / "laast.pdf", "adgangskode")
    (tmp_path / "brudt.pdf").write_bytes(b"%PDF-1.4\n" + b"garbage " * 50)
    _refused(tmp_path / "brudt.pdf", "PDF")


def test_pasted_text_limits():
    with pytest.raises(ValidationError, match="ingen tekst"):
        from_text("  \n\t\n")
    with pytest.raises(ValidationError, match="for meget tekst"):
        from_text("x" * 2_000_000)
    assert from_text("a\r\nb").lines == ("a", "b")


def test_a_password_protected_word_or_powerpoint_file_is_named(tmp_path):
    # Office saves a protected .docx/.pptx as an OLE2 file with an EncryptedPackage stream
    locked = tmp_path / "hemmelig.pptx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500
                       + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500)
    _refused(locked, "adgangskode")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000) | st.text(max_size=3000).map(lambda t: t.encode("utf-8")))
def test_any_bytes_give_lines_or_one_danish_sentence(data):
    try:
        source = from_bytes(data, "x.txt")
    except ValidationError as exc:
        assert "\n" not in str(exc) and str(exc).endswith(".")
        return
    agenda = parse_lines(source.lines)
    assert sorted(agenda.used_lines() + list(agenda.skipped) + agenda.unread) == list(range(len(source.lines)))
