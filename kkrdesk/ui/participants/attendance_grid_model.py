"""Person x meeting attendance grid: one row per person, one column per meeting with a
status symbol, and the person's attendance rate last."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date, sort_key
from kkrdesk.core.enums import AttendanceMode, AttendanceStatus
from kkrdesk.ui.labels import label
from kkrdesk.ui.table_model import ROW_ROLE, SORT_ROLE

SYMBOLS = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.APOLOGIES: "A",
    AttendanceStatus.ABSENT: "÷",
    AttendanceStatus.SUBSTITUTE: "S",
    None: "?",  # expected, nothing recorded
}
COLOURS = {
    AttendanceStatus.PRESENT: "#d9f2d9",
    AttendanceStatus.APOLOGIES: "#fff2cc",
    AttendanceStatus.ABSENT: "#f8d7da",
    AttendanceStatus.SUBSTITUTE: "#dbe8f7",
    None: "#eeeeee",
}
LEGEND = QT_TRANSLATE_NOOP("AttendanceGrid", "✓ deltog (o: online)   A afbud   ÷ fraværende   "
                           "S stedfortræder   ? forventet, intet registreret")

FIXED = (QT_TRANSLATE_NOOP("Column", "Navn"), QT_TRANSLATE_NOOP("Column", "Organisation"))  # translated where shown


def rate_text(rate: float | None) -> str:
    return "" if rate is None else f"{round(rate * 100)} %"


def cell_text(cell) -> str:
    if cell is None:
        return ""
    text = SYMBOLS[cell.status]
    if cell.status in (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE) \
            and cell.mode == AttendanceMode.ONLINE:
        text += "o"
    return text


def cell_tooltip(cell) -> str:
    if cell is None:
        return ""
    if cell.status is None:
        return "Forventet (medlem), men intet registreret"
    parts = [label(cell.status)]
    if cell.substitute_for:
        parts[0] += f" for {cell.substitute_for}"
    parts.append(label(cell.mode).lower())
    if cell.is_guest:
        parts.append("gæst")
    if cell.note:
        parts.append(cell.note)
    return ", ".join(parts)


class AttendanceGridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = None
        self._meetings: tuple = ()
        self._rows: tuple = ()

    def set_grid(self, grid) -> None:
        self.beginResetModel()
        self._grid = grid
        self._meetings = grid.meetings if grid else ()
        self._rows = grid.rows if grid else ()
        self.endResetModel()

    def meetings(self) -> tuple:
        return self._meetings

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIXED) + len(self._meetings) + 1

    def _meeting_col(self, col: int) -> int | None:
        k = col - len(FIXED)
        return k if 0 <= k < len(self._meetings) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], index.column()
        if not 0 <= col < self.columnCount():
            return None
        if role == ROW_ROLE:
            return row
        k = self._meeting_col(col)
        if k is not None:
            cell = row.cells[k]
            if role == Qt.ItemDataRole.DisplayRole:
                return cell_text(cell)
            if role == SORT_ROLE:
                return cell_text(cell)
            if role == Qt.ItemDataRole.ToolTipRole:
                return cell_tooltip(cell) or None
            if role == Qt.ItemDataRole.BackgroundRole and cell is not None:
                return QBrush(QColor(COLOURS[cell.status]))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if col < len(FIXED):
            text = row.name if col == 0 else row.organisation
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            if role == SORT_ROLE:
                return sort_key(text)[0]
            return None
        # the rate column
        if role == Qt.ItemDataRole.DisplayRole:
            return rate_text(row.rate)
        if role == SORT_ROLE:
            return -1.0 if row.rate is None else row.rate
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("attendance_grid_model", "Deltog i {attended} af {expected} møder").format(attended=row.attended, expected=row.expected) if row.expected else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None  # never super().headerData(): see README, PySide6 6.12 note
        k = self._meeting_col(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(FIXED):
                return translate("Column", FIXED[section])
            return short_date(self._meetings[k].date) if k is not None else translate("Column", "Fremmøde")
        if role == Qt.ItemDataRole.ToolTipRole and k is not None:
            return self._meetings[k].title
        return None
