"""The exports that paint with Qt, started from Filer > Eksportér in the shown window: the
referat as PDF/A, the projects' status report (its timelines) and the mødepakke (its
referat PDF). Each runs on the export worker behind the progress dialog (shown at once
here); what is painted must be painted on the window's thread, and the worker must
leave no Qt message behind (a Qt thread's end reported through the Python message
handler). A hang here ends the child process by its timeout, failing one named test."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path

from gui_driver import emit, start, wait

MENU = {"pdf": "R&eferat som PDF/A (arkiv) …",
        "status": "S&tatusrapport for projekter (Word) …",
        "package": "Udsend &mødepakke (Word og bilag) …"}
SUFFIX = {"pdf": "pdf", "status": "docx", "package": "zip"}


def _record_painting(painted_on: list[str]) -> None:
    """Note the thread of every PDF page run and every timeline picture."""
    from kkrdesk.export import pdf_writer, timeline_paint

    write, png = pdf_writer._write, timeline_paint.timeline_png

    def recorded(real):
        def call(*args, **kwargs):
            painted_on.append(threading.current_thread().name)
            return real(*args, **kwargs)
        return call

    pdf_writer._write = recorded(write)
    timeline_paint.timeline_png = recorded(png)


def _record_messages(messages: list[tuple[str, str]]) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda _mode, _ctx, text: messages.append(
        (threading.current_thread().name, text)))


def _answer_dialogs(folder: Path, kind: str) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from kkrdesk.ui import export_feedback

    export_feedback.SHOW_AFTER_MS = 0  # the dialog paints while the worker works
    QFileDialog.getSaveFileName = staticmethod(
        lambda *a, **k: (str(folder / f"{kind}.{SUFFIX[kind]}"), ""))
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)


def painting_exports(window, arg: str) -> int:
    """ARG: a folder to write into. One EXPORTED record per export."""
    from kkrdesk.services.agenda import meetings

    folder = Path(arg)
    painted_on: list[str] = []
    messages: list[tuple[str, str]] = []
    _record_painting(painted_on)
    _record_messages(messages)
    window.ctx.select_meeting(meetings.find_by_date(window.ctx.store, dt.date(2025, 6, 18)).id)
    for kind, label in MENU.items():
        _answer_dialogs(folder, kind)
        del painted_on[:], messages[:]
        action = next(a for a in window.export_menu.actions() if a.text() == label)
        action.trigger()
        wait(200)  # a worker's thread has ended by now
        target = folder / f"{kind}.{SUFFIX[kind]}"
        emit("EXPORTED", {"kind": kind, "size": target.stat().st_size if target.exists() else 0,
                          "painted_on": sorted(set(painted_on)),
                          "worker_messages": [t for name, t in messages if name != "MainThread"]})
    return 0


SCENARIOS = {"painting_exports": painting_exports}

if __name__ == "__main__":  # pragma: no cover - run through gui_driver.py
    sys.exit("run through gui_driver.py")
