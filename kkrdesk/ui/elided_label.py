"""A label that keeps to one line: a text too long for its width ends in "…", and the
whole text is its tool tip (and what ``text()`` returns).

Made for the Dagsorden tab's meeting header. Wrapped, the header's height followed each
meeting's title and place, so the agenda under it moved up or down at every change of
meeting, and Qt laid out and painted the whole tab again each time (a third of the
time a change of meeting took)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        # as wide as the layout gives (never widening the window), one line high
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(0, self.width()))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
