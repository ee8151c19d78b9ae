"""Text typed into an in-place editor of the agenda tree is saved 0.8 s after the
typing stops, without Enter, while the editor stays open with its cursor; the bursts
of one title are one undo step."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox

from kkrdesk.ui.agenda.columns import COL_PRESENTERS, COL_SLOT, COL_TITLE


def stored(path, sql, *args):
    """Read what is on disk, through a connection of its own (as after a kill)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return con.execute(sql, args).fetchall()


def open_editor(tab, qtbot, row, column) -> QLineEdit:
    index = tab.model.index(row, column)
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(tab.view.focusWidget(), QLineEdit))
    return tab.view.focusWidget()


def editing(tab, editor) -> bool:
    return (tab.view.state() == QAbstractItemView.State.EditingState and editor.isVisible()
            and tab.view.focusWidget() is editor)


@pytest.fixture
def no_dialogs(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def test_a_title_typed_in_place_is_saved_without_enter_and_the_editor_stays(
        agenda_tab, qtbot, demo_path, no_dialogs):
    tab = agenda_tab
    item_id = tab.model.index(3, 0).data(Qt.ItemDataRole.UserRole + 10)
    original = stored(demo_path, "SELECT title FROM agenda_item WHERE id = ?", item_id)[0][0]
    steps = tab.ctx.undo_stack.count()
    editor = open_editor(tab, qtbot, 3, COL_TITLE)
    editor.selectAll()
    qtbot.keyClicks(editor, "Status på FK-OSS ")  # a trailing space: the user goes on typing
    qtbot.waitUntil(lambda: stored(demo_path, "SELECT title FROM agenda_item WHERE id = ?", item_id)
                    == [("Status på FK-OSS",)], timeout=3000)
    assert editing(tab, editor) and editor.text() == "Status på FK-OSS "
    assert editor.cursorPosition() == len("Status på FK-OSS ")
    editor.setCursorPosition(len("Status på"))  # the user moves back into the text
    qtbot.keyClicks(editor, " den nye")
    qtbot.waitUntil(lambda: stored(demo_path, "SELECT title FROM agenda_item WHERE id = ?", item_id)
                    == [("Status på den nye FK-OSS",)], timeout=3000)
    assert editing(tab, editor) and editor.cursorPosition() == len("Status på den nye")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    stack = tab.ctx.undo_stack
    assert stack.count() == steps + 1 and stack.undoText() == "Ret titel på punkt 4"
    stack.undo()
    assert stored(demo_path, "SELECT title FROM agenda_item WHERE id = ?", item_id) == [(original,)]
    assert no_dialogs == []


def test_a_half_typed_time_waits_for_enter_and_a_whole_one_saves_itself(
        agenda_tab, qtbot, demo_path, no_dialogs):
    tab = agenda_tab
    item_id = tab.model.index(3, 0).data(Qt.ItemDataRole.UserRole + 10)
    editor = open_editor(tab, qtbot, 3, COL_SLOT)
    editor.selectAll()
    qtbot.keyClicks(editor, "13.")
    qtbot.wait(1300)
    assert no_dialogs == [] and editing(tab, editor)
    assert stored(demo_path, "SELECT pinned_start FROM agenda_item WHERE id = ?", item_id) == [(None,)]
    qtbot.keyClicks(editor, "35")
    qtbot.waitUntil(lambda: stored(demo_path, "SELECT pinned_start FROM agenda_item WHERE id = ?",
                                   item_id)[0][0] is not None, timeout=3000)
    assert stored(demo_path, "SELECT pinned_start FROM agenda_item WHERE id = ?", item_id)[0][0].startswith("13:35")
    assert editing(tab, editor)


def test_presenters_typed_with_pauses_are_one_step(agenda_tab, qtbot, demo_path, no_dialogs):
    tab = agenda_tab
    item_id = tab.model.index(3, 0).data(Qt.ItemDataRole.UserRole + 10)
    before = stored(demo_path, "SELECT * FROM presenter WHERE item_id = ? ORDER BY position", item_id)
    steps = tab.ctx.undo_stack.count()
    editor = open_editor(tab, qtbot, 3, COL_PRESENTERS)
    editor.selectAll()
    qtbot.keyClicks(editor, "Karen Vig")
    qtbot.waitUntil(lambda: stored(demo_path, "SELECT name FROM presenter WHERE item_id = ?", item_id)
                    == [("Karen Vig",)], timeout=3000)
    qtbot.keyClicks(editor, ", KL")
    qtbot.waitUntil(lambda: stored(demo_path, "SELECT organisation_text, organisation_id IS NOT NULL "
                                   "FROM presenter WHERE item_id = ?", item_id) == [("", 1)], timeout=3000)
    assert editing(tab, editor) and editor.text() == "Karen Vig, KL"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert tab.ctx.undo_stack.count() == steps + 1
    tab.ctx.undo_stack.undo()
    assert stored(demo_path, "SELECT * FROM presenter WHERE item_id = ? ORDER BY position", item_id) == before


def test_a_toolbar_step_while_typing_saves_the_typing_first(agenda_tab, qtbot, demo_path, no_dialogs):
    tab = agenda_tab
    item_id = tab.model.index(3, 0).data(Qt.ItemDataRole.UserRole + 10)
    editor = open_editor(tab, qtbot, 3, COL_TITLE)
    editor.selectAll()
    qtbot.keyClicks(editor, "Skrevet lige før et klik")
    tab.actions_by_name["duplicate"].trigger()  # within the pause, no Enter
    qtbot.waitUntil(lambda: stored(demo_path, "SELECT title FROM agenda_item WHERE id = ?", item_id)
                    == [("Skrevet lige før et klik",)], timeout=3000)


def test_typing_more_than_ten_seconds_later_is_a_step_of_its_own(agenda_tab, qtbot, monkeypatch, no_dialogs):
    from kkrdesk.ui import undo

    clock = [1000.0]
    monkeypatch.setattr(undo.time, "monotonic", lambda: clock[0])
    tab = agenda_tab
    steps = tab.ctx.undo_stack.count()
    editor = open_editor(tab, qtbot, 3, COL_TITLE)
    editor.selectAll()
    qtbot.keyClicks(editor, "Første udkast")
    qtbot.waitUntil(lambda: tab.ctx.undo_stack.count() == steps + 1, timeout=3000)
    clock[0] += 11
    qtbot.keyClicks(editor, " rettet")
    qtbot.waitUntil(lambda: tab.ctx.undo_stack.count() == steps + 2, timeout=3000)
    assert editing(tab, editor)


def test_presenters_typed_in_the_pane_save_themselves_and_stay_as_typed(agenda_tab, qtbot, demo_path, no_dialogs):
    tab = agenda_tab
    tab.view.setCurrentIndex(tab.model.index(3, 0))
    item_id = tab.current_item().id
    field = tab.item_pane.presenters
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "v. Karen Vig, KL")
    qtbot.waitUntil(lambda: stored(demo_path, "SELECT name FROM presenter WHERE item_id = ?", item_id)
                    == [("Karen Vig",)], timeout=3000)
    assert field.text() == "v. Karen Vig, KL" and field.cursorPosition() == len("v. Karen Vig, KL")


def test_agenda_model_updated_in_place_passes_modeltester(qtmodeltester, demo_store, june18):
    from kkrdesk.services.agenda import items as agenda
    from kkrdesk.services.agenda import meetings
    from kkrdesk.ui.agenda.model import AgendaModel

    model = AgendaModel()
    model.set_detail(meetings.get_detail(demo_store, june18))
    qtmodeltester.check(model, force_py=True)
    kept = model.index(3, COL_TITLE)
    from PySide6.QtCore import QPersistentModelIndex
    persistent = QPersistentModelIndex(kept)
    first_id = model.index(3, 0).data(Qt.ItemDataRole.UserRole + 10)
    agenda.update_item(demo_store, first_id, title="Ny titel")
    model.set_detail(meetings.get_detail(demo_store, june18))  # same shape: in place
    qtmodeltester.check(model, force_py=True)
    assert persistent.isValid() and persistent.data() == "Ny titel"
