"""Driving Filer > Indstillinger as a user does: Ctrl+, opens it, a click on a page's
tab, typing over a field's text, arrow keys in a choice, a click on OK or Annuller."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from dialog_driving import drive


def open_and(qtbot, window, steps) -> list:
    """Ctrl+, in the window; ``steps(dialog)`` run on the dialog; problems returned."""
    problems: list = []
    drive(steps, problems)
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    return problems


def page(dialog, index: int) -> None:
    bar = dialog.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def type_over(field, text: str) -> None:
    """Select what the field holds (Ctrl+A) and type ``text`` over it."""
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        QTest.keyClicks(field, text)
    else:
        QTest.keyClick(field, Qt.Key.Key_Delete)


def choose(combo, steps_down: int) -> None:
    """Move the choice ``steps_down`` entries down with the arrow key."""
    combo.setFocus()
    for _ in range(steps_down):
        QTest.keyClick(combo, Qt.Key.Key_Down)


def button(dialog, which) -> None:
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def ok(dialog) -> None:
    button(dialog, QDialogButtonBox.StandardButton.Ok)


def cancel(dialog) -> None:
    button(dialog, QDialogButtonBox.StandardButton.Cancel)


def errors(dialog) -> dict[str, str]:
    """The red line under each field that has one: {the field's accessible name: text}."""
    from kkrdesk.ui.settings_fields import FieldRow

    return {row.editor.accessibleName(): row.error.text()
            for row in dialog.findChildren(FieldRow) if not row.error.isHidden()}
