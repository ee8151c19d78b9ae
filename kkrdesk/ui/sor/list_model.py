"""The proposals list: one row per proposal with its status and since when, and a
warning column where a round is overdue or SDS has not answered; and the filter proxy
(status, kind, overdue only, text search)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from kkrdesk.ui.dates import short_date
from kkrdesk.ui.i18n import shown, translate
from kkrdesk.core.enums import SorProposalKind, SorStatus
from kkrdesk.ui.labels import label
from kkrdesk.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from kkrdesk.views.sor import (
    DEFAULT_ROUND_DAYS, DEFAULT_SDS_WEEKS, ProposalView, RoundView, Waiting, proposal_alerts,
    waiting,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP

WARN_BG = QColor("#fde7e4")
WARN_FG = QColor("#9c1c12")
MUTED = "#4b5563"
STATUS_COLOURS = {
    SorStatus.DRAFT: "#6b7280", SorStatus.IN_CONSULTATION: "#b45309",
    SorStatus.INPUT_RECEIVED: "#0f766e", SorStatus.SENT_TO_SDS: "#1d4ed8",
    SorStatus.APPROVED: "#15803d", SorStatus.REJECTED: "#b91c1c", SorStatus.RELEASED: "#166534",
}


def date_sort(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


class ProposalListModel(RowTableModel):
    """RowTableModel over ProposalView rows; knows the rounds to judge what is overdue."""

    COL_TITLE, COL_STATUS, COL_SINCE, COL_ALERT = range(4)

    def __init__(self, today: dt.date, parent=None):
        self.today = today
        self.weeks, self.round_days = DEFAULT_SDS_WEEKS, DEFAULT_ROUND_DAYS
        self.rounds: dict[int, RoundView] = {}
        # proposal id -> (proposal, its alerts, whom it waits on): asked by every column's
        # colour of every cell painted or measured, so worked out once per proposal
        self._judged: dict[int, tuple[ProposalView, list[str], Waiting | None]] = {}
        super().__init__(self._columns(), parent)

    def _judge(self, p: ProposalView) -> tuple[ProposalView, list[str], Waiting | None]:
        judged = self._judged.get(p.id)
        if judged is None or judged[0] is not p:
            judged = self._judged[p.id] = (
                p, proposal_alerts(p, self.rounds, self.today, self.weeks, self.round_days),
                waiting(p, self.rounds, self.today, self.weeks, self.round_days))
        return judged

    def alerts(self, p: ProposalView) -> list[str]:
        return list(self._judge(p)[1])

    def waiting(self, p: ProposalView) -> Waiting | None:
        """Whom the proposal's status waits on, and until when."""
        return self._judge(p)[2]

    def _bg(self, p: ProposalView):
        return WARN_BG if self.alerts(p) else None

    def _columns(self) -> list[Column]:
        bg = self._bg
        return [
            Column(QT_TRANSLATE_NOOP("Column", "Forslag"), lambda p: p.title, background=bg, tooltip=self._tooltip),
            Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda p: label(p.status), background=bg,
                   foreground=lambda p: QColor(STATUS_COLOURS[p.status])),
            Column(QT_TRANSLATE_NOOP("Column", "Siden"), lambda p: short_date(p.status_since), background=bg,
                   sort=lambda p: date_sort(p.status_since)),
            Column(QT_TRANSLATE_NOOP("Column", "Frist"), self._due, background=bg, sort=self._due_sort,
                   foreground=lambda p: WARN_FG if self.alerts(p) else QColor(MUTED),
                   tooltip=lambda p: "\n".join(shown(t) for t in [*self.alerts(p), *self._waits(p)])),
        ]

    def _due(self, p: ProposalView) -> str:
        """A warning when something is late, else until when the status waits."""
        if alerts := self.alerts(p):
            return "⚠ " + _short_alert(alerts)
        w = self.waiting(p)
        return translate("SorList", "senest {day}").format(day=short_date(w.due)) if w else ""

    def _due_sort(self, p: ProposalView) -> str:
        w = self.waiting(p)
        return ("0" if self.alerts(p) else "1") + (date_sort(w.due) if w else "9")

    def _waits(self, p: ProposalView) -> list[str]:
        w = self.waiting(p)
        return [w.text] if w else []

    @staticmethod
    def _tooltip(p: ProposalView) -> str:
        lines = [p.title, label(p.kind)]
        if p.concept_code:
            lines.append(f"{p.current_name} ({p.concept_code})".strip())
        if p.proposed_name:
            lines.append(translate("list_model", "Foreslået: {proposed_name}").format(proposed_name=p.proposed_name))
        return "\n".join(lines)

    def set_data(self, proposals: list[ProposalView], rounds: list[RoundView], weeks: int,
                 round_days: int = DEFAULT_ROUND_DAYS) -> None:
        self.rounds = {r.id: r for r in rounds}
        self.weeks, self.round_days = weeks, round_days
        self.set_rows(proposals)

    def set_rows(self, rows) -> None:
        self._judged = {}  # new rounds or periods judge again
        super().set_rows(rows)

    def row_of(self, proposal_id: int) -> int:
        for i, p in enumerate(self.rows()):
            if p.id == proposal_id:
                return i
        return -1


def _short_alert(alerts: list[str]) -> str:
    first = alerts[0]
    short = (translate("SorList", "Frist overskredet") if first.startswith("Frist")
             else translate("SorList", "Intet svar fra SDS"))

    return short + (f" (+{len(alerts) - 1})" if len(alerts) > 1 else "")



class ProposalFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.status: SorStatus | None = None
        self.kind: SorProposalKind | None = None
        self.overdue_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, *, status=None, kind=None, overdue_only=False, text="") -> None:
        self.beginFilterChange()
        self.status, self.kind, self.overdue_only = status, kind, overdue_only
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        model = self.sourceModel()
        p: ProposalView = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if p is None:
            return False
        if self.status is not None and p.status != self.status:
            return False
        if self.kind is not None and p.kind != self.kind:
            return False
        if self.overdue_only and not model.alerts(p):
            return False
        if self.text:
            hay = " ".join((p.title, p.current_name, p.proposed_name, p.concept_code,
                            p.related_codes, p.definition, p.rationale, p.open_questions,
                            p.notes)).casefold()
            return all(word in hay for word in self.text.split())
        return True

    def view_index_of(self, proposal_id: int):
        row = self.sourceModel().row_of(proposal_id)
        if row < 0:
            return None
        idx = self.mapFromSource(self.sourceModel().index(row, 0))
        return idx if idx.isValid() else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return self.sourceModel().headerData(section, orientation, role) if self.sourceModel() else None
