"""Fremmøde: the members expected at the meeting and everyone recorded for it.
"Alle deltog" in one step, then afbud / fraværende / stedfortræder per person."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHeaderView, QInputDialog, QLabel, QPushButton, QVBoxLayout,
    QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import AttendanceMode, AttendanceStatus
from kkrdesk.ui.labels import label
from kkrdesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from kkrdesk.ui.widgets import fit_columns, sortable_table, wrap_rows
from kkrdesk.views.agenda import AttendanceState, RosterRow
from PySide6.QtCore import QT_TRANSLATE_NOOP


def _status_text(row: RosterRow, names: dict[int, str]) -> str:
    st = row.state
    if st.status is None:
        return "–"
    text = (translate("attendance_pane", "Stedfortræder for {substitute_for_id}").format(substitute_for_id=names.get(st.substitute_for_id, '?'))
            if st.status == AttendanceStatus.SUBSTITUTE else label(st.status))
    online = st.mode == AttendanceMode.ONLINE and st.status in (
        AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)
    return text + (" (online)" if online else "")


class AttendancePane(QWidget):
    """Emits ``change(states, undo_text)`` and ``all_present()`` for the tab."""

    change = Signal(list, str)
    all_present = Signal()
    add_guest = Signal()
    presenters_present = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._names: dict[int, str] = {}
        self._build_table()
        self.summary = QLabel()
        self.empty_hint = QLabel(
            translate("AttendancePane", "Ingen medlemmer af netværket på mødets dato i registret. Tilføj oplægsholdere og "
            "gæster med »Tilføj gæst …«, eller opret medlemmerne under fanen Deltagere "
            "(Importér … eller Ny person …)."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #5f4b00; background: #fff4ce; padding: 6px;")
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)

    def _build_table(self) -> None:
        columns = [  # the status first after the name: it is what the pane is for
            Column(QT_TRANSLATE_NOOP("Column", "Navn"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("Column", "Fremmøde"), lambda r: _status_text(r, self._names)),
            Column(QT_TRANSLATE_NOOP("Column", "Organisation"), lambda r: r.organisation),
            Column(QT_TRANSLATE_NOOP("Column", "Rolle"), lambda r: label(r.role) if r.role else ("Gæst" if r.state.is_guest else "")),
        ]
        self.model = RowTableModel(columns, self)
        self.view, self.proxy = sortable_table(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setStretchLastSection(False)
        wrap_rows(self.view)  # a long name or organisation goes onto two lines

    def _build_buttons(self) -> QGridLayout:
        """Three by three: Alle deltog, the statuses for the selected, stedfortræder,
        online, guests and presenters, Ryd."""
        self.all_button = QPushButton(translate("AttendancePane", "Alle deltog"))
        self.all_button.setToolTip(translate("AttendancePane", "Marker alle forventede uden registrering som deltagende"))
        self.all_button.clicked.connect(self.all_present.emit)
        status_buttons = []
        for status in (AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT):
            b = QPushButton(label(status))
            b.clicked.connect(lambda _=False, s=status: self._set_status(s))
            status_buttons.append(b)
        self.substitute_button = QPushButton(translate("AttendancePane", "Stedfortræder for …"))
        self.substitute_button.clicked.connect(self._substitute)
        self.mode_button = QPushButton(translate("AttendancePane", "Fysisk / online"))
        self.mode_button.clicked.connect(self._toggle_mode)
        self.guest_button = QPushButton(translate("AttendancePane", "Tilføj gæst …"))
        self.guest_button.clicked.connect(self.add_guest.emit)
        self.presenters_button = QPushButton(translate("AttendancePane", "Oplægsholdere deltog"))
        self.presenters_button.setToolTip(translate("AttendancePane", "Dagsordenens oplægsholdere, der ikke står på listen, "
                                          "deltog som gæster"))
        self.presenters_button.clicked.connect(self.presenters_present.emit)
        self.clear_button = QPushButton(translate("AttendancePane", "Ryd"))
        self.clear_button.setToolTip(translate("AttendancePane", "Fjern registreringen for de valgte"))
        self.clear_button.clicked.connect(lambda: self._set_status(None))
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(4)
        for n, b in enumerate((self.all_button, *status_buttons, self.substitute_button,
                               self.mode_button, self.guest_button, self.presenters_button,
                               self.clear_button)):
            buttons.addWidget(b, n // 3, n % 3)
        return buttons

    def set_rows(self, rows: list[RosterRow]) -> None:
        selected = {r.person_id for r in self.selected()}
        self._names = {r.person_id: r.name for r in rows}
        self.model.set_rows(rows)
        self.empty_hint.setVisible(not rows)
        fit_columns(self.view, max_width=150)
        # Organisation takes the rest and wraps, so Rolle stays in sight in a narrow pane
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._mark_rows(lambda index: index.data(ROW_ROLE).person_id in selected)
        counts = {s: sum(1 for r in rows if r.state.status == s) for s in AttendanceStatus}
        self.summary.setText(translate(
            "AttendancePane", "Deltog: {present}  ·  Afbud: {apologies}  ·  Fraværende: {absent}"
            "  ·  Ikke registreret: {unknown}").format(
            present=counts[AttendanceStatus.PRESENT] + counts[AttendanceStatus.SUBSTITUTE],
            apologies=counts[AttendanceStatus.APOLOGIES], absent=counts[AttendanceStatus.ABSENT],
            unknown=sum(1 for r in rows if r.state.status is None)))

    def selected(self) -> list[RosterRow]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]

    def select_names(self, names: set[str]) -> None:
        """Select the rows of these people (used by keyboard users and tests)."""
        self.view.clearSelection()
        self._mark_rows(lambda index: index.data() in names)

    def _mark_rows(self, wanted) -> None:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        model = self.view.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if wanted(index):
                model.setCurrentIndex(index, flags)

    def _set_status(self, status: AttendanceStatus | None) -> None:
        rows = self.selected()
        if not rows:
            return
        states = [AttendanceState(r.person_id, status, r.state.mode, None,
                                  r.state.is_guest, r.state.note) for r in rows]
        word = label(status).lower() if status else translate("AttendancePane", "ingen registrering")
        self.change.emit(states, translate("AttendancePane", "Marker {who} som {state}").format(
            who=len(rows) if len(rows) > 1 else rows[0].name, state=word))

    def _substitute(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        others = [r for r in self.model.rows() if r.person_id != rows[0].person_id]
        names = [r.name for r in others]
        name, ok = QInputDialog.getItem(
            self, translate("AttendancePane", "Stedfortræder"),
            translate("AttendancePane", "{name} er stedfortræder for:").format(name=rows[0].name),
            names, 0, False)
        if ok and name:
            self.substitute_for(rows[0], next(r for r in others if r.name == name))

    def substitute_for(self, row: RosterRow, absent: RosterRow) -> None:
        states = [AttendanceState(row.person_id, AttendanceStatus.SUBSTITUTE, row.state.mode,
                                  absent.person_id, row.state.is_guest, row.state.note)]
        if absent.state.status in (None, AttendanceStatus.PRESENT):
            states.append(AttendanceState(absent.person_id, AttendanceStatus.APOLOGIES,
                                          absent.state.mode, None, absent.state.is_guest,
                                          absent.state.note))
        self.change.emit(states, translate("AttendancePane", "Marker {name} som stedfortræder for "
                                           "{absent}").format(name=row.name, absent=absent.name))

    def guest(self, person_id: int, name: str) -> None:
        self.change.emit([AttendanceState(person_id, AttendanceStatus.PRESENT, is_guest=True)],
                         translate("AttendancePane", "Tilføj {name} som gæst").format(name=name))


    def _toggle_mode(self) -> None:
        rows = [r for r in self.selected() if r.state.status is not None]
        if not rows:
            return
        online = rows[0].state.mode != AttendanceMode.ONLINE
        mode = AttendanceMode.ONLINE if online else AttendanceMode.IN_PERSON
        states = [AttendanceState(r.person_id, r.state.status, mode, r.state.substitute_for_id,
                                  r.state.is_guest, r.state.note) for r in rows]
        self.change.emit(states, translate("AttendancePane", "Marker {who} som {state}").format(
            who=len(rows), state=label(mode).lower()))

