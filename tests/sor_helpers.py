"""Helpers for driving the SOR-forslag tab's dialogs in tests."""

from __future__ import annotations

import datetime as dt

import pytest

from dialog_driving import drive, ok  # noqa: F401 (shared with other tests)
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.sor.tab import SorTab

TODAY = dt.date(2025, 7, 10)




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
