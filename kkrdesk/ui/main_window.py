"""The main window: a frame that wires the four tabs, the meeting selector, the
menus (frame_menus.py), the toolbar with the meeting box and the search field
(frame_toolbar.py) and the status bar. No domain logic lives here.

The frame (menus, toolbar, the four tab titles) is built from Qt alone, so it can be
painted before SQLAlchemy, the models and the tab modules are imported; ``attach``
then gives it the open database. A tab's module is imported and its widget built
when the tab is first shown (or asked for), the visible one at once."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from kkrdesk import APP_NAME
from kkrdesk.ui import connection_status, desktop_keys, window_state
from kkrdesk.ui.about import app_icon
from kkrdesk.ui.accessible import name_tab
from kkrdesk.ui.frame_menus import FrameMenus
from kkrdesk.ui.frame_toolbar import FrameToolbar
from kkrdesk.ui.i18n import shown, translate
from kkrdesk.ui.window_state import default_size

TAB_NAMES = (  # keys: shown through translate("MainWindow", …)
    QT_TRANSLATE_NOOP("MainWindow", "Dagsorden"), QT_TRANSLATE_NOOP("MainWindow", "SOR-forslag"),
    QT_TRANSLATE_NOOP("MainWindow", "Projekter"), QT_TRANSLATE_NOOP("MainWindow", "Deltagere"),
)
# module, class and attribute of each tab, in TAB_NAMES order
TAB_CLASSES = (
    ("kkrdesk.ui.agenda.tab", "AgendaTab", "agenda_tab"),
    ("kkrdesk.ui.sor.tab", "SorTab", "sor_tab"),
    ("kkrdesk.ui.projects.tab", "ProjectsTab", "projects_tab"),
    ("kkrdesk.ui.participants.tab", "ParticipantsTab", "participants_tab"),
)


def _carry_over(*args, **kwargs):
    """Offer to carry a replaced member's project seats over (the Projekter wing's
    dialog, imported when a member is replaced)."""
    from kkrdesk.ui.projects import carry_over

    return carry_over.offer(*args, **kwargs)


class MainWindow(FrameToolbar, FrameMenus, QMainWindow):
    # Emitted when the user asks for another database; the app object answers.
    open_database_requested = Signal(str)  # path
    new_database_requested = Signal(str)

    def __init__(self, ctx=None, recent: list[str] | None = None):
        super().__init__()
        self.ctx = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.resize(*default_size())
        self.tabs = QTabWidget()
        self._built: dict[int, QWidget] = {}
        self._links: dict[str, QWidget] = {}  # other wings' sections in the agenda item pane
        self._meeting_rows: list | None = None  # what the meeting box shows
        for name in TAB_NAMES:  # empty pages until the database is open
            self.tabs.addTab(QWidget(), translate("MainWindow", name))
        self.setCentralWidget(self.tabs)
        self._build_toolbar()
        self._build_menus(recent or [])
        self.db_label = QLabel("")
        self.others_label = QLabel("")  # who else has a shared database open
        self.statusBar().addPermanentWidget(self.others_label)
        self.statusBar().addPermanentWidget(self.db_label)
        window_state.restore_frame(self, len(TAB_NAMES))
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx) -> None:
        """Show the open database ``ctx`` in this frame."""
        from kkrdesk.ui import undo

        self.ctx = ctx
        if ctx.meeting_id is None:  # the meeting shown last in this database, if it is there
            ctx.meeting_id = window_state.remembered_meeting(ctx.store.path)
        where = ctx.store.path.name if ctx.store.path else ctx.store.url.database or ""
        self.setWindowTitle(f"{APP_NAME} – {where}")
        self.db_label.setText(str(ctx.store.path or ctx.store.url))  # a URL hides its password
        if not ctx.store.can_write:
            self.db_label.setText(translate("MainWindow", "Kun læseadgang · %1").replace("%1", self.db_label.text()))
        self.others_label.setText(ctx.others_text)
        ctx.others_changed.connect(self.others_label.setText)
        self._build_undo_actions()
        self.export_menu.setEnabled(True)
        self.import_agenda_action.setEnabled(True)
        self.live_action.setEnabled(True)
        self.change_log_action.setEnabled(True)
        self.meeting_box.setEnabled(True)
        self.settings_action.setEnabled(True)
        ctx.message.connect(lambda text: self.statusBar().showMessage(shown(text), 6000))
        connection_status.follow(self, ctx)  # a shared database's server lost and back
        undo.set_error_handler(lambda text: QMessageBox.warning(self, APP_NAME, text))
        ctx.changed.connect(self._on_changed)
        ctx.meeting_selected.connect(self._sync_meeting_box)
        ctx.navigate_requested.connect(self.navigate)
        ctx.after_replace.append(_carry_over)  # project seats follow a replaced member
        self._attach_search(ctx)
        desktop_keys.install(self)  # Ctrl+N, Ctrl+E by tab (ui/desktop_keys)
        self.tabs.currentChanged.connect(self.tab)
        self._fill_meetings()  # before the visible tab is built, so it reads its meeting once
        self.tab(self.tabs.currentIndex())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Remember the window, its wings' splitters, the tab and the meeting; with
        changes still waiting for the server, only if the user says so."""
        if not connection_status.may_close(self, self.ctx):
            event.ignore()
            return
        window_state.save_frame(self, self._built, TAB_NAMES)
        if self.ctx is not None:
            window_state.save_meeting(self.ctx.store.path, self.ctx.meeting_id)
        super().closeEvent(event)

    # -- the tabs, built when first needed ------------------------------------------

    def tab(self, index: int) -> QWidget:
        """The tab at ``index``, built (module imported, widget made) on first use."""
        if index in self._built or self.ctx is None or not 0 <= index < len(TAB_NAMES):
            return self._built.get(index) or self.tabs.widget(index)
        module, cls, _attr = TAB_CLASSES[index]
        widget = getattr(importlib.import_module(module), cls)(self.ctx)
        self._built[index] = widget
        window_state.restore_splitters(widget, TAB_NAMES[index])
        if index == 0:
            self._add_link_sections(widget)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, translate("MainWindow", TAB_NAMES[index]))
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        name_tab(widget, translate("MainWindow", TAB_NAMES[index]))  # a name for every control (ui/accessible)
        desktop_keys.bind_tab(index, widget)  # Delete and F2 on its list
        return widget

    def _add_link_sections(self, agenda_tab) -> None:
        """The ui root wires the other wings into the agenda's item pane: the proposals
        and the projects an item presents."""
        from kkrdesk.ui.projects.item_links import ProjectLinks
        from kkrdesk.ui.sor.item_links import SorItemLinks

        self._links["sor"] = SorItemLinks(self.ctx)
        agenda_tab.item_pane.add_link_section(translate("MainWindow", "SOR-forslag"), self._links["sor"])
        self._links["projects"] = ProjectLinks(self.ctx)
        agenda_tab.item_pane.add_link_section(translate("MainWindow", "Projekter"), self._links["projects"])

    def build_next_hidden(self) -> bool:
        """Build and read the first wing not built yet, left hidden behind the shown one
        (ui/idle_build.py calls it in idle moments); False when all are built, or while
        a shared database's server is away (its reads would wait for the network)."""
        index = next((i for i in range(len(TAB_NAMES)) if i not in self._built), None)
        if index is None or self.ctx is None or not self.ctx.online:
            return False
        self.tab(index).refresh()  # read now: shown later without a wait
        return True

    @property
    def agenda_tab(self):
        return self.tab(0)

    @property
    def sor_links(self):
        self.tab(0)
        return self._links.get("sor")

    @property
    def project_links(self):
        self.tab(0)
        return self._links.get("projects")

    @property
    def sor_tab(self):
        return self.tab(1)

    @property
    def projects_tab(self):
        return self.tab(2)

    @property
    def participants_tab(self):
        return self.tab(3)

    # Which tab shows which kind of record (see AppContext.navigate); every tab has
    # show_record(id).
    AREA_TABS = {"agenda_item": 0, "sor_proposal": 1, "project": 2, "person": 3}

    def navigate(self, area: str, record_id: int) -> None:
        if area == "meeting":  # the search: a meeting opens as the Dagsorden tab's meeting
            self.tabs.setCurrentWidget(self.agenda_tab)
            from_search = self.search_field.hasFocus()
            self.ctx.select_meeting(record_id)
            if from_search:
                self.agenda_tab.view.setFocus()
            return
        if area == "organisation":  # the search: Deltagere, showing its people
            self._show_organisation(record_id)
            return
        index = self.AREA_TABS.get(area)
        if index is None:
            return
        tab = self.tab(index)
        from_search = self.search_field.hasFocus()
        self.tabs.setCurrentWidget(tab)
        tab.show_record(record_id)
        if from_search:  # the keyboard goes with the record: the next key works on it
            lists = (self.agenda_tab.view, self.sor_tab.list_view, self.projects_tab.view,
                     self.participants_tab.people_view)
            lists[index].setFocus()

    def _show_organisation(self, organisation_id: int) -> None:
        """Deltagere filtered on the organisation (its choice lists only organisations
        someone belongs to; for one without people the status bar says so)."""
        tab = self.participants_tab
        self.tabs.setCurrentWidget(tab)  # a tab that missed changes catches up when shown
        tab.filters.clear()
        index = tab.org_filter.findData(organisation_id)
        if index < 0:
            self.statusBar().showMessage(
                translate("MainWindow", "Ingen personer i registret hører til organisationen."), 6000)
            return
        tab.org_filter.setCurrentIndex(index)
        tab.people_view.setFocus()

    # -- construction ---------------------------------------------------------------

    # -- content ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the database: the meeting list, then the visible tab (the others
        catch up when they are shown)."""
        shown = self.ctx.meeting_id
        self._fill_meetings()
        for index, tab in self._built.items():  # tabs not built yet read the data when built
            if index == 0 and self.ctx.meeting_id != shown:
                continue  # the agenda followed the meeting change already
            tab.request_refresh()  # every tab is a LazyTab: a hidden one catches up when shown

    def _on_changed(self, areas: set[str]) -> None:
        if "meetings" in areas:
            self._fill_meetings()
