"""Deltagere: people with their organisation and seat, and the network's membership
history (who replaced whom)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSplitter, QVBoxLayout, QWidget

from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import label
from kkrdesk.services import participants
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.models.table_model import Column, RowTableModel
from kkrdesk.ui.widgets import fit_columns, heading, sortable_table

PEOPLE_COLUMNS = [
    Column("Navn", lambda p: p.name),
    Column("Organisation", lambda p: p.organisation),
    Column("Region", lambda p: p.region),
    Column("Rolle i netværket", lambda p: label(p.network_role) if p.network_role else
           ("Tidligere medlem" if p.was_member else "")),
    Column("Titel", lambda p: p.title),
]

HISTORY_COLUMNS = [
    Column("Navn", lambda m: m.person_name or m.organisation),
    Column("Organisation", lambda m: m.organisation),
    Column("Rolle", lambda m: label(m.role)),
    Column("Udpeget af", lambda m: m.appointed_by),
    Column("Fra", lambda m: short_date(m.start_date),
           sort=lambda m: m.start_date.isoformat() if m.start_date else ""),
    Column("Til", lambda m: short_date(m.end_date),
           sort=lambda m: m.end_date.isoformat() if m.end_date else "9999"),
    Column("Har overtaget pladsen efter", lambda m: m.replaces_name),
    Column("Afløst af", lambda m: " og ".join(m.replaced_by_names)),
]


class ParticipantsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText("Søg i navn, organisation, region …")
        self.search.setClearButtonEnabled(True)
        self.people = RowTableModel(PEOPLE_COLUMNS, self)
        self.people_view, self.people_proxy = sortable_table(self.people, stretch_column=4)
        self.history = RowTableModel(HISTORY_COLUMNS, self)
        self.history_view, _ = sortable_table(self.history)
        self.search.textChanged.connect(self.people_proxy.setFilterFixedString)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(heading("Personer"))
        tl.addWidget(self.search)
        tl.addWidget(self.people_view)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(heading("Medlemmer af netværket – historik"))
        bl.addWidget(self.history_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        QVBoxLayout(self).addWidget(splitter)
        ctx.changed.connect(lambda areas: "participants" in areas and self.refresh())

    def refresh(self) -> None:
        self.people.set_rows(participants.list_people(self.ctx.store))
        self.history.set_rows(participants.list_memberships(self.ctx.store))
        self.people_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.history_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.people_view)
        fit_columns(self.history_view)
