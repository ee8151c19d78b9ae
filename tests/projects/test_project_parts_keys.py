"""A milestone and a seat in a project group from the keyboard alone (issue 23), on the
demo's projects: the project found by typing its first letters in the list, the page bar
reached with Shift+Tab and the arrows, each dialog opened with Space on its button and
filled in with keys (a completion taken with Down and Enter, as in any Qt list)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from keyboard_driving import CTRL, show_window

PROJECT = "Identitetssløring i kommunerne"
SEATS_SQL = ("SELECT p.name, m.role FROM membership m JOIN person p ON p.id = m.person_id"
             " JOIN \"group\" g ON g.id = m.group_id WHERE g.name = 'Styregruppe'"
             " AND p.name = 'Niels Vingborg'")



def _db(store, sql: str, *args):
    with sqlite3.connect(store.path) as con:
        return con.execute(sql, args).fetchall()


def _milestone(keys, tab) -> None:
    keys.tab_until(lambda w: w is tab.view)
    keys.type("Identitets")  # the list finds the project by its first letters
    assert tab.project.name == PROJECT
    keys.tab_until(lambda w: w is tab.part_panes["milestone"].add_button)

    def steps(dialog):
        keys.type("Kontrakt underskrevet")
        keys.press(Qt.Key.Key_Tab)
        keys.type("september 2025")
        keys.press(Qt.Key.Key_Return)
        assert not dialog.isVisible()
    problems = keys.in_dialog(steps)
    keys.press(Qt.Key.Key_Space)
    assert not problems, problems


def _seat(keys, tab) -> None:
    bar = tab.pages.tabBar()
    keys.tab_until(lambda w: w is bar, back=True)
    keys.press(Qt.Key.Key_Right, times=2)
    assert bar.tabText(bar.currentIndex()) == "Organisation"
    keys.tab_until(lambda w: w is tab.org.tree)
    keys.press(Qt.Key.Key_Home)
    assert tab.org.tree.currentItem().text(0) == "Styregruppe"
    keys.tab_until(lambda w: w is tab.org.buttons["seat"], back=True)

    def steps(dialog):
        keys.type("Niels Vin")
        keys.press(Qt.Key.Key_Down)  # the completion list's first line
        keys.press(Qt.Key.Key_Return)  # taken
        keys.press(Qt.Key.Key_Return)  # saved, as Medlem
        assert not dialog.isVisible()
    problems = keys.in_dialog(steps)
    keys.press(Qt.Key.Key_Space)
    assert not problems, problems


def test_a_milestone_and_a_seat_from_the_keyboard(qtbot, demo_store):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    ctx = AppContext(demo_store)
    window = MainWindow(ctx)
    keys = show_window(qtbot, window)
    keys.press(Qt.Key.Key_Tab, CTRL, times=2)  # Dagsorden → SOR-forslag → Projekter
    tab = window.projects_tab
    assert window.tabs.currentWidget() is tab
    milestones_sql = ("SELECT p.name, m.title, m.planned_on FROM milestone m JOIN project p"
                      " ON p.id = m.project_id WHERE m.title = 'Kontrakt underskrevet'")
    _milestone(keys, tab)
    assert _db(demo_store, milestones_sql) == [(PROJECT, "Kontrakt underskrevet", "2025-09-01")]
    assert _db(demo_store, SEATS_SQL) == []
    _seat(keys, tab)
    assert _db(demo_store, SEATS_SQL) == [("Niels Vingborg", "member")]
    keys.press(Qt.Key.Key_Z, CTRL)  # takes back the seat, and only that
    qtbot.wait(50)
    assert _db(demo_store, SEATS_SQL) == []
    assert _db(demo_store, milestones_sql) == [(PROJECT, "Kontrakt underskrevet", "2025-09-01")]
    ctx.undo_stack.clear()
