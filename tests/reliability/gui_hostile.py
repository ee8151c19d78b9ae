"""What the hostile GUI scenarios share (gui_scenarios_*.py): pasting the hostile texts
(tests/hostile.py) and typing after them key by key, closing any message box a refused
value brings up (and reporting it), database dumps through a connection of the
scenario's own, and undoing and redoing everything from the keyboard.

A scenario reports ``EXPECT`` records: where a value went (SQL), what was entered and
how the test should judge it (``text``: kept as typed by a one-line or multi-line
field; ``lines``: one row per line; ``value``: exactly this; ``unchanged``: as in the
demo database); the test computes the expected value itself."""

from __future__ import annotations

import sqlite3

from gui_driver import emit, focus, key, wait
from hostile import GUI_TAIL, qt_entered

ID_FREE = {"sub_point"}  # rows replaced on every save: compared without their ids


class Dialogs:
    """Closes every message box as soon as it shows (a refused value in a tree editor
    warns in one) and reports its text."""

    def __init__(self, owner):
        from PySide6.QtCore import QTimer

        self.texts: list[str] = []
        self.timer = QTimer(owner)
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.texts.append(box.text())
            emit("DIALOG", box.text())
            box.reject()


def type_keys(widget, text: str) -> None:
    """Key by key: ASCII through its key, anything else as the text of a key event (how
    an input method or a Danish keyboard delivers æ, a no-break space or an emoji)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClick(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)


def enter(widget, pasted: str, *, multiline: bool, tail: str = GUI_TAIL) -> str:
    """Select all, paste ``pasted`` (Ctrl+V), type ``tail``; returns what the field
    then holds by the rules of tests/hostile.py (not read from the widget)."""
    from PySide6.QtWidgets import QApplication

    focus(widget)
    key(widget, "Key_A", "ControlModifier")
    QApplication.clipboard().setText(pasted)
    key(widget, "Key_V", "ControlModifier")
    type_keys(widget, tail)
    return qt_entered(pasted, multiline=multiline) + tail


def expect(how: str, sql: str, args: list, entered=None, **more) -> None:
    emit("EXPECT", {"how": how, "sql": sql, "args": args, "entered": entered, **more})


def rows(db) -> dict[str, list]:
    """Every table's rows, sorted; sqlite_sequence left out (it only grows), and so is
    each row's version (it counts writes, and an undo is a write: a version that went
    back would let a write based on an older read pass as current). The search
    index is compared by what it holds (record and texts, read through the FTS5 table),
    not by the pages of its own tables, whose layout depends on the order of writes."""
    from kkrdesk.core.schema import SEARCH_INDEX, is_derived_table

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_sequence'")
            if r[0] == SEARCH_INDEX or not is_derived_table(r[0])]
        out = {}
        for table in tables:
            columns = [c[1] for c in con.execute(f'PRAGMA table_info("{table}")')]
            keep = [c for c in columns
                    if not (table in ID_FREE and c == "id") and c != "version"]
            names = ", ".join(f'"{c}"' for c in keep)
            out[table] = sorted(con.execute(f'SELECT {names} FROM "{table}"').fetchall(), key=repr)
        return out


def dump(db) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return list(con.iterdump())


def differences(before, after) -> list[str]:
    if isinstance(before, dict):
        return [f"{t}: {len(before[t])} -> {len(after.get(t, []))} rows" if len(before[t]) != len(after.get(t, []))
                else f"{t}: {next(repr(a)[:200] for a, b in zip(after[t], before[t]) if a != b)}"
                for t in before if before[t] != after.get(t)]
    gone, new = set(before) - set(after), set(after) - set(before)
    return [f"- {line[:200]}" for line in sorted(gone)][:5] + [f"+ {line[:200]}" for line in sorted(new)][:5]


def undo_redo(window, view, db, steps: int, before: dict, after: dict) -> None:
    """Ctrl+Z ``steps`` times with the focus on ``view`` (Rediger > Fortryd): the database
    is as before the typing; Ctrl+Shift+Z as often: as after it."""
    for _ in range(steps):
        focus(view)
        key(view, "Key_Z", "ControlModifier")
    wait(50)
    emit("UNDONE", {"steps": steps, "left": window.ctx.undo_stack.index(),
                    "diff": differences(before, rows(db))})
    for _ in range(steps):
        focus(view)
        key(view, "Key_Z", "ControlModifier|ShiftModifier")
    wait(50)
    emit("REDONE", {"diff": differences(after, rows(db))})


def in_dialog(fill, open_it) -> None:
    """Run ``fill(dialog)`` once the modal dialog that ``open_it()`` opens is shown; a
    dialog ``fill`` leaves open is reported and cancelled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    def go():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, go)
            return
        fill(dialog)
        if dialog.isVisible():
            emit("DIALOG LEFT OPEN", dialog.windowTitle())
            dialog.reject()
    QTimer.singleShot(0, go)
    open_it()


def press_ok(dialog) -> None:
    """Click the dialog's OK (Gem) button."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
