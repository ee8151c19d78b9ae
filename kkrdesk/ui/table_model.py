"""A read-mostly table model over a list of plain rows, with declared columns.

Each column gives the shown text, and optionally a raw sort value (``SORT_ROLE``),
a tooltip, a foreground/background colour and alignment. Sorting goes through a
QSortFilterProxyModel with ``setSortRole(SORT_ROLE)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import sort_key

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object itself


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: Danish sort key of text
    tooltip: Callable[[Any], str] | None = None
    foreground: Callable[[Any], Any] | None = None
    background: Callable[[Any], Any] | None = None
    align_right: bool = False
    header_tip: str = ""  # what a short header means, on hovering it


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    # -- data -------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt model API -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else sort_key(col.text(row))[0]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground:
            return col.foreground(row)
        if role == Qt.ItemDataRole.BackgroundRole and col.background:
            return col.background(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # marked with QT_TRANSLATE_NOOP("Column", …)
            return translate("Column", self._columns[section].header)
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].header_tip:
            return translate("Column", self._columns[section].header_tip)
        return None  # never super().headerData(): see README, PySide6 6.12 note
