"""The main window's toolbar: the meeting box (which meeting every tab shows) and the
search field, whose controller, results panel and model (ui/search) are built at the
field's first focus, key or text, not at start.

Mixed into MainWindow; needs from it ctx (None until a database is open), the
search_action of its menus and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QToolBar, QWidget

from kkrdesk.ui.autosave import mark_filter
from kkrdesk.ui.i18n import translate


class _SearchStarter(QObject):
    """Builds the window's search at the field's first focus, key or text, then leaves:
    the key that started it goes on to the search's own handler."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.search_field.installEventFilter(self)
        window.search_field.textChanged.connect(self._typed)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyPress):
            return self._start().eventFilter(watched, event)
        return False

    def _typed(self, _text: str) -> None:
        self._start().timer.start()  # text set without a key: searched after the pause

    def _start(self):
        field = self.window.search_field
        field.removeEventFilter(self)
        field.textChanged.disconnect(self._typed)
        self.deleteLater()
        return self.window.search



class FrameToolbar:
    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Møde"))
        bar.setObjectName("meeting_toolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(translate("MainWindow", " Møde: ")))
        self.meeting_box = QComboBox()
        self.meeting_box.setAccessibleName(translate("MainWindow", "Møde"))
        self.meeting_box.setMinimumContentsLength(42)
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        bar.addWidget(self.meeting_box)
        self.meeting_box.setEnabled(False)  # until a database is open
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(translate("MainWindow", "Søg i alt (Ctrl+F)"))
        self.search_field.setAccessibleName(translate("MainWindow", "Søg i alt"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(260)
        self.search_field.setMaximumWidth(340)
        mark_filter(self.search_field)  # a search, not data (ui/autosave)
        self.search_field.setEnabled(False)  # until a database is open
        bar.addWidget(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _attach_search(self, ctx) -> None:
        """The search field answers once a database is open (ui/search); its controller,
        results panel and model are built when the field is first used, not at start."""
        self._search = None
        _SearchStarter(self)
        self.search_field.setEnabled(True)
        self.search_action.setEnabled(True)

    @property
    def search(self):
        """The search field's controller (ui/search), built on first use."""
        if self._search is None:
            from kkrdesk.ui.search.controller import SearchController

            self._search = SearchController(self, self.search_field, self.ctx)
        return self._search

    def focus_search(self) -> None:
        """Ctrl+F: to the search field, its text selected, the results shown again."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()
        if self.search_field.text().strip() and self.ctx is not None:
            self.search.run()

    def _fill_meetings(self) -> None:
        from kkrdesk.ui.dates import short_date
        from kkrdesk.ui.labels import label
        from kkrdesk.services.agenda import meetings

        rows = meetings.list_meetings(self.ctx.store)
        wanted = self.ctx.meeting_id
        if wanted is None or wanted not in {m.id for m in rows}:
            wanted = meetings.default_meeting_id(self.ctx.store)
        if rows == self._meeting_rows and self.meeting_box.currentData() == wanted:
            return  # an edit inside a meeting: the list reads as before
        self._meeting_rows = rows
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        for m in rows:
            self.meeting_box.addItem(f"{short_date(m.date)}  {m.title}  ({label(m.status).lower()})", m.id)
        idx = self.meeting_box.findData(wanted)
        self.meeting_box.setCurrentIndex(idx)
        self.meeting_box.blockSignals(False)
        self.ctx.select_meeting(wanted)
        text = (translate("MainWindow", "%1 møde i databasen") if len(rows) == 1
                else translate("MainWindow", "%1 møder i databasen"))
        self.statusBar().showMessage(text.replace("%1", str(len(rows))), 4000)

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
        if self.ctx is not None:
            self.ctx.select_meeting(self.meeting_box.itemData(index))
