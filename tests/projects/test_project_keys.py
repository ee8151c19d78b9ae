"""A new project from the keyboard alone (issue 23): Ctrl+N on Projekter, its name,
Enter; the keyboard then stays with the new project, so Tab walks on into its fields.
On the issue's main it was left on the window's tab bar after the dialog."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from keyboard_driving import CTRL, show_window


def test_a_new_project_keeps_the_keyboard_and_tab_reaches_its_description(qtbot, store):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext(store))
    keys = show_window(qtbot, window)
    keys.press(Qt.Key.Key_Tab, CTRL, times=2)  # Dagsorden → SOR-forslag → Projekter
    tab = window.projects_tab
    assert window.tabs.currentWidget() is tab

    def new(dialog):
        keys.type("Fælles borgerlogin")
        keys.press(Qt.Key.Key_Return)
        assert not dialog.isVisible()
    problems = keys.in_dialog(new)
    keys.press(Qt.Key.Key_N, CTRL)
    assert not problems, problems
    assert tab.isAncestorOf(keys.focus()), f"the keyboard left the new project: {keys.focus()}"
    for _ in range(6):  # the list, its buttons, the pages: then the project's name
        keys.press(Qt.Key.Key_Tab)
        if isinstance(keys.focus(), QLineEdit) and keys.focus().text() == "Fælles borgerlogin":
            break
    keys.press(Qt.Key.Key_Tab)  # to Beskrivelse
    keys.type("Ét login til kommunernes selvbetjening.")
    keys.press(Qt.Key.Key_Tab)
    qtbot.wait(50)
    with sqlite3.connect(store.path) as con:
        rows = con.execute("SELECT name, description FROM project").fetchall()
    assert rows == [("Fælles borgerlogin", "Ét login til kommunernes selvbetjening.")]
