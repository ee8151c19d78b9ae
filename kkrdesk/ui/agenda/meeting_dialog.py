"""Create or edit a meeting: date, times, place or online link, status, chair and
minute-taker. Wrong values are explained in the dialog; nothing is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QTimeEdit

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import MeetingStatus
from kkrdesk.ui.labels import label
from kkrdesk.core.validate import clean_text
from kkrdesk.ui.date_edit import DateEdit
from kkrdesk.ui.form_dialog import FormDialog
from kkrdesk.views.agenda import MeetingSummary
from PySide6.QtCore import QT_TRANSLATE_NOOP


class MeetingDialog(FormDialog):
    def __init__(self, people: list[tuple[int, str]], meeting: MeetingSummary | None = None,
                 default_date: dt.date | None = None, parent=None,
                 times: tuple[dt.time, dt.time] = (dt.time(12), dt.time(15)), time_sep: str = "."):
        """``times``: a new meeting's start and end (the settings' start and length)."""
        super().__init__(QT_TRANSLATE_NOOP("Form", "Redigér møde") if meeting else QT_TRANSLATE_NOOP("Form", "Nyt møde"), parent)
        self.title = QLineEdit(meeting.title if meeting else "Møde i KKR-digitaliseringsnetværket")
        self.date = DateEdit(meeting.date if meeting else (default_date or dt.date.today()),
                             name="Dato", optional=False)
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for w in (self.start, self.end):
            w.setDisplayFormat(f"HH{time_sep}mm")
        st, en = (meeting.start_time, meeting.end_time) if meeting else times
        self.start.setTime(QTime(st.hour, st.minute))
        self.end.setTime(QTime(en.hour, en.minute))
        self.place = QLineEdit(meeting.place if meeting else "")
        self.place.setPlaceholderText(translate("MeetingDialog", "fx KL, Weidekampsgade 10, København S"))
        self.link = QLineEdit(meeting.online_url if meeting else "")
        self.link.setPlaceholderText(translate("MeetingDialog", "Link til onlinemøde (valgfrit)"))
        self.status = QComboBox()
        for s in MeetingStatus:
            self.status.addItem(label(s), s.value)
        self.status.setCurrentIndex(self.status.findData((meeting.status if meeting else MeetingStatus.PLANNED).value))
        self.chair = self._people_box(people, meeting.chair_id if meeting else None)
        self.minute_taker = self._people_box(people, meeting.minute_taker_id if meeting else None)
        for text, widget in ((translate("MeetingDialog", "Titel"), self.title), (translate("MeetingDialog", "Dato"), self.date), (translate("MeetingDialog", "Starter kl."), self.start),
                             (translate("MeetingDialog", "Slutter kl."), self.end), (translate("MeetingDialog", "Sted"), self.place), (translate("MeetingDialog", "Online"), self.link),
                             (translate("MeetingDialog", "Status"), self.status), (translate("MeetingDialog", "Mødeleder"), self.chair),
                             (translate("MeetingDialog", "Referent"), self.minute_taker)):
            self.form.addRow(text, widget)
        self.resize(480, 360)

    @staticmethod
    def _people_box(people, selected: int | None) -> QComboBox:
        box = QComboBox()
        box.addItem(translate("MeetingDialog", "(ingen)"), None)
        for pid, name in people:
            box.addItem(name, pid)
        box.setCurrentIndex(max(0, box.findData(selected)))
        return box

    def validate(self) -> dict:
        start = self.start.time().toPython()
        end = self.end.time().toPython()
        if end <= start:
            raise ValueError("Mødet skal slutte efter det begynder.")
        return {
            "title": clean_text(self.title.text(), "Titel", required=True, max_len=200),
            "date": self.date.date(), "start_time": start, "end_time": end,
            "place": clean_text(self.place.text(), "Sted", max_len=300),
            "online_url": clean_text(self.link.text(), "Link", max_len=500),
            "status": MeetingStatus(self.status.currentData()),
            "chair_id": self.chair.currentData(), "minute_taker_id": self.minute_taker.currentData(),
        }
