"""What the search field does: search as the user types (after a pause of a few
milliseconds, so fast typing runs one search), move through the hits with the arrow
keys, open one with Enter (or a double-click) through ``AppContext.navigate``, close the
panel with Esc or by leaving the field, and search again when the data changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.ui.search.panel import ResultsPanel

PAUSE_MS = 60  # typing faster than this runs one search, not one per letter
MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}


class SearchController(QObject):
    def __init__(self, window: QWidget, field: QLineEdit, ctx):
        super().__init__(window)
        self.ctx, self.field = ctx, field
        self.panel = ResultsPanel(window, field)
        self.panel.opened.connect(self.open)
        self.expanded: str | None = None  # the kind whose every hit is shown
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.run)
        field.textChanged.connect(self._typed)
        field.installEventFilter(self)
        ctx.changed.connect(self._data_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _typed(self, _text: str) -> None:
        self.expanded = None
        self.timer.start()

    def run(self) -> None:
        """Search for what the field holds now and show it (nothing for an empty field)."""
        from kkrdesk.services.search.find import search

        self.timer.stop()
        text = self.field.text()
        if not text.strip():
            self.panel.hide()
            return
        try:
            result = search(self.ctx.store, text, expand=self.expanded)
        except KkrDeskError as exc:
            self.ctx.message.emit(shown(exc))
            return
        self.panel.show_result(result)

    def open(self, hit=None) -> None:
        """Open ``hit`` (the selected one) in its tab; on "… og 4 flere", show them."""
        from kkrdesk.services.search.find import PER_KIND

        if self.timer.isActive():  # Enter typed before the pause ran out
            self.run()
        hit = hit or self.panel.current_choice()
        if isinstance(hit, str):
            self.expanded = hit
            self.run()
            self.panel.show_row(hit, PER_KIND)
            return
        if hit is None:
            return
        if hit.target is None:
            self.ctx.message.emit(translate("controller", "»{title}« kan ikke åbnes: den hører ikke til et forslag.").format(title=shown(hit.title)))
            return
        self.panel.hide()
        self.ctx.navigate(*hit.target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in MOVES or key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.panel.isVisible():
                self.run()
            step = MOVES.get(key) or self.panel.page() * (1 if key == Qt.Key.Key_PageDown else -1)
            self.panel.move_by(step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open()
            return True
        if key == Qt.Key.Key_Escape:
            self._escape()
            return True
        return False

    def _escape(self) -> None:
        """Esc closes the results; a second Esc empties the field and leaves it."""
        if self.panel.isVisible():
            self.panel.hide()
            return
        self.field.clear()
        self.field.clearFocus()

    def _focus_changed(self, _old, now) -> None:
        """Another field took the keyboard: the results close (not when the window
        merely lost it to another program)."""
        if now is None or now is self.field or not self.panel.isVisible():
            return
        if not self.panel.isAncestorOf(now):
            self.panel.hide()

    def _data_changed(self, _areas) -> None:
        if self.panel.isVisible():
            self.run()
