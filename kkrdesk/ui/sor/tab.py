"""SOR-forslag: the secretariat's tool for following the network's proposals to SOR
from draft to an answer from SDS. Left: the proposals with filters; overdue rounds
and unanswered SDS rounds stand out. Right: the selected proposal (fields, status
and timeline, rounds with responses, meetings). Every edit is saved at once and can
be undone (ui/sor/actions.py turns the panes' requests into undo commands)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton,
    QScrollArea, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from kkrdesk.core.enums import SorProposalKind, SorStatus, label
from kkrdesk.services.sor import codes as sor_codes
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.autosave import mark_filter
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.sor import actions
from kkrdesk.ui.sor.detail_pane import AlertBanner, ProposalForm
from kkrdesk.ui.sor.list_model import ProposalFilter, ProposalListModel
from kkrdesk.ui.sor.rounds_pane import RoundsPane
from kkrdesk.ui.sor.status_pane import MeetingsPane, StatusPane
from kkrdesk.ui.table_model import ROW_ROLE
from kkrdesk.ui.widgets import LazyTab, filtered_table, fit_columns, heading, tab_step
from kkrdesk.views.sor import DEFAULT_SDS_WEEKS, ProposalView

WEEKS_KEY = "sor/sds_weeks"


class SorTab(LazyTab):
    def __init__(self, ctx: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.current: ProposalView | None = None
        self._wanted: int | None = None
        self.proposals: list[ProposalView] | None = None  # None until the tab is first shown
        self.model = ProposalListModel(self.today, self)
        self.proxy = ProposalFilter(self)
        self.list_view = filtered_table(self.model, self.proxy, stretch_column=0)
        self.list_view.setObjectName("sor_proposals")
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.form = ProposalForm()
        self.banner = AlertBanner()
        self.status_pane = StatusPane()
        self.rounds_pane = RoundsPane(self.today)
        self.meetings_pane = MeetingsPane()
        self._build()
        self._wire()
        ctx.changed.connect(lambda areas: areas & {"sor", "meetings"} and self.request_refresh())

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list_side())
        splitter.addWidget(self._build_proposal_side())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([600, 740])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setPlaceholderText("Søg i titel, navne, koder og tekster …")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem("Alle statusser", None)
        for s in SorStatus:
            self.status_filter.addItem(label(s), s.value)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("Alle typer", None)
        for k in SorProposalKind:
            self.kind_filter.addItem(label(k), k.value)
        self.overdue_only = QCheckBox("Kun overskredne")
        filters = QHBoxLayout()
        for w in (self.status_filter, self.kind_filter, self.overdue_only):
            filters.addWidget(w)
        filters.addStretch(1)
        return filters

    def _build_weeks(self) -> QSpinBox:
        """How long an SDS round may wait for an answer before it stands out (a setting)."""
        weeks = QSpinBox()
        weeks.setRange(1, 52)
        weeks.setSuffix(" uger")
        weeks.setValue(int(self.ctx.settings().value(WEEKS_KEY, DEFAULT_SDS_WEEKS)))
        weeks.setToolTip("Efter så mange uger uden svar fra SDS fremhæves runden")
        return weeks

    def _build_list_side(self) -> QWidget:
        """Left: the heading, search and filters, the proposals, and their buttons."""
        filters = self._build_filters()
        self.weeks = self._build_weeks()
        mark_filter(self.search, self.status_filter, self.kind_filter, self.weeks)
        self.new_button = QPushButton("Nyt forslag …")
        self.delete_button = QPushButton("Slet forslag")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(heading("SOR-forslag"))
        ll.addWidget(self.search)
        ll.addLayout(filters)
        ll.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel("Svar fra SDS ventes inden:"))
        buttons.addWidget(self.weeks)
        ll.addLayout(buttons)
        return left

    def _build_proposal_side(self) -> QWidget:
        """Right: the selected proposal's title, alerts and pages."""
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.addWidget(self.form)
        pl.addStretch(1)  # fields keep their height; spare room goes below them
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.pages = QTabWidget()
        self.pages.addTab(scroll, "Forslag")
        self.pages.addTab(self.status_pane, "Status og forløb")
        self.pages.addTab(self.rounds_pane, "Høringsrunder")
        self.pages.addTab(self.meetings_pane, "Møder")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title_label)
        rl.addWidget(self.banner)
        rl.addWidget(self.pages, 1)
        return right

    def _wire(self) -> None:
        for w in (self.status_filter, self.kind_filter):
            w.currentIndexChanged.connect(self._apply_filter)
        self.overdue_only.toggled.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.weeks.valueChanged.connect(self._weeks_changed)
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.list_view.doubleClicked.connect(lambda _i: self._edit_current())
        self.list_view.customContextMenuRequested.connect(self._context_menu)
        for key, slot in ((QKeySequence(Qt.Key.Key_F2), self._edit_current),
                          (QKeySequence(Qt.Key.Key_Return), self._edit_current),
                          (QKeySequence(Qt.Key.Key_Enter), self._edit_current),
                          (QKeySequence(Qt.Key.Key_Insert), lambda: actions.new_proposal(self)),
                          (QKeySequence.StandardKey.Delete, lambda: actions.delete_proposal(self))):
            sc = QShortcut(key, self.list_view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        self.new_button.clicked.connect(lambda: actions.new_proposal(self))
        self.delete_button.clicked.connect(lambda: actions.delete_proposal(self))
        self.form.edit.connect(lambda p, f, v: actions.edit_field(self, p, f, v))
        self.form.code_picked.connect(lambda p, c: actions.pick_code(self, p, c))
        self.form.add_code_requested.connect(lambda c, n: actions.add_code(self, c, n))
        self.status_pane.step_requested.connect(lambda s: actions.add_step(self, s))
        self.status_pane.correct_requested.connect(lambda: actions.correct_step(self))
        rp = self.rounds_pane
        rp.new_round.connect(lambda: actions.new_round(self))
        rp.edit_round.connect(lambda r: actions.edit_round(self, r))
        rp.delete_round.connect(lambda r: actions.delete_round(self, r))
        rp.new_response.connect(lambda r: actions.new_response(self, r))
        rp.edit_response.connect(lambda r, x: actions.edit_response(self, r, x))
        rp.delete_response.connect(lambda x: actions.delete_response(self, x))
        mp = self.meetings_pane
        mp.jump.connect(lambda item_id: self.ctx.navigate("agenda_item", item_id))
        mp.link_requested.connect(lambda: actions.link_item(self))
        mp.unlink_requested.connect(lambda item_id: actions.unlink_item(self, item_id))

    # -- showing -----------------------------------------------------------------------

    @tab_step
    def refresh(self) -> None:
        self.mark_fresh()
        keep = self._wanted or (self.current.id if self.current else None)
        self._wanted = None
        self.proposals = sor.list_proposals(self.ctx.store)
        self.all_rounds = sor_rounds.list_rounds(self.ctx.store)
        self.form.set_codes(sor_codes.list_codes(self.ctx.store))
        self.model.set_data(self.proposals, self.all_rounds, self.weeks.value())
        fit_columns(self.list_view, 220)
        self._select(keep)

    @tab_step
    def _select(self, proposal_id: int | None) -> None:
        idx = self.proxy.view_index_of(proposal_id) if proposal_id is not None else None
        if idx is None and self.proxy.rowCount():
            idx = self.proxy.index(0, 0)
        if idx is not None:
            self.list_view.setCurrentIndex(idx)
            self.list_view.scrollTo(idx)
        self._selected()

    @tab_step
    def _selected(self) -> None:
        idx = self.list_view.currentIndex()
        p = idx.data(ROW_ROLE) if idx.isValid() else None
        self.current = p
        self.delete_button.setEnabled(p is not None)
        self.title_label.setText(p.title if p else "Intet forslag valgt – opret et med »Nyt forslag …«.")
        self.banner.set_alerts(self.model.alerts(p) if p else [])
        self.form.show_proposal(p)
        self.status_pane.show_proposal(p)
        self.meetings_pane.show_proposal(p)
        rounds = [r for r in self.all_rounds if p and p.id in r.proposal_ids] if p else []
        self.rounds_pane.set_rounds(rounds, self.weeks.value(), p is not None)

    @tab_step
    def _apply_filter(self) -> None:
        keep = self.current.id if self.current else None
        status, kind = self.status_filter.currentData(), self.kind_filter.currentData()
        self.proxy.set_filter(status=SorStatus(status) if status else None,
                              kind=SorProposalKind(kind) if kind else None,
                              overdue_only=self.overdue_only.isChecked(), text=self.search.text())
        self._select(keep)

    def _weeks_changed(self, value: int) -> None:
        self.ctx.settings().setValue(WEEKS_KEY, value)
        if self.proposals is not None:
            self.model.set_data(self.proposals, self.all_rounds, value)
            self._apply_filter()

    def _edit_current(self) -> None:
        if self.current is not None:
            self.pages.setCurrentIndex(0)
            self.form.focus_title()

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction("Nyt forslag …").triggered.connect(lambda: actions.new_proposal(self))
        if self.current is not None:
            menu.addAction("Ret forslag").triggered.connect(self._edit_current)
            menu.addAction("Ny høringsrunde for forslaget …").triggered.connect(
                lambda: actions.new_round(self))
            menu.addAction("Slet forslag").triggered.connect(lambda: actions.delete_proposal(self))
        menu.exec(self.list_view.viewport().mapToGlobal(pos))

    def visible_ids(self) -> list[int] | None:
        """The proposals the list shows now (None before the tab was first shown)."""
        if self.proposals is None:
            return None
        return [self.proxy.index(r, 0).data(ROW_ROLE).id for r in range(self.proxy.rowCount())]

    @tab_step
    def show_record(self, proposal_id: int) -> None:
        """Select a proposal (a jump from an agenda item), clearing filters that hide it."""
        if self.proxy.view_index_of(proposal_id) is None:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.kind_filter.setCurrentIndex(0)
            self.overdue_only.setChecked(False)
        self._wanted = proposal_id
        if self._stale or self.proposals is None:
            self.refresh()
        else:
            self._wanted = None
            self._select(proposal_id)
