"""The Projekter tab as a user finds it: on the demo, at the laptop size, shown."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2025, 10, 1)  # "today" in these tests, between the demo's two meetings


@pytest.fixture
def open_projects_tab(qtbot):
    """``open_projects_tab(store, today)``: the tab on ``store``, shown at 1366x768 and
    read; its undo history is cleared afterwards."""
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.projects.tab import ProjectsTab

    opened = []

    def open_tab(store, today: dt.date = TODAY):
        ctx = AppContext(store)
        widget = ProjectsTab(ctx, today=today)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        widget.refresh()
        opened.append(ctx)
        return widget

    yield open_tab
    for ctx in opened:
        ctx.undo_stack.clear()
