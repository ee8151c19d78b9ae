"""The main window: a frame that wires the four tabs, the meeting selector, the
menus and the status bar. No domain logic lives here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QToolBar,
)

from kkrdesk import APP_NAME
from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import label
from kkrdesk.services import meetings
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.agenda.tab import AgendaTab
from kkrdesk.ui.participants.tab import ParticipantsTab
from kkrdesk.ui.projects import carry_over
from kkrdesk.ui.projects.item_links import ProjectLinks
from kkrdesk.ui.projects.tab import ProjectsTab
from kkrdesk.ui.sor.item_links import SorItemLinks
from kkrdesk.ui.sor.tab import SorTab

TAB_NAMES = ("Dagsorden", "SOR-forslag", "Projekter", "Deltagere")


class MainWindow(QMainWindow):
    # Emitted when the user asks for another database; the app object answers.
    open_database_requested = Signal(str)  # path
    new_database_requested = Signal(str)

    def __init__(self, ctx: AppContext, recent: list[str] | None = None):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME} – {ctx.store.path.name if ctx.store.path else ''}")
        self.resize(1280, 820)
        self.tabs = QTabWidget()
        self.agenda_tab = AgendaTab(ctx)
        self.sor_links = SorItemLinks(ctx)  # the proposals an agenda item presents
        self.agenda_tab.item_pane.add_link_section("SOR-forslag", self.sor_links)
        self.sor_tab = SorTab(ctx)
        self.projects_tab = ProjectsTab(ctx)
        self.participants_tab = ParticipantsTab(ctx)
        self.project_links = ProjectLinks(ctx)  # the projects an agenda item presents
        self.agenda_tab.item_pane.add_link_section("Projekter", self.project_links)
        ctx.after_replace.append(carry_over.offer)  # project seats follow a replaced member
        for widget, name in zip(
            (self.agenda_tab, self.sor_tab, self.projects_tab, self.participants_tab), TAB_NAMES
        ):
            self.tabs.addTab(widget, name)
        self.setCentralWidget(self.tabs)
        self._build_toolbar()
        self._build_menus(recent or [])
        self.db_label = QLabel(str(ctx.store.path or ""))
        self.statusBar().addPermanentWidget(self.db_label)
        ctx.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        from kkrdesk.ui import undo

        undo.set_error_handler(lambda text: QMessageBox.warning(self, APP_NAME, text))
        ctx.changed.connect(self._on_changed)
        ctx.meeting_selected.connect(self._sync_meeting_box)
        ctx.navigate_requested.connect(self.navigate)

    # Which tab shows which kind of record (see AppContext.navigate).
    AREA_TABS = {"agenda_item": "agenda_tab", "sor_proposal": "sor_tab",
                 "project": "projects_tab", "person": "participants_tab"}

    def navigate(self, area: str, record_id: int) -> None:
        tab = getattr(self, self.AREA_TABS.get(area, ""), None)
        if tab is None:
            return
        self.tabs.setCurrentWidget(tab)
        show = getattr(tab, "show_record", None)
        if show is not None:
            show(record_id)

    # -- construction ---------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar("Møde")
        bar.setObjectName("meeting_toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(" Møde: "))
        self.meeting_box = QComboBox()
        self.meeting_box.setMinimumContentsLength(42)
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        bar.addWidget(self.meeting_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_menus(self, recent: list[str]) -> None:
        file_menu = self.menuBar().addMenu("&Filer")
        self.new_action = file_menu.addAction("&Ny database …")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = file_menu.addAction("&Åbn …")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu("&Seneste", self)
        file_menu.addMenu(self.recent_menu)
        self.set_recent(recent)
        self.export_menu = QMenu("&Eksportér", self)
        file_menu.addMenu(self.export_menu)
        self._build_export_menu()
        self.import_agenda_action = file_menu.addAction("&Importér dagsorden …")
        self.import_agenda_action.triggered.connect(self._import_agenda)
        file_menu.addSeparator()
        quit_action = file_menu.addAction("&Afslut")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu("&Rediger")
        undo = self.ctx.undo_stack.createUndoAction(self, "&Fortryd")
        undo.setShortcuts([QKeySequence.StandardKey.Undo])
        redo = self.ctx.undo_stack.createRedoAction(self, "&Gentag")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    def _build_export_menu(self) -> None:
        from kkrdesk.ui import export_actions as ex

        menu = self.export_menu
        agenda = menu.addAction("&Dagsorden (Word) …")
        agenda.setShortcut(QKeySequence("Ctrl+E"))
        agenda.triggered.connect(lambda: ex.export_word(self, self.ctx, "agenda"))
        menu.addAction("&Referat (Word) …").triggered.connect(
            lambda: ex.export_word(self, self.ctx, "minutes"))
        self.overview_action = menu.addAction("&Oversigt (Excel) …")
        self.overview_action.triggered.connect(self._export_overview)
        self.sor_export_action = menu.addAction("&SOR-forslag (Word) …")
        self.sor_export_action.triggered.connect(self._export_sor)
        menu.addAction("Dagsorden som &PDF/A (arkiv) …").triggered.connect(
            lambda: ex.export_word(self, self.ctx, "agenda", pdf=True))
        menu.addAction("Referat som P&DF/A (arkiv) …").triggered.connect(
            lambda: ex.export_word(self, self.ctx, "minutes", pdf=True))
        self.status_action = menu.addAction("&Statusrapport for projekter (Word) …")
        self.status_action.triggered.connect(lambda: ex.export_status(self, self.ctx))
        menu.addAction("Statusrapport for det &valgte projekt (Word) …").triggered.connect(
            lambda: ex.export_status(self, self.ctx, project=self.projects_tab.selected_project()))
        menu.addSeparator()
        menu.addAction("Vælg &Word-skabelon …").triggered.connect(lambda: ex.choose_template(self, self.ctx))
        menu.addAction("Brug &standardskabelon").triggered.connect(lambda: ex.reset_template(self.ctx))

    def _import_agenda(self) -> None:
        from kkrdesk.ui.agenda.import_dialog import open_import_dialog

        self.agenda_import_dialog = open_import_dialog(self, self.ctx)

    def _export_overview(self) -> None:
        from kkrdesk.ui.participants import actions as participants_actions

        participants_actions.export_overview(self, self.ctx)

    def _export_sor(self) -> None:
        from kkrdesk.ui.sor.export import export_summary

        export_summary(self, self.ctx, self.sor_tab.visible_ids())

    def set_recent(self, paths: list[str]) -> None:
        self.recent_menu.clear()
        for path in paths:
            action = QAction(path, self.recent_menu)
            action.triggered.connect(lambda _=False, p=path: self.open_database_requested.emit(p))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(paths))

    # -- content ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the database: the meeting list, then the visible tab (the others
        catch up when they are shown)."""
        self._fill_meetings()
        for tab in (self.agenda_tab, self.sor_tab, self.projects_tab, self.participants_tab):
            if hasattr(tab, "request_refresh"):
                tab.request_refresh()
            else:
                tab.refresh()

    def _fill_meetings(self) -> None:
        rows = meetings.list_meetings(self.ctx.store)
        wanted = self.ctx.meeting_id
        if wanted is None or wanted not in {m.id for m in rows}:
            wanted = meetings.default_meeting_id(self.ctx.store)
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        for m in rows:
            self.meeting_box.addItem(f"{short_date(m.date)}  {m.title}  ({label(m.status).lower()})", m.id)
        idx = self.meeting_box.findData(wanted)
        self.meeting_box.setCurrentIndex(idx)
        self.meeting_box.blockSignals(False)
        self.ctx.select_meeting(wanted)
        self.statusBar().showMessage(f"{len(rows)} møder i databasen", 4000)

    def _sync_meeting_box(self, meeting_id) -> None:
        idx = self.meeting_box.findData(meeting_id)
        if idx < 0 and meeting_id is not None:
            self._fill_meetings()
            return
        if idx != self.meeting_box.currentIndex():
            self.meeting_box.blockSignals(True)
            self.meeting_box.setCurrentIndex(idx)
            self.meeting_box.blockSignals(False)

    def _meeting_chosen(self, index: int) -> None:
        self.ctx.select_meeting(self.meeting_box.itemData(index))

    def _on_changed(self, areas: set[str]) -> None:
        if "meetings" in areas:
            self._fill_meetings()
