"""Start the GUI: the QApplication, the window's frame (painted at once), then the
database and the tabs; ``--smoke`` and ``--screenshot`` run the same path without
waiting on anybody.

Only Qt is imported before the frame is on screen: SQLAlchemy, the models, the
services and the tab modules follow while the user already sees the window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kkrdesk.ui.i18n import translate, shown
from kkrdesk import APP_NAME, __version__
from kkrdesk.core.errors import DatabaseLocked, KkrDeskError, ServerUnreachable
from kkrdesk.ui import connection_status, recent_menu
from kkrdesk.core.paths import is_url
from kkrdesk.ui.accessible import watch_dialogs
from kkrdesk.ui.idle_build import build_when_idle
from kkrdesk.ui.main_window import TAB_NAMES, MainWindow
from kkrdesk.ui.qt_setup import application, set_language_override
from kkrdesk.ui.recent_menu import real

# Benchmarks only: leave as soon as the frame is painted (bench/, "first painted window").
FRAME_ONLY_ENV = "KKRDESK_EXIT_AFTER_FRAME"


def default_database_path() -> Path:
    from kkrdesk.core.paths import default_database_path as path

    return path()


class Session:
    """The GUI's open database and window; swapping databases replaces both."""

    def __init__(self, app: QApplication, interactive: bool, frame: MainWindow | None = None):
        self.app = app
        self.interactive = interactive
        self.frame = frame  # the painted, still empty window the first database fills
        self.window: MainWindow | None = None
        self.ctx = None

    def open(self, path: Path | str, create: bool = True) -> bool:
        """Open ``path`` (made when missing only if ``create``: the start-up database
        and Ny database; a vanished entry under Seneste is reported instead)."""
        from kkrdesk.services.database import open_database
        from kkrdesk.ui.context import AppContext

        try:
            if isinstance(path, Path) and not path.parent.exists() \
                    and path == default_database_path():
                path.parent.mkdir(parents=True, exist_ok=True)
            store = open_database(path, create=create)
        except ServerUnreachable as exc:  # ui/server_down: try again, or a local database
            if not self.interactive:
                return self._fail(str(exc))
            from kkrdesk.ui import server_down  # its dialog's modules only when it is shown

            return server_down.recover(self, path, str(exc), default_database_path())
        except DatabaseLocked as exc:  # another window writes the file: offer to read it
            store = self._offer_reading(path, exc)
            if store is None:
                return False
        except KkrDeskError as exc:
            self._fail(shown(exc))
            return False
        old_ctx, old_window = self.ctx, self.window
        self.ctx = AppContext(store)
        recent = recent_menu.remember(path)
        if self.frame is not None and old_window is None:
            self.window, self.frame = self.frame, None
            self.window.set_recent(recent)
            self.window.attach(self.ctx)
        else:
            self.window = MainWindow(self.ctx, recent)
            self.wire(self.window)
            self.window.refresh()  # the window is hidden: its tabs read the data when shown
        if store.backup_path:
            self.ctx.message.emit(f"Databasen er opgraderet; en kopi er gemt som {store.backup_path.name}")
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_ctx is not None:
            old_ctx.close()
        return True

    def _offer_reading(self, path: Path | str, refused: DatabaseLocked):
        """The file read-only (ui/read_only_offer.py) if the user takes it, else None."""
        from kkrdesk.ui import read_only_offer

        if not self.interactive:
            self._fail(str(refused))
            return None
        watch_dialogs(self.app)
        try:
            return read_only_offer.offer(self.window or self.frame, path, refused)
        except KkrDeskError as exc:
            self._fail(str(exc))
            return None

    def confirm_new(self, path: Path) -> bool:
        """A database given on the command line that does not exist is made only when the
        user says so: a typing error must not leave an empty database behind. Without a
        user to ask (--smoke, --screenshot) it is refused."""
        if not self.interactive:
            self._fail(f"Databasen findes ikke: {path}. Opret en ny med »kkrdesk init STI«.")
            return False
        watch_dialogs(self.app)  # the start-up's own question is named too
        yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, "Databasen findes ikke. Opret en ny?",
                          yes | cancel, self.window or self.frame)
        box.setInformativeText(str(path))
        box.button(yes).setText(translate("Session", "&Ja"))
        box.button(cancel).setText(translate("Session", "Annuller"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box.exec() == yes

    def wire(self, window: MainWindow) -> None:
        window.open_database_requested.connect(
            lambda p: self._switch(p if is_url(p) else Path(p), create=False))
        window.open_action.triggered.connect(self._ask_open)
        window.new_action.triggered.connect(self._ask_new)

    def _fail(self, message: str) -> bool:
        """Say ``message`` (a dialog, or one line on stderr without a user); False."""
        if self.interactive:
            watch_dialogs(self.app)
            QMessageBox.critical(self.window or self.frame, APP_NAME, message)
        else:
            print(f"kkrdesk: {message}", file=sys.stderr)
        return False

    def _switch(self, path: Path, create: bool = True) -> None:
        if self.ctx and self.ctx.store.path and real(path) == real(self.ctx.store.path):
            return
        if self.window is not None and not connection_status.may_close(self.window, self.ctx):
            return  # changes wait for the server: the user stays with them
        if self.open(path, create=create):
            self.window.show()
            build_when_idle(self.window)

    def _ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, translate("Session", "Åbn database"), str(Path.home()), translate("Session", "KKR Desk-database (*.sqlite *.db);;Alle filer (*)")
        )
        if name:
            self._switch(Path(name), create=False)

    def _ask_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("Session", "Ny database"), str(Path.home() / "kkrdesk.sqlite"), translate("Session", "KKR Desk-database (*.sqlite)")
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            self._fail(f"Filen findes allerede; vælg et nyt navn: {path}")
            return
        self._switch(path)

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)  # the pictures show the laptop screen the app is made to fit
    out = []
    for i, name in enumerate(TAB_NAMES):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        target = folder / f"{i + 1}-{name.lower().replace('-', '_')}.png"
        if not window.grab().save(str(target)):
            raise KkrDeskError(f"Billedet kunne ikke gemmes: {target}")
        out.append(target)
    window.tabs.setCurrentIndex(0)
    return out


def _settle_after_paint() -> None:
    """Once the window has painted its data, every dialog shown is named (ui/accessible),
    the start-up objects are frozen and the garbage collector runs as usual (see
    kkrdesk.core.gc_pause), and the temporary files a killed export left in the folder
    of the last export are removed."""
    from kkrdesk.core.gc_pause import settle

    QTimer.singleShot(0, lambda: watch_dialogs(QApplication.instance()))  # ui/accessible
    QTimer.singleShot(0, settle)
    QTimer.singleShot(0, _remove_export_leftovers)


def _remove_export_leftovers() -> None:
    """One look at one folder (export.temp_files says what is removed and what never)."""
    from kkrdesk.export.temp_files import remove_leftovers
    from kkrdesk.ui.export_actions import FOLDER_KEY

    folder = QSettings().value(FOLDER_KEY, "")
    if folder:
        remove_leftovers(Path(str(folder)))


def _enable_crash_trace() -> None:
    """From the painted frame on, a crash leaves a Python traceback in the log folder
    (kkrdesk.core.crash_trace); not before it, where only Qt is loaded."""
    from kkrdesk.core import crash_trace

    crash_trace.enable(__version__)


def _missing(path: Path) -> bool:
    """Not there at all, in a folder that is (else opening it says what is wrong)."""
    return not os.path.lexists(path) and path.parent.is_dir()


def _open_first(session: Session, db: Path | str | None) -> bool:
    """The database of the start: the user's default one, made on the first start, or
    the one given with --db, made only if the user agrees; a server's (a URL) as it is."""
    if db is None:
        return session.open(default_database_path())
    if isinstance(db, str):
        return session.open(db)
    if _missing(db):
        return session.confirm_new(db) and session.open(db)
    return session.open(db, create=False)


def run(db: Path | str | None = None, smoke: bool = False, screenshot_dir: Path | None = None,
        on_frame: Callable[[MainWindow], None] | None = None, lang: str | None = None) -> int:
    app = application(name_dialogs=False)  # dialogs named once painted (_settle_after_paint)
    set_language_override(app, lang)
    interactive = not (smoke or screenshot_dir)
    quit_on_close = app.quitOnLastWindowClosed()
    if not interactive:
        # Closing our window afterwards must not leave Qt's quit flag set for whoever
        # runs an event loop next in this process (tests do).
        app.setQuitOnLastWindowClosed(False)
    frame = MainWindow(None, recent_menu.recent())
    frame.statusBar().showMessage(translate("app", "Åbner databasen …"))
    frame.show()
    app.processEvents()  # the frame is painted before the database and tabs are loaded
    session = Session(app, interactive, frame)
    session.wire(frame)
    window = frame
    try:
        if on_frame is not None:
            on_frame(frame)
        if os.environ.get(FRAME_ONLY_ENV) == "1":
            return 0
        _enable_crash_trace()
        if not _open_first(session, db):
            return 1
        window = session.window
        window.show()
        _settle_after_paint()
        if screenshot_dir is not None:
            QApplication.processEvents()
            for path in save_screenshots(window, screenshot_dir):
                print(path)
            return 0
        if smoke:
            loop = QEventLoop()  # turn the event loop once after show(), then leave
            QTimer.singleShot(0, loop.quit)
            loop.exec()
            return 0
        build_when_idle(window)
        return app.exec()
    except KkrDeskError as exc:
        print(f"kkrdesk: {exc}", file=sys.stderr)
        return 1
    finally:
        if not interactive:
            for w in {window, frame}:
                w.close()
                w.deleteLater()
            app.setQuitOnLastWindowClosed(quit_on_close)
        session.close()
