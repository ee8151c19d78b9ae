"""Where the imported agenda goes, under the import preview: a new meeting on a date
(typed or picked) from a start to an end time, or the items added to the meeting selected
in the agenda tab. A date or time the import refuses is explained under those fields,
where the user fixes it, not at the top of the dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QGroupBox, QLabel, QRadioButton, QTimeEdit

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import long_date, short_date
from kkrdesk.core.dates import parse_date
from kkrdesk.core.errors import KkrDeskError, ValidationError
from kkrdesk.ui.date_edit import BAD, DateEdit
from kkrdesk.ui.form_dialog import error_label
from kkrdesk.views.agenda_import import NewMeeting

NEW_TITLE = "Møde i KKR-digitaliseringsnetværket"


class ImportTargetBox(QGroupBox):
    """'Nyt møde den [dato] kl. [start]–[slut]' or 'Føj punkterne til det valgte møde'."""

    def __init__(self, selected=None, parent=None, sep: str = "."):
        super().__init__(translate("ImportTargetBox", "Hvor skal dagsordenen hen?"), parent)
        self.selected = selected
        self.new_radio = QRadioButton(translate("ImportTargetBox", "Nyt møde den"))
        self.append_radio = QRadioButton(translate("ImportTargetBox", "Føj punkterne til det valgte møde"))
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.append_radio)
        self.new_radio.setChecked(True)
        self.date = DateEdit(name="Dato", optional=False)  # typed or picked in the calendar
        self.date.textChanged.connect(self._show_date)
        self.date.textEdited.connect(lambda _t: self.new_radio.setChecked(True))
        self.date.textEdited.connect(lambda _t: self.clear_refusal())
        self.field_error = error_label()  # under the date and times: what to fix there
        self.date_text = QLabel()
        self.start, self.end = QTimeEdit(), QTimeEdit()
        for edit, hour in ((self.start, 12), (self.end, 15)):
            edit.setDisplayFormat(f"HH{sep}mm")  # the clock's separator setting
            edit.setTime(QTime(hour, 0))
            edit.timeChanged.connect(lambda _t: self.clear_refusal())
        self.append_radio.toggled.connect(lambda _on: self.clear_refusal())
        self._lay_out()
        if selected is not None:  # (date, title, no items yet) of the meeting selected in the tab
            self.append_radio.setText(translate("ImportTargetBox", "Føj punkterne til det valgte "
                                                "møde: {day} {title}").format(
                day=short_date(selected[0]), title=selected[1]))

            self.append_radio.setChecked(selected[2])  # an empty meeting is where the agenda goes
        else:
            self.append_radio.setEnabled(False)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        for col, widget in enumerate((self.new_radio, self.date, QLabel(translate("ImportTargetBox", "kl.")), self.start, QLabel("–"),
                                      self.end, self.date_text)):
            grid.addWidget(widget, 0, col)
        grid.setColumnStretch(6, 1)
        grid.addWidget(self.field_error, 1, 1, 1, 6)
        grid.addWidget(self.append_radio, 2, 0, 1, 7)

    def _show_date(self, text: str) -> None:
        try:
            self.date_text.setText(long_date(parse_date(text)) if text.strip() else "")
        except ValueError:
            self.date_text.setText(translate("ImportTargetBox", "(ikke en dato)"))

    def take_date(self, day: dt.date) -> None:
        """The date the agenda names: the selected meeting's own, or else a new meeting's."""
        self.date.setText(short_date(day))
        if self.selected is None or day != self.selected[0]:
            self.new_radio.setChecked(True)
        else:
            self.append_radio.setChecked(True)

    def set_times(self, start: int, end: int) -> None:
        """Show the agenda's start and end without taking them as the user's edits."""
        self.start.blockSignals(True)
        self.start.setTime(QTime(start // 60, start % 60))
        self.start.blockSignals(False)
        self.end.setTime(QTime(end // 60, end % 60))

    def new_meeting(self) -> NewMeeting:
        try:
            day = parse_date(self.date.text())
        except ValueError as exc:
            raise ValidationError(translate("import_target", "Mødedato: {reason}").format(reason=exc), field="date") from None
        return NewMeeting(day, self.start.time().toPython(), self.end.time().toPython(), NEW_TITLE)

    def show_refusal(self, exc: KkrDeskError) -> bool:
        """Explain a refused date or time under its field, mark the field and put the
        cursor there; False for any other refusal (the dialog shows it at the top)."""
        fields = {"date": (self.date, BAD),
                  "end_time": (self.end, BAD.replace("QLineEdit", "QTimeEdit"))}
        if not isinstance(exc, ValidationError) or exc.field not in fields:
            return False
        edit, style = fields[exc.field]
        self.clear_refusal()
        self.field_error.setText(shown(exc))
        self.field_error.show()
        edit.setStyleSheet(style)
        edit.setFocus()
        return True

    def clear_refusal(self) -> None:
        if self.field_error.isVisible() or self.field_error.text():
            self.field_error.clear()
            self.field_error.hide()
            self.end.setStyleSheet("")
            self.date.clear_mark()
