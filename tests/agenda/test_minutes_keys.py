"""The minutes during and after a meeting from the keyboard alone (issue 23): on the
demo's 18 June meeting, an item chosen with the arrows in the agenda, the Referat pane
reached through the side tabs (Shift+Tab into their bar, arrows), notes and a standard
decision (a button, Space), Fremmøde (Alle deltog, then one afbud), a new action item on Opfølgning with
who and when, and Ctrl+Z taking back the last step.

On the issue's main Tab in the action dialog's "Hvad" typed a tab into the text, so
Hvem and Hvornår could not be reached from the keyboard."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from keyboard_driving import CTRL, show_window



def _side_tab(keys, tab, name: str) -> None:
    """Into the side tabs' bar, then the arrows to the pane called ``name``."""
    bar = tab.side.tabBar()
    keys.tab_until(lambda w: w is bar, back=True)
    for _ in range(bar.count()):
        if bar.tabText(bar.currentIndex()) == name:
            return
        keys.press(Qt.Key.Key_Right)
    raise AssertionError(f"no side tab {name}")


def _db(store, sql: str, *args):
    with sqlite3.connect(store.path) as con:
        return con.execute(sql, args).fetchall()


def _referat(keys, tab, june18, store) -> None:
    """The third line of the agenda (2.a, Aktuel status for FK-OSS): notes and a decision."""
    keys.tab_until(lambda w: w is tab.view)
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Down, times=2)
    _side_tab(keys, tab, "Referat")
    keys.tab_until(lambda w: w is tab.minutes_pane.notes)
    assert tab.minutes_pane.heading.text() == "2.a. Aktuel status for FK-OSS"
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type("Netværket drøftede status for FK-OSS.")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is tab.minutes_pane.decision
    keys.tab_until(lambda w: getattr(w, "text", str)() == "Godkendt")
    keys.press(Qt.Key.Key_Space)
    assert _db(store, "SELECT notes, decision FROM agenda_item WHERE meeting_id = ? AND title = ?",
               june18, "Aktuel status for FK-OSS") == [("Netværket drøftede status for FK-OSS.", "Godkendt")]


def _attendance(keys, tab) -> str:
    """Alle deltog, then Afbud for the second name on the list; returns that name."""
    _side_tab(keys, tab, "Fremmøde")
    pane = tab.attendance_pane
    keys.tab_until(lambda w: w is pane.all_button)
    keys.press(Qt.Key.Key_Space)
    keys.tab_until(lambda w: w is pane.view, back=True)
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Down)  # the arrow selects the row it moves to
    person = pane.view.currentIndex().siblingAtColumn(0).data()
    keys.tab_until(lambda w: getattr(w, "text", str)() == "Afbud")
    keys.press(Qt.Key.Key_Space)
    return person


def _action(keys, tab) -> None:
    _side_tab(keys, tab, "Opfølgning")
    keys.tab_until(lambda w: tab.followup_pane.isAncestorOf(w) and getattr(w, "text", str)() == "Nyt …")

    def steps(dialog):
        keys.type("Send statusnotatet til styregruppen")
        keys.press(Qt.Key.Key_Tab)
        keys.type("Mette Nielsen")
        keys.press(Qt.Key.Key_Tab)
        keys.type("01-09-2025")
        keys.press(Qt.Key.Key_Return)
        assert not dialog.isVisible(), f"the dialog is still open, the keyboard in {keys.focus()}"
    problems = keys.in_dialog(steps)
    keys.press(Qt.Key.Key_Space)
    assert not problems, problems


def test_minutes_attendance_and_an_action_from_the_keyboard(qtbot, demo_store, june18):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    ctx = AppContext(demo_store)
    window = MainWindow(ctx)
    ctx.select_meeting(june18)
    keys = show_window(qtbot, window)
    tab = window.agenda_tab
    _referat(keys, tab, june18, demo_store)
    person = _attendance(keys, tab)
    status_sql = ("SELECT p.name, a.status FROM attendance a JOIN person p ON p.id = a.person_id"
                  " WHERE a.meeting_id = ? AND a.status != 'present'")
    assert _db(demo_store, status_sql, june18) == [(person, "apologies")]
    assert not _db(demo_store, "SELECT 1 FROM attendance WHERE meeting_id = ? AND status IS NULL", june18)
    actions_sql = "SELECT what, who_text, due FROM action_item WHERE meeting_id = ? AND what LIKE 'Send%'"
    _action(keys, tab)
    assert _db(demo_store, actions_sql, june18) == [
        ("Send statusnotatet til styregruppen", "Mette Nielsen", "2025-09-01")]
    keys.press(Qt.Key.Key_Z, CTRL)  # takes back the action, and only that
    qtbot.wait(50)
    assert _db(demo_store, actions_sql, june18) == []
    assert _db(demo_store, status_sql, june18) == [(person, "apologies")]
    ctx.undo_stack.clear()
