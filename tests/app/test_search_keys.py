"""Ctrl+F, a word, Enter: the record opens in its tab and the keyboard goes with it, so
the next key works on the record (issue 23: the main tasks from the keyboard alone)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from keyboard_driving import CTRL, show_window


def test_ctrl_f_a_word_and_enter_opens_a_proposal_with_the_keyboard_on_it(qtbot, store):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    with sqlite3.connect(store.path) as con:  # two proposals typed earlier
        con.executemany("INSERT INTO sor_proposal (title, kind, concept_code, current_name, "
                        "proposed_name, definition, status, notes) VALUES "
                        "(?, 'rename', '', '', '', ?, 'draft', '')",
                        [("Botilbud for unge", "Midlertidigt ophold."),
                         ("Lettilgængelige tilbud", "Tilbud uden visitation, for ældre borgere.")])
    window = MainWindow(AppContext(store))
    keys = show_window(qtbot, window)
    keys.press(Qt.Key.Key_F, CTRL)
    assert keys.focus() is window.search_field
    keys.type("ÆLDRE")  # in the second proposal's definition
    qtbot.waitUntil(lambda: window.search.panel.isVisible() and not window.search.timer.isActive())
    keys.press(Qt.Key.Key_Return)
    tab = window.sor_tab
    assert window.tabs.currentWidget() is tab
    assert tab.title_label.text() == "Lettilgængelige tilbud"
    # the keyboard went with it: F2 opens the proposal's title for editing
    assert keys.focus() is tab.list_view, "the keyboard stayed in the search field"
    keys.press(Qt.Key.Key_F2)
    assert keys.focus() is tab.form.title
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type("Lettilgængelige tilbud for ældre")
    keys.press(Qt.Key.Key_Tab)
    qtbot.wait(50)
    with sqlite3.connect(store.path) as con:
        titles = [t for (t,) in con.execute("SELECT title FROM sor_proposal ORDER BY id")]
    assert titles == ["Botilbud for unge", "Lettilgængelige tilbud for ældre"]
