"""The value of any editor a user types in, read and shown one way for every kind
(QLineEdit, QPlainTextEdit and QTextEdit, an editable QComboBox, a spin box): what the
user sees, not what Qt's own getters normalise it to. Autosave (:mod:`kkrdesk.ui.autosave`)
and every dialog that reads a multi-line field use it, so a field and its dialog never
disagree about what was typed."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def plain_text(edit: QPlainTextEdit | QTextEdit) -> str:
    """The text of a multi-line editor as the user sees it, for every reader (panes and
    dialogs): its own line and paragraph separators are line breaks, and a no-break
    space stays one (QTextDocument.toPlainText would make it a plain space)."""
    raw = edit.document().toRawText()
    return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def editor_value(widget: QWidget) -> object:
    """What the editor holds as the user sees it (see ``plain_text``)."""
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return plain_text(widget)
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.value()
    raise TypeError(f"no autosave for {type(widget).__name__}")


def set_value(widget: QWidget, value: object) -> None:
    """Show ``value`` in the editor (a load: not an edit of the user's)."""
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentText("" if value is None else str(value))
    else:
        widget.setValue(value or 0)


def replace_undoably(widget: QWidget, value: object) -> None:
    """Show ``value`` as an edit the field can undo, so Ctrl+Z gives back what was there."""
    text = "" if value is None else str(value)
    line = line_edit(widget)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        cursor = widget.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)
    elif line is not None:
        line.selectAll()
        line.insert(text)
    else:
        set_value(widget, value)


def typing_signals(widget: QWidget) -> list:
    """The signals the editor sends while the user types (not when it is loaded)."""
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QComboBox):
        return [widget.lineEdit().textEdited] if widget.lineEdit() else []
    return [widget.valueChanged]


def line_edit(widget: QWidget) -> QLineEdit | None:
    """The line the user types in: the editor itself, or an editable list's."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox):
        return widget.lineEdit()
    return None
