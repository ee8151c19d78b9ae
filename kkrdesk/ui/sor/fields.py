"""Small field widgets of the SOR wing: a Danish date field that may be left empty, a
SNOMED code field checked as you type, the completer of reference names and codes,
and the red message that stands under a field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.core.validate import snomed_problem
from kkrdesk.ui.date_edit import DateEdit as SharedDateEdit

ERROR_STYLE = "color: #b3261e;"
BAD_BORDER = "QLineEdit { border: 2px solid #b3261e; }"
NOTE_STYLE = "color: #8a4b00;"


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
        self.note = QLabel()  # a remark that is no error (a code inactive in SNOMED CT)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)

    def set_error(self, message: str) -> None:
        show_field_error(self.error, self.editor, message)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


class DateEdit(SharedDateEdit):
    """The app's date field; empty means no date when allowed."""

    def __init__(self, name: str, optional: bool = True, parent=None):
        super().__init__(None, name=name, optional=optional, parent=parent)


class TickList(QListWidget):
    """A list of choices with a tick each; a click anywhere on a row ticks or unticks it
    (not only on its small box). Each row carries a value: ``ticked()`` gives them."""

    def __init__(self, rows: int = 5, parent=None):
        super().__init__(parent)
        self.setMaximumHeight(self.fontMetrics().height() * rows + 3 * rows + 8)
        self._pressed: tuple[QListWidgetItem, Qt.CheckState] | None = None
        self.itemPressed.connect(lambda item: setattr(self, "_pressed", (item, item.checkState())))
        self.itemClicked.connect(self._clicked)

    def add(self, text: str, value, ticked: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.addItem(item)
        return item

    def _clicked(self, item: QListWidgetItem) -> None:
        pressed, self._pressed = self._pressed, None
        if pressed is not None and pressed[0] is item and pressed[1] == item.checkState():
            ticked = item.checkState() == Qt.CheckState.Checked  # the click missed the box
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def values(self) -> list:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def ticked(self) -> list:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def tick(self, value) -> bool:
        """Tick the row of ``value`` (names compared without case); False if none."""
        for i in range(self.count()):
            mine = self.item(i).data(Qt.ItemDataRole.UserRole)
            if mine == value or (isinstance(value, str) and str(mine).casefold() == value.casefold()):
                self.item(i).setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def tick_only(self, values) -> None:
        for i in range(self.count()):
            on = self.item(i).data(Qt.ItemDataRole.UserRole) in values
            self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def code_problem(text: str) -> str:
    """Why ``text`` is not a SNOMED CT code, or "" (the service's own rule)."""
    return snomed_problem(text)


class CodeEdit(QLineEdit):
    """A SNOMED CT code, checked as you type; ``problem`` tells why it is not one."""

    problem = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(translate("CodeEdit", "fx 550621000005101"))
        self.setMaxLength(40)  # room to show what was typed wrong; the check says 18
        self.textChanged.connect(lambda t: self.problem.emit(code_problem(t)))


NAME_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # code, name and other names: what a typed part matches


def popup_text(code) -> str:
    """»Bosted (554221000005108) · enhedstype, udgået i SNOMED CT«."""
    return f"{code.text} · {code.note}"


class CodeCompleter(QCompleter):
    """The reference list under »Nuværende navn«: the popup shows »name (code) · kind«
    and matches a typed part of the code, the name or another published name (any case,
    Danish letters as typed); a pick puts only the name into the field (the code has a
    field of its own). One completer lives as long as its field: a refresh updates its
    rows in place, and only when the list changed, because replacing a completer while
    its popup handles the pick deletes the popup under Qt's feet."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setModel(QStandardItemModel(self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionRole(SEARCH_ROLE)
        self.setMaxVisibleItems(12)
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
            item.setText(popup_text(code))
            item.setData(code.name, NAME_ROLE)
            item.setData(code.code, CODE_ROLE)
            item.setData(code.search_text, SEARCH_ROLE)
            item.setToolTip(f"{code.text}: {code.note}")
            item.setEditable(False)
            if model.item(row) is None:
                model.setItem(row, item)

    def code_at(self, index):
        """The reference code a popup row stands for (None if it is gone)."""
        key = (index.data(NAME_ROLE), index.data(CODE_ROLE))
        return next((c for c in self.codes if (c.name, c.code) == key), None)

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt API
        return index.data(NAME_ROLE) or ""


class RelatedCodeCompleter(CodeCompleter):
    """The same list under »Relaterede koder«, which holds several codes: the last word
    typed is looked up, and a pick puts the code in its place (a space follows, ready
    for the next)."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        words = path.replace(",", " ").replace(";", " ").split(" ")
        return [words[-1]]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt API
        typed = self.completionPrefix()  # as typed: a highlight has changed the field since
        head = typed[: len(typed) - len(self.splitPath(typed)[0])]
        return f"{head}{index.data(CODE_ROLE) or ''} "
