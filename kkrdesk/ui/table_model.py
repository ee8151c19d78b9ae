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

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the row object itself
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


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


def _sort_value(row, col: Column):
    return col.sort(row) if col.sort else sort_key(col.text(row))[0]


# role -> answer(row, column) for the roles a RowTableModel gives
_ANSWERS = {
    DISPLAY: lambda row, col: col.text(row),
    SORT_ROLE: _sort_value,
    ROW_ROLE: lambda row, col: row,
    int(Qt.ItemDataRole.ToolTipRole): lambda row, col: (col.tooltip(row) or None) if col.tooltip else None,
    int(Qt.ItemDataRole.ForegroundRole): lambda row, col: col.foreground(row) if col.foreground else None,
    int(Qt.ItemDataRole.BackgroundRole): lambda row, col: col.background(row) if col.background else None,
    int(Qt.ItemDataRole.TextAlignmentRole): lambda row, col: _RIGHT if col.align_right else None,
}


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

    def data(self, index, role=DISPLAY):
        # asked for every role of every cell the view paints or measures (a project's
        # panes fitting their columns: ~1,900 calls), so the roles this model does not
        # give are answered by one dictionary look-up
        answer = _ANSWERS.get(role)
        if answer is None or not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return answer(self._rows[index.row()], self._columns[index.column()])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # marked with QT_TRANSLATE_NOOP("Column", …)
            return translate("Column", self._columns[section].header)
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].header_tip:
            return translate("Column", self._columns[section].header_tip)
        return None  # never super().headerData(): see README, PySide6 6.12 note
