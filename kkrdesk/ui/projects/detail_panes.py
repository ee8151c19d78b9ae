"""The detail panes of a project: its own fields (saved as soon as a field is left or
typing pauses), the tables of its parts with Ny/Ret/Slet, and the meetings where it
was presented. Panes emit undo commands; the tab pushes them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from kkrdesk.core.danish import parse_date, short_date
from kkrdesk.core.enums import ProjectPhase, label
from kkrdesk.core.errors import ValidationError
from kkrdesk.views.projects import STANDARD_DOCUMENTS, ProjectFields, ProjectView
from kkrdesk.ui.autosave import AutoSaveText
from kkrdesk.ui.form_dialog import error_label
from kkrdesk.ui.projects.dialogs import ERROR_STYLE
from kkrdesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from kkrdesk.ui.widgets import fit_columns, sortable_table


class GeneralPane(QWidget):
    """Name, description, phase, owner, start date and documents reached. Emits
    ``save(ProjectFields)``; the tab answers with ``show_error`` if it is refused."""

    save = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project: ProjectView | None = None
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.name = QLineEdit()
        self.name.editingFinished.connect(self._changed)
        self.description = AutoSaveText("Hvad går projektet ud på?")
        self.description.setMaximumHeight(110)
        self.description.committed.connect(lambda _t: self._changed())
        self.phase = QComboBox()
        for ph in ProjectPhase:
            self.phase.addItem(label(ph), ph)
        self.phase.activated.connect(lambda _i: self._changed())
        self.owner = QComboBox()
        self.owner.activated.connect(lambda _i: self._changed())
        self.started = QLineEdit()
        self.started.setPlaceholderText("fx 01-03-2025 (valgfri)")
        self.started.editingFinished.connect(self._changed)
        docs = QGridLayout()
        self.doc_boxes = []
        for n, name in enumerate(STANDARD_DOCUMENTS):
            box = QCheckBox(name)
            box.toggled.connect(lambda _c: self._changed())
            docs.addWidget(box, n // 3, n % 3)
            self.doc_boxes.append(box)
        self.other_docs = QLineEdit()
        self.other_docs.setPlaceholderText("Andre dokumenter, adskilt med komma")
        self.other_docs.editingFinished.connect(self._changed)
        docs.addWidget(self.other_docs, 2, 0, 1, 3)
        self.errors = {k: error_label() for k in ("name", "description", "owner", "started_on")}
        for err in self.errors.values():
            err.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        form.addRow("Navn", self.name)
        form.addRow("", self.errors["name"])
        form.addRow("Beskrivelse", self.description)
        form.addRow("", self.errors["description"])
        form.addRow("Fase", self.phase)
        form.addRow("Projektejer", self.owner)
        form.addRow("", self.errors["owner"])
        form.addRow("Startdato", self.started)
        form.addRow("", self.errors["started_on"])
        form.addRow("Dokumenter", docs)
        self._loading = False

    def set_owners(self, owners: list[tuple[int, str]]) -> None:
        self._loading = True
        current = self.owner.currentData()
        self.owner.clear()
        self.owner.addItem("(ingen)", None)
        for oid, name in owners:
            self.owner.addItem(name, oid)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self._loading = False

    def show_project(self, p: ProjectView | None) -> None:
        switching = self.project is None or p is None or p.id != self.project.id
        if switching and self.project is not None:
            self.description.commit()
        self.project = p
        self.setEnabled(p is not None)
        if p is None:
            return
        if any(e.isVisible() for e in self.errors.values()) and not switching:
            return  # a refused value stays as typed until it is fixed
        self._loading = True
        self.clear_errors()
        self.name.setText(p.name)
        (self.description.reset if switching else self.description.load)(p.description)
        self.phase.setCurrentIndex(self.phase.findData(p.phase))
        self.owner.setCurrentIndex(max(0, self.owner.findData(p.owner_id)))
        self.started.setText(short_date(p.started_on) if p.started_on else "")
        for box in self.doc_boxes:
            box.setChecked(any(d.casefold() == box.text().casefold() for d in p.documents))
        std = {d.casefold() for d in STANDARD_DOCUMENTS}
        self.other_docs.setText(", ".join(d for d in p.documents if d.casefold() not in std))
        self._loading = False

    def fields(self) -> ProjectFields:
        text = self.started.text().strip()
        try:
            started = parse_date(text) if text else None
        except ValueError as exc:
            raise ValidationError(str(exc), field="started_on") from None
        docs = [b.text() for b in self.doc_boxes if b.isChecked()]
        docs += [d.strip() for d in self.other_docs.text().split(",") if d.strip()]
        return ProjectFields(self.name.text(), self.description.toPlainText(),
                             self.phase.currentData(), self.owner.currentData(), started,
                             tuple(docs))

    def _changed(self) -> None:
        if self._loading or self.project is None:
            return
        self.clear_errors()
        try:
            fields = self.fields()
        except ValidationError as exc:
            self.show_error(exc)
            return
        if fields != self.project.fields:
            self.save.emit(fields)

    def clear_errors(self) -> None:
        for name, err in self.errors.items():
            err.hide()
        for w in (self.name, self.description, self.owner, self.started):
            w.setStyleSheet("")

    def show_error(self, exc) -> None:
        field = getattr(exc, "field", None) or "name"
        field = field if field in self.errors else "name"
        self.errors[field].setText(str(exc))
        self.errors[field].show()
        widget = {"name": self.name, "description": self.description, "owner": self.owner,
                  "started_on": self.started}[field]
        widget.setStyleSheet(ERROR_STYLE)


class PartPane(QWidget):
    """A table of one kind of part with Ny …, Ret … and Slet buttons. The tab connects
    ``add_requested``, ``edit_requested(row)`` and ``delete_requested(row)``."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, kind: str, cols: list[Column], rows_of: Callable[[ProjectView], tuple],
                 new_text: str, parent=None, stretch: int = 0):
        super().__init__(parent)
        self.kind, self.rows_of = kind, rows_of
        self.model = RowTableModel(cols, self)
        self.view, self.proxy = sortable_table(self.model, stretch_column=stretch)
        self.view.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(new_text)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.edit_button = QPushButton("Ret …")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button = QPushButton("Slet")
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.view, 1)

    def show_project(self, p: ProjectView | None) -> None:
        current = self.current()
        self.model.set_rows(self.rows_of(p) if p else ())
        fit_columns(self.view, 300)
        if self.kind in ("note", "decision", "risk", "financing"):  # long texts wrap
            self.view.setWordWrap(True)
            self.view.resizeRowsToContents()
        if current is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(ROW_ROLE).id == current.id:
                    self.view.selectRow(r)

    def current(self):
        idx = self.view.currentIndex()
        return idx.siblingAtColumn(0).data(ROW_ROLE) if idx.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _emit(self, signal) -> None:
        row = self.current()
        if row is not None:
            signal.emit(row)


class LinksPane(QWidget):
    """The agenda items where the project was presented; double-click jumps there."""

    jump = Signal(int)  # agenda item id
    unlink = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda it: self.jump.emit(it.data(Qt.ItemDataRole.UserRole)))
        go = QPushButton("Gå til punktet")
        go.clicked.connect(lambda: self._emit(self.jump))
        drop = QPushButton("Fjern kobling")
        drop.clicked.connect(lambda: self._emit(self.unlink))
        row = QHBoxLayout()
        row.addWidget(go)
        row.addWidget(drop)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        hint = QLabel("Møder, hvor projektet er præsenteret. Knyt et punkt til projektet fra "
                      "punktet på Dagsorden-fanen.")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addLayout(row)
        lay.addWidget(self.list, 1)

    def show_project(self, p: ProjectView | None) -> None:
        self.list.clear()
        for link in (p.links if p else ()):
            it = QListWidgetItem(f"{short_date(link.meeting_date)}  punkt {link.number}: {link.title}")
            it.setData(Qt.ItemDataRole.UserRole, link.item_id)
            self.list.addItem(it)

    def _emit(self, signal) -> None:
        it = self.list.currentItem()
        if it is not None:
            signal.emit(it.data(Qt.ItemDataRole.UserRole))

