"""The projects list: phase, RAG status, next milestone and owner at a glance, with a
filter proxy for phase, status, owner and "only overdue milestones"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from kkrdesk.ui.i18n import Counts, translate
from kkrdesk.ui.dates import month_year, short_date
from kkrdesk.core.enums import ProjectPhase
from kkrdesk.ui.labels import label
from kkrdesk.ui.table_model import ROW_ROLE, SORT_ROLE, Column
from kkrdesk.views.projects import MilestoneView, ProjectRow, ProjectView
from PySide6.QtCore import QT_TRANSLATE_NOOP

RAG_BACKGROUNDS = {"green": QColor("#d8f0d8"), "amber": QColor("#fff1c2"), "red": QColor("#f9d4d0")}
OVERDUE_TEXT = QColor("#b3261e")


def planned_text(m: MilestoneView) -> str:
    if m.planned_on is None:
        return "ikke fastlagt"
    return month_year(m.planned_on) if m.planned_month_only else short_date(m.planned_on)


def next_text(p: ProjectRow | ProjectView, today: dt.date) -> str:
    m = p.next_milestone(today)
    if m is None:
        return ""
    late = translate("ProjectList", " – forsinket") if m.is_overdue(today) else ""
    return f"{m.title} ({planned_text(m)}){late}"


def summary_html(p: ProjectView, today: dt.date) -> str:
    """The line under the project's name: phase, the latest status in its colour, owner
    and how many milestones are late. Rich text, so every name in it is escaped."""
    from html import escape

    bits = [translate("list_model", "Fase: <b>{phase}</b>").format(phase=label(p.phase))]
    if p.rag:
        colour = RAG_BACKGROUNDS[p.rag.value].name()
        bits.append(translate("list_model", "Status: <span style='background:{colour}'>&nbsp;{rag}&nbsp;</span> ({noted_on})").format(colour=colour, rag=label(p.rag), noted_on=short_date(p.latest.noted_on)))
    if p.owner:
        bits.append(translate("list_model", "Projektejer: {owner}").format(owner=escape(p.owner)))
    late = p.overdue(today)
    if late:
        bits.append("<span style='color:#b3261e'><b>" + Counts.tr(
            "%n forsinket milepæl|%n forsinkede milepæle", "", len(late)) + "</b></span>")
    return " · ".join(bits)


def columns(today: dt.date) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Column", "Projekt"), lambda p: p.name, tooltip=lambda p: p.description),
        Column(QT_TRANSLATE_NOOP("Column", "Fase"), lambda p: label(p.phase), sort=lambda p: list(ProjectPhase).index(p.phase)),
        Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda p: label(p.rag) or "–",
               sort=lambda p: ["green", "amber", "red"].index(p.rag) if p.rag else -1,
               background=lambda p: RAG_BACKGROUNDS.get(p.rag) if p.rag else None,
               tooltip=lambda p: p.latest.text if p.latest else ""),
        Column(QT_TRANSLATE_NOOP("Column", "Næste milepæl"), lambda p: next_text(p, today),
               sort=lambda p: (p.next_milestone(today).planned_on.toordinal()
                               if p.next_milestone(today) else 10**7),
               foreground=lambda p: OVERDUE_TEXT if p.overdue(today) else None,
               tooltip=lambda p: "\n".join([next_text(p, today)] + [
                   f"Forsinket: {m.title} ({planned_text(m)})" for m in p.overdue(today)])),
        Column(QT_TRANSLATE_NOOP("Column", "Projektejer"), lambda p: p.owner),
    ]


class ProjectFilter(QSortFilterProxyModel):
    """Rows of a RowTableModel of ProjectRows, narrowed by the filter bar."""

    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.today = today
        self.phase = self.rag = self.owner = None
        self.only_overdue = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, *, phase=None, rag=None, owner=None, only_overdue=False, text="") -> None:
        self.beginFilterChange()
        self.phase, self.rag, self.owner = phase, rag, owner
        self.only_overdue, self.text = only_overdue, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent) -> bool:
        p: ProjectRow = self.sourceModel().index(row, 0, parent).data(ROW_ROLE)
        if p is None:
            return False
        if self.phase is not None and p.phase != self.phase:
            return False
        if self.rag is not None and p.rag != self.rag:
            return False
        if self.owner is not None and p.owner != self.owner:
            return False
        if self.only_overdue and not p.overdue(self.today):
            return False
        if self.text and self.text not in f"{p.name}\n{p.description}\n{p.owner}".casefold():
            return False
        return True

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return self.sourceModel().headerData(section, orientation, role) if self.sourceModel() else None
