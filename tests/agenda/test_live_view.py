"""Mødeleders visning driven as the chair drives it: F5 in the main window, then the
keyboard (Space, PageDown, →, ←, Esc) with the app's clock set by the test (no sleeping).
Every figure on the screen is worked out by hand from the demo's agenda of 18 June 2025:

    1 Velkomst 12.00–12.10 · 2 Meddelelser 12.10–12.45 · 3 Orientering vedr.
    rusmiddelområdet 12.45–13.00 · … · 10 Eventuelt 14.50–15.00
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kkrdesk.core.clock import ManualClock
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow

RUSMIDDEL = "Orientering vedr. rusmiddelområdet"


def at(hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, 18, hh, mm, ss)


@pytest.fixture
def window(qtbot, demo_store):
    ctx = AppContext(demo_store)
    ctx.clock = ManualClock(at(11, 58))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.refresh()
    win.show()
    qtbot.waitExposed(win)
    return win


def open_live(qtbot, win):
    win.activateWindow()
    qtbot.keyClick(win, Qt.Key.Key_F5)
    view = win.ctx.live_view
    assert view is not None and view.isVisible()
    qtbot.waitExposed(view)
    return view


def screen(view) -> dict[str, str]:
    return {name: label.text() for name, label in view.panel.labels.items() if label.isVisible()}


def tone(view, name: str) -> str:
    return view.panel.labels[name].property("tone")


def press(qtbot, view, key, when: dt.datetime | None = None) -> None:
    if when is not None:
        view.ctx.clock.set(when)
    qtbot.keyClick(view, key)


def later(view, when: dt.datetime) -> None:
    """Time passes: the clock moves and the view's timer ticks (as it does four times a second)."""
    view.ctx.clock.set(when)
    view.tick()


def kept(win) -> list[tuple[str, str | None, str | None]]:
    """(title, start, end) of the first four top-level items, read from the file itself."""
    with sqlite3.connect(f"file:{win.ctx.store.path}?mode=ro", uri=True) as con:
        found = con.execute(
            "SELECT i.title, i.actual_start, i.actual_end FROM agenda_item i JOIN meeting m "
            "ON m.id = i.meeting_id WHERE m.date = '2025-06-18' AND i.parent_id IS NULL "
            "ORDER BY i.position LIMIT 4").fetchall()
    return [(t, s and s[11:16], e and e[11:16]) for t, s, e in found]


def dump(win) -> list[str]:
    with sqlite3.connect(f"file:{win.ctx.store.path}?mode=ro", uri=True) as con:
        return list(con.iterdump())


def test_before_the_start_the_first_item_waits_with_its_slot(qtbot, window):
    before = dump(window)
    view = open_live(qtbot, window)
    shown = screen(view)
    assert shown["label"] == "Punkt 1 · Velkomst" and shown["title"] == "Velkomst"
    assert shown["presenters"] == "v. Poul Erik Kristensen, KL"
    assert shown["countdown"] == "10:00" and tone(view, "countdown") == "idle"
    assert shown["behind"] == "Mødet begynder kl. 12.00"
    assert shown["next"] == "Næste: 2. Meddelelser · v. KOMBIT og MedCom · kl. 12.10"
    assert shown["clock"] == "kl. 11.58"
    assert not view.isFullScreen()  # one screen here: a window, not full-screen
    later(view, at(12, 30))
    press(qtbot, view, Qt.Key.Key_Escape)
    assert dump(window) == before and not window.ctx.undo_stack.canUndo()  # a look writes nothing


def test_the_chair_moves_on_and_back_and_the_figures_follow_the_clock(qtbot, window):
    view = open_live(qtbot, window)
    press(qtbot, view, Qt.Key.Key_Space, at(12, 4))  # Velkomst begins four minutes late
    shown = screen(view)
    assert shown["countdown"] == "10:00" and shown["behind"] == "4 min. bagud"  # 12.14 vs 12.10
    assert tone(view, "behind") == "amber"
    later(view, at(12, 12, 30))
    assert screen(view)["countdown"] == "01:30" and tone(view, "countdown") == "amber"
    later(view, at(12, 16))  # two minutes past its slot, six behind the plan
    assert screen(view)["countdown"] == "\u221202:00" and tone(view, "countdown") == "red"
    assert screen(view)["behind"] == "6 min. bagud" and tone(view, "behind") == "red"

    press(qtbot, view, Qt.Key.Key_PageDown)  # the clicker: Meddelelser from 12.16
    shown = screen(view)
    assert (shown["label"], shown["title"]) == ("Punkt 2 · Til orientering", "Meddelelser")
    assert shown["countdown"] == "35:00" and shown["behind"] == "6 min. bagud"  # 12.51 vs 12.45
    assert shown["forecast"] == "Forventet slut kl. 15.06 (planlagt kl. 15.00)"
    assert "2.a Aktuel status for FK-OSS · Sabina Hedefeld Leopold, KOMBIT" in shown["details"]
    assert shown["next"] == f"Næste: 3. {RUSMIDDEL} · v. Poul Erik Kristensen, KL · kl. 12.45"

    press(qtbot, view, Qt.Key.Key_Right, at(12, 40))  # Meddelelser done eleven minutes early
    shown = screen(view)
    assert shown["title"] == RUSMIDDEL and shown["countdown"] == "15:00"
    assert shown["behind"] == "5 min. foran" and tone(view, "behind") == "good"  # 12.55 vs 13.00
    assert kept(window)[:3] == [("Velkomst", "12:04", "12:16"), ("Meddelelser", "12:16", "12:40"),
                                (RUSMIDDEL, "12:40", None)]
    assert window.ctx.undo_stack.undoText() == f"Næste punkt: 3. {RUSMIDDEL}"

    press(qtbot, view, Qt.Key.Key_Left, at(12, 41))  # pressed by mistake: Meddelelser again
    shown = screen(view)
    assert shown["title"] == "Meddelelser" and shown["countdown"] == "10:00"  # 12.51 - 12.41
    assert shown["behind"] == "6 min. bagud"
    assert kept(window)[1:3] == [("Meddelelser", "12:16", None), (RUSMIDDEL, None, None)]
    press(qtbot, view, Qt.Key.Key_PageUp)
    press(qtbot, view, Qt.Key.Key_PageUp)  # back to before the start
    assert screen(view)["behind"] == "41 min. bagud"  # 12.41 against the planned 12.00
    assert all(row[1:] == (None, None) for row in kept(window))

    press(qtbot, view, Qt.Key.Key_Escape)
    assert not view.isVisible() and window.ctx.live_view is None


def test_every_step_is_undone_from_the_main_window_and_redone_with_the_same_times(qtbot, window):
    view = open_live(qtbot, window)
    press(qtbot, view, Qt.Key.Key_Space, at(12, 2))
    press(qtbot, view, Qt.Key.Key_Space, at(12, 13))
    after = kept(window)
    press(qtbot, view, Qt.Key.Key_Escape)
    stack = window.ctx.undo_stack
    assert stack.undoText() == "Næste punkt: 2. Meddelelser"
    window.ctx.clock.set(at(13, 0))  # a redo later keeps the times the steps had
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert kept(window)[:2] == [("Velkomst", "12:02", None), ("Meddelelser", None, None)]
    assert stack.undoText() == "Begynd mødet: 1. Velkomst"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(row[1:] == (None, None) for row in kept(window))
    stack.redo()
    stack.redo()
    assert kept(window) == after


def test_a_held_key_is_one_step_and_the_referat_pane_shows_the_actual_time(qtbot, window):
    view = open_live(qtbot, window)
    press(qtbot, view, Qt.Key.Key_Space, at(12, 5))
    view.ctx.clock.set(at(12, 32))
    for repeat in (False, True, True):  # the key pressed, then held down
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space,
                                               Qt.KeyboardModifier.NoModifier, " ", repeat))
    assert kept(window)[:3] == [("Velkomst", "12:05", "12:32"), ("Meddelelser", "12:32", None),
                                (RUSMIDDEL, None, None)]
    tab = window.agenda_tab
    bar = tab.side.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())  # Referat
    pane = tab.minutes_pane
    for row, text in ((0, "Faktisk tid 12.05\u201312.32"), (1, "Faktisk tid fra 12.32"), (2, None)):
        tab.view.scrollTo(tab.model.index(row, 0))
        rect = tab.view.visualRect(tab.model.index(row, 0))
        qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert pane.item.id == tab.detail.items[row].id
        assert (pane.actual_label.text() if pane.actual_label.isVisible() else None) == text


def test_f5_again_brings_the_same_view_forward_and_the_button_opens_it_too(qtbot, window):
    view = open_live(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.ctx.live_view is view
    press(qtbot, view, Qt.Key.Key_Escape)
    assert window.ctx.live_view is None
    qtbot.mouseClick(window.agenda_tab.meeting_buttons["live"], Qt.MouseButton.LeftButton)
    assert window.ctx.live_view is not None and window.ctx.live_view is not view
    assert [a.text() for a in window.view_menu.actions()] == ["&Mødeleders visning", "Ændrings&log …"]
    assert window.live_action.shortcut().toString() == "F5"


def test_the_tab_header_says_when_the_meeting_ended(qtbot, window):
    view = open_live(qtbot, window)
    for n in range(11):  # every item on the quarter hour from 12.00, the end at 15.12
        press(qtbot, view, Qt.Key.Key_Space, at(12, 0) + dt.timedelta(minutes=15 * n))
    assert "sluttede" not in window.agenda_tab.summary.text()
    press(qtbot, view, Qt.Key.Key_Space, at(15, 12))
    assert screen(view)["title"] == "Mødet sluttede kl. 15.12"
    assert window.agenda_tab.summary.text().endswith(" · mødet sluttede kl. 15.12")
    press(qtbot, view, Qt.Key.Key_Space, at(15, 20))  # nothing more to move on to
    assert window.ctx.undo_stack.undoText() == "Afslut mødet kl. 15.12"


def test_a_meeting_deleted_or_without_items_is_said_so(qtbot, window):
    from kkrdesk.services.agenda import lifecycle, meetings

    view = open_live(qtbot, window)
    empty = meetings.create_meeting(window.ctx.store, date=dt.date(2026, 1, 7))
    view.show_meeting(empty)
    assert screen(view)["title"] == "Mødet har ingen punkter på dagsordenen."
    press(qtbot, view, Qt.Key.Key_Space, at(12, 0))
    press(qtbot, view, Qt.Key.Key_Left)
    assert not view.buttons["next"].isEnabled() and not view.buttons["back"].isEnabled()
    lifecycle.delete_meeting(window.ctx.store, empty)
    assert screen(view)["title"] == "Mødet findes ikke længere."
