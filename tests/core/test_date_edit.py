"""One date field everywhere: Danish typed forms and the calendar, through the real
widgets (keys typed into the field, clicks on the calendar)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox

from kkrdesk.ui.agenda.action_dialog import ActionDialog
from kkrdesk.ui.agenda.meeting_dialog import MeetingDialog
from kkrdesk.ui.date_edit import DateEdit

JUNE18 = dt.date(2025, 6, 18)


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize("typed", ["18-06-2025", "18.6.2025", "18/6-25", "2025-06-18", "18-6-25"])
def test_meeting_date_typed_the_danish_way(qtbot, typed):
    d = MeetingDialog([], default_date=dt.date(2025, 11, 5))
    qtbot.addWidget(d)
    d.show()
    type_into(qtbot, d.date, typed)
    assert d.date.styleSheet() == ""  # readable: not marked red
    assert d.date.toolTip() == "onsdag d. 18. juni 2025"
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert d.result_values["date"] == JUNE18


def test_a_date_that_cannot_be_read_is_marked_and_keeps_the_dialog_open(qtbot):
    d = MeetingDialog([])
    qtbot.addWidget(d)
    d.show()
    type_into(qtbot, d.date, "31-02-2025")
    assert "b3261e" in d.date.styleSheet() and "ikke en dato" in d.date.toolTip()
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert d.result_values is None and "Dato: »31-02-2025« er ikke en dato" in d.error.text()
    assert d.date.text() == "31-02-2025"  # nothing typed is lost


def test_the_calendar_picks_a_date(qtbot):
    d = ActionDialog([])
    qtbot.addWidget(d)
    d.show()
    d.what.setPlainText("Rykke SDS")
    cal = d.due.open_calendar()
    assert isinstance(cal, QCalendarWidget) and cal.isVisible()
    assert cal.firstDayOfWeek() == Qt.DayOfWeek.Monday
    cal.setSelectedDate(QDate(2025, 9, 1))
    from PySide6.QtWidgets import QTableView

    view = cal.findChild(QTableView, "qt_calendar_calendarview")
    index = next(view.model().index(r, c) for r in range(view.model().rowCount())
                 for c in range(view.model().columnCount())
                 if view.model().index(r, c).data() == 1 and r < 3)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert d.due.text() == "01-09-2025" and not cal.isVisible()
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert d.result_values["due"] == dt.date(2025, 9, 1)


def test_empty_is_allowed_only_when_optional(qtbot):
    optional, required = DateEdit(name="Til"), DateEdit(name="Fra", optional=False)
    qtbot.addWidget(optional)
    qtbot.addWidget(required)
    assert optional.date() is None
    from kkrdesk.core.errors import ValidationError

    with pytest.raises(ValidationError, match="Fra skal udfyldes"):
        required.date()


def test_enter_tidies_a_typed_date(qtbot):
    edit = DateEdit(name="Dato")
    qtbot.addWidget(edit)
    edit.show()
    type_into(qtbot, edit, "18.6.25")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "18-06-2025" and edit.date() == JUNE18
