"""The tabs beside the agenda (Punkt, Referat, Fremmøde, Opfølgning). Only the pane
showing is filled at once; a hidden one is filled when the user opens it, with what is
current then (the item, the meeting), so changing item or meeting reads no more than
the user sees."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class SidePanes(QTabWidget):
    """``step`` is the tab's step (LazyTab.step): a pane filled when the user opens it
    may save what was typed for another item, and the refresh that asks for waits."""

    def __init__(self, panes: list[tuple[QWidget, str]], parent=None,
                 step: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext):
        super().__init__(parent)
        self._step = step
        for widget, name in panes:
            self.addTab(widget, name)
        self._pending: dict[QWidget, Callable[[], None]] = {}
        self.currentChanged.connect(self._fill_shown)

    def when_shown(self, pane: QWidget, fill: Callable[[], None]) -> None:
        """Call ``fill`` now if ``pane`` is showing, else when it is shown (the latest
        ``fill`` asked for a pane replaces an earlier one)."""
        if self.currentWidget() is pane:
            self._pending.pop(pane, None)
            fill()
        else:
            self._pending[pane] = fill

    def _fill_shown(self, *_args) -> None:
        fill = self._pending.pop(self.currentWidget(), None)
        if fill is not None:
            with self._step():
                fill()
