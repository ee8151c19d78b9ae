"""Helpers for driving the SOR-forslag tab's dialogs in tests."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kkrdesk.ui.context import AppContext
from kkrdesk.ui.sor.tab import SorTab

TODAY = dt.date(2025, 7, 10)


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


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def sor_tab(qtbot, demo_store):
    ctx = AppContext(demo_store)
    widget = SorTab(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    yield widget
    ctx.undo_stack.clear()
