"""The preview of pasted proposals: one row per proposal that will be made, with a tick
(untick what is no proposal), the title, type, current name and code, proposed name
(all editable in place) and what else the line said. Edits change the parsed rows;
nothing is written until the dialog's OK."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import SorProposalKind
from kkrdesk.ui.labels import label
from kkrdesk.imports.sor_paste_lines import PastedProposal

COL_CREATE, COL_TITLE, COL_KIND, COL_CURRENT, COL_CODE, COL_PROPOSED, COL_TEXT = range(7)
HEADERS = (QT_TRANSLATE_NOOP("Column", "Opret"), QT_TRANSLATE_NOOP("Column", "Titel"), QT_TRANSLATE_NOOP("Column", "Type"), QT_TRANSLATE_NOOP("Column", "Nuværende navn"), QT_TRANSLATE_NOOP("Column", "Kode"), QT_TRANSLATE_NOOP("Column", "Foreslået navn"), QT_TRANSLATE_NOOP("Column", "Øvrigt"))  # translated where shown
EDITABLE = {COL_TITLE: "title", COL_CURRENT: "current_name", COL_CODE: "concept_code",
            COL_PROPOSED: "proposed_name"}
MUTED = QColor("#8a8a8a")
TEXTS = (("definition", "Definition"), ("rationale", "Begrundelse"),
         ("open_questions", "Åbne spørgsmål"), ("notes", "Noter"))


def other_text(p: PastedProposal) -> str:
    """What else the line said, named: »Definition: …; Åbne spørgsmål: …«."""
    return "; ".join(f"{name}: {value}" for field, name in TEXTS if (value := getattr(p, field)))


class PastePreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.proposals: list[PastedProposal] = []

    def set_proposals(self, proposals: list[PastedProposal]) -> None:
        self.beginResetModel()
        self.proposals = list(proposals)
        self.endResetModel()

    def chosen(self) -> list[PastedProposal]:
        return [p for p in self.proposals if p.create]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return translate("Column", HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_CREATE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in EDITABLE or index.column() == COL_KIND:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.proposals)):
            return None
        p, col = self.proposals[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_CREATE:
            return Qt.CheckState.Checked if p.create else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not p.create:
            return MUTED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(p, col, role)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_TITLE, COL_TEXT):
            return p.title if col == COL_TITLE else other_text(p) or None
        return None

    @staticmethod
    def _value(p: PastedProposal, col: int, role) -> str | None:
        if col == COL_KIND:
            return p.kind.value if role == Qt.ItemDataRole.EditRole else label(p.kind)
        if col in EDITABLE:
            return getattr(p, EDITABLE[col])
        if col == COL_TEXT:
            return " ".join(other_text(p).split())
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        p, col = self.proposals[index.row()], index.column()
        if col == COL_CREATE and role == Qt.ItemDataRole.CheckStateRole:
            p.create = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(len(HEADERS) - 1))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == COL_KIND:
            p.kind = SorProposalKind(value)
        elif col in EDITABLE:
            setattr(p, EDITABLE[col], " ".join(str(value or "").split()))
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class KindChoice(QStyledItemDelegate):
    """The Type column is picked from the kinds."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        box = QComboBox(parent)
        for kind in SorProposalKind:
            box.addItem(label(kind), kind.value)
        return box

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
