"""Nye milepæle …: several milestones typed in one small table (name, a day or a month,
status, the day it was reached) and added as one step. A new row's date follows the row above (the month after
it, in the same form) and its status is the row above's; Tab in the last field of the
last row starts a new row. A refused value is explained under its row, at its field,
and nothing typed is lost."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import month_year, short_date
from kkrdesk.core.dates import parse_date
from kkrdesk.core.enums import MilestoneStatus
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import KkrDeskError, ValidationError
from kkrdesk.services.projects.parts import parse_day_or_month
from kkrdesk.ui.form_dialog import dialog_frame, error_label
from kkrdesk.ui.projects.dialogs import ERROR_STYLE
from kkrdesk.ui.accessible import NamedDialog

HINT = QT_TRANSLATE_NOOP("MilestoneRows", "Én milepæl pr. række: en dag (17-09-2025) eller en måned (august 2025). En ny række "
        "foreslår måneden efter rækken over og samme status; Tab i sidste felt giver en ny række. "
        "Bemærkninger skrives bagefter ved at dobbeltklikke på milepælen.")


def month_after(text: str) -> str:
    """The date a new row proposes: the month after ``text``, written the same way
    ('juni 2025' -> 'juli 2025', '17-09-2025' -> '17-10-2025'); '' if it cannot be read."""
    try:
        day, month_only = parse_day_or_month(text)
    except ValidationError:
        return ""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    after = dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    return month_year(after) if month_only else short_date(after)


class Row:
    def __init__(self, status: MilestoneStatus):
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("Row", "fx 1. styregruppemøde"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(translate("Row", "17-09-2025 eller august 2025"))
        self.status = QComboBox()
        for s in MilestoneStatus:
            self.status.addItem(label(s), s)
        self.status.setCurrentIndex(self.status.findData(status))
        self.actual = QLineEdit()
        self.actual.setPlaceholderText(translate("Row", "fx 18-06-2025"))
        self.error = error_label()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        # a row of the table has no label of its own: its column heads name its fields
        names = (translate("MilestoneRowsDialog", "Milepæl"), translate("MilestoneRowsDialog", "Dato eller måned"),
                 translate("MilestoneRowsDialog", "Status"), translate("MilestoneRowsDialog", "Nået den"))
        for widget, name in zip(self.widgets(), names):
            widget.setAccessibleName(name)

    def is_empty(self) -> bool:
        return not any(w.text().strip() for w in (self.title, self.date, self.actual))

    def widgets(self) -> tuple[QWidget, ...]:
        return self.title, self.date, self.status, self.actual

    def values(self) -> dict:
        planned, month_only = parse_day_or_month(self.date.text())
        actual = self.actual.text().strip()
        try:
            actual_on = parse_date(actual) if actual else None
        except ValueError as exc:
            raise ValidationError(shown(exc), field="actual_on") from None
        return {"title": self.title.text(), "planned_on": planned, "planned_month_only": month_only,
                "status": MilestoneStatus(self.status.currentData()), "actual_on": actual_on,
                "notes": ""}


class MilestoneRowsDialog(NamedDialog):
    """``check(values)`` raises ValidationError (with ``field``) for a refused row."""

    def __init__(self, check: Callable[[dict], object], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("MilestoneRowsDialog", "Nye milepæle"))
        self.check = check
        self.rows: list[Row] = []
        self.result_values: list[dict] | None = None
        self.grid = QGridLayout()
        for col, text in enumerate((translate("MilestoneRowsDialog", "Milepæl"), translate("MilestoneRowsDialog", "Dato eller måned"), translate("MilestoneRowsDialog", "Status"), translate("MilestoneRowsDialog", "Nået den"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.more = QPushButton(translate("MilestoneRowsDialog", "Ny række"))
        self.more.clicked.connect(lambda: self.add_row().title.setFocus())
        self.error, self.buttons = dialog_frame(self, self._body(), QT_TRANSLATE_NOOP("Form", "Tilføj"))
        self.add_row()
        self.resize(760, 420)
        self.rows[0].title.setFocus()

    def _body(self) -> QVBoxLayout:
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addLayout(self.grid)
        lay.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        hint = QLabel(translate("MilestoneRows", HINT))
        hint.setWordWrap(True)
        body = QVBoxLayout()
        body.addWidget(hint)
        body.addWidget(scroll, 1)
        return body

    def add_row(self) -> Row:
        last = self.rows[-1] if self.rows else None
        row = Row(MilestoneStatus(last.status.currentData()) if last else MilestoneStatus.PLANNED)
        if last is not None:
            row.date.setText(month_after(last.date.text()))
        n = 1 + 2 * len(self.rows)
        for col, w in enumerate(row.widgets()):
            self.grid.addWidget(w, n, col)
            w.show()  # at once, so the new row can take the focus now
        self.grid.addWidget(row.error, n + 1, 0, 1, 4)
        chain = ((last.actual,) if last else ()) + row.widgets()
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        if last is not None:
            last.actual.removeEventFilter(self)
        row.actual.installEventFilter(self)
        self.rows.append(row)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab in the last row's last field starts a new row."""
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab
                and not event.modifiers() and watched is self.rows[-1].actual):
            self.add_row().title.setFocus()
            return True
        return super().eventFilter(watched, event)

    def values(self) -> list[dict]:
        """Every filled row, checked; ValidationError at the first row refused."""
        out = []
        for row in self.rows:
            if row.is_empty():
                continue
            try:
                values = row.values()
                self.check(values)
            except ValidationError as exc:
                self._show(row, exc)
                raise
            out.append(values)
        if not out:
            self._show(self.rows[0], ValidationError("Skriv mindst én milepæl.", field="title"))
            raise ValidationError("Skriv mindst én milepæl.")
        return out

    def _show(self, row: Row, exc: ValidationError) -> None:
        widget = {"planned_on": row.date, "actual_on": row.actual}.get(exc.field, row.title)
        row.error.setText(shown(exc))
        row.error.show()
        widget.setStyleSheet(ERROR_STYLE)
        widget.setFocus()

    def accept(self) -> None:
        for row in self.rows:
            row.error.hide()
            for w in (row.title, row.date, row.actual):
                w.setStyleSheet("")
        try:
            self.result_values = self.values()
        except KkrDeskError:
            return
        super().accept()
