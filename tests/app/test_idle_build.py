"""The wings not shown at start are built while the user reads the agenda
(ui/idle_build.py): afterwards a click on SOR-forslag, Projekter or Deltagere shows the
wing with its list already read, and someone typing into the agenda meanwhile keeps the
keyboard and every letter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kkrdesk.services.sor import proposals
from kkrdesk.ui import idle_build
from kkrdesk.ui.agenda.tab import AgendaTab


@pytest.fixture
def quick_idle(monkeypatch):
    monkeypatch.setattr(idle_build, "IDLE_MS", 20)


def _built(window) -> list[str]:
    return [type(w).__name__ for w in (window.tabs.widget(i) for i in range(window.tabs.count()))]


def _click_sor(qtbot, win, monkeypatch) -> list:
    """Click SOR-forslag; the proposal lists read at the click."""
    read = []
    real = proposals.list_proposals
    monkeypatch.setattr(proposals, "list_proposals",
                        lambda *a, **k: read.append(1) or real(*a, **k))
    bar = win.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    QApplication.processEvents()
    assert win.tabs.currentIndex() == 1
    return read


def test_without_the_idle_build_the_click_reads_the_list(qtbot, shown_laptop_window,
                                                        monkeypatch):
    assert len(_click_sor(qtbot, shown_laptop_window, monkeypatch)) == 1


def test_the_hidden_wings_are_built_and_read_while_idle(qtbot, shown_laptop_window, quick_idle,
                                                       demo_store, monkeypatch):
    win = shown_laptop_window
    assert _built(win) == ["AgendaTab", "QWidget", "QWidget", "QWidget"]  # start: one wing
    idle_build.build_when_idle(win)
    qtbot.waitUntil(lambda: "QWidget" not in _built(win), timeout=10_000)
    assert win.tabs.currentIndex() == 0  # built behind the agenda, which stays shown
    # the click shows the list read while idle, without reading it again
    assert _click_sor(qtbot, win, monkeypatch) == []
    view = win.sor_tab.list_view
    assert view.model().rowCount() == len(proposals.list_proposals(demo_store)) > 0


def test_typing_in_the_agenda_while_the_wings_are_built_loses_nothing(
        qtbot, shown_laptop_window, quick_idle):
    win = shown_laptop_window
    field = win.findChild(AgendaTab).item_pane.sub_points
    field.setFocus()
    field.selectAll()
    idle_build.build_when_idle(win)
    typed = "Velkommen til Jens Jensen, Aalborg Kommune"
    for ch in typed:
        qtbot.keyClicks(field, ch)
        qtbot.wait(5)  # the idle builds run between the keys
    qtbot.waitUntil(lambda: "QWidget" not in _built(win), timeout=10_000)
    assert field.hasFocus()
    assert field.toPlainText() == typed
