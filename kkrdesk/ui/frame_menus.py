"""The main window's menus: Filer (new, open, recent, export, import agenda, quit) with
its Eksportér submenu, and Rediger (undo, redo, search everything).

Mixed into MainWindow: the actions are the window's own attributes (``export_menu``,
``undo_action``, ``recent_menu`` …), which the app and the tests reach on the window.
Nothing here imports a wing or the export code before the user asks: the frame is
painted before the database is open."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from kkrdesk.ui.about import add_help_menu


def exports():
    """The export dialogs, imported when used: the export code is not needed to start."""
    from kkrdesk.ui import export_actions

    return export_actions


class FrameMenus:
    """Needs from the window: ctx (None until a database is open), projects_tab,
    sor_tab, focus_search and the open_database_requested signal."""

    def _build_menus(self, recent: list[str]) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu("&Filer")
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

        self.edit_menu = self.menuBar().addMenu("&Rediger")
        self.undo_action = self.edit_menu.addAction("&Fortryd")
        self.redo_action = self.edit_menu.addAction("&Gentag")
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
        self.search_action = QAction("&Søg i alt …", self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F
        self.search_action.triggered.connect(self.focus_search)
        self.search_action.setEnabled(False)  # until a database is open
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.export_menu.setEnabled(False)
        self.import_agenda_action.setEnabled(False)
        add_help_menu(self)  # Hjælp > Om KKR Desk (ui/about)

    def _build_undo_actions(self) -> None:
        """The frame's inactive Fortryd/Gentag give way to the undo stack's own."""
        undo = self.ctx.undo_stack.createUndoAction(self, "&Fortryd")
        undo.setShortcuts([QKeySequence.StandardKey.Undo])
        redo = self.ctx.undo_stack.createRedoAction(self, "&Gentag")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.clear()
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.undo_action, self.redo_action = undo, redo

    def _build_export_menu(self) -> None:
        menu = self.export_menu
        agenda = self.agenda_export_action = menu.addAction("&Dagsorden (Word) …")
        agenda.triggered.connect(lambda: exports().export_word(self, self.ctx, "agenda"))
        menu.addAction("&Referat (Word) …").triggered.connect(
            lambda: exports().export_word(self, self.ctx, "minutes"))
        self.overview_action = menu.addAction("&Oversigt (Excel) …")
        self.overview_action.triggered.connect(self._export_overview)
        self.sor_export_action = menu.addAction("&SOR-forslag (Word) …")
        self.sor_export_action.triggered.connect(self._export_sor)
        menu.addAction("Dagsorden som &PDF/A (arkiv) …").triggered.connect(
            lambda: exports().export_word(self, self.ctx, "agenda", pdf=True))
        menu.addAction("R&eferat som PDF/A (arkiv) …").triggered.connect(
            lambda: exports().export_word(self, self.ctx, "minutes", pdf=True))
        self.status_action = menu.addAction("S&tatusrapport for projekter (Word) …")
        self.status_action.triggered.connect(lambda: exports().export_status(self, self.ctx))
        menu.addAction("Statusrapport for det &valgte projekt (Word) …").triggered.connect(
            lambda: exports().export_status(self, self.ctx, project=self.projects_tab.selected_project()))
        menu.addSeparator()
        menu.addAction("Vælg &Word-skabelon …").triggered.connect(
            lambda: exports().choose_template(self, self.ctx))
        menu.addAction("&Brug standardskabelon").triggered.connect(
            lambda: exports().reset_template(self.ctx))
        self._build_template_settings(menu)
        menu.addSeparator()
        menu.addAction("Udsend &mødepakke (Word og bilag) …").triggered.connect(self._export_package)
        self._build_calendar_actions(menu)

    def _build_calendar_actions(self, menu) -> None:
        """The meeting and the deadlines as calendar files, the invitation as a mail draft."""
        def calendar():
            from kkrdesk.ui import calendar_actions

            return calendar_actions

        menu.addSeparator()
        self.ics_action = menu.addAction("Mødet som &kalenderfil (.ics) …")
        self.ics_action.triggered.connect(lambda: calendar().export_meeting_ics(self, self.ctx))
        self.deadlines_action = menu.addAction("Fr&ister som kalenderfil (.ics) …")
        self.deadlines_action.triggered.connect(
            lambda: calendar().export_deadlines_ics(self, self.ctx))
        self.invitation_action = menu.addAction("Mødeindkaldelse som m&ailkladde (.eml) …")
        self.invitation_action.triggered.connect(
            lambda: calendar().export_invitation(self, self.ctx))

    def _import_agenda(self) -> None:
        from kkrdesk.ui.agenda.import_dialog import open_import_dialog

        self.agenda_import_dialog = open_import_dialog(self, self.ctx)

    def _build_template_settings(self, menu) -> None:
        """Punkttyper (O)/(D)/(B) or written out, and the author; the settings are read
        when the menu opens (the export code is imported when used)."""
        from PySide6.QtGui import QActionGroup

        kinds = menu.addMenu("P&unkttyper i Word")
        group = QActionGroup(kinds)
        for marks, text in (("short", "Forkortet: (O), (D), (B)"),
                            ("long", "Skrevet ud: »Til orientering«, »Til drøftelse« …")):
            action = kinds.addAction(text)
            action.setCheckable(True)
            action.setChecked(marks == "short")
            action.setData(marks)
            group.addAction(action)
            action.triggered.connect(lambda _=False, m=marks: exports().set_kind_marks(self.ctx, m))

        def show_current() -> None:
            current = exports().document_options(self.ctx).kind_marks if self.ctx else "short"
            for action in group.actions():
                action.setChecked(action.data() == current)

        kinds.aboutToShow.connect(show_current)
        menu.addAction("&Forfatter (sekretariatets navn) …").triggered.connect(
            lambda: exports().ask_author(self, self.ctx))

    def _export_package(self) -> None:
        from kkrdesk.ui.agenda.attachment_actions import export_package

        export_package(self, self.ctx)

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
