"""Issue 23, item 6, for every export: the Excel overview, the SOR summary, the meeting
as a calendar file, the deadlines, the invitation draft and the mødepakke. Started from
the window's Filer > Eksportér menu, a writer that takes more than half a second shows
the progress dialog with Annuller (the one the Word exports use); Annuller leaves no
file and no temporary file in the folder, and the window says nothing was saved. On
main these exports wrote on the window's thread: no dialog, no way to stop them."""

from __future__ import annotations

import importlib
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QPushButton,
)

from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow

# (the menu entry, the writer's module and function, the file's suffix)
EXPORTS = [
    ("&Oversigt (Excel) …", "kkrdesk.export.overview_xlsx", "export_overview", "xlsx"),
    ("&SOR-forslag (Word) …", "kkrdesk.export.sor_docx", "export_sor_summary", "docx"),
    ("Mødet som &kalenderfil (.ics) …", "kkrdesk.export.ics_meeting", "export_meeting_ics", "ics"),
    ("Fr&ister som kalenderfil (.ics) …", "kkrdesk.export.ics_deadlines", "export_deadlines_ics", "ics"),
    ("Mødeindkaldelse som m&ailkladde (.eml) …", "kkrdesk.export.invitation_eml",
     "export_invitation", "eml"),
    ("Udsend &mødepakke (Word og bilag) …", "kkrdesk.export.meeting_package", "meeting_package",
     "zip"),
]


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(AppContext(demo_store))
    qtbot.addWidget(win)
    win.refresh()
    win.resize(1366, 768)
    win.show()
    return win


def _answer_questions(monkeypatch, target) -> None:
    """The file dialog gives ``target``; the personal-data question is answered No; the
    invitation's sender is the secretariat's address."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("sekretariat@kl.dk", True)))


def _press_annuller(seen: list, started: float) -> None:
    """OK in the SOR summary's choice of proposals (all chosen), then Annuller in the
    progress dialog as soon as it shows."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            seen.append(time.monotonic() - started)
            next(b for b in widget.findChildren(QPushButton) if b.text() == "Annuller").click()
            return
        if isinstance(widget, QDialog) and widget.isVisible() and widget.isModal():
            widget.accept()
    QTimer.singleShot(20, lambda: _press_annuller(seen, started))


@pytest.mark.parametrize("entry, module, function, suffix", EXPORTS, ids=[e[3] + "-" + e[2] for e in EXPORTS])
def test_a_slow_export_shows_progress_and_annuller_leaves_no_file(
        window, monkeypatch, tmp_path, entry, module, function, suffix):
    writer = importlib.import_module(module)
    real = getattr(writer, function)

    def slow(*args, **kwargs):
        time.sleep(1.2)  # a large database on a slow laptop
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, function, slow)
    folder = tmp_path / "ud"
    folder.mkdir()
    _answer_questions(monkeypatch, folder / f"eksport.{suffix}")
    action = next(a for a in window.export_menu.actions() if a.text() == entry)
    seen: list = []
    started = time.monotonic()
    QTimer.singleShot(0, lambda: _press_annuller(seen, started))
    action.trigger()  # Filer > Eksportér > …
    assert seen and seen[0] >= 0.45, seen  # the dialog waited half a second, then showed
    assert list(folder.iterdir()) == []  # no file, no temporary file
    assert "annulleret" in window.statusBar().currentMessage()  # "Eksporten er annulleret …"
