"""The import preview with other people's agendas (issue 20), driven as a user does it:
a time typed for an item, the first item's time becoming the meeting's start, a text that
is no agenda refused with its reason and Import kept off, Cancel keeping nothing (the
next import starts from the text again), and the preview model checked by qtmodeltester
on agendas in other languages and formats."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from kkrdesk.imports.agenda_parser import read_agenda
from kkrdesk.imports.agenda_sources import read_agenda_source
from kkrdesk.services.agenda import file_import as agenda_import
from kkrdesk.services.agenda import meetings
from kkrdesk.ui.agenda.import_dialog import AgendaImportDialog
from kkrdesk.ui.agenda.import_model import COL_SLOT, COL_TITLE, ImportPreviewModel
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow
from agenda_corpus_score import CORPUS
from agenda_import_helpers import NUMBERED, TITLES, seed_text

RECIPE = "Marengs lagkage\n\n4 æggehvider\n2 kopper sukker\n1 kop kokos\n\nFyld:\nflødeskum\nmørk chokolade\n"


def _dialog(qtbot, store) -> AgendaImportDialog:
    dialog = AgendaImportDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.resize(1366, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_in_cell(qtbot, view, index, text: str, shown: str | None = None) -> None:
    """Double-click the cell, type over what it holds, press Enter (the view commits the
    editor on its next turn: wait until the cell shows ``shown``)."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert editors  # an editor closed before is only deleted later: the open one is shown
    editor = editors[-1]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if shown is not None:
        qtbot.waitUntil(lambda: index.data() == shown)


def test_a_time_typed_for_an_item_pins_it_and_is_imported(qtbot, store):
    dialog = _dialog(qtbot, store)
    QApplication.clipboard().setText(NUMBERED)  # no times in the text
    dialog.paste()
    model, view = dialog.model, dialog.view
    assert model.index(2, COL_SLOT).data() == "12.30–12.45"
    _type_in_cell(qtbot, view, model.index(2, COL_SLOT), "13.30", "13.30–13.45 (låst)")
    assert model.index(3, COL_SLOT).data() == "13.45–14.05"  # the next item follows it
    _type_in_cell(qtbot, view, model.index(0, COL_SLOT), "09.00-09.20", "09.00–09.20")  # the meeting's start
    assert dialog.start.time().toString("HH.mm") == "09.00" and model.index(0, COL_SLOT).data() == "09.00–09.20"
    qtbot.keyClicks(dialog.date, "17-09-2025")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    detail = meetings.get_detail(store, meetings.find_by_date(store, dt.date(2025, 9, 17)).id)
    assert detail.meeting.start_time == dt.time(9, 0)
    assert detail.items[2].pinned_start == dt.time(13, 30) and detail.items[0].duration_min == 20


def test_a_half_typed_time_is_not_taken():
    model = ImportPreviewModel()
    from kkrdesk.imports.agenda_parser import parse_text

    model.set_agenda(parse_text(NUMBERED))
    for text in ("13", "25.00", "13.30-13.00", "kl. ni"):
        assert not model.setData(model.index(1, COL_SLOT), text)
    assert model.setData(model.index(1, COL_SLOT), "kl. 13:30")


def test_a_text_that_is_no_agenda_is_refused_with_the_reason_and_writes_nothing(qtbot, store):
    dialog = _dialog(qtbot, store)
    QApplication.clipboard().setText(RECIPE)
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.error.text().startswith(("Teksten ligner ikke en dagsorden: ", "Teksten indeholder ingen"))
    qtbot.keyClicks(dialog.date, "17-09-2025")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert meetings.list_meetings(store) == []


def test_cancel_keeps_nothing_and_the_next_import_starts_from_the_text(qtbot, store):
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    QApplication.clipboard().setText(seed_text())
    window.import_agenda_action.trigger()
    dialog = window.agenda_import_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _type_in_cell(qtbot, dialog.view, dialog.model.index(0, COL_TITLE), "Halvt rettet titel", "Halvt rettet titel")
    _type_in_cell(qtbot, dialog.view, dialog.model.index(2, COL_SLOT), "16.00", "16.00–16.15 (låst)")
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and meetings.list_meetings(store) == []
    assert window.ctx.undo_stack.count() == 0
    window.import_agenda_action.trigger()
    again = window.agenda_import_dialog
    qtbot.waitExposed(again)
    assert again is not dialog and again.model.rowCount() == 0
    qtbot.keyClick(again.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [again.model.index(r, COL_TITLE).data() for r in range(again.model.rowCount())] == TITLES
    assert again.model.index(2, COL_SLOT).data() == "12.45–13.00"


@pytest.mark.parametrize("name", ["sv_ix_arsmote_2020.txt", "en_azure_deep_learning_workshop_agenda.pptx",
                                  "en_epa_r_workshop_2019_agenda.pdf", "no_online_genfors_ekstra2017_dagsorden.txt"])
def test_the_preview_model_passes_qtmodeltester_on_agendas_in_other_languages(qtmodeltester, store, name):
    model = ImportPreviewModel()
    agenda = read_agenda(read_agenda_source(CORPUS / name))
    model.set_agenda(agenda, agenda_import.load_register(store))
    qtmodeltester.check(model)
    assert model.setData(model.index(1, COL_SLOT), "10.00")
    model.setData(model.index(0, COL_TITLE), "Ny titel")
    model.remove(model.index(2, COL_TITLE))
    qtmodeltester.check(model)
