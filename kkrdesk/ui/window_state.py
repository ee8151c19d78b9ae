"""What the window remembers across restarts: its geometry and toolbar state, the
splitter positions of every wing, the last tab, and the last meeting of each database.

A geometry that lies off every screen there is now (a laptop undocked from the screen
the window was on) is not restored: the window opens at its default size on the
primary screen instead. A wing's splitters are put back once the wing is first shown,
after the wing's own first sizing (the Dagsorden tab divides its width on first show)."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

GEOMETRY_KEY = "window/geometry"
FRAME_KEY = "window/frame"  # where the window stood (QRect): looked at before restoring
STATE_KEY = "window/state"
TAB_KEY = "window/tab"
SPLITTER_KEY = "window/splitters/{tab}/{n}"
MEETING_DB_KEY = "window/last_meeting_db"
MEETING_ID_KEY = "window/last_meeting_id"
MIN_VISIBLE = (120, 40)  # so much of the window must lie on a screen: its title bar
DEFAULT_SIZE = (1280, 700)  # fits a 1366x768 laptop screen with its task bar and frame


def default_size() -> tuple[int, int]:
    """The first window size: 1280x700, smaller on a smaller screen."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry()
    return (min(DEFAULT_SIZE[0], free.width() - 40), min(DEFAULT_SIZE[1], free.height() - 60))


def on_a_screen(rect: QRect) -> bool:
    """Whether enough of ``rect`` lies on one of the screens there are now."""
    for screen in QGuiApplication.screens():
        part = rect.intersected(screen.availableGeometry())
        if part.width() >= MIN_VISIBLE[0] and part.height() >= MIN_VISIBLE[1]:
            return True
    return False


def restore_frame(window: QMainWindow, tab_count: int) -> None:
    """Geometry, toolbar state and the last tab, as the window was closed."""
    s = QSettings()
    geometry, frame = s.value(GEOMETRY_KEY), s.value(FRAME_KEY)
    # Qt would pull a window from a vanished screen onto another at the size it had
    # there; it opens as on a first start instead.
    if isinstance(geometry, QByteArray) and isinstance(frame, QRect) and on_a_screen(frame):
        window.restoreGeometry(geometry)
    state = s.value(STATE_KEY)
    if isinstance(state, QByteArray):
        window.restoreState(state)
    try:
        tab = int(s.value(TAB_KEY, 0))
    except (TypeError, ValueError):
        tab = 0
    if 0 <= tab < tab_count:
        window.tabs.setCurrentIndex(tab)


def save_frame(window: QMainWindow, built: dict[int, QWidget], tab_names: tuple[str, ...]) -> None:
    s = QSettings()
    s.setValue(GEOMETRY_KEY, window.saveGeometry())
    s.setValue(FRAME_KEY, window.frameGeometry())
    s.setValue(STATE_KEY, window.saveState())
    s.setValue(TAB_KEY, window.tabs.currentIndex())
    for index, widget in built.items():  # a wing never opened keeps what it had
        for n, splitter in enumerate(widget.findChildren(QSplitter)):
            s.setValue(SPLITTER_KEY.format(tab=_key(tab_names[index]), n=n), splitter.saveState())
    s.sync()


def _key(name: str) -> str:
    return name.lower().replace("-", "_")


def restore_splitters(widget: QWidget, tab_name: str) -> None:
    """Put the wing's splitters back as they were, once it has been shown."""
    widget.installEventFilter(_AfterFirstShow(widget, lambda: _restore(widget, tab_name)))


def _restore(widget: QWidget, tab_name: str) -> None:
    s = QSettings()
    for n, splitter in enumerate(widget.findChildren(QSplitter)):
        state = s.value(SPLITTER_KEY.format(tab=_key(tab_name), n=n))
        if isinstance(state, QByteArray):
            splitter.restoreState(state)


class _AfterFirstShow(QObject):
    """Runs ``then`` just after the widget's first show event has been handled."""

    def __init__(self, widget: QWidget, then):
        super().__init__(widget)
        self.then = then
        if widget.isVisible():
            QTimer.singleShot(0, self, self._run)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.then is not None:
            then, self.then = self.then, None
            self.parent().removeEventFilter(self)
            then()


def save_meeting(db_path, meeting_id: int | None) -> None:
    """The meeting shown last in the database at ``db_path``."""
    if db_path is None or meeting_id is None:
        return
    s = QSettings()
    s.setValue(MEETING_DB_KEY, os.path.realpath(db_path))
    s.setValue(MEETING_ID_KEY, int(meeting_id))


def remembered_meeting(db_path) -> int | None:
    """The meeting shown last, if that was in this very database (else None)."""
    s = QSettings()
    if db_path is None or s.value(MEETING_DB_KEY) != os.path.realpath(db_path):
        return None
    try:
        return int(s.value(MEETING_ID_KEY))
    except (TypeError, ValueError):
        return None
