"""Small field widgets of the SOR wing: a Danish date field that may be left empty, a
SNOMED code field checked as you type, the completer of reference names and codes,
and the red message that stands under a field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kkrdesk.core.validate import snomed_problem
from kkrdesk.ui.date_edit import DateEdit as SharedDateEdit

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
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(editor, 1)
            row.addWidget(extra)
            layout.addLayout(row)
        layout.addWidget(self.error)

    def set_error(self, message: str) -> None:
        show_field_error(self.error, self.editor, message)


class DateEdit(SharedDateEdit):
    """The app's date field; empty means no date when allowed."""

    def __init__(self, name: str, optional: bool = True, parent=None):
        super().__init__(None, name=name, optional=optional, parent=parent)


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


NAME_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class CodeCompleter(QCompleter):
    """The reference list under »Nuværende navn«: the popup shows »name (code)« and
    matches a typed part of either; a pick puts only the name into the field (the code
    has a field of its own). One completer lives as long as its field: a refresh
    updates its rows in place, and only when the list changed, because replacing a
    completer while its popup handles the pick deletes the popup under Qt's feet."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setModel(QStandardItemModel(self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.codes: tuple = ()

    def set_codes(self, codes) -> None:
        codes = tuple(codes)
        if codes == self.codes:
            return
        self.codes = codes
        model: QStandardItemModel = self.model()
        model.setRowCount(len(codes))
        for row, code in enumerate(codes):
            item = model.item(row) or QStandardItem()
            item.setText(code.text)
            item.setData(code.name, NAME_ROLE)
            item.setData(code.code, CODE_ROLE)
            item.setEditable(False)
            if model.item(row) is None:
                model.setItem(row, item)

    def code_at(self, index):
        """The reference code a popup row stands for (None if it is gone)."""
        key = (index.data(NAME_ROLE), index.data(CODE_ROLE))
        return next((c for c in self.codes if (c.name, c.code) == key), None)

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt API
        return index.data(NAME_ROLE) or ""
