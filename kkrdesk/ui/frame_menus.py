"""The main window's menus: Filer (new, open, recent, export, import agenda, quit) with
its Eksportér submenu, Rediger (undo, redo, search everything) and Vis (the chair's
live view).

Mixed into MainWindow: the actions are the window's own attributes (``export_menu``,
``undo_action``, ``recent_menu`` …), which the app and the tests reach on the window.
Nothing here imports a wing or the export code before the user asks: the frame is
painted before the database is open."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.about import add_help_menu


def exports():
    """The export dialogs, imported when used: the export code is not needed to start."""
    from kkrdesk.ui import export_actions

    return export_actions


class FrameMenus:
    """Needs from the window: ctx (None until a database is open), projects_tab,
    sor_tab, focus_search and the open_database_requested signal."""

    def _build_menus(self, recent: list[str]) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(translate("FrameMenus", "&Filer"))
        self.new_action = file_menu.addAction(translate("FrameMenus", "&Ny database …"))
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = file_menu.addAction(translate("FrameMenus", "&Åbn …"))
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(translate("FrameMenus", "&Seneste"), self)
        file_menu.addMenu(self.recent_menu)
        self.set_recent(recent)
        self.recent_menu.aboutToShow.connect(self._show_recent)
        self.export_menu = QMenu(translate("FrameMenus", "&Eksportér"), self)
        file_menu.addMenu(self.export_menu)
        self._build_export_menu()
        self.import_agenda_action = file_menu.addAction(translate("FrameMenus", "&Importér dagsorden …"))
        self.import_agenda_action.triggered.connect(self._import_agenda)
        file_menu.addSeparator()
        self.settings_action = file_menu.addAction(translate("FrameMenus", "Indstillin&ger …"))
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self._open_settings)
        self.settings_action.setEnabled(False)  # until a database is open
        quit_action = file_menu.addAction(translate("FrameMenus", "&Afslut"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.edit_menu = self.menuBar().addMenu(translate("FrameMenus", "&Rediger"))
        self.undo_action = self.edit_menu.addAction(translate("FrameMenus", "&Fortryd"))
        self.redo_action = self.edit_menu.addAction(translate("FrameMenus", "&Omgør"))
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
        self.search_action = QAction(translate("FrameMenus", "&Søg i alt …"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F
        self.search_action.triggered.connect(self.focus_search)
        self.search_action.setEnabled(False)  # until a database is open
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self._build_view_menu()
        self.export_menu.setEnabled(False)
        self.import_agenda_action.setEnabled(False)
        add_help_menu(self)  # Hjælp > Om KKR Desk (ui/about)

    def _build_view_menu(self) -> None:
        """Vis: the chair's live view of the selected meeting, for a second screen."""
        self.view_menu = self.menuBar().addMenu(translate("FrameMenus", "&Vis"))
        self.live_action = self.view_menu.addAction(translate("FrameMenus", "&Mødeleders visning"))
        self.live_action.setShortcut(QKeySequence("F5"))
        self.live_action.setStatusTip(translate("FrameMenus", "Det aktuelle punkt, tiden og det næste punkt i stor skrift "
                                      "til en anden skærm"))
        self.live_action.triggered.connect(self.open_live_view)
        self.live_action.setEnabled(False)  # until a database is open
        self.change_log_action = self.view_menu.addAction(translate("FrameMenus", "Ændrings&log …"))
        self.change_log_action.setStatusTip(translate("FrameMenus", "Hvem har ændret hvad og hvornår "
                                            "i en fælles database"))
        self.change_log_action.triggered.connect(self.open_change_log)
        self.change_log_action.setEnabled(False)  # until a database is open

    def open_change_log(self):
        from kkrdesk.ui.change_log_dialog import ChangeLogDialog

        dialog = ChangeLogDialog(self, self.ctx)
        dialog.exec()
        dialog.deleteLater()

    def open_live_view(self):
        from kkrdesk.ui.agenda.live_open import open_live_view

        return open_live_view(self, self.ctx)

    def _build_undo_actions(self) -> None:
        """The frame's inactive Fortryd/Omgør give way to the undo stack's own."""
        undo = self.ctx.undo_stack.createUndoAction(self, translate("FrameMenus", "&Fortryd"))
        undo.setShortcuts([QKeySequence.StandardKey.Undo])
        redo = self.ctx.undo_stack.createRedoAction(self, translate("FrameMenus", "&Omgør"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.clear()
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.undo_action, self.redo_action = undo, redo

    def _build_export_menu(self) -> None:
        menu = self.export_menu
        agenda = self.agenda_export_action = menu.addAction(translate("FrameMenus", "&Dagsorden (Word) …"))
        agenda.triggered.connect(lambda: exports().export_word(self, self.ctx, "agenda"))
        menu.addAction(translate("FrameMenus", "&Referat (Word) …")).triggered.connect(
            lambda: exports().export_word(self, self.ctx, "minutes"))
        self.overview_action = menu.addAction(translate("FrameMenus", "&Oversigt (Excel) …"))
        self.overview_action.triggered.connect(self._export_overview)
        self.sor_export_action = menu.addAction(translate("FrameMenus", "&SOR-forslag (Word) …"))
        self.sor_export_action.triggered.connect(self._export_sor)
        menu.addAction(translate("FrameMenus", "Dagsorden som &PDF/A (arkiv) …")).triggered.connect(
            lambda: exports().export_word(self, self.ctx, "agenda", pdf=True))
        menu.addAction(translate("FrameMenus", "R&eferat som PDF/A (arkiv) …")).triggered.connect(
            lambda: exports().export_word(self, self.ctx, "minutes", pdf=True))
        self.status_action = menu.addAction(translate("FrameMenus", "S&tatusrapport for projekter (Word) …"))
        self.status_action.triggered.connect(lambda: exports().export_status(self, self.ctx))
        menu.addAction(translate("FrameMenus", "Statusrapport for det &valgte projekt (Word) …")).triggered.connect(
            lambda: exports().export_status(self, self.ctx, project=self.projects_tab.selected_project()))
        menu.addSeparator()
        menu.addAction(translate("FrameMenus", "Vælg &Word-skabelon …")).triggered.connect(
            lambda: exports().choose_template(self, self.ctx))
        menu.addAction(translate("FrameMenus", "&Brug standardskabelon")).triggered.connect(
            lambda: exports().reset_template(self.ctx))
        self._build_template_settings(menu)
        menu.addSeparator()
        menu.addAction(translate("FrameMenus", "Udsend &mødepakke (Word og bilag) …")).triggered.connect(self._export_package)
        self._build_calendar_actions(menu)

    def _build_calendar_actions(self, menu) -> None:
        """The meeting and the deadlines as calendar files, the invitation as a mail draft."""
        def calendar():
            from kkrdesk.ui import calendar_actions

            return calendar_actions

        menu.addSeparator()
        self.ics_action = menu.addAction(translate("FrameMenus", "Mødet som &kalenderfil (.ics) …"))
        self.ics_action.triggered.connect(lambda: calendar().export_meeting_ics(self, self.ctx))
        self.deadlines_action = menu.addAction(translate("FrameMenus", "Fr&ister som kalenderfil (.ics) …"))
        self.deadlines_action.triggered.connect(
            lambda: calendar().export_deadlines_ics(self, self.ctx))
        self.invitation_action = menu.addAction(translate("FrameMenus", "Mødeindkaldelse som m&ailkladde (.eml) …"))
        self.invitation_action.triggered.connect(
            lambda: calendar().export_invitation(self, self.ctx))

    def _import_agenda(self) -> None:
        from kkrdesk.ui.agenda.import_dialog import open_import_dialog

        self.agenda_import_dialog = open_import_dialog(self, self.ctx)

    def _build_template_settings(self, menu) -> None:
        """Punkttyper (O)/(D)/(B) or written out, and the author; the settings are read
        when the menu opens (the export code is imported when used)."""
        from PySide6.QtGui import QActionGroup

        kinds = menu.addMenu(translate("FrameMenus", "P&unkttyper i Word"))
        group = QActionGroup(kinds)
        for marks, text in (("short", translate("FrameMenus", "Forkortet: (O), (D), (B)")),
                            ("long", translate("FrameMenus", "Skrevet ud: »Til orientering«, »Til drøftelse« …"))):
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
        self.actual_times_action = menu.addAction(translate("FrameMenus", "Medta&g faktiske tider i referatet"))
        self.actual_times_action.setCheckable(True)
        self.actual_times_action.setToolTip(translate("FrameMenus", "Skriv ved hvert punkt, hvornår det faktisk begyndte "
                                            "og sluttede (holdt i mødeleders visning)"))
        self.actual_times_action.toggled.connect(
            lambda on: exports().set_actual_times(self.ctx, on) if self.ctx else None)
        self.english_docs_action = menu.addAction(translate("FrameMenus", "Dokumenter på e&ngelsk"))
        self.english_docs_action.setCheckable(True)
        self.english_docs_action.setToolTip(translate(
            "FrameMenus", "Dagsorden, referat (Word og PDF), oversigt, kalenderfil og indkaldelse "
            "på engelsk; SOR-forslag og statusrapport altid på dansk"))
        self.english_docs_action.toggled.connect(
            lambda on: exports().set_document_language(self.ctx, on) if self.ctx else None)
        menu.aboutToShow.connect(lambda: self._show_actual_times())
        menu.addAction(translate("FrameMenus", "&Forfatter (sekretariatets navn) …")).triggered.connect(
            lambda: exports().ask_author(self, self.ctx))

    def _show_actual_times(self) -> None:
        """The tick follows the setting each time the menu opens (no stray write)."""
        action = self.actual_times_action
        action.blockSignals(True)
        action.setChecked(bool(self.ctx) and exports().document_options(self.ctx).actual_times)
        action.blockSignals(False)
        english = self.english_docs_action
        english.blockSignals(True)
        english.setChecked(bool(self.ctx) and exports().document_language(self.ctx) == "en")
        english.blockSignals(False)

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
        """Filer > Seneste (ui/recent_menu): missing files greyed, and Ryd liste."""
        from kkrdesk.ui import recent_menu

        recent_menu.fill(self.recent_menu, paths, self.open_database_requested.emit,
                         self._clear_recent)

    def _clear_recent(self) -> None:
        from kkrdesk.ui import recent_menu

        recent_menu.clear()
        self.set_recent([])

    def _show_recent(self) -> None:
        """Each time the menu opens: the list as stored, each file looked at afresh."""
        from kkrdesk.ui import recent_menu

        self.set_recent(recent_menu.recent())

    def _open_settings(self) -> None:
        from kkrdesk.ui.qt_setup import language_override
        from kkrdesk.ui.settings_dialog import open_settings

        open_settings(self, self.ctx, language_override())
