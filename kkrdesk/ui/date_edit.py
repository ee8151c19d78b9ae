"""One date field for the whole app: type the date the Danish way (18-06-2025,
18.6.2025, 18/6-25, 2025-06-18) or pick it in the calendar behind the field's button.

It is a QLineEdit, so typing behaves as in any text field (no sections that swallow
digits as QDateEdit's do). A date that cannot be read is marked red with the reason
as tooltip while typing; leaving the field writes a readable date as 18-06-2025."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import long_date, short_date
from kkrdesk.core.dates import FIRST_DAY, LAST_DAY, parse_date
from kkrdesk.core.errors import ValidationError
from kkrdesk.ui.accessible import NamedDialog

BAD = "QLineEdit { border: 2px solid #b3261e; }"


class DateEdit(QLineEdit):
    """``date()`` gives the typed date (None when empty and ``optional``) or raises
    ValidationError naming the field; ``set_date`` shows one."""

    date_changed = Signal(object)  # dt.date | None, after a readable date was typed or picked

    def __init__(self, value: dt.date | None = None, *, name: str = "Dato",
                 optional: bool = True, field: str = "date", parent=None):
        super().__init__(short_date(value), parent)
        self.name, self.label_text, self.optional, self.field_name = name, name, optional, field
        self.setPlaceholderText(translate("DateEdit", "dd-mm-åååå (kan være tom)") if optional
                                else translate("DateEdit", "dd-mm-åååå"))

        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-0000") + 48)
        self.setMaximumWidth(220)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, translate("DateEdit", "Vælg i kalenderen"), self)
        self.calendar_action.setToolTip(translate("DateEdit", "Vælg datoen i kalenderen"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None
        self.textEdited.connect(self._check)
        self.editingFinished.connect(self._tidy)
        self._check(self.text())

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A click into a filled date selects it, so typing replaces it (a date is retyped
        whole far more often than one digit is fixed; a second click places the cursor)."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason and self.text():
            QTimer.singleShot(0, self, self.selectAll)

    # -- reading and writing ------------------------------------------------------------

    def date(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValidationError(QT_TRANSLATE_NOOP("Validate", "{field} skal udfyldes.").format(
                field=self.label_text), field=self.field_name)
        try:
            return parse_date(text)
        except ValueError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP("Validate", "{field}: {problem}").format(
                field=self.label_text, problem=message_of(exc)), field=self.field_name) from None

    def set_date(self, value: dt.date | None) -> None:
        self.setText(short_date(value))
        self._check(self.text())

    # -- feedback -----------------------------------------------------------------------

    def _check(self, text: str) -> None:
        try:
            day = parse_date(text) if text.strip() else None
        except ValueError as exc:
            self.setStyleSheet(BAD)
            self.setToolTip(shown(exc))
            return
        self.setStyleSheet("")
        self.setToolTip(long_date(day) if day else "")
        self.date_changed.emit(day)

    def clear_mark(self) -> None:
        """Take away a red mark set from outside (a readable date refused, say, because
        there is a meeting that day), keeping the field's own one for a text it cannot read."""
        self._check(self.text())

    def _tidy(self) -> None:
        """18.6.25 becomes 18-06-2025 when the field is left (a readable date only)."""
        try:
            day = parse_date(self.text()) if self.text().strip() else None
        except ValueError:
            return
        if day is not None and self.text() != short_date(day):
            self.setText(short_date(day))

    # -- the calendar -------------------------------------------------------------------

    def open_calendar(self) -> QCalendarWidget:
        cal = QCalendarWidget(self)
        cal.setWindowFlags(Qt.WindowType.Popup)
        cal.setLocale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        cal.setGridVisible(True)
        cal.setDateRange(QDate(FIRST_DAY.year, 1, 1), QDate(LAST_DAY.year, 12, 31))
        try:
            current = self.date()
        except ValidationError:
            current = None
        day = current or dt.date.today()
        cal.setSelectedDate(QDate(day.year, day.month, day.day))
        cal.clicked.connect(self._picked)
        cal.activated.connect(self._picked)
        cal.move(self.mapToGlobal(self.rect().bottomLeft()))
        cal.show()
        cal.setFocus()
        self._calendar = cal
        return cal

    def _picked(self, qdate: QDate) -> None:
        self.set_date(qdate.toPython())
        if self._calendar is not None:
            self._calendar.close()
            self._calendar.deleteLater()
            self._calendar = None
        self.setFocus()


def ask_date(parent, title: str, text: str, default: dt.date | None) -> dt.date | None:
    """A small dialog with one date field (typed or picked); None when cancelled. A
    date that cannot be read keeps the dialog open with the reason in red."""
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout

    from kkrdesk.ui.form_dialog import name_cancel

    dialog = NamedDialog(parent)
    dialog.setWindowTitle(title)
    edit = DateEdit(default, name="Dato", optional=False)
    error = QLabel()
    error.setStyleSheet("color: #b3261e;")
    error.setWordWrap(True)
    error.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    name_cancel(buttons)
    chosen: list[dt.date] = []

    def accept() -> None:
        try:
            chosen[:] = [edit.date()]
        except ValidationError as exc:
            error.setText(shown(exc))
            error.show()
            return
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(edit)  # the question names the field (ui/accessible)
    layout.addWidget(label)
    layout.addWidget(edit)
    layout.addWidget(error)
    layout.addWidget(buttons)
    dialog.resize(440, dialog.sizeHint().height())
    edit.selectAll()
    edit.setFocus()
    return chosen[0] if dialog.exec() and chosen else None
