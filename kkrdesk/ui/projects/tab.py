"""Projekter: the tracked projects, identity masking first, with phase, RAG status,
groups, milestones and financing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout

from kkrdesk.core.danish import month_year, short_date
from kkrdesk.core.enums import Rag, label
from kkrdesk.services import projects
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from kkrdesk.ui.widgets import LazyTab, fit_columns, sortable_table

RAG_COLOURS = {Rag.GREEN: QColor("#d8f0d8"), Rag.AMBER: QColor("#fff1c2"), Rag.RED: QColor("#f9d4d0")}

COLUMNS = [
    Column("Projekt", lambda p: p.name),
    Column("Fase", lambda p: label(p.phase), sort=lambda p: list(type(p.phase)).index(p.phase)),
    Column("Status", lambda p: label(p.rag), background=lambda p: RAG_COLOURS.get(p.rag)),
    Column("Projektejer", lambda p: p.owner),
]


def _milestone_line(m: projects.MilestoneView) -> str:
    if m.planned_on is None:
        planned = "ikke fastlagt"
    else:
        planned = month_year(m.planned_on) if m.planned_month_only else short_date(m.planned_on)
    done = f" – nået {short_date(m.actual_on)}" if m.actual_on else ""
    note = f" ({m.notes})" if m.notes else ""
    return f"• {m.title}: {planned}{done}{note}"


def describe(p: projects.ProjectView) -> str:
    lines = [p.name, "", p.description, "",
             f"Fase: {label(p.phase)}    Status: {label(p.rag) or 'ikke angivet'}"
             + (f" ({short_date(p.status_on)})" if p.status_on else "")]
    if p.status_text:
        lines.append(p.status_text)
    groups: dict[str, list[str]] = {}
    for seat in p.seats:
        who = seat.holder + (f", {seat.organisation}" if seat.organisation and seat.organisation != seat.holder else "")
        groups.setdefault(seat.group_name, []).append(f"  {who} ({label(seat.role).lower()})")
    for name, seats in groups.items():
        lines += ["", f"{name}:", *seats]
    if p.milestones:
        lines += ["", "Milepæle:", *(_milestone_line(m) for m in p.milestones)]
    if p.financing:
        lines += ["", "Finansiering:", *(f"• {f}" for f in p.financing)]
    return "\n".join(lines)


class ProjectsTab(LazyTab):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowTableModel(COLUMNS, self)
        self.view, _ = sortable_table(self.model, stretch_column=0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setSizes([520, 680])
        QVBoxLayout(self).addWidget(splitter)
        self.view.selectionModel().currentChanged.connect(self._show)
        ctx.changed.connect(lambda areas: "projects" in areas and self.request_refresh())

    def refresh(self) -> None:
        self.mark_fresh()
        current = self.view.currentIndex().row()
        self.model.set_rows(projects.list_projects(self.ctx.store))
        fit_columns(self.view)
        row = current if 0 <= current < self.model.rowCount() else 0
        if self.model.rowCount():
            self.view.selectRow(row)
        self._show(self.view.currentIndex())

    def _show(self, index) -> None:
        p = index.data(ROW_ROLE) if index.isValid() else None
        self.detail.setText(describe(p) if p else "Ingen projekter endnu.")
