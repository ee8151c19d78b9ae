"""Deltagere: the network's member register. People with their organisation and seat
(search and filters), a person's memberships, the membership history (who replaced
whom), attendance across meetings; add, edit, delete, replace, import, copy e-mail
addresses and export, every edit undoable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QSplitter, QTabWidget, QVBoxLayout, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.labels import label
from kkrdesk.services.participants import people as participants
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.participants import actions as actions
from kkrdesk.ui.participants import membership_actions as mactions
from kkrdesk.ui.participants.filter import FilterBar, PeopleFilterProxy
from kkrdesk.ui.participants.panels import (
    HISTORY_COLUMNS, AttendancePanel, HistoryPanel, MembershipPanel, button, select_where,
    selected_row,
)
from kkrdesk.ui.table_model import Column, RowTableModel
from kkrdesk.ui.widgets import LazyTab, filtered_table, fit_columns, heading, tab_step
from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["HISTORY_COLUMNS", "PEOPLE_COLUMNS", "ParticipantsTab"]
FIT_ROWS = 150  # rows beyond the visible ones that column widths are fitted to


def _role_text(p) -> str:
    if p.network_role:
        return label(p.network_role)
    return "Tidligere medlem" if p.was_member else ""


PEOPLE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Navn"), lambda p: p.name),
    Column(QT_TRANSLATE_NOOP("Column", "Organisation"), lambda p: p.organisation),
    Column(QT_TRANSLATE_NOOP("Column", "Region"), lambda p: p.region),
    Column(QT_TRANSLATE_NOOP("Column", "Rolle i netværket"), _role_text),
    Column(QT_TRANSLATE_NOOP("Column", "Titel"), lambda p: p.title),
    Column(QT_TRANSLATE_NOOP("Column", "E-mail"), lambda p: p.email),
    Column(QT_TRANSLATE_NOOP("Column", "Telefon"), lambda p: p.phone),
]


class ParticipantsTab(LazyTab):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False  # a refill in progress: selection steps wait for it
        self._build_filters()
        self._build_people()
        actions_bar = self._build_actions()
        self._build_pages()
        lay = QVBoxLayout(self)
        lay.addWidget(heading(translate("ParticipantsTab", "Deltagere")))
        lay.addLayout(self.filter_bar)
        lay.addLayout(actions_bar)
        lay.addWidget(self.pages, 1)
        self.people_view.selectionModel().selectionChanged.connect(self._person_selected)
        ctx.changed.connect(self._on_changed)
        self._update_buttons()

    # -- construction -----------------------------------------------------------------

    def _build_people(self) -> None:
        self.people = RowTableModel(PEOPLE_COLUMNS, self)
        self.people_proxy = PeopleFilterProxy(self)
        self.people_view = filtered_table(self.people, self.people_proxy)
        header = self.people_view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # Titel takes the rest
        self.people_view.doubleClicked.connect(lambda _: self.edit_person())
        self.search.textChanged.connect(self.people_proxy.set_search)

    def _build_actions(self) -> QHBoxLayout:
        """The buttons over the pages: a person's steps left, the register's right."""
        self.new_button = button(translate("ParticipantsTab", "Ny person …"), self.new_person)
        self.edit_button = button(translate("ParticipantsTab", "Ret …"), self.edit_person)
        self.delete_button = button(translate("ParticipantsTab", "Slet"), self.delete_person)
        self.import_button = button(translate("ParticipantsTab", "Importér …"), self.import_participants,
                                    translate("ParticipantsTab", "Importér deltagere fra et regneark (.xlsx) eller en CSV-fil"))
        self.emails_button = button(translate("ParticipantsTab", "Kopiér e-mailadresser"), self.copy_emails,
                                    translate("ParticipantsTab", "Nuværende medlemmers e-mailadresser, klar til Outlook"))
        self.export_button = button(translate("ParticipantsTab", "Eksportér oversigt …"), self.export_overview,
                                    translate("ParticipantsTab", "Excel-oversigt: medlemmer, historik og fremmøde"))
        bar = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        for b in (self.import_button, self.emails_button, self.export_button):
            bar.addWidget(b)
        return bar

    def _build_pages(self) -> None:
        """Personer (the people over the selected one's memberships), Medlemshistorik and
        Fremmøde; the last two load when shown (thousands of rows cost time)."""
        self.memberships = MembershipPanel(self)
        people_page = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.people_view)
        people_page.addWidget(top)
        people_page.addWidget(self.memberships)
        people_page.setStretchFactor(0, 3)
        people_page.setStretchFactor(1, 1)
        people_page.setSizes([480, 220])
        self.history_panel = HistoryPanel(self)
        self.history, self.history_view = self.history_panel.model, self.history_panel.view
        # the search field above the pages narrows the history too (names, organisations …)
        self.search.textChanged.connect(self.history_panel.proxy.setFilterFixedString)
        self.attendance = AttendancePanel(self)
        self.pages = QTabWidget()
        self.pages.addTab(people_page, translate("ParticipantsTab", "Personer"))
        self.pages.addTab(self.history_panel, translate("ParticipantsTab", "Medlemshistorik"))
        self.pages.addTab(self.attendance, translate("ParticipantsTab", "Fremmøde"))
        self._today: dt.date | None = None
        self._stale_pages: set[QWidget] = set()
        self.pages.currentChanged.connect(self._refresh_page)
        for view in (self.people_view, self.memberships.view, self.history_view,
                     self.attendance.view, self.attendance.org_view):
            view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)

    # -- filters ----------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.filters = FilterBar(self._apply_filters)
        self.search, self.filter_bar = self.filters.search, self.filters.layout
        (self.org_filter, self.region_filter, self.role_filter,
         self.status_filter) = self.filters.choices()

    def _apply_filters(self) -> None:
        self.people_proxy.set_criteria(**self.filters.criteria())

    # -- content ----------------------------------------------------------------------

    def _on_changed(self, areas: set[str]) -> None:
        if areas & {"participants", "meetings"}:
            self.request_refresh()

    @tab_step
    def refresh(self, today: dt.date | None = None) -> None:
        self.mark_fresh()
        keep = p.id if (p := self.selected_person()) else None
        rows = participants.list_people(self.ctx.store, today)
        self._filling = True  # the memberships are read once, below, not per selection step
        try:
            self.filters.fill_organisations(rows, participants.list_organisations(self.ctx.store))
            self.people.set_rows(rows)
            self._apply_filters()
            self.people_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            if (keep is None or not self.select_person(keep)) and self.people_proxy.rowCount():
                self.people_view.selectRow(0)
        finally:
            self._filling = False
        fit_columns(self.people_view)
        self._person_selected()
        self._today = today
        self._stale_pages = {self.history_panel, self.attendance}
        self._refresh_page()

    def _refresh_page(self, *_args) -> None:
        page = self.pages.currentWidget()
        if page in self._stale_pages:
            self._stale_pages.discard(page)
            page.refresh(self.ctx.store, self._today)

    @tab_step
    def show_record(self, person_id: int) -> None:
        """Select a person (a jump from another wing), clearing filters that hide them."""
        if self._stale:
            self.refresh()
        if not self.select_person(person_id):
            self.filters.clear()
            self.select_person(person_id)

    def selected_person(self):
        return selected_row(self.people_view)

    def select_person(self, person_id: int) -> bool:
        return select_where(self.people_view, self.people_proxy, lambda p: p.id == person_id)

    @tab_step
    def _person_selected(self, *_) -> None:
        if self._filling:
            return
        self.memberships.show_person(self.ctx.store, self.selected_person())
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_person() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- people -----------------------------------------------------------------------

    def new_person(self) -> None:
        pid = actions.new_person(self, self.ctx)
        if pid is not None:
            self.select_person(pid)

    def edit_person(self) -> None:
        p = self.selected_person()
        if p is not None:
            actions.edit_person(self, self.ctx, p.id)

    def delete_person(self) -> None:
        p = self.selected_person()
        if p is not None:
            actions.delete_person(self, self.ctx, p.id, p.name)

    def import_participants(self) -> None:
        actions.import_participants(self, self.ctx)

    def copy_emails(self) -> str:
        return actions.copy_emails(self.ctx)

    def export_overview(self) -> None:
        actions.export_overview(self, self.ctx)

    # -- memberships --------------------------------------------------------------------

    def add_membership(self) -> None:
        p = self.selected_person()
        if p is not None:
            mactions.add_membership(self, self.ctx, p.id, p.name)

    def _on_selected(self, panel, step) -> None:
        """Run ``step`` on the membership selected in ``panel`` (none: nothing happens)."""
        m = panel.selected()
        if m is not None:
            step(m)

    def edit_membership(self) -> None:
        self._on_selected(self.memberships, lambda m: mactions.edit_membership(self, self.ctx, m))

    def end_membership(self) -> None:
        self._on_selected(self.memberships, lambda m: mactions.do_end_membership(
            self.ctx, m.id, m.person_name, dt.date.today(), self))

    def delete_membership(self) -> None:
        self._on_selected(self.memberships, lambda m: mactions.do_delete_membership(
            self.ctx, m.id, m.person_name, self))

    def replace_selected_membership(self) -> None:
        self._on_selected(self.memberships, lambda m: mactions.replace_member(self, self.ctx, m))

    def replace_history_membership(self) -> None:
        self._on_selected(self.history_panel, lambda m: mactions.replace_member(self, self.ctx, m))

    def show_welcome_text(self) -> None:
        mactions.show_welcome_text(self, self.ctx)
