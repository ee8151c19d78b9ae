"""The meeting and action dialogs keep what was typed and explain what is wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime

from kkrdesk.core.enums import MeetingStatus
from kkrdesk.ui.agenda.action_dialog import ActionDialog
from kkrdesk.ui.agenda.meeting_dialog import MeetingDialog


def test_meeting_ending_before_it_starts_stays_open_with_a_message(qtbot):
    d = MeetingDialog([(1, "Poul Erik Kristensen")], default_date=dt.date(2025, 11, 5))
    qtbot.addWidget(d)
    d.place.setText("KL, Weidekampsgade 10")
    d.end.setTime(QTime(11, 0))
    d.accept()
    assert d.result_values is None and not d.error.isHidden()
    assert "slutte efter" in d.error.text()
    assert d.place.text() == "KL, Weidekampsgade 10"  # nothing typed is lost
    d.end.setTime(QTime(15, 0))
    d.chair.setCurrentIndex(1)
    d.accept()
    v = d.result_values
    assert v["date"] == dt.date(2025, 11, 5) and v["end_time"] == dt.time(15)
    assert v["chair_id"] == 1 and v["status"] == MeetingStatus.PLANNED


def test_meeting_title_is_required(qtbot):
    d = MeetingDialog([])
    qtbot.addWidget(d)
    d.title.setText("   ")
    d.accept()
    assert "Titel skal udfyldes" in d.error.text()


def test_action_dialog_reads_danish_dates_and_refuses_bad_ones(qtbot):
    d = ActionDialog(["Jeanette Jensen"])
    qtbot.addWidget(d)
    d.what.setPlainText("Følg op på SDS-svar")
    d.due.setText("31-02-2025")
    d.accept()
    assert "ikke en dato" in d.error.text() and d.result_values is None
    d.due.setText("1.9.2025")
    d.who.setCurrentText("Jeanette Jensen")
    d.accept()
    assert d.result_values["due"] == dt.date(2025, 9, 1)
    assert d.result_values["who_text"] == "Jeanette Jensen"
