"""The detail panes of a project: its own fields (each saves itself, ui/autosave.py) and
the tables of its parts with Ny/Ret/Slet (the meetings where it was presented are in
links_pane.py). Panes emit undo commands; the tab pushes them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate, shown
from kkrdesk.ui.dates import short_date
from kkrdesk.core.dates import parse_date
from kkrdesk.core.enums import ProjectPhase
from kkrdesk.ui.labels import label
from kkrdesk.core.errors import ValidationError
from kkrdesk.ui.autosave import Autosave, AutoSaveText
from kkrdesk.ui.form_dialog import error_label
from kkrdesk.ui.projects.dialogs import ERROR_STYLE
from kkrdesk.ui.projects.pane_hints import HintAbove
from kkrdesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from kkrdesk.ui.widgets import fit_columns, sortable_table
from kkrdesk.views.projects import STANDARD_DOCUMENTS, ProjectFields, ProjectView


def _readable_date(text: object) -> bool:
    try:
        str(text).strip() and parse_date(str(text))
    except ValueError:
        return False
    return True


class GeneralPane(QWidget):
    """Name, description, phase, owner, start date and documents reached. Emits
    ``save(ProjectFields, typed field or "")``; the tab answers with ``show_error`` if
    it is refused. Each field saves only itself: the others go as stored."""

    save = Signal(object, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project: ProjectView | None = None
        self.stored: ProjectFields | None = None  # as stored, with our own saves since
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.name = QLineEdit()
        self.description = AutoSaveText("Hvad går projektet ud på?", name="projects.description",
                                        commit=lambda t: self._typed("description", t),
                                        record=self._record)
        self.description.setMaximumHeight(110)
        self.phase = QComboBox()
        for ph in ProjectPhase:
            self.phase.addItem(label(ph), ph)
        self.phase.activated.connect(lambda _i: self._chosen(phase=self.phase.currentData()))
        self.owner = QComboBox()
        self.owner.activated.connect(lambda _i: self._chosen(owner_id=self.owner.currentData()))
        self.started = QLineEdit()
        self.started.setPlaceholderText(translate("GeneralPane", "fx 01-03-2025 (valgfri)"))
        docs = QGridLayout()
        self.doc_boxes = []
        for n, name in enumerate(STANDARD_DOCUMENTS):
            box = QCheckBox(name)
            box.toggled.connect(lambda _c: self._chosen(documents=self._documents()))
            docs.addWidget(box, n // 3, n % 3)
            self.doc_boxes.append(box)
        self.other_docs = QLineEdit()
        self.other_docs.setPlaceholderText(translate("GeneralPane", "Andre dokumenter, adskilt med komma"))
        docs.addWidget(self.other_docs, 2, 0, 1, 3)
        self.binds = {
            "name": Autosave(self.name, lambda t: self._typed("name", t), name="projects.name",
                             record=self._record),
            "description": self.description.autosave,
            "started_on": Autosave(self.started, lambda t: self._typed("started_on", t),
                                   name="projects.started_on", accept=_readable_date,
                                   record=self._record),
            "documents": Autosave(self.other_docs, lambda t: self._typed("documents", t),
                                  name="projects.other_documents", record=self._record),
        }
        self._rows(form, docs)
        self._loading = False
        self._refused = False

    def _rows(self, form: QFormLayout, docs: QGridLayout) -> None:
        self.errors = {k: error_label() for k in ("name", "description", "owner", "started_on")}
        for err in self.errors.values():
            err.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        form.addRow(translate("GeneralPane", "Navn"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(translate("GeneralPane", "Beskrivelse"), self.description)
        form.addRow("", self.errors["description"])
        form.addRow(translate("GeneralPane", "Fase"), self.phase)
        form.addRow(translate("GeneralPane", "Projektejer"), self.owner)
        form.addRow("", self.errors["owner"])
        form.addRow(translate("GeneralPane", "Startdato"), self.started)
        form.addRow("", self.errors["started_on"])
        form.addRow(translate("GeneralPane", "Dokumenter"), docs)

    def set_owners(self, owners: list[tuple[int, str]]) -> None:
        """The owner choices, rebuilt only when they changed (a refresh can come from a
        pick in this very box)."""
        wanted = [(None, translate("GeneralPane", "(ingen)")), *owners]
        if [(self.owner.itemData(i), self.owner.itemText(i)) for i in range(self.owner.count())] == wanted:
            return
        self._loading = True
        current = self.owner.currentData()
        self.owner.clear()
        for oid, name in wanted:
            self.owner.addItem(name, oid)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self._loading = False

    def _record(self) -> int | None:
        """The project the fields show: a save kept while the server is away names it."""
        return self.project.id if self.project is not None else None

    def show_project(self, p: ProjectView | None) -> None:
        switching = self.project is None or p is None or p.id != self.project.id
        if switching and self.project is not None:
            self.commit()
        self.project = p
        self.setEnabled(p is not None)
        if p is None:
            return
        self.stored = p.fields
        self._loading = True
        std = {d.casefold() for d in STANDARD_DOCUMENTS}
        shown = {"name": p.name, "description": p.description,
                 "started_on": short_date(p.started_on) if p.started_on else "",
                 "documents": ", ".join(d for d in p.documents if d.casefold() not in std)}
        for field, bind in self.binds.items():
            if switching:
                bind.reset(shown[field])
            elif not bind.typing():
                bind.load(shown[field])
            if switching or not bind.typing():
                self._clear_error(field)
        self.phase.setCurrentIndex(self.phase.findData(p.phase))
        self.owner.setCurrentIndex(max(0, self.owner.findData(p.owner_id)))
        for box in self.doc_boxes:
            box.setChecked(any(d.casefold() == box.text().casefold() for d in p.documents))
        self._loading = False

    def commit(self) -> None:
        for bind in self.binds.values():
            bind.commit()

    def _documents(self, other: str | None = None) -> tuple[str, ...]:
        docs = [b.text() for b in self.doc_boxes if b.isChecked()]
        text = self.other_docs.text() if other is None else other
        return tuple(docs + [d.strip() for d in text.split(",") if d.strip()])

    def _typed(self, field: str, text: str) -> bool:
        if field == "started_on":
            try:
                value = parse_date(text.strip()) if text.strip() else None
            except ValueError as exc:
                self.show_error(ValidationError(shown(exc), field="started_on"))
                return False
        else:
            value = self._documents(text) if field == "documents" else text
        return self._send(field, {field: value})

    def _chosen(self, **change) -> None:
        if not self._loading:
            self._send("", change)

    def _send(self, typed: str, change: dict) -> bool:
        if self._loading or self.project is None or self.stored is None:
            return False
        fields = dataclasses.replace(self.stored, **change)
        self._clear_error(typed or "owner")
        if fields == self.stored:
            return True
        previous, self.stored, self._refused = self.stored, fields, False
        self.save.emit(fields, typed)  # the refresh it causes shows what was stored
        if self._refused:
            self.stored = previous
        return not self._refused

    def _clear_error(self, field: str) -> None:
        if field in self.errors:
            self.errors[field].hide()
            self._error_widget(field).setStyleSheet("")

    def _error_widget(self, field: str) -> QWidget:
        return {"name": self.name, "description": self.description, "owner": self.owner,
                "started_on": self.started, "documents": self.other_docs}[field]

    def show_error(self, exc) -> None:
        self._refused = True
        field = getattr(exc, "field", None) or "name"
        field = field if field in self.errors else "name"
        self.errors[field].setText(shown(exc))
        self.errors[field].show()
        self._error_widget(field).setStyleSheet(ERROR_STYLE)


class PartPane(QWidget):
    """A table of one kind of part with Ny …, Ret … and Slet buttons. The tab connects
    ``add_requested``, ``edit_requested(row)`` and ``delete_requested(row)``."""

    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, kind: str, cols: list[Column], rows_of: Callable[[ProjectView], tuple],
                 new_text: str, parent=None, stretch: int = 0, empty_text: str = ""):
        super().__init__(parent)
        self.kind, self.rows_of, self.empty_text = kind, rows_of, empty_text
        self.model = RowTableModel(cols, self)
        self.view, self.proxy = sortable_table(self.model, stretch_column=stretch)
        self.view.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("Form", new_text))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.edit_button = QPushButton(translate("PartPane", "Ret …"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button = QPushButton(translate("PartPane", "Slet"))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.layout_.addLayout(buttons)
        self.empty = HintAbove(self.view)  # what to do first, while there are no rows
        self._unfitted = False  # rows shown while hidden: their columns are fitted when shown
        self.layout_.addWidget(self.empty, 1)

    def show_project(self, p: ProjectView | None) -> None:
        current = self.current()
        self.model.set_rows(self.rows_of(p) if p else ())
        self.empty.show_hint(self.empty_text if p is not None and not self.model.rowCount() else "")
        # Measuring every cell is the larger part of showing a project; the panes behind
        # other tabs are measured when they are shown.
        self._unfitted = not self.isVisible()
        if not self._unfitted:
            self._fit()
        if current is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(ROW_ROLE).id == current.id:
                    self.view.selectRow(r)

    def _fit(self) -> None:
        fit_columns(self.view, 300)
        if self.kind in ("note", "decision", "risk", "financing"):  # long texts wrap
            self.view.setWordWrap(True)
            self.view.resizeRowsToContents()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._unfitted:
            self._unfitted = False
            self._fit()

    def current(self):
        idx = self.view.currentIndex()
        return idx.siblingAtColumn(0).data(ROW_ROLE) if idx.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _emit(self, signal) -> None:
        row = self.current()
        if row is not None:
            signal.emit(row)
