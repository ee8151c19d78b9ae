"""Dagsorden: the selected meeting's agenda with derived time slots."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView, QLabel, QSplitter, QTreeView, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from kkrdesk.core.danish import clock, long_date, time_span
from kkrdesk.core.enums import label
from kkrdesk.services import meetings
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.models.agenda_model import (
    COL_DURATION, COL_KIND, COL_NUMBER, COL_PRESENTERS, COL_SLOT, COL_TITLE, AgendaModel,
)
from kkrdesk.ui.widgets import heading


class AgendaTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading("")
        self.subtitle = QLabel()
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = AgendaModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_NUMBER, 70), (COL_SLOT, 120), (COL_PRESENTERS, 320),
                           (COL_KIND, 170), (COL_DURATION, 80)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        self.view.selectionModel().currentChanged.connect(self._show_details)
        ctx.meeting_selected.connect(lambda _id: self.refresh())
        ctx.changed.connect(self._on_changed)

    def _on_changed(self, areas: set[str]) -> None:
        if areas & {"meetings", "participants"}:
            self.refresh()

    def refresh(self) -> None:
        mid = self.ctx.meeting_id
        detail = meetings.get_detail(self.ctx.store, mid) if mid is not None else None
        self.model.set_detail(detail)
        self.view.expandAll()
        if detail is None:
            self.title.setText("Intet møde valgt")
            self.subtitle.clear()
            self.summary.clear()
            return
        m = detail.meeting
        self.title.setText(f"{m.title} – {long_date(m.date)}")
        place = m.place or ("Online" if m.online_url else "Sted ikke angivet")
        parts = [time_span(m.start_time, m.end_time), place, f"Status: {label(m.status)}"]
        if m.chair_name:
            parts.append(f"Mødeleder: {m.chair_name}")
        self.subtitle.setText("  ·  ".join(parts))
        text = (f"{len(detail.items)} punkter · {detail.total_duration_min} min. i alt · "
                f"planlagt slut kl. {clock(detail.planned_end_min)}")
        if detail.overrun_min:
            text += f" · OVERSKRIDER mødets slut med {detail.overrun_min} min."
            self.summary.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)
        self._show_details(self.view.currentIndex())

    def _show_details(self, index) -> None:
        item = self.model.item(index)
        if item is None:
            self.details.setText("Vælg et punkt for at se underpunkter og referat.")
            return
        lines = [f"{item.number}. {item.title}"]
        if item.presenters_text:
            lines.append(item.presenters_text)
        lines += [f"  • {p}" for p in item.sub_points]
        if item.notes:
            lines.append(f"Referat: {item.notes}")
        if item.decision:
            lines.append(f"Beslutning: {item.decision}")
        if item.children:
            lines += [f"  {c.number} {c.title} {c.presenters_text}" for c in item.children]
        self.details.setText("\n".join(lines))

