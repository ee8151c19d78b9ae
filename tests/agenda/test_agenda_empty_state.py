"""An empty agenda says what to do next (issue 22, item 9): in the tree where the items
would be, a sentence and the two ways to fill it, import and »Nyt punkt«; the hint goes
with the first item and comes back when the last one is undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from agenda_import_helpers import NUMBERED
from conftest import empty_next_meeting
from kkrdesk.services.agenda import meetings
from kkrdesk.ui.agenda.tab import AgendaTab
from kkrdesk.ui.context import AppContext


def _tab(qtbot, store) -> AgendaTab:
    tab = AgendaTab(AppContext(store))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def shown_in_tree(tab) -> tuple[list[str], dict[str, QPushButton]]:
    """The sentences and buttons the user sees inside the agenda tree."""
    port = tab.view.viewport()
    texts = [w.text() for w in port.findChildren(QLabel) if w.isVisible() and w.text()]
    buttons = {b.text(): b for b in port.findChildren(QPushButton) if b.isVisible()}
    return texts, buttons


def test_an_empty_meeting_says_import_or_add_an_item(qtbot, demo_store):
    tab = _tab(qtbot, demo_store)
    tab.ctx.select_meeting(empty_next_meeting(demo_store))  # 5 November, no items yet
    qtbot.waitUntil(lambda: tab.detail is not None)
    texts, buttons = shown_in_tree(tab)
    assert tab.model.rowCount() == 0
    assert any("Importér en dagsorden" in t and "tilføj et punkt" in t for t in texts), texts
    assert set(buttons) == {"Importér dagsorden …", "Nyt punkt"}
    qtbot.mouseClick(buttons["Nyt punkt"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert shown_in_tree(tab) == ([], {})  # the item is there: no hint over it
    tab.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    texts, buttons = shown_in_tree(tab)
    assert any("tilføj et punkt" in t for t in texts)


def test_the_hint_imports_into_the_empty_meeting(qtbot, demo_store):
    """Importér dagsorden … from the empty 5 November fills that meeting: the dialog offers
    it as the agenda's place, and one click on Importér puts the items there."""
    tab = _tab(qtbot, demo_store)
    nov = empty_next_meeting(demo_store)
    tab.ctx.select_meeting(nov)
    qtbot.waitUntil(lambda: tab.detail is not None)
    _texts, buttons = shown_in_tree(tab)
    qtbot.mouseClick(buttons["Importér dagsorden …"], Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Importér dagsorden"
    assert dialog.append_radio.isChecked() and "05-11-2025" in dialog.append_radio.text()
    QApplication.clipboard().setText(NUMBERED)
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(meetings.get_detail(demo_store, nov).items) == 7
    qtbot.waitUntil(lambda: tab.model.rowCount() == 7)
    assert shown_in_tree(tab) == ([], {})


def test_without_a_meeting_the_hint_says_how_to_make_one(qtbot, store):
    tab = _tab(qtbot, store)  # a new database: no meetings at all
    texts, buttons = shown_in_tree(tab)
    assert any("Nyt møde" in t and "importér en dagsorden" in t for t in texts), texts
    assert set(buttons) == {"Importér dagsorden …"}  # no item can be added without a meeting


def test_an_agenda_dated_another_day_still_becomes_a_new_meeting(qtbot, demo_store):
    tab = _tab(qtbot, demo_store)
    tab.ctx.select_meeting(empty_next_meeting(demo_store))
    qtbot.waitUntil(lambda: tab.detail is not None)
    qtbot.mouseClick(shown_in_tree(tab)[1]["Importér dagsorden …"], Qt.MouseButton.LeftButton)
    dialog = tab.import_dialog
    QApplication.clipboard().setText("Dagsorden til mødet 10. december 2025\n1. Velkomst\n2. Status\n"
                                     "3. Eventuelt")
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.new_radio.isChecked() and dialog.date.text() == "10-12-2025"
    dialog.reject()
