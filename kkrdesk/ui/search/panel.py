"""The results panel: a framed list laid over the window's tabs, under the search field.
A child of the window, not a window of its own, so it never takes the focus from the
field (the field's arrow keys move through it) and no window manager moves it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QTreeView, QVBoxLayout, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.search import model as results
from kkrdesk.ui.search.delegate import HitDelegate
from kkrdesk.views.search import SearchHit, SearchResult

WIDTH, MARGIN = 620, 8  # the panel's width and its distance from the window's edges


class ResultsPanel(QFrame):
    opened = Signal(object)  # what was double-clicked: a SearchHit, or the kind of "… og 4 flere"

    def __init__(self, window: QWidget, anchor: QWidget):
        super().__init__(window)
        self.anchor = anchor  # the field the panel hangs under
        self.setObjectName("search_results")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#search_results { border: 1px solid palette(dark); }"
                           "QLabel#search_footer { background: palette(window);"
                           " border-top: 1px solid palette(mid); }")
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setAccessibleName(translate("ResultsPanel", "Søgeresultater"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setIndentation(14)
        self.view.setUniformRowHeights(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.doubleClicked.connect(self._double_clicked)
        self.footer = QLabel()
        self.footer.setObjectName("search_footer")
        self.footer.setContentsMargins(6, 3, 6, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.view)
        layout.addWidget(self.footer)
        self.hide()
        window.installEventFilter(self)

    def show_result(self, result: SearchResult) -> None:
        """Fill the panel, select the first hit and show it under the field."""
        results.fill(self.model, result)
        self.view.expandAll()
        hits = results.hit_indexes(self.model)
        if hits:
            self.view.setCurrentIndex(hits[0])
            self.footer.setText(translate("panel", "{total} fund · ↑↓ vælg · Enter åbner · Esc lukker").format(total=result.total))
        else:
            self.footer.setText(f"Intet fundet for »{result.text.strip()}«")
        self.view.setVisible(bool(hits))
        self.place()
        self.show()
        self.raise_()

    def current_choice(self) -> SearchHit | str | None:
        """The selected hit, or the kind of the selected "… og 4 flere"."""
        index = self.view.currentIndex()
        return _choice(index) if index.isValid() and self.isVisible() else None

    def show_row(self, kind: str, row: int) -> None:
        """Select row ``row`` of the group of ``kind`` (after "… og 4 flere" showed them)."""
        for g in range(self.model.rowCount()):
            group = self.model.index(g, 0)
            hit = self.model.index(0, 0, group).data(results.HIT_ROLE)
            if hit is not None and hit.kind == kind:
                index = self.model.index(min(row, self.model.rowCount(group) - 1), 0, group)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def move_by(self, step: int) -> None:
        """Select the hit ``step`` hits below the current one (above when negative)."""
        hits = results.hit_indexes(self.model)
        if not hits:
            return
        current = self.view.currentIndex()
        at = hits.index(current) if current in hits else -1
        index = hits[max(0, min(len(hits) - 1, at + step))]
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def page(self) -> int:
        """About how many hits one screenful of the panel holds."""
        row = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
        return max(1, self.view.viewport().height() // max(row, 1) - 1)

    def place(self) -> None:
        """Under the field, right edges aligned, above the status bar."""
        window = self.parentWidget()
        below = self.anchor.mapTo(window, QPoint(self.anchor.width(), self.anchor.height()))
        width = min(WIDTH, window.width() - 2 * MARGIN)
        x = max(MARGIN, min(below.x() - width, window.width() - width - MARGIN))
        central = window.centralWidget()
        bottom = central.geometry().bottom() if central is not None else window.height()
        height = min(bottom - below.y() - MARGIN, self._wanted_height())
        self.setGeometry(x, below.y() + 2, width, max(height, self.footer.sizeHint().height() + 4))

    def _wanted_height(self) -> int:
        """Every row shown at once, when the window has room for it."""
        rows = [self.model.index(g, 0) for g in range(self.model.rowCount())]
        rows += results.hit_indexes(self.model)
        lines = sum(self.view.sizeHintForIndex(i).height() for i in rows)
        view = 2 * self.view.frameWidth() + lines + 2 if rows else 0
        return view + self.footer.sizeHint().height() + 2

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

    def _double_clicked(self, index) -> None:
        choice = _choice(index)
        if choice is not None:
            self.opened.emit(choice)


def _choice(index) -> SearchHit | str | None:
    return index.data(results.HIT_ROLE) or index.data(results.MORE_ROLE)
