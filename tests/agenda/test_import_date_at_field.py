"""Filer > Importér dagsorden …: a date the import refuses is explained at the date field,
where the user is looking and typing, not at the top of the dialog 500 pixels away
(issue 22, item 10). Nothing is imported until the date is fixed; the fixed date imports."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from agenda_import_helpers import NUMBERED
from kkrdesk.services.agenda import meetings
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow


def _dialog(qtbot, store):
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.refresh()
    window.resize(1366, 768)
    window.show()
    window.import_agenda_action.trigger()
    dialog = window.agenda_import_dialog
    qtbot.waitExposed(dialog)
    QApplication.clipboard().setText(NUMBERED)
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.rowCount() == 7
    return dialog


def _type_date_and_import(qtbot, dialog, text: str) -> None:
    qtbot.mouseClick(dialog.date, Qt.MouseButton.LeftButton)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, text)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def said(dialog, words: str) -> list[QLabel]:
    return [w for w in dialog.findChildren(QLabel) if w.isVisible() and words in w.text()]


def distance_to_date_field(dialog, label: QLabel) -> int:
    """Pixels between the message and the date field, vertically (0: side by side)."""
    def span(w) -> tuple[int, int]:
        return w.mapTo(dialog, QPoint(0, 0)).y(), w.mapTo(dialog, QPoint(0, w.height())).y()
    (top, bottom), (l_top, l_bottom) = span(dialog.date), span(label)
    return max(0, l_top - bottom, top - l_bottom)


def test_an_impossible_date_is_explained_under_the_date_field(qtbot, store):
    dialog = _dialog(qtbot, store)
    _type_date_and_import(qtbot, dialog, "31-02-2025")
    assert dialog.isVisible() and meetings.list_meetings(store) == []
    messages = said(dialog, "er ikke en dato (skriv fx")
    assert messages, [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    assert all(distance_to_date_field(dialog, m) <= dialog.date.height() for m in messages)
    assert dialog.focusWidget() is dialog.date  # the cursor is where the fix is typed
    qtbot.keyClick(dialog.date, Qt.Key.Key_Backspace)  # the user starts fixing it
    assert said(dialog, "er ikke en dato (skriv fx") == []


def test_a_date_with_a_meeting_already_is_explained_there_too(qtbot, demo_store):
    dialog = _dialog(qtbot, demo_store)
    before = len(meetings.list_meetings(demo_store))
    _type_date_and_import(qtbot, dialog, "18-06-2025")  # the demo's meeting day
    messages = said(dialog, "Der er allerede et møde den 18-06-2025")
    assert messages
    assert all(distance_to_date_field(dialog, m) <= dialog.date.height() for m in messages)
    assert len(meetings.list_meetings(demo_store)) == before
    _type_date_and_import(qtbot, dialog, "10-12-2025")
    assert not dialog.isVisible()
    assert meetings.find_by_date(demo_store, dt.date(2025, 12, 10)) is not None
