"""SOR-forslag: the secretariat's tool for following the network's proposals to SOR
from draft to an answer from SDS. Left: the proposals with filters; overdue rounds
and unanswered SDS rounds stand out. Right: the selected proposal (fields, status
and timeline, rounds with responses, meetings). Every edit is saved at once and can
be undone (ui/sor/actions.py turns the panes' requests into undo commands)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMenu

from kkrdesk.ui.i18n import translate
from kkrdesk.core.enums import SorProposalKind, SorStatus
from kkrdesk.services.sor import codes as sor_codes
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.sor import actions, paste_actions
from kkrdesk.ui.sor import round_actions as rounds
from kkrdesk.ui.sor.detail_pane import AlertBanner, ProposalForm
from kkrdesk.ui.sor.list_model import ProposalFilter, ProposalListModel
from kkrdesk.ui.sor.rounds_pane import RoundsPane
from kkrdesk.ui.sor.status_pane import MeetingsPane, StatusPane
from kkrdesk.ui.sor.tab_layout import SorTabLayout
from kkrdesk.ui.table_model import ROW_ROLE
from kkrdesk.ui.widgets import LazyTab, filtered_table, fit_columns, tab_step
from kkrdesk.views.sor import ProposalView


class SorTab(SorTabLayout, LazyTab):
    def __init__(self, ctx: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.current: ProposalView | None = None
        self._wanted: int | None = None
        self._also: list[int] = []
        self.proposals: list[ProposalView] | None = None  # None until the tab is first shown
        self.model = ProposalListModel(self.today, self)
        self.proxy = ProposalFilter(self)
        self.list_view = filtered_table(self.model, self.proxy, stretch_column=0)
        self.list_view.setObjectName("sor_proposals")
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.form = ProposalForm()
        self.banner = AlertBanner()
        self.status_pane = StatusPane()
        self.rounds_pane = RoundsPane(self.today)
        self.meetings_pane = MeetingsPane()
        self._build()
        self._wire()
        ctx.changed.connect(lambda areas: areas & {"sor", "meetings"} and self.request_refresh())

    def _wire(self) -> None:
        for w in (self.status_filter, self.kind_filter):
            w.currentIndexChanged.connect(self._apply_filter)
        self.overdue_only.toggled.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.weeks.valueChanged.connect(lambda v: self._deadline_changed(rounds.WEEKS_KEY, v))
        self.round_days.valueChanged.connect(lambda v: self._deadline_changed(rounds.DAYS_KEY, v))
        self.ctx.preferences_changed.connect(self._show_deadline_settings)
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.list_view.doubleClicked.connect(lambda _i: self._edit_current())
        self.list_view.customContextMenuRequested.connect(self._context_menu)
        for key, slot in ((QKeySequence(Qt.Key.Key_F2), self._edit_current),
                          (QKeySequence(Qt.Key.Key_Return), self._edit_current),
                          (QKeySequence(Qt.Key.Key_Enter), self._edit_current),
                          (QKeySequence(Qt.Key.Key_Insert), lambda: actions.new_proposal(self)),
                          (QKeySequence.StandardKey.Paste, lambda: paste_actions.paste(self, True)),
                          (QKeySequence.StandardKey.Delete, lambda: actions.delete_proposal(self))):
            sc = QShortcut(key, self.list_view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        self.new_button.clicked.connect(lambda: actions.new_proposal(self))
        self.paste_button.clicked.connect(lambda: paste_actions.paste(self, False))
        self.round_button.clicked.connect(lambda: rounds.new_round(self))
        self.delete_button.clicked.connect(lambda: actions.delete_proposal(self))
        self._wire_panes()

    def _wire_panes(self) -> None:
        self.form.edit.connect(lambda p, f, v: actions.edit_field(self, p, f, v))
        self.form.code_picked.connect(lambda p, c: actions.pick_code(self, p, c))
        self.form.add_code_requested.connect(lambda c, n: actions.add_code(self, c, n))
        self.status_pane.step_requested.connect(lambda s: actions.add_step(self, s))
        self.status_pane.correct_requested.connect(lambda: actions.correct_step(self))
        rp = self.rounds_pane
        rp.new_round.connect(lambda: rounds.new_round(self))
        rp.edit_round.connect(lambda r: rounds.edit_round(self, r))
        rp.mark_sent.connect(lambda r: rounds.mark_sent(self, r))
        rp.delete_round.connect(lambda r: rounds.delete_round(self, r))
        rp.new_response.connect(lambda r: rounds.new_response(self, r))
        rp.edit_response.connect(lambda r, x: rounds.edit_response(self, r, x))
        rp.delete_response.connect(lambda x: rounds.delete_response(self, x))
        mp = self.meetings_pane
        mp.jump.connect(lambda item_id: self.ctx.navigate("agenda_item", item_id))
        mp.link_requested.connect(lambda: actions.link_item(self))
        mp.unlink_requested.connect(lambda item_id: actions.unlink_item(self, item_id))

    # -- showing -----------------------------------------------------------------------

    @tab_step
    def refresh(self) -> None:
        self.mark_fresh()
        keep = self._wanted or (self.current.id if self.current else None)
        also = self._also or (self.selected_ids() if self.proposals is not None else [])
        self._wanted, self._also = None, []
        self.proposals = sor.list_proposals(self.ctx.store)
        self.all_rounds = sor_rounds.list_rounds(self.ctx.store)
        self.form.set_codes(sor_codes.list_codes(self.ctx.store))
        self._set_model()
        fit_columns(self.list_view, 220)
        self._select(keep, also)

    def _set_model(self) -> None:
        self.model.set_data(self.proposals, self.all_rounds, self.weeks.value(),
                            self.round_days.value())

    @tab_step
    def _select(self, proposal_id: int | None, also: list[int] = ()) -> None:
        """Make ``proposal_id`` current, with ``also`` selected beside it."""
        idx = self.proxy.view_index_of(proposal_id) if proposal_id is not None else None
        if idx is None and self.proxy.rowCount():
            idx = self.proxy.index(0, 0)
        if idx is not None:
            self.list_view.setCurrentIndex(idx)
            self.list_view.scrollTo(idx)
            if rows := [r for other in also if (r := self.proxy.view_index_of(other)) is not None]:
                adding = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                marks = self.list_view.selectionModel()
                for row in (*rows, idx):  # the rows added to the selection, then back to idx
                    marks.setCurrentIndex(row, adding)
        self._selected()

    def selected_ids(self) -> list[int]:
        """The proposals selected in the list, top to bottom."""
        rows = sorted(i.row() for i in self.list_view.selectionModel().selectedRows())
        return [self.proxy.index(r, 0).data(ROW_ROLE).id for r in rows]

    def show_records(self, proposal_ids: list[int]) -> None:
        """Select several proposals (those just made), the first one current."""
        if proposal_ids:
            self._also = list(proposal_ids[1:])
            self.show_record(proposal_ids[0])

    @tab_step
    def _selected(self) -> None:
        idx = self.list_view.currentIndex()
        p = idx.data(ROW_ROLE) if idx.isValid() else None
        self.current = p
        self.delete_button.setEnabled(p is not None)
        self.title_label.setText(p.title if p else translate("tab", "Intet forslag valgt – opret et med »Nyt forslag …«."))
        self.banner.set_alerts(self.model.alerts(p) if p else [])
        self.form.show_proposal(p)
        self.status_pane.timeline.sep = self.ctx.time_sep  # 12.00 or 12:00, as set
        self.status_pane.show_proposal(p, self.model.waiting(p) if p else None)
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

    def _show_deadline_settings(self) -> None:
        """Filer > Indstillinger set the same two periods (the same keys): show them."""
        prefs = self.ctx.prefs
        self.weeks.setValue(prefs.sds_weeks)
        self.round_days.setValue(prefs.round_days)

    def _deadline_changed(self, key: str, value: int) -> None:
        self.ctx.settings().setValue(key, value)
        if self.proposals is not None:
            self._set_model()
            self._apply_filter()

    def _edit_current(self) -> None:
        if self.current is not None:
            self.pages.setCurrentIndex(0)
            self.form.focus_title()

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(translate("SorTab", "Nyt forslag …")).triggered.connect(lambda: actions.new_proposal(self))
        if self.current is not None:
            menu.addAction(translate("SorTab", "Ret forslag")).triggered.connect(self._edit_current)
            menu.addAction(translate("SorTab", "Ny høringsrunde …")).triggered.connect(lambda: rounds.new_round(self))
            menu.addAction(translate("SorTab", "Slet forslag")).triggered.connect(lambda: actions.delete_proposal(self))
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
            self._wanted, also, self._also = None, self._also, []
            self._select(proposal_id, also)
