"""Projekter: the tracked projects, identity masking first. On the left the list (phase,
RAG status, next milestone, owner) with filters; on the right the selected project's
editor: Stamdata, Status, Milepæle with the painted timeline, Organisation, Økonomi,
Risici, Beslutninger and Møder. Every edit is saved at once and can be undone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.core.errors import NotFound
from kkrdesk.export.timeline_paint import timeline_data
from kkrdesk.services.projects import listing
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.projects import commands as C
from kkrdesk.ui.projects import org_actions
from kkrdesk.ui.projects import part_columns as parts
from kkrdesk.ui.projects.detail_panes import GeneralPane, PartPane
from kkrdesk.ui.projects.links_pane import LinksPane
from kkrdesk.ui.projects.dialogs import ask, new_project_dialog
from kkrdesk.ui.projects.filter_bar import ProjectFilters
from kkrdesk.ui.projects.pane_hints import NO_RISKS
from kkrdesk.ui.projects.list_model import ProjectFilter, columns, summary_html
from kkrdesk.ui.projects.milestone_page import MilestonePage, save_timeline
from kkrdesk.ui.projects.org_pane import OrgPane
from kkrdesk.ui.table_model import ROW_ROLE, RowTableModel
from kkrdesk.ui.undo import push
from kkrdesk.ui.widgets import LazyTab, filtered_table, fit_columns, heading, tab_step
from kkrdesk.views.projects import ProjectFields, ProjectRow, ProjectView

AREAS = {"projects", "participants", "meetings"}
PART_TABS = (("note", "Status"), ("milestone", "Milepæle"), ("financing", "Økonomi"),
             ("risk", "Risici"), ("decision", "Beslutninger"))


class ProjectsTab(LazyTab):
    def __init__(self, ctx: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.project: ProjectView | None = None  # the selected project, read whole
        self._whole_read: ProjectView | None = None  # the project last read whole
        self._reread = False  # the list was read again: so is the selected project
        self._shown_count = 0  # projects shown so far: a new selection shows itself
        self.model = RowTableModel(columns(self.today), self)
        self.proxy = ProjectFilter(self.today, self)
        self.view = filtered_table(self.model, self.proxy, stretch_column=0)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left())
        splitter.addWidget(self._right())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([620, 740])
        self.splitter = splitter
        QVBoxLayout(self).addWidget(splitter)
        ctx.changed.connect(lambda areas: areas & AREAS and self.request_refresh())

    # -- construction ----------------------------------------------------------------------

    def _left(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        for row in self._build_filters():
            lay.addLayout(row)
        lay.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(translate("ProjectsTab", "Nyt projekt …"))
        self.new_button.clicked.connect(self.new_project)
        self.delete_button = QPushButton(translate("ProjectsTab", "Slet projekt"))
        self.delete_button.clicked.connect(self.delete_project)
        self.count_label = QLabel()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        lay.addLayout(buttons)
        return w

    def _build_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        self.filters = ProjectFilters(self._filter)
        f = self.filters  # the tab's own names for its filters (tests, jumps)
        self.search, self.phase_filter, self.rag_filter = f.search, f.phase, f.rag
        self.owner_filter, self.overdue_filter = f.owner, f.overdue
        return f.rows()

    def _right(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(4, 0, 0, 0)
        self.title = heading("")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a name is never read as HTML
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        self.pages = QTabWidget()
        for widget, name in self._build_pages():
            self.pages.addTab(widget, name)
        lay.addWidget(self.pages, 1)
        return w

    def _build_pages(self) -> list[tuple[QWidget, str]]:
        """The editor's pages, Milepæle with the timeline first: where the project
        stands, at a glance."""
        self.general = GeneralPane()
        self.general.save.connect(self._save_fields)
        self._build_part_panes()
        self.milestone_page = MilestonePage(self.part_panes["milestone"], self.save_timeline)
        self.timeline, self.span_box = self.milestone_page.timeline, self.milestone_page.span_box
        self._build_org()
        self.links = LinksPane()
        self.links.jump.connect(lambda item_id: self.ctx.navigate("agenda_item", item_id))
        self.links.unlink.connect(self._unlink)
        return [(self.milestone_page, translate("ProjectsTab", "Milepæle")), (self.part_panes["note"], translate("ProjectsTab", "Status")),
                (self.org, translate("ProjectsTab", "Organisation")), (self.general, translate("ProjectsTab", "Stamdata")),
                (self.part_panes["financing"], translate("ProjectsTab", "Økonomi")), (self.part_panes["risk"], translate("ProjectsTab", "Risici")),
                (self.part_panes["decision"], translate("ProjectsTab", "Beslutninger")), (self.links, translate("ProjectsTab", "Møder"))]

    def _build_part_panes(self) -> None:
        """Status notes, milestones, financing, risks and decisions: one table pane each,
        its rows added, edited and deleted through the project's undoable steps."""
        self.part_panes: dict[str, PartPane] = {}
        specs = parts.part_columns(self.today)
        for kind, _name in PART_TABS:
            cols, rows_of, stretch = specs[kind]
            pane = PartPane(kind, cols, rows_of, parts.NEW_TEXTS[kind], stretch=stretch,
                            empty_text=translate("PaneHints", NO_RISKS) if kind == "risk" else "")
            pane.add_requested.connect(lambda k=kind: self.project and parts.add(self, self.ctx, k, self.project))
            pane.edit_requested.connect(lambda row, k=kind: parts.edit(self, self.ctx, k, self.project, row))
            pane.delete_requested.connect(lambda row, k=kind: parts.delete(self, self.ctx, k, row))
            self.part_panes[kind] = pane

    def _build_org(self) -> None:
        self.org = OrgPane()
        org_actions.connect(self.org, self)

    # -- content -----------------------------------------------------------------------------

    @tab_step
    def refresh(self) -> None:
        self.mark_fresh()
        keep = self.project.id if self.project else None
        rows = listing.project_rows(self.ctx.store)
        self._reread = True
        self.model.set_rows(rows)
        self.general.set_owners(projects.owners(self.ctx.store))
        self.filters.fill_owners(rows)
        fit_columns(self.view, 150)
        self.view.setWordWrap(True)  # whole names and milestones, on two lines if need be
        self.view.resizeRowsToContents()
        shown = self._shown_count
        if not self.show_record(keep, switch=False) and self.proxy.rowCount():
            self.view.selectRow(0)
        if self._shown_count == shown:  # the same row stays current: show it read again
            self._show_current()

    @tab_step
    def show_record(self, project_id: int | None, switch: bool = True) -> bool:
        """Select the project (a jump from an agenda item). Filters that hide it are cleared."""
        if project_id is None:
            return False
        if self._stale and switch:
            self.refresh()
        for attempt in range(2):
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(ROW_ROLE).id == project_id:
                    self.view.selectRow(r)
                    return True
            if attempt == 0 and switch:
                self.clear_filters()
        return False

    def selected_project(self) -> tuple[int, str] | None:
        return (self.project.id, self.project.name) if self.project else None

    def clear_filters(self) -> None:
        self.filters.clear()

    @tab_step
    def _filter(self) -> None:
        self.proxy.set_filter(**self.filters.chosen())
        self.count_label.setText(translate("ProjectsTab", "%1 af %2 projekter").replace("%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount())))
        shown = self._shown_count
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.selectRow(0)
        if self._shown_count == shown:
            self._show_current()

    @tab_step
    def _show_current(self) -> None:
        self._shown_count += 1
        idx = self.view.currentIndex()
        p = self._whole(idx.siblingAtColumn(0).data(ROW_ROLE) if idx.isValid() else None)
        self.project = p
        self.count_label.setText(translate("ProjectsTab", "%1 af %2 projekter").replace("%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount())))
        self.delete_button.setEnabled(p is not None)
        self.pages.setEnabled(p is not None)
        self.title.setText(p.name if p else translate("tab", "Intet projekt valgt"))
        self.summary.setText(summary_html(p, self.today) if p else translate("tab", "Opret et projekt med »Nyt projekt …«."))
        self.general.show_project(p)
        for pane in self.part_panes.values():
            pane.show_project(p)
        self.org.show_project(p, self.today)
        self.links.show_project(p)
        self.timeline.show_timeline(timeline_data(p) if p else None, self.today)

    def _whole(self, row: ProjectRow | None) -> ProjectView | None:
        """The selected list row's project with all its parts: read when another project
        is selected or the list has been read again, else the one shown."""
        if row is None:
            return None
        if self._whole_read is not None and self._whole_read.id == row.id and not self._reread:
            return self._whole_read  # a filter typed, or the list sorted: the same project
        self._reread = False
        try:
            self._whole_read = projects.get_project(self.ctx.store, row.id)
        except NotFound:  # deleted by another window since the list was read: it follows
            self._whole_read = None
        return self._whole_read

    # -- steps -------------------------------------------------------------------------------

    def _save_fields(self, fields: ProjectFields, typed: str) -> None:
        p = self.project
        if p is None:
            return
        push(self.ctx.undo_stack, C.edit_project(self.ctx.store, p.id, p.fields, fields, typed),
             on_refusal=self.general.show_error)

    def new_project(self) -> int | None:
        dialog = new_project_dialog(lambda v: projects.check_new(self.ctx.store, v["name"]), self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return None
        v = dialog.result_values
        cmd = C.create_project(self.ctx.store, ProjectFields(v["name"], v["description"]))
        if not push(self.ctx.undo_stack, cmd, self):
            return None
        self.show_record(cmd.result)
        self.pages.setCurrentWidget(self.general)  # a new project starts with its own fields
        self.view.setFocus()  # the keyboard on the new project, not left on the tab bar
        return cmd.result

    def delete_project(self) -> bool:
        p = self.project
        if p is None or not ask(
                self, translate("ProjectsTab", "Slet projekt"),
                translate("ProjectsTab", "Slet »%1« med statusnotater, milepæle, grupper og koblinger "
                          "til dagsordenen? (Kan fortrydes med Ctrl+Z.)").replace("%1", p.name)):
            return False
        return push(self.ctx.undo_stack, C.delete_project(self.ctx.store, p.id, p.name), self)

    def _unlink(self, item_id: int) -> None:
        if self.project is not None:
            push(self.ctx.undo_stack, C.unlink_item(self.ctx.store, self.project.id, item_id,
                                                    self.project.name), self)

    def save_timeline(self, path: str | None = None):
        if self.project is None:
            return None
        return save_timeline(self, self.ctx, self.timeline, self.project.name, path)
