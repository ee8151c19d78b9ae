"""Start-up: the secretary sees the window (menus, the meeting bar, the four tabs) before
SQLAlchemy, the models and the tab modules are loaded; Word and Excel code is loaded
only for an export. Checked in a fresh process, where nothing is imported yet."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import json, sys
from pathlib import Path
from kkrdesk.ui import app

seen = {}
HEAVY = ("sqlalchemy", "kkrdesk.core.models", "kkrdesk.services", "kkrdesk.ui.agenda",
         "kkrdesk.ui.sor", "kkrdesk.ui.sor.tab", "kkrdesk.ui.projects.tab",
         "kkrdesk.ui.participants.tab", "docx", "openpyxl", "babel")

def loaded():
    return sorted({h for h in HEAVY for m in sys.modules if m == h or m.startswith(h + ".")})

def on_frame(window):
    seen["at_frame"] = loaded()
    seen["visible"] = window.isVisible()
    seen["menus"] = [a.text() for a in window.menuBar().actions()]
    seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    seen["title"] = window.windowTitle()

rc = app.run(db=Path(sys.argv[1]), smoke=True, on_frame=on_frame)
seen["rc"] = rc
seen["after_smoke"] = loaded()
print(json.dumps(seen))
"""


def _probe(db) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_frame_is_painted_before_the_database_code_is_loaded(demo_path):
    seen = _probe(demo_path)
    assert seen["visible"]
    assert seen["menus"] == ["&Filer", "&Rediger", "&Vis", "&Hjælp"]
    assert seen["tabs"] == ["Dagsorden", "SOR-forslag", "Projekter", "Deltagere"]
    assert seen["title"] == "KKR Desk"
    assert seen["at_frame"] == []  # nothing heavy yet: only Qt
    assert seen["rc"] == 0
    # Then it is filled: the database code and the visible tab are loaded ...
    assert {"sqlalchemy", "kkrdesk.core.models", "kkrdesk.ui.agenda"} <= set(seen["after_smoke"])
    # ... but neither Word nor Excel code, nor the tabs nobody has opened (the agenda's
    # item pane shows an item's proposals and projects: those parts of the wings load).
    for never in ("docx", "openpyxl", "kkrdesk.ui.sor.tab", "kkrdesk.ui.projects.tab",
                  "kkrdesk.ui.participants.tab"):
        assert never not in seen["after_smoke"], never


def test_a_hidden_tab_is_built_when_first_shown(qtbot, demo_store):
    from PySide6.QtCore import Qt

    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert window.tabs.currentIndex() == 2
    assert window.tabs.currentWidget() is window.projects_tab
    assert window.projects_tab.model.rowCount() >= 1  # filled when shown
    assert any("Identitetssløring" in p.name for p in window.projects_tab.model.rows())
    # Asking for a tab in code builds it in its place without changing the shown tab.
    sor = window.sor_tab
    assert window.tabs.indexOf(sor) == 1 and window.tabs.currentIndex() == 2


GC_PROBE = r"""
import gc, json, sys
import kkrdesk.core.gc_pause as gc_pause
from kkrdesk.cli.entry import main

seen = {}
real_settle = gc_pause.settle

def settle():
    seen["before"] = gc.isenabled()
    real_settle()
    seen["after"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count() > 0

gc_pause.settle = settle
seen["rc"] = main(["--smoke", "--db", sys.argv[1]])
seen["at_exit"] = gc.isenabled()
seen["frozen_at_exit"] = gc.get_freeze_count()
print(json.dumps(seen))
"""


def test_start_up_runs_without_the_garbage_collector_and_the_window_then_collects(demo_path):
    """Start-up skips the cyclic collector (a quarter of its CPU time); once the window is
    painted it collects as usual, and the command line leaves the collector as it found it."""
    proc = subprocess.run([sys.executable, "-c", GC_PROBE, str(demo_path)], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["rc"] == 0
    assert seen["before"] is False  # the start-up ran without it
    assert seen["after"] is True and seen["frozen"] is True  # the open window collects
    assert seen["at_exit"] is True and seen["frozen_at_exit"] == 0
