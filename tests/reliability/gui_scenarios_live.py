"""The chair's live view for gui_driver.py: opened with F5 over the real main window,
driven through the whole meeting of 18 June 2025 with the keys a chair and a
presenter's clicker send (the app's clock set by the scenario), stepped back, undone,
closed with Esc and with its button, and left open while the main window closes."""

from __future__ import annotations

import datetime as dt

from gui_driver import emit, key, show_tab, wait, wait_until

# the moments the eleven items begin, then the end of the meeting
STEPS = [dt.datetime(2025, 6, 18, 12, 0) + dt.timedelta(minutes=15 * n) for n in range(11)]
STEPS.append(dt.datetime(2025, 6, 18, 15, 12))
KEYS = ("Key_Space", "Key_PageDown", "Key_Right")


def open_view(window):
    from PySide6.QtTest import QTest

    window.activateWindow()  # offscreen gives activation back late after a window closes
    QTest.qWaitForWindowActive(window, 2000)
    key(window, "Key_F5")
    wait_until(lambda: window.ctx.live_view is not None and window.ctx.live_view.isVisible(), 5,
               "the live view")
    view = window.ctx.live_view
    screen = view.screen()
    emit("OPENED", {"full_screen": view.isFullScreen(), "screen": screen.name() if screen else "",
                    "geometry": list(view.geometry().getRect()),
                    "screens": len(view.screen().virtualSiblings())})
    return view


def drive(window, _arg: str) -> int:
    from kkrdesk.core.clock import ManualClock

    window.ctx.clock = ManualClock(dt.datetime(2025, 6, 18, 11, 58))
    show_tab(window, "Dagsorden")
    view = open_view(window)
    for n, when in enumerate(STEPS):
        window.ctx.clock.set(when)
        key(view, KEYS[n % 3])
        wait(5)
        emit("STEP", {"title": view.panel.labels["title"].text(),
                      "label": view.panel.labels["label"].text()})
    key(view, "Key_Left")  # the meeting's end taken back: Eventuelt runs again
    key(view, "Key_PageUp")  # and back to punkt 9
    emit("BACK", {"title": view.panel.labels["title"].text()})
    key(view, "Key_Z", "ControlModifier")  # the last step back undone: Eventuelt again
    emit("UNDONE", {"title": view.panel.labels["title"].text(),
                    "undo_text": window.ctx.undo_stack.undoText()})
    key(view, "Key_Right")  # and the meeting ends again at the clock's 15.12
    key(view, "Key_Escape")
    wait(20)
    emit("CLOSED", {"gone": window.ctx.live_view is None})
    again = open_view(window)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(again.buttons["close"], Qt.MouseButton.LeftButton)
    wait(20)
    emit("CLOSED", {"gone": window.ctx.live_view is None})
    open_view(window)  # left open: the session closes the main window with it
    wait(300)  # the timer ticks a few times
    return 0


SCENARIOS = {"live_view_drive": drive}
