"""Issue 23, item 6: after an export the status bar offers »Åbn filen« and »Åbn
mappen« (a local file URL, opened by the system), and an export that takes more than
half a second shows a progress dialog whose Annuller leaves no file behind and the
earlier file of the name as it was. On main an export only said so in the status bar,
and a long one froze the window with no way out."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton

from kkrdesk.export import agenda_docx
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(AppContext(demo_store))
    qtbot.addWidget(win)
    win.refresh()
    win.resize(1366, 768)
    win.show()
    return win


def _export_agenda_to(window, monkeypatch, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    action = next(a for a in window.export_menu.actions() if a.text() == "&Dagsorden (Word) …")
    action.trigger()  # Filer > Eksportér > Dagsorden (Word) …


def test_the_note_opens_the_file_and_its_folder(window, qtbot, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    target = tmp_path / "dagsorden.docx"
    _export_agenda_to(window, monkeypatch, target)
    assert target.is_file()
    buttons = {b.text(): b for b in window.statusBar().findChildren(QPushButton) if b.isVisible()}
    assert {"Åbn &filen", "Åbn &mappen"} <= set(buttons)
    qtbot.mouseClick(buttons["Åbn &filen"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Åbn &mappen"], Qt.MouseButton.LeftButton)
    assert [u.scheme() for u in opened] == ["file", "file"]
    assert [u.toLocalFile() for u in opened] == [str(target.resolve()), str(tmp_path.resolve())]
    window.grab().save(str(tmp_path / "note.png"))


def test_annuller_on_a_slow_export_leaves_the_earlier_file(window, qtbot, monkeypatch, tmp_path):
    real = agenda_docx.export_agenda

    def slow(*args, **kwargs):
        time.sleep(1.2)  # a long agenda on a slow laptop
        return real(*args, **kwargs)

    monkeypatch.setattr(agenda_docx, "export_agenda", slow)
    folder = tmp_path / "ud"
    folder.mkdir()
    target = folder / "dagsorden.docx"
    target.write_bytes(b"the earlier file")
    seen = []

    def press_annuller():
        dialog = next((d for d in QApplication.topLevelWidgets()
                       if isinstance(d, QProgressDialog) and d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, press_annuller)
            return
        seen.append((time.monotonic() - started, dialog.minimumDuration(), dialog.labelText()))
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Annuller")
        button.click()

    started = time.monotonic()
    QTimer.singleShot(0, press_annuller)
    _export_agenda_to(window, monkeypatch, target)
    assert seen and seen[0][1] == 500 and seen[0][0] >= 0.45, seen
    assert seen[0][2].startswith("Eksportér dagsorden")
    assert target.read_bytes() == b"the earlier file"
    assert sorted(p.name for p in folder.iterdir()) == ["dagsorden.docx"]  # no temp file left
    assert "annulleret" in window.statusBar().currentMessage()


def test_a_quick_export_shows_no_progress_dialog(window, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QProgressDialog, "showEvent", lambda self, e: shown.append(self))
    _export_agenda_to(window, monkeypatch, tmp_path / "d.docx")
    assert (tmp_path / "d.docx").is_file() and not shown
