"""What an empty list says: a sentence (and, where the next step is hidden in a menu, a
button for it) shown in the middle of a view while its model has no rows. A new user who
opens an empty agenda or a proposal without rounds sees what to do next instead of a
blank box; the hint goes by itself when the first row comes, and comes back when the
last one goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QWidget

HINT_STYLE = "color: #4b5563;"
MARGIN = 16
GAP = 8
LINE_WIDTH = 520  # pixels: a sentence of about 80 characters a line reads at a glance


class EmptyHint(QWidget):
    """Lies over ``view``'s viewport; ``set_text('')`` shows nothing even when empty.
    The sentence and the buttons are placed by hand: a word-wrapped label in a layout
    gets the height of too few lines while its view is still being laid out."""

    def __init__(self, view: QAbstractItemView, text: str = "",
                 buttons: tuple[tuple[str, Callable[[], object]], ...] = ()):
        super().__init__(view.viewport())
        self.view = view
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(HINT_STYLE)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.row = QWidget(self)
        row = QHBoxLayout(self.row)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for caption, slot in buttons:
            button = QPushButton(caption)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            row.addWidget(button)
            self.buttons.append(button)
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

    def show_button(self, index: int, shown: bool) -> None:
        self.buttons[index].setVisible(shown)
        self._place()

    def update_shown(self, *_args) -> None:
        empty = self.view.model().rowCount() == 0
        self.setVisible(empty and bool(self.label.text()))
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        """The sentence centred a little above the middle, the buttons under it."""
        area = self.view.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self.setGeometry(area)
        width = max(1, min(LINE_WIDTH, area.width()))
        height = self.label.heightForWidth(width)
        self.row.adjustSize()
        row_height = self.row.sizeHint().height() if self.buttons else 0
        total = height + (GAP + row_height if row_height else 0)
        top = max(0, (area.height() - total) * 2 // 5)
        self.label.setGeometry((area.width() - width) // 2, top, width, height)
        row_width = self.row.sizeHint().width()
        self.row.setGeometry((area.width() - row_width) // 2, top + height + GAP, row_width, row_height)
