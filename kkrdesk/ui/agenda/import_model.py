"""Tree model of a parsed agenda in the import preview: items, their sub-items and
sub-points, with derived slots, kinds, presenters (as matched against the register) and
the source lines each row came from. Doubtful rows are marked (yellow, ⚠, and how sure
the reading is). Edits (:mod:`kkrdesk.ui.agenda.import_edits`) change the parsed agenda
in place; nothing is written until the import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import EN_DASH, TIME_SEP, clock, join_and
from kkrdesk.ui.labels import label
from kkrdesk.imports.parsed_agenda import ParsedAgenda, ParsedItem, ParsedPoint, slots
from kkrdesk.ui.agenda.import_edits import (
    COL_DURATION, COL_KIND, COL_LINES, COL_NUMBER, COL_PRESENTERS, COL_SLOT, COL_TITLE,
    PreviewEdits,
)

__all__ = ["COL_DURATION", "COL_KIND", "COL_LINES", "COL_NUMBER", "COL_PRESENTERS", "COL_SLOT", "COL_TITLE",
           "ImportPreviewModel"]
HEADERS = (QT_TRANSLATE_NOOP("Column", "Nr."), QT_TRANSLATE_NOOP("Column", "Tidspunkt"), QT_TRANSLATE_NOOP("Column", "Punkt"), QT_TRANSLATE_NOOP("Column", "Type"), QT_TRANSLATE_NOOP("Column", "Min."), QT_TRANSLATE_NOOP("Column", "Oplægsholdere"), QT_TRANSLATE_NOOP("Column", "Linjer"))  # translated where shown
DOUBT = QBrush(QColor("#fff1c2"))
UNKNOWN = QColor("#9a4d00")
MUTED = QColor("#6b6b6b")
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 20


class _Node:
    __slots__ = ("obj", "parent", "row", "children", "number")

    def __init__(self, obj, parent: _Node | None, row: int, number: str = ""):
        self.obj, self.parent, self.row, self.number = obj, parent, row, number
        self.children: list[_Node] = []


class ImportPreviewModel(PreviewEdits, QAbstractItemModel):
    startEdited = Signal(int)  # the first item's time was typed: the meeting's start

    def __init__(self, parent=None):
        super().__init__(parent)
        self.agenda: ParsedAgenda | None = None
        self.register = None  # services.agenda_import.Register
        self.start_min: int | None = None
        self.sep = TIME_SEP  # the clock's separator setting: 12.00 or 12:00
        self.root = _Node(None, None, 0)
        self._slots: dict[int, tuple[int, int]] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- content -----------------------------------------------------------------------

    def set_agenda(self, agenda: ParsedAgenda | None, register=None) -> None:
        self.beginResetModel()
        self.agenda = agenda
        if register is not None:
            self.register = register
        self.build()
        self.endResetModel()

    def build(self) -> None:
        self.root = _Node(None, None, 0)
        if self.agenda is None:
            self._slots = {}
            return
        for r, item in enumerate(self.agenda.items):
            node = _Node(item, self.root, r, str(r + 1))
            self.root.children.append(node)
            self._add_children(node)
        self._slots = slots(self.agenda, self.start_min)

    def _add_children(self, node: _Node) -> None:
        item = node.obj
        for k, child in enumerate(item.children):
            sub = _Node(child, node, len(node.children), f"{node.number}.{chr(97 + k) if k < 26 else k + 1}")
            node.children.append(sub)
            self._add_children(sub)
        for point in item.sub_points:
            node.children.append(_Node(point, node, len(node.children)))

    def set_start(self, start_min: int | None) -> None:
        self.start_min = start_min
        self.refresh_slots()

    def refresh_slots(self) -> None:
        if self.agenda is None:
            return
        self._slots = slots(self.agenda, self.start_min)
        self._changed_all(COL_SLOT, COL_SLOT)

    def _changed_all(self, first: int, last: int) -> None:
        def walk(parent_index: QModelIndex, node: _Node) -> None:
            if node.children:
                self.dataChanged.emit(self.index(0, first, parent_index),
                                      self.index(len(node.children) - 1, last, parent_index))
            for child in node.children:
                if child.children:
                    walk(self.index(child.row, 0, parent_index), child)

        walk(QModelIndex(), self.root)

    def node(self, index: QModelIndex) -> _Node | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    def obj(self, index: QModelIndex):
        node = self.node(index)
        return node.obj if node else None

    # -- structure ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        pnode = self.node(parent) or self.root
        return self.createIndex(row, column, pnode.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent) or self.root
        return len(node.children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return translate("Column", HEADERS[section])
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        obj = self.obj(index)
        top = self.agenda is not None and obj in self.agenda.items
        editable = (COL_TITLE,) if isinstance(obj, ParsedPoint) else (
            COL_TITLE, COL_KIND, COL_DURATION, COL_PRESENTERS) + ((COL_SLOT,) if top else ())
        if index.column() in editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # -- data --------------------------------------------------------------------------

    def presenters_text(self, item: ParsedItem) -> str:
        parts = []
        for p in item.presenters:
            if self.register is None:
                parts.append(p.text)
                continue
            m = self.register.match(p.name, p.organisation)
            parts.append(m.text + ("" if m.known else " " + translate("ImportPreview", "(ny)")))
        return join_and(parts) if parts else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        obj, col = node.obj, index.column()
        if role == OBJECT_ROLE:
            return obj
        if isinstance(obj, ParsedPoint):
            return self._point_data(obj, col, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._item_text(node, obj, col)
        if role == Qt.ItemDataRole.EditRole:
            start = self._slots.get(id(obj), (None, None))[0]
            return {COL_TITLE: obj.title, COL_KIND: obj.kind.value, COL_DURATION: obj.duration_min,
                    COL_PRESENTERS: " og ".join(p.text for p in obj.presenters),
                    COL_SLOT: clock(start, self.sep) if start is not None else ""}.get(col)
        if role == Qt.ItemDataRole.BackgroundRole and obj.doubtful:
            return DOUBT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(obj)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_PRESENTERS and self.register is not None:
            if any(not self.register.match(p.name, p.organisation).known for p in obj.presenters):
                return UNKNOWN
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_LINES:
            return MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_DURATION, COL_NUMBER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _item_text(self, node: _Node, item: ParsedItem, col: int) -> str:
        if col == COL_NUMBER:
            return ("⚠ " if item.doubtful else "") + node.number
        if col == COL_SLOT:
            start, end = self._slots.get(id(item), (None, None))
            top = node.parent is self.root
            if start is None or (not top and not item.duration_min):
                return ""
            pinned = " " + translate("Column", "(låst)") if item.pinned_min is not None and top else ""
            return f"{clock(start, self.sep)}{EN_DASH}{clock(end, self.sep)}" + pinned

        if col == COL_TITLE:
            return item.title
        if col == COL_KIND:
            return label(item.kind)
        if col == COL_DURATION:
            return str(item.duration_min) if item.duration_min or node.parent is self.root else ""
        if col == COL_PRESENTERS:
            return self.presenters_text(item)
        if col == COL_LINES:
            return _lines(item.lines)
        return ""

    def _point_data(self, point: ParsedPoint, col: int, role):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_TITLE:
                return point.text if role == Qt.ItemDataRole.EditRole else "• " + point.text
            if col == COL_KIND and role == Qt.ItemDataRole.DisplayRole:
                return "underpunkt"
            if col == COL_LINES and role == Qt.ItemDataRole.DisplayRole:
                return _lines(point.lines)
            return None if role == Qt.ItemDataRole.EditRole else ""
        if role == Qt.ItemDataRole.FontRole and col == COL_TITLE:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_KIND, COL_LINES):
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.source_text(point.lines)
        return None

    def source_text(self, lines: list[int]) -> str:
        if self.agenda is None:
            return ""
        return "\n".join(translate("import_model", "Linje {n}: {n2}").format(n=n + 1, n2=_shown(self.agenda.lines[n])) for n in sorted(lines))

    def _tooltip(self, item: ParsedItem) -> str:
        parts = [self.source_text(item.lines)]
        parts.append(f"Type: {label(item.kind).lower()} ({item.kind_source}); varighed: "
                     f"{item.duration_min} min. ({item.duration_source}); sikkerhed: "
                     f"{round(100 * item.confidence)} %")
        parts += [f"⚠ {d}" for d in item.doubts]
        return "\n".join(p for p in parts if p)


def _shown(line: str) -> str:
    """A source line as the detail shows it: table cells parted by ' | ', no runs of blanks."""
    cells = [" ".join(cell.split()) for cell in line.split("\t")]
    return " | ".join(c for c in cells if c)


def _lines(lines: list[int]) -> str:
    nums = sorted(n + 1 for n in lines)
    if not nums:
        return ""
    if nums == list(range(nums[0], nums[-1] + 1)) and len(nums) > 2:
        return f"{nums[0]}–{nums[-1]}"
    return ", ".join(str(n) for n in nums)
