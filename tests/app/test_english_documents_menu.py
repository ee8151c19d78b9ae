"""Filer > Eksportér > Dokumenter på engelsk: a user ticks it with the mouse, the Word
agenda written next is in English, the tick is remembered by the next window, and
unticked the documents are Danish again. On main the entry did not exist."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt

from kkrdesk.ui import export_actions as ex
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow

ENTRY = "Dokumenter på e&ngelsk"


def _window(qtbot, store) -> MainWindow:
    win = MainWindow(AppContext(store))
    qtbot.addWidget(win)
    win.refresh()
    win.show()
    return win


def _entry(win):
    return next(a for a in win.export_menu.actions() if a.text() == ENTRY)


def _click_entry(qtbot, win) -> None:
    """Open Filer > Eksportér and click the entry, as a user does (the menu closes)."""
    menu = win.export_menu
    menu.popup(win.mapToGlobal(win.rect().center()))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(_entry(win)).center())
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)


def _agenda(win, path) -> list[str]:
    written = ex.export_word(win, win.ctx, "agenda", path)
    return [p.text for p in docx.Document(written).paragraphs]


def test_the_english_tick_writes_english_and_is_remembered(qtbot, demo_store, tmp_path):
    win = _window(qtbot, demo_store)
    entry = _entry(win)
    assert entry.isCheckable() and not entry.isChecked()
    assert entry.toolTip()
    assert "Dagsorden" in _agenda(win, tmp_path / "da.docx")  # Danish by default

    _click_entry(qtbot, win)
    assert entry.isChecked()
    text = _agenda(win, tmp_path / "en.docx")
    assert "Agenda" in text and "Date:\tWednesday 18 June 2025" in text and "Dagsorden" not in text

    again = _window(qtbot, demo_store)  # a new window reads the setting
    again.export_menu.aboutToShow.emit()
    assert _entry(again).isChecked()

    _click_entry(qtbot, win)
    assert not entry.isChecked()
    assert "Dagsorden" in _agenda(win, tmp_path / "da2.docx")
