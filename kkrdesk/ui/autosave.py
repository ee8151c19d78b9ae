"""A text editor that saves by itself: after a pause in typing and when it loses
focus, it emits ``committed(text)`` if the text changed. No Save button anywhere."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

PAUSE_MS = 800


class AutoSaveText(QPlainTextEdit):
    committed = Signal(str)

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self._saved = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._timer.start)

    def load(self, text: str) -> None:
        """Show stored text without treating it as an edit. Text typed but not saved
        yet is kept, and text that differs from the stored one only by what saving
        tidies (surrounding space) is left as typed, cursor and all."""
        current = self.toPlainText()
        if current != self._saved:
            return  # unsaved typing wins; it is committed on pause or focus-out
        self._timer.stop()
        if current.strip() == text.strip():
            self._saved = current
            return
        self._saved = text
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def reset(self, text: str) -> None:
        """Show another record's text (the caller has committed the old one)."""
        self._timer.stop()
        self._saved = text
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def commit(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)
