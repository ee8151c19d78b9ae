"""Driving a modal dialog from a test: the steps run on the dialog once it is shown, the
test goes on when it closes, and a dialog is never left blocking."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def drive(fill, problems: list):
    """Run ``fill(dialog)`` on the next modal dialog; never leave it blocking."""
    def go():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, go)
            return
        try:
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test afterwards
            problems.append(exc)
        if dialog.isVisible():
            dialog.reject()
    QTimer.singleShot(0, go)


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
