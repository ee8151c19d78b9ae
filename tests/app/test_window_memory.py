"""The window as it was left: a new window (a restart) has the size and place, the tab,
the wings' splitter positions and the meeting of the last one; a place that is on no
screen now is not taken over; a meeting of another database is not looked for."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kkrdesk.services.database import open_database
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot, demo_path):
    """Windows on the demo database, each with its own store, as after a restart."""
    made = []

    def make(path=demo_path) -> MainWindow:
        ctx = AppContext(open_database(path))
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.refresh()
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()
        win.ctx.close()


def close(win) -> None:
    win.close()
    win.ctx.close()


def click_tab(win, index: int) -> None:
    bar = win.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


# Two screens, as a laptop on its desk: the window is left on the monitor. The offscreen
# platform's own screen is 800x800, smaller than the window may be, so the scenario runs
# in child processes with screens of their own (Qt's offscreen configuration file).
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
MONITOR = {"name": "monitor", "x": 1366, "y": 0, "width": 1920, "height": 1080}
CHILD = """\
import json, sys
sys.path.insert(0, {tests!r})
import offline_guard
offline_guard.arm()
from pathlib import Path
from kkrdesk.ui import app as gui

def on_frame(win):
    print(json.dumps({{"x": win.x(), "y": win.y(), "w": win.width(), "h": win.height(),
                      "tab": win.tabs.currentIndex(), "screen": win.screen().name()}}))
    if sys.argv[1] == "leave":
        win.resize(1200, 700)
        win.move(1500, 100)
        win.tabs.setCurrentIndex(2)

raise SystemExit(gui.run(db=Path(sys.argv[2]), smoke=True, on_frame=on_frame))
"""


def start(db, tmp_path, mode: str, *screens) -> dict:
    """The window as the app's start shows it (before ``mode`` "leave" moves it)."""
    import json
    import os
    import subprocess
    import sys

    from locations import ROOT

    config = tmp_path / f"screens-{len(screens)}.json"
    config.write_text(json.dumps({"screens": [dict(s, logicalDpi=96, logicalBaseDpi=96, dpr=1)
                                              for s in screens]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    code = CHILD.format(tests=str(ROOT / "tests"))
    done = subprocess.run([sys.executable, "-c", code, mode, str(db)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[0])


def test_size_place_and_tab_come_back_on_the_screen_they_were_on(demo_path, tmp_path):
    first = start(demo_path, tmp_path, "leave", LAPTOP, MONITOR)
    assert first["screen"] == "laptop" and first["tab"] == 0  # the first start: defaults
    again = start(demo_path, tmp_path, "look", LAPTOP, MONITOR)
    assert again == {"x": 1500, "y": 100, "w": 1200, "h": 700, "tab": 2, "screen": "monitor"}


def test_a_place_on_a_screen_that_is_gone_is_not_taken_over(demo_path, tmp_path):
    start(demo_path, tmp_path, "leave", LAPTOP, MONITOR)
    undocked = start(demo_path, tmp_path, "look", LAPTOP)  # the monitor is unplugged
    # as on a first start (1280x700 fits the laptop), not the monitor's size pulled over
    assert {k: undocked[k] for k in ("screen", "w", "h")} == {"screen": "laptop", "w": 1280,
                                                               "h": 700}
    assert undocked["tab"] == 2  # the tab still comes back


def test_the_splitters_of_every_wing_come_back(qtbot, open_window):
    first = open_window()
    first.resize(1300, 700)
    agenda = first.agenda_tab.splitter
    agenda.setSizes([400, 880])
    click_tab(first, 3)  # Deltagere: its splitter as well
    people = first.participants_tab.findChildren(type(agenda))[0]
    people.setSizes([200, 400])
    left_agenda, left_people = agenda.sizes()[0], people.sizes()[0]
    close(first)
    again = open_window()
    assert again.tabs.currentIndex() == 3
    people_again = again.participants_tab.findChildren(type(agenda))[0]
    qtbot.waitUntil(lambda: people_again.sizes()[0] == left_people)
    click_tab(again, 0)
    qtbot.waitUntil(lambda: again.agenda_tab.splitter.sizes()[0] == left_agenda)


def test_the_last_meeting_comes_back_in_its_own_database(qtbot, open_window, tmp_path,
                                                         seed_demo_template):
    import shutil

    first = open_window()
    index = first.meeting_box.findText("05-11-2025", Qt.MatchFlag.MatchStartsWith)
    first.meeting_box.setCurrentIndex(index)
    chosen = first.ctx.meeting_id
    close(first)
    again = open_window()
    assert again.ctx.meeting_id == chosen
    assert again.meeting_box.currentText().startswith("05-11-2025")
    assert again.agenda_tab.title.text().endswith("onsdag d. 5. november 2025")
    close(again)
    other = tmp_path / "andet.sqlite"
    shutil.copy(seed_demo_template, other)
    elsewhere = open_window(other)  # the same ids, another database: its own default
    assert elsewhere.meeting_box.currentText().startswith(
        dt.date(2025, 6, 18).strftime("%d-%m-%Y"))
