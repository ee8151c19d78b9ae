"""What the window shows around an export: a progress dialog with Annuller when it
takes more than half a second, and afterwards a small note in the status bar with
»Åbn filen« and »Åbn mappen«.

The export itself runs on a worker thread so the dialog can be painted and Annuller
clicked; it works from read models gathered before it starts (no database session
crosses threads). Annuller cannot stop the writer halfway, so it tells the atomic
writer (export/atomic.py) to throw the finished temporary file away instead of moving
it into place: no new file, and an earlier file of the name stays as it was."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QMainWindow, QProgressDialog, QPushButton, QWidget,
)

from kkrdesk.ui.i18n import translate
from kkrdesk.export.atomic import cancellable
from kkrdesk.export.painting import painting_handed_to

SHOW_AFTER_MS = 500  # a quicker export shows no dialog at all
NOTE_MS = 20000  # the note stays this long, or until the next export


def run_with_progress(parent: QWidget | None, text: str, write: Callable[[], Path]) -> Path:
    """Run ``write`` on a worker thread behind a progress dialog that appears after
    half a second; returns its result or raises what it raised (ExportCancelled when
    the user pressed Annuller). What the writer paints with Qt is painted here, on the
    window's thread, while the worker waits (export/painting)."""
    cancel = threading.Event()
    jobs: queue.SimpleQueue = queue.SimpleQueue()
    outcome: dict[str, object] = {}

    def work() -> None:
        with cancellable(cancel), painting_handed_to(lambda job: _handed(jobs, job)):
            try:
                outcome["path"] = write()
            except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread
                outcome["error"] = exc

    dialog = _progress_dialog(parent, text, cancel)
    worker = threading.Thread(target=work, name="kkrdesk-export", daemon=True)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: _run_handed(jobs) or worker.is_alive() or loop.quit())
    worker.start()
    timer.start()
    loop.exec()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["path"]  # type: ignore[return-value]


def _progress_dialog(parent: QWidget | None, text: str, cancel: threading.Event) -> QProgressDialog:
    dialog = QProgressDialog(text, translate("export_feedback", "Annuller"), 0, 0, parent)
    dialog.setWindowTitle(translate("export_feedback", "Eksporterer"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setValue(0)  # starts the clock: Qt restarts it for the duration only from here
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(lambda: (cancel.set(), dialog.setLabelText(translate("export_feedback", "Annullerer …"))))
    return dialog


def _handed(jobs: queue.SimpleQueue, job: Callable[[], object]) -> object:
    """On the worker: give ``job`` to the window's thread and wait for its result."""
    done: Future = Future()
    jobs.put((job, done))
    return done.result()


def _run_handed(jobs: queue.SimpleQueue) -> None:
    """On the window's thread: run the jobs the worker handed over."""
    while not jobs.empty():
        job, done = jobs.get_nowait()
        try:
            done.set_result(job())
        except BaseException as exc:  # noqa: BLE001 - raised again in the worker
            done.set_exception(exc)


def open_url(path: Path) -> bool:
    """Open a local file or folder with the system's program (never a web address)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))


class ExportNote(QFrame):
    """»Gemt: navn.docx  [Åbn filen] [Åbn mappen] [×]« in the window's status bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel()
        self.open_file = QPushButton(translate("ExportNote", "Åbn &filen"))
        self.open_folder = QPushButton(translate("ExportNote", "Åbn &mappen"))
        self.close_button = QPushButton("×")
        self.close_button.setAccessibleName(translate("ExportNote", "Luk beskeden"))
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(self.close_button.fontMetrics().horizontalAdvance("×") + 16)
        self.open_file.clicked.connect(lambda: self.path and open_url(self.path))
        self.open_folder.clicked.connect(lambda: self.path and open_url(self.path.parent))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        for w in (self.label, self.open_file, self.open_folder, self.close_button):
            row.addWidget(w)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = Path(path)
        self.label.setText(translate("export_feedback", "Gemt: {name}").format(name=self.path.name))
        self.label.setToolTip(str(self.path))
        self.show()
        self.timer.start(NOTE_MS)


def show_export_note(parent: QWidget | None, path: Path) -> ExportNote | None:
    """The note in the status bar of ``parent``'s main window (made on first use)."""
    window = parent.window() if parent is not None else None
    if not isinstance(window, QMainWindow):
        return None
    note = window.findChild(ExportNote)
    if note is None:
        note = ExportNote(window)
        window.statusBar().insertPermanentWidget(0, note)  # left of the database's path
    note.show_file(path)
    return note
