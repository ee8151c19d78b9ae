"""Small field widgets of the SOR wing: a Danish date field that may be left empty, a
SNOMED code field checked as you type, and the red message that stands under a field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kkrdesk.core.danish import parse_date, short_date
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.validate import snomed_problem

ERROR_STYLE = "color: #b3261e;"
BAD_BORDER = "QLineEdit { border: 2px solid #b3261e; }"


def field_error() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_field_error(label: QLabel, edit: QWidget | None, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
    if isinstance(edit, QLineEdit):
        edit.setStyleSheet(BAD_BORDER if message else "")


class FieldBox(QWidget):
    """An editor with its own error line under it."""

    def __init__(self, editor: QWidget, extra: QWidget | None = None, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.error = field_error()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if extra is None:
            layout.addWidget(editor)
        else:
            from PySide6.QtWidgets import QHBoxLayout

            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(editor, 1)
            row.addWidget(extra)
            layout.addLayout(row)
        layout.addWidget(self.error)

    def set_error(self, message: str) -> None:
        show_field_error(self.error, self.editor, message)


class DateEdit(QLineEdit):
    """A date typed the Danish way (18-06-2025); empty means no date when allowed."""

    def __init__(self, name: str, optional: bool = True, parent=None):
        super().__init__(parent)
        self.name, self.optional = name, optional
        self.setPlaceholderText("dd-mm-åååå" + (" (tom: ingen dato)" if optional else ""))
        self.setMaximumWidth(200)

    def set_date(self, d: dt.date | None) -> None:
        self.setText(short_date(d))

    def date(self) -> dt.date | None:
        """The date typed, None when empty (and allowed); ValidationError with the
        field's name when it cannot be read."""
        text = self.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValidationError(f"{self.name}: datoen mangler.", field=self.name)
        try:
            return parse_date(text)
        except ValueError as exc:
            raise ValidationError(f"{self.name}: {exc}", field=self.name) from None


def code_problem(text: str) -> str:
    """Why ``text`` is not a SNOMED CT code, or "" (the service's own rule)."""
    return snomed_problem(text)


class CodeEdit(QLineEdit):
    """A SNOMED CT code, checked as you type; ``problem`` tells why it is not one."""

    problem = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText("fx 550621000005101")
        self.setMaxLength(40)  # room to show what was typed wrong; the check says 18
        self.textChanged.connect(lambda t: self.problem.emit(code_problem(t)))
