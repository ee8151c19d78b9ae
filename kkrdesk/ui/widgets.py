"""Small shared widget helpers."""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QStyledItemDelegate, QTableView, QWidget,
)

from kkrdesk.core.errors import ServerAway
from kkrdesk.ui.table_model import SORT_ROLE, RowTableModel


def heading(text: str) -> QLabel:
    lbl = QLabel(text)
    font = lbl.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    lbl.setFont(font)
    lbl.setWordWrap(True)
    return lbl


def sortable_table(model: RowTableModel, stretch_column: int | None = None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only table view over ``model`` with Danish sorting through a proxy."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    # Keep the service's order until the user clicks a header.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    proxy.sort(-1)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view, proxy


def filtered_table(model: RowTableModel, proxy: QSortFilterProxyModel,
                   stretch_column: int | None = None) -> QTableView:
    """A tab's list: the view of :func:`sortable_table` over ``model`` through the tab's
    own filter ``proxy`` (search and choices) instead of the plain sorting one."""
    view, _ = sortable_table(model, stretch_column=stretch_column)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    return view


MEASURED_ROWS = 100  # a longer list's columns are fitted to its first rows


def fit_columns(view: QTableView, max_width: int = 360) -> None:
    """Each column as wide as its texts, at most ``max_width``. A list of more than
    MEASURED_ROWS rows is measured on its first MEASURED_ROWS (the rows a user sees
    first; ten years of proposals are 300 rows, and measuring every cell was most of
    opening the SOR wing); a cut text has its tool tip. A view not shown is fitted when
    it is shown, with the rows it has then."""
    if not view.isVisible():
        _FitWhenShown.attach(view, max_width)
        return
    model, header = view.model(), view.horizontalHeader()
    measured = min(model.rowCount(), MEASURED_ROWS)
    grid = 1 if view.showGrid() else 0  # as QTableView.sizeHintForColumn counts it
    for c in range(header.count()):
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
            continue
        cells = [view.sizeHintForIndex(model.index(r, c)).width()
                 for r in _widest_rows(view, c, measured)]
        width = max(header.sectionSizeHint(c), max(cells, default=0) + grid)
        header.resizeSection(c, min(width + 12, max_width))


CANDIDATES = 5  # rows measured by the delegate, of those whose text is widest in the font


def _widest_rows(view: QTableView, column: int, rows: int) -> list[int]:
    """Of the first ``rows`` rows, those whose size the delegate must measure to find
    the column's widest cell. A plain delegate on unwrapped text is as wide as its
    widest line: only the CANDIDATES rows widest in the view's font are measured (a
    delegate measures a cell from some ten roles of the model; 100 rows of 7 columns
    were 15 ms of opening Deltagere). Any other delegate measures every row."""
    delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
    if view.wordWrap() or type(delegate) is not QStyledItemDelegate:
        return list(range(rows))
    model, advance = view.model(), view.fontMetrics().horizontalAdvance
    widths = [max(map(advance, str(model.index(r, column).data() or "").split("\n")))
              for r in range(rows)]
    return sorted(range(rows), key=widths.__getitem__, reverse=True)[:CANDIDATES]


class _FitWhenShown(QObject):
    """Fits its view once, at the view's next Show event (the latest rows and width)."""

    @classmethod
    def attach(cls, view: QTableView, max_width: int) -> None:
        pending = view.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if pending is None:
            pending = cls(view)
            view.installEventFilter(pending)
        pending.max_width = max_width

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self.setParent(None)
            self.deleteLater()
            fit_columns(watched, self.max_width)
        return False


def wrap_rows(view: QTableView) -> None:
    """Long cell text wraps onto more lines and every row grows to hold it, also when
    the columns change width later (a pane first filled while hidden, a dragged splitter),
    so a narrow pane shows the whole text instead of ending it in "…"."""
    from kkrdesk.ui.wrap_delegate import WrapDelegate

    view.setItemDelegate(WrapDelegate(view))
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class LazyTab(QWidget):
    """A tab that refreshes only when seen: a change while hidden marks it stale, and
    it catches up when shown. Subclasses implement ``refresh()``.

    A refresh never runs inside another step of the tab (a refresh, or the handling
    of a selection change: methods marked ``@tab_step``): leaving a record saves what
    was typed there, and the refresh that save asks for would reset the very view
    whose signal is being handled (a crash in its scrollTo). It runs once the step
    has returned, from the event loop."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._stale = True
        self._steps = 0
        self._again = False

    def request_refresh(self, *_args) -> None:
        if not self.isVisible():
            self._stale = True
        elif self._steps:
            self._again = True
        else:
            self._catch_up()

    @contextlib.contextmanager
    def step(self) -> Iterator[None]:
        self._steps += 1
        try:
            yield
        finally:
            self._steps -= 1
            if not self._steps and self._again:
                self._again = False
                QTimer.singleShot(0, self, self.request_refresh)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._catch_up()

    def _catch_up(self) -> None:
        """Refresh; while a shared database's server is away the tab keeps what it shows
        (the status bar says the connection is lost) and reads again when it is back."""
        try:
            self.refresh()
        except ServerAway:
            self._stale = True

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def mark_fresh(self) -> None:
        self._stale = False


def tab_step(method: Callable) -> Callable:
    """Run a LazyTab method as one step: a refresh it causes waits until it returns.
    Connected to a signal, the method gets no more of the signal's arguments than it
    takes (as Qt does for a plain slot)."""
    params = inspect.signature(method).parameters.values()
    if any(p.kind == p.VAR_POSITIONAL for p in params):
        takes = None
    else:
        takes = sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params) - 1

    @functools.wraps(method)
    def run(self, *args, **kwargs):
        with self.step():
            return method(self, *(args if takes is None else args[:takes]), **kwargs)
    return run
