"""Driving the real window with keys alone (issue 23: "the main tasks can be done from the
keyboard alone"): every step is a key pressed into whatever has the focus at that moment."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def show_window(qtbot, window):
    """``window`` on screen, laptop-sized and active, as a user finds it after the start."""
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.refresh()
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    return Keyboard(qtbot, window)


class Keyboard:
    """Keys go to whatever has the focus, as on a real keyboard."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window = qtbot, window

    def focus(self):
        popup = QApplication.activePopupWidget()  # a completion list or an open list box
        top = QApplication.activeModalWidget() or self.window
        if popup is None and QApplication.activeWindow() is not top:
            # the offscreen platform does not give the window (or dialog) back after a
            # dialog or a completion list has closed; a desktop does
            top.activateWindow()
            QTest.qWaitForWindowActive(top)
        widget = popup or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget


    def tab_until(self, wanted, back: bool = False, limit: int = 40):
        """Tab (or Shift+Tab) on until ``wanted(focus)``, as a user does; fails if it never comes."""
        seen = []
        for _ in range(limit):
            if wanted(self.focus()):
                return self.focus()
            seen.append(f"{type(self.focus()).__name__}:{self.focus().accessibleName()}")
            self.press(Qt.Key.Key_Tab, SHIFT if back else Qt.KeyboardModifier.NoModifier)
        raise AssertionError(f"Tab never reached it; it went {seen}")

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifier)
            QApplication.processEvents()

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)

    def in_dialog(self, steps) -> list:
        """Run ``steps`` on the next modal dialog (opened by the next key); never leave it
        blocking. Returns the problems met, for the test to assert on."""
        problems: list = []

        def go():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, go)
                return
            try:
                QTest.qWaitForWindowActive(dialog)
                for _ in range(100):  # the dialog gives a field the keyboard once it is shown
                    focused = QApplication.focusWidget()
                    if focused is not None and dialog.isAncestorOf(focused):
                        break
                    QTest.qWait(10)
                steps(dialog)
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                problems.append(exc)
            if dialog.isVisible():
                dialog.reject()
        QTimer.singleShot(0, go)
        return problems
