"""SOR-forslag: the network's proposals to SOR, their dated history and the
consultation rounds; overdue deadlines and unanswered rounds stand out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import label
from kkrdesk.services import sor
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from kkrdesk.ui.widgets import LazyTab, fit_columns, heading, sortable_table

WARN_BG = QColor("#fde7e4")
NOTE_BG = QColor("#fff4d6")


def _date_sort(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


PROPOSAL_COLUMNS = [
    Column("Forslag", lambda p: p.title, tooltip=lambda p: p.definition or p.notes),
    Column("Type", lambda p: label(p.kind)),
    Column("SNOMED-kode", lambda p: p.concept_code),
    Column("Status", lambda p: label(p.status)),
    Column("Siden", lambda p: short_date(p.status_since), sort=lambda p: _date_sort(p.status_since)),
]


def round_columns(today: dt.date) -> list[Column]:
    def bg(r: sor.RoundView):
        if r.is_overdue(today):
            return WARN_BG
        return NOTE_BG if r.is_unanswered() else None

    def state(r: sor.RoundView) -> str:
        if r.answered_on:
            return f"Besvaret {short_date(r.answered_on)}"
        if r.is_overdue(today):
            return f"Frist overskredet ({(today - r.deadline).days} dage)"
        return "Afventer svar" if r.sent_on else "Ikke sendt"

    return [
        Column("Høringsrunde", lambda r: r.title, background=bg),
        Column("Modtager", lambda r: r.recipient, background=bg),
        Column("Sendt", lambda r: short_date(r.sent_on), sort=lambda r: _date_sort(r.sent_on), background=bg),
        Column("Frist", lambda r: short_date(r.deadline), sort=lambda r: _date_sort(r.deadline), background=bg),
        Column("Svar", state, background=bg,
               tooltip=lambda r: "\n".join(f"{who}: {text}" for who, _d, text in r.responses)),
    ]


class SorTab(LazyTab):
    def __init__(self, ctx: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.proposals = RowTableModel(PROPOSAL_COLUMNS, self)
        self.rounds = RowTableModel(round_columns(self.today), self)
        self.proposal_view, self.proposal_proxy = sortable_table(self.proposals, stretch_column=0)
        self.round_view, _ = sortable_table(self.rounds, stretch_column=0)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(heading("Forslag til nye SOR-enhedstyper og -specialekoder"))
        tl.addWidget(self.proposal_view)
        tl.addWidget(self.history)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(heading("Høringsrunder"))
        bl.addWidget(self.round_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.proposal_view.selectionModel().currentChanged.connect(self._show_history)
        ctx.changed.connect(lambda areas: "sor" in areas and self.request_refresh())

    def refresh(self) -> None:
        self.mark_fresh()
        self.proposals.set_rows(sor.list_proposals(self.ctx.store))
        self.rounds.set_rows(sor.list_rounds(self.ctx.store))
        fit_columns(self.proposal_view)
        fit_columns(self.round_view)
        if not self.proposal_view.currentIndex().isValid() and self.proposals.rowCount():
            self.proposal_view.selectRow(0)
        self._show_history(self.proposal_view.currentIndex())

    def _show_history(self, index) -> None:
        p = index.data(ROW_ROLE) if index.isValid() else None
        if p is None:
            self.history.setText("Vælg et forslag for at se dets forløb.")
            return
        steps = [f"{short_date(h.changed_on)}  {label(h.status)}" + (f" – {h.note}" if h.note else "")
                 for h in p.history]
        text = p.title + ("\n" + p.definition if p.definition else "")
        self.history.setText(text + "\n" + "\n".join(steps))
