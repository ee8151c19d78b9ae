"""Bilag: kept in the database with a size limit, listed in the agenda and referat,
and sent with the Word file in a mødepakke."""

from __future__ import annotations

import zipfile

import docx
import pytest
from PySide6.QtCore import Qt

from kkrdesk.core.errors import ValidationError
from kkrdesk.export.agenda_docx import export_agenda
from kkrdesk.export.minutes_docx import export_minutes
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import attachments
from kkrdesk.services.agenda import meetings

from test_export_docx import para, texts

WEBINAR = "Forslag til afholdelse af webinar om, hvordan kommuner kan teste korrespondancemeddelelser"


def _item(store, mid, title):
    return next(i for i in meetings.get_detail(store, mid).flat_items() if i.title.startswith(title))


def test_the_demo_has_bilag_on_two_items(demo_store, june18):
    fk = _item(demo_store, june18, "Aktuel status for FK-OSS")
    dsd = _item(demo_store, june18, "Orientering om etablering af Digital Sundhed Danmark")
    assert [a.label for a in fk.attachments] == [
        "Bilag 2.a.1: Status på udrulning af FK OSS, juni 2025.docx"]
    assert [a.label for a in dsd.attachments] == ["Bilag 2.b.1: Digital Sundhed Danmark.docx"]
    name, data = attachments.read(demo_store, fk.attachments[0].id)
    import io

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "28 kommuner" in text and name.endswith(".docx")


def test_a_file_above_the_limit_is_refused_with_a_clear_message(demo_store, june18, tmp_path):
    big = tmp_path / "Præsentation.pptx"
    with open(big, "wb") as f:
        f.truncate(attachments.MAX_BYTES + 1)  # sparse: never read
    item = _item(demo_store, june18, WEBINAR)
    with pytest.raises(ValidationError, match=r"»Præsentation.pptx« fylder 25,0 MB; et bilag må "
                                              r"højst fylde 25,0 MB"):
        attachments.add_file(demo_store, item.id, big)
    assert _item(demo_store, june18, WEBINAR).attachments == ()


def test_bilag_are_numbered_listed_in_both_documents_and_survive_undo(demo_store, june18, tmp_path):
    item = _item(demo_store, june18, WEBINAR)
    for name in ("Webinarforslag.pdf", "Program.docx"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 demo" if name.endswith(".pdf") else b"PK demo")
        attachments.add_file(demo_store, item.id, tmp_path / name)
    labels = [a.label for a in _item(demo_store, june18, WEBINAR).attachments]
    assert labels == ["Bilag 8.1: Webinarforslag.pdf", "Bilag 8.2: Program.docx"]
    for export in (export_agenda, export_minutes):
        doc = docx.Document(str(export(meetings.get_detail(demo_store, june18), tmp_path / "d.docx")))
        body = texts(doc)
        line = para(doc, "Bilag 8.1: Webinarforslag.pdf")
        assert line.runs[0].text == "Bilag 8.1: " and line.runs[0].style.name == "KKR Fremhævet"
        assert body.index("Bilag 8.1: Webinarforslag.pdf") < body.index("Bilag 8.2: Program.docx")
    snap = agenda.delete_item(demo_store, item.id)  # deleting the item, then undo
    agenda.restore_item(demo_store, snap)
    restored = _item(demo_store, june18, WEBINAR).attachments
    assert [a.label for a in restored] == labels
    assert attachments.read(demo_store, restored[0].id)[1] == b"%PDF-1.4 demo"


def test_attach_in_the_item_pane_and_send_the_meeting_package(qtbot, agenda_tab, demo_store,
                                                              june18, tmp_path, monkeypatch):
    from kkrdesk.ui.agenda import attachment_actions

    tab = agenda_tab
    row = [i.title for i in tab.detail.items].index(WEBINAR)
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    tab.side.setCurrentWidget(tab.item_pane)
    (tmp_path / "Webinar.pdf").write_bytes(b"%PDF-1.4 webinar")
    monkeypatch.setattr(attachment_actions.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(tmp_path / "Webinar.pdf")], ""))
    qtbot.mouseClick(tab.item_pane.attach_button, Qt.MouseButton.LeftButton)
    assert [tab.item_pane.bilag.item(i).text() for i in range(tab.item_pane.bilag.count())] == [
        "Bilag 8.1: Webinar.pdf (1 kB)"]
    assert tab.ctx.undo_stack.undoText() == "Vedhæft »Webinar.pdf« til punkt 8"
    out = attachment_actions.export_package(tab, tab.ctx, tmp_path / "pakke.zip")
    with zipfile.ZipFile(out) as z:
        names = sorted(z.namelist())
        assert z.read("Bilag 8.1 - Webinar.pdf") == b"%PDF-1.4 webinar"
    assert names == sorted(["Dagsorden 18-06-2025.docx", "Referat 18-06-2025.docx",
                            "Referat 18-06-2025.pdf", "Bilag 2.a.1 - Status på udrulning af "
                            "FK OSS, juni 2025.docx", "Bilag 2.b.1 - Digital Sundhed Danmark.docx",
                            "Bilag 8.1 - Webinar.pdf"])
    tab.item_pane.bilag.setCurrentRow(0)
    qtbot.mouseClick(tab.item_pane.remove_button, Qt.MouseButton.LeftButton)
    assert _item(demo_store, june18, WEBINAR).attachments == ()
    tab.ctx.undo_stack.undo()
    assert len(_item(demo_store, june18, WEBINAR).attachments) == 1


def test_the_break_is_shown_and_named_without_a_number(qtbot, agenda_tab):
    """The deck numbers no break: the item pane heads it »Pause« (not ». Pause«), and a
    step on it is named by its title in the Rediger menu, not as »punkt «."""
    tab = agenda_tab
    row = [i.title for i in tab.detail.items].index("Pause")
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    tab.side.setCurrentWidget(tab.item_pane)
    assert tab.item_pane.heading.text() == "Pause"
    tab.item_pane.description.setFocus()
    qtbot.keyClicks(tab.item_pane.description, "Kaffe i kantinen")
    qtbot.waitUntil(lambda: tab.ctx.undo_stack.undoText() != "", timeout=3000)
    assert tab.ctx.undo_stack.undoText() == "Ret sagsfremstilling til »Pause«"
