"""What every tab is given: the open store, its change signal, the undo stack and
the meeting the user has selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from kkrdesk.ui.i18n import translate
from kkrdesk.core.clock import Clock, SystemClock
from kkrdesk.core.presence import also_open
from kkrdesk.services import recorder
from kkrdesk.services.areas import MEETINGS, PARTICIPANTS, PROJECTS, SOR
from kkrdesk.ui import preferences

ALL_AREAS = (MEETINGS, PARTICIPANTS, SOR, PROJECTS)

if TYPE_CHECKING:  # the UI holds the store as an opaque handle for services
    from kkrdesk.core.store import Store


def secretary_name() -> str:
    """The secretary's own name, which the SOR history writes as who recorded a step: the
    name typed under Filer > Indstillinger (the documents' author, the same setting).
    Until a name is typed there, nobody is named: better than the operating system's
    login (»root«) or the documents' default author."""
    return str(QSettings().value(preferences.AUTHOR_KEY, "") or "").strip()


class AppContext(QObject):
    """Bridges the store's change notification to a Qt signal. Tabs subscribe to
    ``changed`` and refresh what they show; nobody reaches into another tab."""

    changed = Signal(set)  # area names, e.g. {"meetings"}
    meeting_selected = Signal(object)  # meeting id or None
    message = Signal(str)  # for the status bar
    # "Show me that record": (area, id), e.g. ("agenda_item", 12), ("sor_proposal", 3),
    # ("project", 1). The main window switches to the area's tab and calls its show_record.
    navigate_requested = Signal(str, int)
    preferences_changed = Signal()  # Filer > Indstillinger applied new settings
    # On a shared database: "Også åben: Mette (PC-2)" ('' when alone), for the status bar.
    others_changed = Signal(str)
    # On a shared database: False when the connection to the server is lost (the window
    # is read-only meanwhile: every write is refused at once with one Danish line), True
    # when it is back (the data is read again right after). A pending edit kept while
    # away (ui/autosave) is saved again on True; ``online`` says the state now.
    connection_changed = Signal(bool)
    _elsewhere = Signal(object)  # another app's commit: its areas (None: anything)
    _connection = Signal(bool)  # from the feed's thread: carried to this one
    _presence = Signal(str)  # from the feed's thread: carried to this one

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.meeting_id: int | None = None
        # The one clock the app reads the time of day from (a test sets a ManualClock).
        self.clock: Clock = SystemClock()
        self.live_view = None  # the chair's live view when open (ui/agenda/live_open.py)
        # Called after the Deltagere tab replaced a member: (parent, ctx, old person id,
        # old name, successor ids, successor names, date). The main window adds the
        # projects wing's offer to hand over the person's project seats too.
        self.after_replace: list = []
        # the screen's separator, asked for by every painted time: kept, not re-read
        self.time_sep = self.prefs.time_sep
        store.subscribe(self._on_store_changed)
        recorder.set_source(secretary_name)
        # The feed calls from its worker thread; the signals carry it to this one.
        self.others_text = ""  # the latest, for a window attached after it came
        self._elsewhere.connect(self._on_elsewhere)
        self._presence.connect(self._on_presence)
        self._connection.connect(self._on_connection)
        store.watch(self._elsewhere.emit, lambda others: self._presence.emit(also_open(others)),
                    self._connection.emit)

    def _on_store_changed(self, areas: set[str]) -> None:
        self.changed.emit(set(areas))

    @property
    def online(self) -> bool:
        """False while the server is away (always True on a file)."""
        return self.store.online

    def _on_connection(self, online: bool) -> None:
        self.connection_changed.emit(online)

    def _on_elsewhere(self, areas: set[str] | None) -> None:
        if areas is None:  # back after a lost connection: the status bar says so already
            areas = set(ALL_AREAS)
        self.changed.emit(set(areas))

    def _on_presence(self, text: str) -> None:
        self.others_text = text
        self.others_changed.emit(text)

    def select_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.meeting_id = meeting_id
            self.meeting_selected.emit(meeting_id)

    def navigate(self, area: str, record_id: int) -> None:
        """Jump to a record in another wing (links between agenda items, proposals and
        projects); the wings never reach into each other."""
        self.navigate_requested.emit(area, record_id)

    def settings(self) -> QSettings:
        return QSettings()

    def set_preferences(self, prefs: preferences.Preferences) -> None:
        """Store ``prefs`` and tell every pane that shows one of them."""
        preferences.save(prefs, self.settings())
        self.time_sep = prefs.time_sep
        self.preferences_changed.emit()

    @property
    def prefs(self) -> preferences.Preferences:
        """The settings as stored now (read afresh: a few microseconds, once per action)."""
        return preferences.load(self.settings())

    def close(self) -> None:
        self.store.unsubscribe(self._on_store_changed)
        self.store.close()
