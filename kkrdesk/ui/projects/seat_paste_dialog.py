"""Indsæt navne …: a list of names pasted from a slide or an e-mail becomes seats in the
project's groups in one step. The preview shows, before anything is written, who each
line is in the register: found, a new person (with the organisation), or several who fit
(the user picks); a line can be left out. OK writes it all as one undo step; Annuller
keeps nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from kkrdesk.ui.i18n import Counts, shown, translate
from kkrdesk.core.enums import GroupKind, Role
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.imports.seat_list import read_seat_list
from kkrdesk.services.projects import seat_match
from kkrdesk.ui.form_dialog import dialog_frame
from kkrdesk.views.projects import PROJECT_GROUP_KINDS
from kkrdesk.views.seat_list import AMBIGUOUS, NEW, SeatChoice, SeatList, SeatMatch
from kkrdesk.ui.accessible import NamedDialog

HINT = QT_TRANSLATE_NOOP("SeatPaste", "Sæt en liste ind fra et dias eller en e-mail: ét navn pr. linje, gerne »Navn, "
        "Organisation«, kolonner fra et regneark, eller med rolle som »Projektleder: Navn« og "
        "»KL (formand)«. Linjer under »Styregruppe:« eller »Projektgruppe:« kommer i den gruppe.")
COLUMNS = (QT_TRANSLATE_NOOP("Column", "Linje"), QT_TRANSLATE_NOOP("Column", "Gruppe"), QT_TRANSLATE_NOOP("Column", "Rolle"), QT_TRANSLATE_NOOP("Column", "Som skrevet"), QT_TRANSLATE_NOOP("Column", "Hvem i registret"), QT_TRANSLATE_NOOP("Column", "Bemærkning"))
SKIP = QT_TRANSLATE_NOOP("SeatPaste", "Spring over")
PICK = QT_TRANSLATE_NOOP("SeatPaste", "Vælg …")
AMBIGUOUS_BACKGROUND = QColor("#fff4c2")
Save = Callable[[list[SeatChoice]], KkrDeskError | None]


class SeatPasteDialog(NamedDialog):
    """``save(choices)`` writes the seats (one undo step) and returns the refusal, if any:
    it is shown here and nothing typed is lost."""

    def __init__(self, register: seat_match.SeatRegister, group_id: int | None, save: Save,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("SeatPasteDialog", "Indsæt navne"))
        self.register, self.save = register, save
        self.list = SeatList(())
        self.matches: list[SeatMatch] = []
        self.picked: dict[tuple[int, str], int] = {}  # what the user chose, kept on edits
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(translate("SeatPasteDialog", "Fx\nStyregruppe:\nKL (formand) og MedCom (projektejer)\n"
                                     "Projektgruppe:\nProjektleder: Jørgen Hougaard\n"
                                     "Karen Anja Iversen, Helsingør kommune"))
        self.text.setTabChangesFocus(True)
        self.group = self._group_box(group_id)
        self.table = _table()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()
        self.text.textChanged.connect(self.refresh)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(1180, 680)  # the preview's columns whole on a 1366×768 screen
        self.refresh()
        self.text.setFocus()

    def _lay_out(self) -> None:
        hint = QLabel(translate("SeatPaste", HINT))
        hint.setWordWrap(True)
        top = QVBoxLayout()
        top.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("SeatPasteDialog", "Navne uden overskrift kommer i:")))
        row.addWidget(self.group)
        row.addStretch(1)
        top.addLayout(row)
        top.addWidget(self.text, 2)
        top.addWidget(QLabel(translate("SeatPasteDialog", "Sådan bliver de sat ind (intet er gemt endnu):")))
        top.addWidget(self.table, 3)
        top.addWidget(self.summary)
        self.error, self.buttons = dialog_frame(self, top, QT_TRANSLATE_NOOP("Form", "Tilføj"))
        self.error.setTextFormat(Qt.TextFormat.PlainText)

    def _group_box(self, group_id: int | None) -> QComboBox:
        box = QComboBox()
        for gid, _kind, name in self.register.groups:
            box.addItem(name, (gid, None))
        present = {kind for _gid, kind, _name in self.register.groups}
        for kind in PROJECT_GROUP_KINDS:
            if kind not in present:
                box.addItem(translate("seat_paste_dialog", "{kind} (ny)").format(kind=label(kind)), (None, kind))
        wanted = next((i for i in range(box.count()) if box.itemData(i)[0] == group_id), -1)
        if wanted < 0:
            wanted = 0 if self.register.groups else box.findData((None, GroupKind.PROJECT_GROUP))
        box.setCurrentIndex(max(0, wanted))
        return box

    # -- the preview ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.error.hide()
        try:
            self.list = read_seat_list(self.text.toPlainText())
        except KkrDeskError as exc:
            self.list = SeatList(())
            self.error.setText(shown(exc))
            self.error.show()
        chosen_id = self.group.currentData()[0]
        self.matches = seat_match.match_all(self.register, self.list.rows, chosen_id)
        self.table.setRowCount(len(self.matches))
        for r, m in enumerate(self.matches):
            self._fill_row(r, m)
        self._fit_columns()
        self._summarise()

    def _fit_columns(self) -> None:
        """Every column as wide as its text, the »Hvem i registret« lists as wide as their
        longest entry, and Bemærkning taking what is left (nothing clipped at 1366×768)."""
        t = self.table
        t.resizeColumnsToContents()
        boxes = [t.cellWidget(r, 4) for r in range(t.rowCount())]
        if boxes:
            t.setColumnWidth(4, max(b.sizeHint().width() for b in boxes))
        t.horizontalHeader().setStretchLastSection(True)

    def target(self, kind: GroupKind | None) -> tuple[int | None, GroupKind | None]:
        """(existing group id, or None and the kind of the new group) a line goes to."""
        if kind is None:
            return self.group.currentData()
        gid = self.register.group_for(kind, None)
        return (gid, None) if gid is not None else (None, kind)

    def _group_text(self, kind: GroupKind | None) -> str:
        gid, new_kind = self.target(kind)
        if gid is None:
            return translate("seat_paste_dialog", "{new_kind} (ny)").format(new_kind=label(new_kind))
        return next(name for g, _k, name in self.register.groups if g == gid)

    def _fill_row(self, r: int, m: SeatMatch) -> None:
        written = ", ".join(x for x in (m.row.name, m.row.organisation) if x)
        note = m.problem or {NEW: "Ny i registret", AMBIGUOUS: "Flere kan passe: vælg"}.get(m.status, "")
        cells = (str(m.row.line), self._group_text(m.row.group), label(m.row.role or Role.MEMBER),
                 written, None, note)
        for c, text in enumerate(cells):
            if text is not None:
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if m.status == AMBIGUOUS and not m.problem:
                    item.setBackground(AMBIGUOUS_BACKGROUND)
                self.table.setItem(r, c, item)
        self.table.setCellWidget(r, 4, self._who_box(m))

    def _who_box(self, m: SeatMatch) -> QComboBox:
        box = QComboBox()
        if m.status == AMBIGUOUS:
            box.addItem(translate("SeatPaste", PICK), None)
        for h in m.choices:
            box.addItem(h.text, h)
        box.addItem(translate("SeatPaste", SKIP), None)
        key = (m.row.line, m.row.name)
        box.setCurrentIndex(self.picked.get(key, box.count() - 1 if m.problem else 0))
        box.currentIndexChanged.connect(lambda i: self._picked(key, i))
        return box

    def _picked(self, key: tuple[int, str], index: int) -> None:
        self.picked[key] = index
        self._summarise()

    def _summarise(self) -> None:
        who = [self.table.cellWidget(r, 4) for r in range(self.table.rowCount())]
        new = sum(1 for b in who if b.currentData() is not None and b.currentData().kind == "new")
        chosen = sum(1 for b in who if b.currentData() is not None)
        open_ = sum(1 for b in who if b.currentText() == translate("SeatPaste", PICK))
        parts = [translate("SeatPaste", "{seats}, heraf {people} i registret").format(
            seats=Counts.tr("%n plads|%n pladser", "", chosen),
            people=Counts.tr("%n ny person|%n nye personer", "", new))
            if who else translate("SeatPaste", "Ingen navne endnu")]
        if open_:
            parts.append(translate("seat_paste_dialog", "{open_} skal vælges").format(open_=open_))
        if self.list.skipped:
            parts.append(translate("SeatPaste", "sprunget over:") + " " + ", ".join(translate("seat_paste_dialog", "linje {n} ({why})").format(n=n, why=why) for n, _t, why
                                                       in self.list.skipped))
        self.summary.setText("; ".join(parts) + ".")

    # -- OK -------------------------------------------------------------------------------------

    def choices(self) -> list[SeatChoice]:
        out = []
        for r, m in enumerate(self.matches):
            box = self.table.cellWidget(r, 4)
            if box.currentText() == translate("SeatPaste", PICK):
                box.setFocus()
                raise KkrDeskError(translate("seat_paste_dialog", "Linje {line}: vælg hvem »{name}« er, eller »{SKIP}«.").format(line=m.row.line, name=m.row.name, SKIP=translate("SeatPaste", SKIP)))
            if box.currentData() is not None:
                gid, kind = self.target(m.row.group)
                out.append(SeatChoice(box.currentData(), m.row.role or Role.MEMBER, gid, kind))
        return out

    def accept(self) -> None:
        self.error.hide()
        try:
            refusal = self.save(self.choices())
        except KkrDeskError as exc:
            refusal = exc
        if refusal is not None:
            self.error.setText(str(refusal))
            self.error.show()
            return
        super().accept()


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _table() -> QTableWidget:
    table = QTableWidget(0, len(COLUMNS))
    table.setHorizontalHeaderLabels([translate("Column", c) for c in COLUMNS])
    table.verticalHeader().hide()
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setWordWrap(False)
    return table
