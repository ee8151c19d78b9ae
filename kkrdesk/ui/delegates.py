"""Cell editors for the agenda tree: kind as a list, minutes as a spin box, a pinned
clock time as text, presenters with completion from known people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QLineEdit, QSpinBox, QStyledItemDelegate,
)

from kkrdesk.core.enums import ItemKind, label
from kkrdesk.core.validate import MAX_DURATION_MIN


class KindDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for kind in ItemKind:
            box.addItem(label(kind), kind.value)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DurationDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_DURATION_MIN)
        spin.setSingleStep(5)
        spin.setSuffix(" min.")
        return spin

    def setEditorData(self, editor, index):
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor, model, index):
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class TextDelegate(QStyledItemDelegate):
    """A line editor with an optional placeholder and completion list."""

    def __init__(self, parent=None, placeholder: str = "", completions: list[str] | None = None):
        super().__init__(parent)
        self.placeholder = placeholder
        self.completions = completions or []

    def createEditor(self, parent, option, index):
        edit = QLineEdit(parent)
        edit.setPlaceholderText(self.placeholder)
        if self.completions:
            completer = QCompleter(self.completions, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)
        return edit

    def setEditorData(self, editor, index):
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
