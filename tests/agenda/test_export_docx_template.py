"""The Word template (named styles, reproducible) and the files an export must refuse
to write: a template that is no good, a missing or read-only folder, a read-only file."""

from __future__ import annotations

import importlib.util
import os
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from kkrdesk.export.agenda_docx import export_agenda
from kkrdesk.export.atomic import ExportError
from kkrdesk.export.docx_template import default_template
from kkrdesk.export.minutes_docx import export_minutes
from kkrdesk.services.agenda import meetings
from test_export_docx import flat, para, template_style_names, texts
from locations import ROOT



@pytest.fixture
def june_detail(demo_store, june18):
    return meetings.get_detail(demo_store, june18)


@pytest.fixture
def outdir(tmp_path) -> Path:
    """An empty folder of its own (the demo database lives in tmp_path)."""
    folder = tmp_path / "ud"
    folder.mkdir()
    return folder


def test_template_has_named_styles_calibri_and_danish():
    doc = docx.Document(str(default_template()))
    names = template_style_names()
    for needed in ("KKR Titel", "KKR Undertitel", "KKR Punkt", "KKR Tid", "KKR Oplægsholder",
                   "KKR Underpunkt", "KKR Beslutning", "KKR Tabel", "KKR Tabeltekst"):
        assert needed in names
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "Calibri"
    assert fonts.getparent().find(qn("w:lang")).get(qn("w:val")) == "da-DK"
    assert doc.styles["KKR Titel"].font.size > Pt(20)
    assert doc.paragraphs == [] and doc.tables == []


def test_bundled_template_is_what_make_template_makes(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "make_template", ROOT / "resources" / "templates" / "make_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.build(tmp_path / "kkrdesk.docx")
    with zipfile.ZipFile(fresh) as a, zipfile.ZipFile(default_template()) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            assert a.read(name) == b.read(name), name


# -- templates --------------------------------------------------------------------------------


def test_a_restyled_template_with_the_same_names_is_used(june_detail, tmp_path):
    own = docx.Document(str(default_template()))
    own.styles["KKR Titel"].font.size = Pt(40)
    own.styles["KKR Punkt"].font.name = "Georgia"
    own.add_paragraph("Eksempeltekst der ikke skal med i dokumentet")
    own.save(str(tmp_path / "egen.docx"))
    out = export_minutes(june_detail, tmp_path / "r.docx", template=tmp_path / "egen.docx")
    doc = docx.Document(str(out))
    assert doc.styles["KKR Titel"].font.size == Pt(40)
    assert para(doc, "1.\tVelkomst").style.font.name == "Georgia"
    assert "Eksempeltekst" not in flat(doc)


def test_a_word_template_dotx_works_too(june_detail, tmp_path):
    dotx = tmp_path / "skabelon.dotx"
    with zipfile.ZipFile(default_template()) as src, zipfile.ZipFile(dotx, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    doc = docx.Document(str(export_agenda(june_detail, tmp_path / "a.docx", template=dotx)))
    assert "1.\tVelkomst" in texts(doc)


@pytest.mark.parametrize("case", ["not_docx", "damaged", "missing", "empty"])
def test_unusable_template_is_refused_and_nothing_is_written(june_detail, outdir, case):
    bad = outdir / "skabelon.docx"
    if case == "not_docx":
        bad.write_text("Dette er ikke et Word-dokument", encoding="utf-8")
    elif case == "damaged":
        bad.write_bytes(default_template().read_bytes()[:3000])
    elif case == "empty":
        bad.write_bytes(b"")
    out = outdir / "referat.docx"
    out.write_bytes(b"earlier")
    with pytest.raises(ExportError, match="Skabelonen"):
        export_minutes(june_detail, out, template=bad)
    assert out.read_bytes() == b"earlier"
    assert sorted(p.name for p in outdir.iterdir()) == sorted(
        ["referat.docx"] + ([] if case == "missing" else ["skabelon.docx"]))


def test_template_without_the_styles_names_each_missing_one(june_detail, tmp_path):
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    with pytest.raises(ExportError) as err:
        export_agenda(june_detail, tmp_path / "a.docx", template=plain)
    assert "KKR Titel" in str(err.value) and "KKR Punkt" in str(err.value)
    assert not (tmp_path / "a.docx").exists()
    partial = docx.Document(str(default_template()))
    partial.styles["KKR Beslutning"].delete()
    partial.save(str(tmp_path / "partial.docx"))
    with pytest.raises(ExportError, match=r"mangler typografien: KKR Beslutning$"):
        export_minutes(june_detail, tmp_path / "r.docx", template=tmp_path / "partial.docx")
    # the agenda has no decisions, so that template is good enough for it
    assert export_agenda(june_detail, tmp_path / "a.docx", template=tmp_path / "partial.docx")


# -- files that cannot be written ----------------------------------------------------------------


def test_missing_folder(june_detail, tmp_path):
    with pytest.raises(ExportError, match="Mappen findes ikke"):
        export_minutes(june_detail, tmp_path / "ingen" / "referat.docx")
    assert not (tmp_path / "ingen").exists()


def test_read_only_folder(june_detail, tmp_path):
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="skrivebeskyttet"):
            export_agenda(june_detail, folder / "dagsorden.docx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_read_only_file_is_left_intact(june_detail, outdir):
    out = outdir / "referat.docx"
    out.write_bytes(b"earlier minutes")
    out.chmod(0o444)
    try:
        with pytest.raises(ExportError, match="skrivebeskyttet"):
            export_minutes(june_detail, out)
        assert out.read_bytes() == b"earlier minutes"
        assert [p.name for p in outdir.iterdir()] == ["referat.docx"]
    finally:
        out.chmod(0o644)


def test_failure_while_writing_keeps_the_earlier_file_and_leaves_no_temp(
        june_detail, outdir, monkeypatch):
    from docx.document import Document

    out = outdir / "referat.docx"
    export_minutes(june_detail, out)
    before = out.read_bytes()

    def broken_save(self, path):
        Path(path).write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Document, "save", broken_save)
    with pytest.raises(ExportError, match="kunne ikke gemmes"):
        export_minutes(june_detail, out)
    assert out.read_bytes() == before
    assert [p.name for p in outdir.iterdir()] == ["referat.docx"]


def test_target_is_a_folder(june_detail, tmp_path):
    (tmp_path / "referat.docx").mkdir()
    with pytest.raises(ExportError, match="mappe"):
        export_minutes(june_detail, tmp_path / "referat.docx")


def test_replacing_an_earlier_export_works(june_detail, tmp_path):
    out = tmp_path / "dagsorden.docx"
    out.write_bytes(b"old")
    export_agenda(june_detail, out)
    assert zipfile.is_zipfile(out) and os.access(out, os.R_OK)


def test_a_word_made_title_field_in_the_footer_shows_the_document_title(june_detail, tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    own = docx.Document(str(default_template()))
    p = own.sections[0].footer.paragraphs[0]
    for child in [c for c in p._p if c.tag != qn("w:pPr")]:
        p._p.remove(child)
    for inner in ('<w:fldChar w:fldCharType="begin"/>',
                  '<w:instrText xml:space="preserve"> TITLE \\* MERGEFORMAT </w:instrText>',
                  '<w:fldChar w:fldCharType="separate"/>', "<w:t>Gammel</w:t>",
                  "<w:t>titel</w:t>", '<w:fldChar w:fldCharType="end"/>', "<w:t> · KKR</w:t>"):
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{inner}</w:r>'))
    own.save(str(tmp_path / "egen.docx"))
    out = export_agenda(june_detail, tmp_path / "a.docx", template=tmp_path / "egen.docx")
    footer = docx.Document(str(out)).sections[0].footer.paragraphs[0].text
    assert footer == "Dagsorden – KKR-digitaliseringsnetværket 18-06-2025 · KKR"
