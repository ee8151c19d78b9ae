"""The chair's live view is a new window that could crash: opened, driven through the
whole meeting, stepped back, undone and closed in a real main window in a process of
its own (gui_driver.py, scenario live_view_drive), on a computer with a second screen
(Qt's offscreen platform given two), where it must open full-screen on the screen the
main window is not on. The file is judged with the test's own
connection afterwards."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from reliability.gui_run import DRIVER, Run
from reliability.killing import ROOT, assert_sound, env

TITLES = ["Velkomst", "Meddelelser", "Orientering vedr. rusmiddelområdet",
          "Status for projekt om identitetssløring af sundhedsansatte",
          "Status på udstilling af kommunale data i Sundhedsjournalen", "Pause",
          "Orientering om etablering af ambassadørkorps og udarbejdelse af e-læringsmateriale "
          "for Sundhedsjournalen",
          "Opfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder",
          "Forslag til afholdelse af webinar om, hvordan kommuner kan teste korrespondancemeddelelser",
          "Nyt behandlingstilbud til børn og unge i psykisk mistrivsel", "Eventuelt"]
TWO_SCREENS = {"screens": [
    {"name": "Bærbar", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "Projektor", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}


@pytest.fixture
def db(seed_demo_template, tmp_path):
    target = tmp_path / "demo.sqlite"
    shutil.copy(seed_demo_template, target)
    return target


def run(db, platform: str) -> Run:
    environment = env()
    environment["QT_QPA_PLATFORM"] = platform
    proc = subprocess.run([sys.executable, str(DRIVER), "live_view_drive", str(db), ""],
                          capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120)
    return Run("live_view_drive", proc.returncode, proc.stdout.splitlines(), proc.stderr)


def times(db) -> list[tuple[str, str | None, str | None]]:
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        found = con.execute("SELECT title, actual_start, actual_end FROM agenda_item WHERE "
                            "parent_id IS NULL AND meeting_id = (SELECT id FROM meeting WHERE "
                            "date = '2025-06-18') ORDER BY position").fetchall()
    return [(t, s and s[11:16], e and e[11:16]) for t, s, e in found]


def test_the_live_view_drives_a_whole_meeting_on_the_second_screen_without_a_crash(db, tmp_path):
    """One run (a window's start costs seconds): the one-screen case, a window and not
    full-screen, is tested in the suite's own process (tests/agenda/test_live_view.py)."""
    config = tmp_path / "screens.json"  # Qt reads the platform argument as Latin-1
    config.write_text(json.dumps(TWO_SCREENS, ensure_ascii=False), encoding="utf-8")
    result = run(db, f"offscreen:configfile={config}")
    result.assert_alive()
    opened = result.records("OPENED")
    assert len(opened) == 3 and {o["screens"] for o in opened} == {2}
    assert all(o["full_screen"] and o["screen"] == "Projektor" for o in opened)
    assert opened[0]["geometry"] == [1366, 0, 1920, 1080]  # the projector, whole
    steps = result.records("STEP")
    assert [s["title"] for s in steps[:11]] == TITLES
    assert steps[-1] == {"title": "Mødet sluttede kl. 15.12", "label": "Mødet er slut"}
    assert result.records("BACK") == [{"title": TITLES[9]}]
    assert result.records("UNDONE") == [{"title": "Eventuelt", "undo_text": "Tilbage til 10. Eventuelt"}]
    assert [c["gone"] for c in result.records("CLOSED")] == [True, True]
    kept = times(db)  # every item begun on the quarter hour from 12.00, the last ended 15.12
    assert kept[0] == ("Velkomst", "12:00", "12:15") and kept[5] == ("Pause", "13:15", "13:30")
    assert kept[-1] == ("Eventuelt", "14:30", "15:12")
    assert_sound(db)
