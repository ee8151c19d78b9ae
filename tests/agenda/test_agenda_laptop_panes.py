"""At the laptop size (1366×768, the window as big as the screen) the Opfølgning and
Fremmøde panes show long text in full, on more lines, instead of ending it in "…"
(the tooltip was the only way to read it). The check is the user's: the text, laid out
at the column's width, fits inside its cell."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from kkrdesk.services.agenda import meetings
from kkrdesk.ui.agenda.tab import AgendaTab

PAD = 10  # the delegate's margins around the text, both sides together


@pytest.fixture
def window(laptop_window):
    laptop_window.show()
    QApplication.processEvents()
    return laptop_window, laptop_window.ctx


def _wrapped_height(text: str, font, width: int) -> float:
    """Qt's own line breaking: at spaces, and inside a word wider than the column."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        assert line.naturalTextWidth() <= width + 0.5
        height += line.height()
    layout.endLayout()
    return height


def _cut_cells(view, column: int) -> list[str]:
    """The texts of ``column`` that do not fit inside their cell as shown."""
    fm = view.fontMetrics()
    width = view.columnWidth(column) - PAD
    cut = []
    model = view.model()
    for row in range(model.rowCount()):
        text = model.index(row, column).data()
        if not view.wordWrap():  # one line, ended in "…" when too long
            if fm.horizontalAdvance(text) > width:
                cut.append(text)
            continue
        if _wrapped_height(text, view.font(), width) > view.rowHeight(row):
            cut.append(text)
    return cut


def _column(view, title: str) -> int:
    model = view.model()
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == title)


def _show(win, ctx, store, day: dt.date, pane_name: str):
    tab = win.findChild(AgendaTab)
    ctx.select_meeting(meetings.find_by_date(store, day).id)
    pane = getattr(tab, pane_name)
    tab.side.setCurrentWidget(pane)
    QApplication.processEvents()
    return pane


def test_followup_shows_every_action_text_in_full(window, demo_store):
    win, ctx = window
    pane = _show(win, ctx, demo_store, dt.date(2025, 6, 18), "followup_pane")
    view = pane.action_view
    assert view.model().rowCount() == 3
    assert _cut_cells(view, _column(view, "Hvad")) == []
    assert _cut_cells(view, _column(view, "Hvem")) == []
    # the earlier meeting's open actions, seen from the next meeting
    pane = _show(win, ctx, demo_store, dt.date(2025, 11, 5), "followup_pane")
    view = pane.earlier_view
    assert view.model().rowCount() >= 1
    assert _cut_cells(view, _column(view, "Hvad")) == []
    # the text column takes the room the short columns leave
    assert view.columnWidth(_column(view, "Hvad")) >= 2 * view.columnWidth(_column(view, "Status"))


def test_attendance_shows_every_organisation_in_full(window, demo_store):
    win, ctx = window
    pane = _show(win, ctx, demo_store, dt.date(2025, 6, 18), "attendance_pane")
    view = pane.view
    orgs = {view.model().index(r, _column(view, "Organisation")).data()
            for r in range(view.model().rowCount())}
    assert {"Aalborg Kommune", "Roskilde Kommune", "Ringsted Kommune"} <= orgs
    for title in ("Navn", "Fremmøde", "Organisation", "Rolle"):
        assert _cut_cells(view, _column(view, title)) == [], title
    # every column in sight, none pushed off to the right
    last = view.model().columnCount() - 1
    assert view.columnViewportPosition(last) + view.columnWidth(last) <= view.viewport().width()
