"""Filer > Importér dagsorden … as a user goes through it: the seed's agenda slide is
pasted, checked in the preview, fixed, and becomes the 18 June agenda in few actions,
as one undo step. Also: the preview model passes qtmodeltester; bad input is one
Danish line in the dialog with nothing written; unknown presenters are only created
when ticked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication, QComboBox

from kkrdesk.core.enums import ItemKind
from kkrdesk.imports.agenda_parser import parse_text
from kkrdesk.services.agenda import file_import as agenda_import
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import people as participants
from kkrdesk.ui.agenda.import_dialog import AgendaImportDialog
from kkrdesk.ui.agenda.import_model import COL_KIND, COL_LINES, COL_PRESENTERS, COL_SLOT, COL_TITLE, ImportPreviewModel
from kkrdesk.ui.agenda.columns import COL_SLOT as TAB_SLOT, COL_TITLE as TAB_TITLE
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow
from agenda_import_helpers import ANNOUNCEMENTS, NUMBERED, PRESENTERS, SLOTS, TITLES, seed_text


class Actions:
    """Counts what the user does: each click, key chord or typed value is one action."""

    def __init__(self):
        self.count = 0

    def __call__(self, n: int = 1):
        self.count += n


def _window(qtbot, store):
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.refresh()
    window.resize(1366, 768)
    window.show()
    return window


def _edit_kind(qtbot, view, index, letter, act):
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    act(2)
    editor = view.viewport().findChild(QComboBox)
    assert editor is not None
    qtbot.keyClicks(editor, letter)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    act(2)


def test_the_seed_slide_becomes_the_18_june_agenda_in_at_most_15_actions(qtbot, store):
    window = _window(qtbot, store)
    act = Actions()
    QApplication.clipboard().setText(seed_text())  # copied from the slide in PowerPoint
    act()
    window.import_agenda_action.trigger()  # Filer > Importér dagsorden …
    act(2)
    dialog: AgendaImportDialog = window.agenda_import_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    act()
    model = dialog.model
    assert [model.index(r, COL_TITLE).data() for r in range(model.rowCount())] == TITLES
    assert [model.index(r, COL_SLOT).data() for r in range(11)] == [f"{a}–{b}" for a, b in SLOTS]
    # the rows whose times stood apart from their titles are marked, with their lines
    assert model.index(3, 0).data().startswith("⚠") and model.index(0, 0).data() == "1"
    assert model.index(3, COL_LINES).data() == "17, 21"
    assert dialog.unread.count() == 0 and "Sprunget over: linje 1 (overskrift)" in dialog.skipped.text()
    # the user fixes one kind: item 10 is news, not a discussion
    _edit_kind(qtbot, dialog.view, model.index(9, COL_KIND), "O", act)
    qtbot.waitUntil(lambda: model.index(9, COL_KIND).data() == "Orientering")
    qtbot.mouseClick(dialog.date, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.date, "18-06-2025")
    act(2)
    assert dialog.date_text.text() == "onsdag d. 18. juni 2025"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    act()
    assert act.count <= 15, act.count

    assert not dialog.isVisible()
    mid = meetings.find_by_date(store, dt.date(2025, 6, 18)).id
    detail = meetings.get_detail(store, mid)
    assert [i.title for i in detail.items] == TITLES
    assert [[(p.name, p.organisation) for p in i.presenters] for i in detail.items] == PRESENTERS
    assert [(c.title, (c.presenters[0].name, c.presenters[0].organisation)) for c in detail.items[1].children] \
        == ANNOUNCEMENTS
    assert detail.items[9].kind == ItemKind.ANNOUNCEMENT
    assert participants.list_people(store) == []  # unknown presenters stay names on the items
    # the agenda tab shows the new meeting with the seed's slots
    tab = window.agenda_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 11)
    assert [tab.model.index(r, TAB_TITLE).data() for r in range(11)] == TITLES
    assert [tab.model.index(r, TAB_SLOT).data() for r in range(11)] == [f"{a}–{b}" for a, b in SLOTS]
    # one undo step takes it all away, and redo brings it back
    assert window.undo_action.text().startswith("&Fortryd Importér dagsorden (11 punkter")
    window.undo_action.trigger()
    assert meetings.list_meetings(store) == []
    window.redo_action.trigger()
    assert [i.title for i in meetings.get_detail(store, mid).items] == TITLES


def test_bad_input_is_one_danish_line_and_nothing_is_written(qtbot, store, tmp_path):
    window = _window(qtbot, store)
    window.import_agenda_action.trigger()
    dialog = window.agenda_import_dialog
    QApplication.clipboard().setText("Kære alle\nHusk tilmelding inden fredag.")
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.isVisible() and "ingen dagsordenspunkter" in dialog.error.text()
    assert not dialog.import_button.isEnabled() and dialog.unread.count() == 2
    bomb = tmp_path / "x.docx"
    bomb.write_bytes(b"PK\x03\x04" + b"\xff" * 200)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bomb))])  # a file copied in the file manager
    QApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "x.docx" in dialog.error.text() and "\n" not in dialog.error.text()
    QApplication.clipboard().setText(NUMBERED)
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.error.isVisible() and dialog.model.rowCount() == 7
    qtbot.keyClicks(dialog.date, "31-02-2025")
    assert dialog.date_text.text() == "(ikke en dato)"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "ikke en dato" in dialog.target_box.field_error.text()
    assert meetings.list_meetings(store) == []


def test_unknown_presenters_are_offered_and_only_ticked_ones_created(qtbot, demo_store, june18):
    window = _window(qtbot, demo_store)
    window.import_agenda_action.trigger()
    dialog = window.agenda_import_dialog
    QApplication.clipboard().setText("1. Velkomst v. Poul Erik Kristensen, KL\n"
                                     "2. Oplæg v. Anne Hansen, Aarhus og Bo Berg, Ukendt Forening\n"
                                     "3. Eventuelt")
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.people_box.isVisible()
    names = [dialog.people.item(r).text() for r in range(dialog.people.count())]
    assert names == ["Anne Hansen, Aarhus Kommune", "Bo Berg, Ukendt Forening – »Ukendt Forening« findes ikke i registret."]
    assert dialog.model.index(1, COL_PRESENTERS).data().endswith("(ny)")
    dialog.people.item(0).setCheckState(Qt.CheckState.Checked)  # the user ticks Anne
    qtbot.mouseClick(dialog.append_radio, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, dialog.append_radio.height() // 2))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), (dialog.error.text(), dialog.append_radio.isChecked())
    people = {p.name for p in participants.list_people(demo_store)}
    assert "Anne Hansen" in people and "Bo Berg" not in people
    items = meetings.get_detail(demo_store, june18).items
    assert [i.title for i in items[-3:]] == ["Velkomst", "Oplæg", "Eventuelt"]
    assert items[-2].presenters_text == "v. Anne Hansen, Aarhus Kommune og Bo Berg, Ukendt Forening"


def test_preview_edits_remove_and_promote_lines(qtbot, store):
    dialog = AgendaImportDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.clipboard().setText("12.00-12.10 Velkomst\n\nRundvisning på rådhuset\n\n12.10-12.40 Drøftelse af årshjul")
    dialog.paste()
    assert dialog.unread.count() == 1 and dialog.model.rowCount() == 2
    dialog.unread.setCurrentRow(0)
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 3 and dialog.unread.count() == 0
    dialog.view.setCurrentIndex(dialog.model.index(0, COL_TITLE))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert [dialog.model.index(r, COL_TITLE).data() for r in range(2)] == ["Drøftelse af årshjul", "Rundvisning på rådhuset"]
    assert dialog.unread.count() == 1  # the removed item's line is listed again, never lost


@pytest.mark.parametrize("text", [seed_text(), NUMBERED])
def test_the_preview_model_passes_qtmodeltester(qtmodeltester, store, text):
    model = ImportPreviewModel()
    model.set_agenda(parse_text(text), agenda_import.load_register(store))
    qtmodeltester.check(model)
    model.setData(model.index(0, COL_TITLE), "Ny titel")
    model.set_start(9 * 60)
    qtmodeltester.check(model)


def test_a_deck_opened_or_dropped_is_read_from_its_agenda_slide(qtbot, store, tmp_path):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from office_files import make_pptx

    deck = make_pptx(tmp_path / "møde.pptx", seed_text().split("\n"), extra_slides=2)
    dialog = AgendaImportDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.open_file(str(deck))
    assert "dias 3 af 3" in dialog.source_label.text() and dialog.model.rowCount() == 11
    dialog.model.set_agenda(None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(deck))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    assert [dialog.model.index(r, COL_TITLE).data() for r in range(11)] == TITLES
