"""What an empty list says: a sentence (and, where the next step is hidden in a menu, a
button for it) shown in the middle of a view while its model has no rows. A new user who
opens an empty agenda or a proposal without rounds sees what to do next instead of a
blank box; the hint goes by itself when the first row comes, and comes back when the
last one goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

HINT_STYLE = "color: #4b5563;"
MARGIN = 16
LINE_WIDTH = 520  # pixels: a sentence of about 80 characters a line reads at a glance


class EmptyHint(QWidget):
    """Lies over ``view``'s viewport; ``set_text('')`` shows nothing even when empty."""

    def __init__(self, view: QAbstractItemView, text: str = "",
                 buttons: tuple[tuple[str, Callable[[], object]], ...] = ()):
        super().__init__(view.viewport())
        self.view = view
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(HINT_STYLE)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons: list[QPushButton] = []
        if buttons:
            row = QHBoxLayout()
            row.addStretch(1)
            for caption, slot in buttons:
                button = QPushButton(caption)
                button.clicked.connect(lambda _=False, slot=slot: slot())
                row.addWidget(button)
                self.buttons.append(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(2)  # a little above the middle, where the eye starts
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update_shown)
        view.viewport().installEventFilter(self)
        self.update_shown()

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update_shown()

    def update_shown(self, *_args) -> None:
        empty = self.view.model().rowCount() == 0
        self.setVisible(empty and bool(self.label.text()))
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        # a fixed width, so the wrapped sentence gets the height of all its lines
        self.label.setFixedWidth(max(1, min(LINE_WIDTH, area.width() - 2 * MARGIN)))
        self.setGeometry(area)
