"""Tree model of one meeting's agenda: top-level items with their sub-items, each with
its derived clock slot. Rebuilt from a MeetingDetail after every change. What a cell
shows is decided in :mod:`.columns`; here the tree, the updates and drag and drop."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal,
)
from PySide6.QtGui import QColor, QFont

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import ItemKind
from kkrdesk.ui.agenda.columns import (
    COL_DURATION, COL_KIND, COL_SLOT, COL_TITLE, FIELDS, FLAGS, HEADERS, display_text, edit_value,
    past_end, tooltip,
)
from kkrdesk.views.agenda import ItemView, MeetingDetail

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 10
DISPLAY, EDIT, TOOLTIP, FOREGROUND, FONT, ALIGNMENT = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole))
MIME = "application/x-kkrdesk-agenda-item"
WARN = QColor("#b3261e")
MUTED = QColor("#6b6b6b")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _shape(detail: MeetingDetail) -> tuple:
    return (detail.meeting.id,
            tuple((i.id, tuple(c.id for c in i.children)) for i in detail.items))


class AgendaModel(QAbstractItemModel):
    """Edits are not applied here: ``edit_requested(item_id, field, value)`` and
    ``move_requested(item_id, parent_id, index)`` go to the tab, which makes an undo
    command; the model is rebuilt from the store afterwards."""

    edit_requested = Signal(int, str, object)
    move_requested = Signal(int, object, int)  # item id, new parent id or None, index

    def __init__(self, parent=None):
        super().__init__(parent)
        self._detail: MeetingDetail | None = None
        self._items: tuple[ItemView, ...] = ()
        self._row_of: dict[int, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.time_sep = "."  # the clock's separator (the settings; the tab sets it)
        self._answers = self._roles()

    # -- content -------------------------------------------------------------------

    def set_detail(self, detail: MeetingDetail | None) -> None:
        """Show ``detail``. When only the rows' contents changed (same items in the same
        tree), the rows are updated in place, so an open in-place editor that has just
        autosaved stays open with its cursor; otherwise the model is reset."""
        if detail is not None and self._detail is not None and _shape(detail) == _shape(self._detail):
            self._update_in_place(detail)
            return
        self.beginResetModel()
        self._take(detail)
        self.endResetModel()

    def _take(self, detail: MeetingDetail | None) -> None:
        self._detail = detail
        self._items = detail.items if detail else ()
        self._row_of = {}
        for r, item in enumerate(self._items):
            self._row_of[item.id] = r
            for cr, child in enumerate(item.children):
                self._row_of[child.id] = cr

    def _update_in_place(self, detail: MeetingDetail) -> None:
        old_detail = self._detail  # keeps the old rows alive until every index is moved
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [(i.internalPointer().id, i.column()) if i.isValid() else None for i in old]
        self._take(detail)
        new = [self.index_of(*key) if key else QModelIndex() for key in ids]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
        last = len(HEADERS) - 1
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, last))
        for r, item in enumerate(self._items):
            if item.children:
                parent = self.index(r, 0)
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(item.children) - 1, last, parent))
        del old_detail

    def set_time_sep(self, sep: str) -> None:
        """Show the clock with ``sep`` ("." or ":"): every row is painted again."""
        if sep != self.time_sep:
            self.time_sep = sep
            self.set_detail(self._detail)

    def detail(self) -> MeetingDetail | None:
        return self._detail

    def item(self, index: QModelIndex) -> ItemView | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, item_id: int, column: int = 0) -> QModelIndex:
        if self._detail is None or item_id not in self._detail.by_id:
            return QModelIndex()
        item = self._detail.by_id[item_id]
        return self.createIndex(self._row_of[item_id], column, item)

    # -- Qt model API ----------------------------------------------------------------

    def _siblings(self, parent: QModelIndex | QPersistentModelIndex) -> tuple[ItemView, ...]:
        if not parent.isValid():
            return self._items
        item: ItemView = parent.internalPointer()
        return item.children if item.parent_id is None else ()

    def index(self, row, column, parent=QModelIndex()):
        if column < 0 or column >= len(HEADERS):
            return QModelIndex()
        siblings = self._siblings(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if 0 <= row < len(siblings):
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        item: ItemView = index.internalPointer()
        if item.parent_id is None or self._detail is None:
            return QModelIndex()
        return self.index_of(item.parent_id)

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._siblings(parent))

    def columnCount(self, parent=QModelIndex()):
        return len(HEADERS)

    def data(self, index, role=DISPLAY):
        # The view asks for every role of every visible cell at each paint (2,000-2,600
        # calls for one change of a meeting or one move); most roles are none of ours,
        # so they are answered from one dictionary look-up before anything else.
        answer = self._answers.get(role)
        if answer is None or not index.isValid():
            return None
        return answer(index.internalPointer(), index.column())

    def _roles(self) -> dict:
        """role -> answer(item, column) for the roles this model gives."""
        return {
            DISPLAY: lambda item, col: display_text(item, col, self.time_sep),
            EDIT: lambda item, col: edit_value(item, col, self.time_sep),
            ID_ROLE: lambda item, col: item.id,
            TOOLTIP: lambda item, col: tooltip(item, col, col == COL_SLOT and self._past_end(item),
                                               self.time_sep),
            FOREGROUND: self._foreground,
            FONT: lambda item, col: self._bold if item.parent_id is None and col == COL_TITLE else None,
            ALIGNMENT: lambda item, col: _RIGHT if col == COL_DURATION else None,
        }

    def _foreground(self, item: ItemView, col: int):
        if col == COL_SLOT and (item.gap_before_min or self._past_end(item)):
            return WARN
        if item.kind == ItemKind.BREAK or col == COL_KIND:
            return MUTED
        return None

    def _past_end(self, item: ItemView) -> bool:
        return self._detail is not None and past_end(item, self._detail.meeting.end_time)

    # -- editing ----------------------------------------------------------------------

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        item: ItemView = index.internalPointer()
        # looked up, not combined per call: the view asks for every cell on each paint
        return FLAGS[item.parent_id is None][index.column()]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        item: ItemView = index.internalPointer()
        field = FIELDS.get(index.column())
        if field is None or value == edit_value(item, index.column(), self.time_sep):
            return False
        self.edit_requested.emit(item.id, field, value)
        return True

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        ids = {i.internalPointer().id for i in indexes if i.isValid()}
        if len(ids) != 1:
            return None
        data = QMimeData()
        data.setData(MIME, QByteArray(str(ids.pop()).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return data is not None and data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent):
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            item_id = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        if self._detail is None or item_id not in self._detail.by_id:
            return False
        parent_item = self.item(parent)
        parent_id = parent_item.id if parent_item is not None else None
        siblings = self._siblings(parent)
        index = len(siblings) if row < 0 else row
        moving = self._detail.by_id[item_id]
        if moving.parent_id == parent_id:
            current = [s.id for s in siblings].index(item_id)
            if index > current:
                index -= 1  # the row numbers count the item itself
        if parent_id == item_id:
            return False
        self.move_requested.emit(item_id, parent_id, index)
        return False  # the tab moves it; the view must not remove rows itself

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return translate("Column", HEADERS[section])
        return None
