"""Runs one GUI scenario in the real window (offscreen), in a process of its own, so a
segmentation fault fails one named test instead of the suite. A scenario drives the
widgets with real key presses and mouse clicks (QTest) and prints what it saw as
``TAG {json}`` lines; the test that started it judges them and the database file.

    python gui_driver.py SCENARIO DB [ARG]

The scenarios live in gui_scenarios_*.py beside this file; ``SCENARIOS`` names them.
"""

from __future__ import annotations

import faulthandler
import importlib
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("gui_scenarios_sor", "gui_scenarios_agenda", "gui_scenarios_projects",
           "gui_scenarios_participants", "gui_scenarios_live", "gui_scenarios_exports", "gui_walk")


def soak() -> int:
    """How many times over a scenario goes (KKRDESK_SOAK, as for the kill tests)."""
    return max(1, int(os.environ.get("KKRDESK_SOAK", "1") or 1))


def emit(tag: str, value) -> None:
    print(f"{tag} {json.dumps(value, ensure_ascii=True)}", flush=True)


def wait(ms: int) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def wait_until(condition, timeout: float = 5.0, what: str = "") -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            emit("TIMEOUT", what)
            return False
        wait(20)
    return True


def start(db: Path):
    """The main window on ``db``, shown at the laptop size, as a user opens it."""
    from PySide6.QtTest import QTest

    from kkrdesk.ui.app import Session, application

    app = application()
    session = Session(app, interactive=False)
    if not session.open(db, create=False):
        emit("NOT OPENED", str(db))
        sys.exit(2)
    window = session.window
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    return session, window


def show_tab(window, name: str):
    """Click the tab's title in the tab bar."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kkrdesk.ui.main_window import TAB_NAMES

    bar = window.tabs.tabBar()
    index = TAB_NAMES.index(name)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    wait(30)
    return window.tabs.widget(index)


def click_row(view, row: int, column: int = 0) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from PySide6.QtWidgets import QAbstractItemView

    index = view.model().index(row, column)
    view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    wait(10)


def key(widget, key_name: str, modifier: str = "") -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    mods = Qt.KeyboardModifier.NoModifier
    for name in filter(None, modifier.split("|")):
        mods |= getattr(Qt.KeyboardModifier, name)
    QTest.keyClick(widget, getattr(Qt.Key, key_name), mods)


def focus(widget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = widget.window()
    if not window.isActiveWindow():  # offscreen gives activation back late after a popup
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 1000)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    if not widget.hasFocus():  # a widget inside a hidden page: click it instead
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    wait(5)


def replace_text(widget, text: str) -> None:
    """Select all and type ``text`` key by key, as a user does."""
    from PySide6.QtTest import QTest

    focus(widget)
    key(widget, "Key_A", "ControlModifier")
    QTest.keyClicks(widget, text)


def paste(widget, text: str, *, replace: bool = True) -> None:
    """Put ``text`` on the clipboard and press Ctrl+V in ``widget`` (text from Word, a
    PDF or an e-mail arrives this way, control characters and all)."""
    from PySide6.QtWidgets import QApplication

    focus(widget)
    if replace:
        key(widget, "Key_A", "ControlModifier")
    QApplication.clipboard().setText(text)
    key(widget, "Key_V", "ControlModifier")


def choose_in_popup(popup, row: int) -> None:
    """Press Down until the popup highlights ``row`` (it may remember an earlier
    highlight, and Down past the last entry goes back to the typed text), then Enter."""
    for _ in range(popup.model().rowCount() + 2):
        if popup.currentIndex().isValid() and popup.currentIndex().row() == row:
            break
        key(popup, "Key_Down")
    key(popup, "Key_Return")


def undo_stack(window):
    return window.ctx.undo_stack


def main(argv: list[str]) -> int:
    faulthandler.enable()
    sys.path[:0] = [str(HERE), str(HERE.parent)]
    scenarios = {}
    for name in MODULES:
        scenarios.update(importlib.import_module(name).SCENARIOS)
    name, db = argv[0], Path(argv[1])
    arg = argv[2] if len(argv) > 2 else ""
    session, window = start(db)
    emit("READY", name)
    code = scenarios[name](window, arg)
    wait(50)
    emit("ALIVE", name)
    session.close()
    return code or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
