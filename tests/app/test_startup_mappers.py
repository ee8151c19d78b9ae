"""The first screen is read without configuring the ORM's mappers.

Configuring them (every relationship, every attribute's loader) is a third of declaring
the models, ~35 ms at each start on the build machines, and the first screen does not
need it: its reads name the tables' columns (``Meeting.__table__.c``), not the entities.
An ORM query anywhere on the start path (``select(Meeting.id)``) configures them all
at once; these tests see it in a fresh ``--smoke`` process, at the first start (no
meeting remembered: the default meeting is chosen) and at the next (the remembered one),
and prove on a planted ORM query that they would. Once the window has painted, the
mappers are configured in an idle moment (ui/idle_build.py), before the user's first
edit needs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = r"""
import json, sys

if "--plant" in sys.argv:  # an ORM query on the start path: the test must see it
    from sqlalchemy import select
    from kkrdesk.core.models import Meeting
    from kkrdesk.services.agenda import meetings

    real_list = meetings.list_meetings

    def list_meetings(store):
        with store.reading() as s:
            s.scalar(select(Meeting.id))
        return real_list(store)

    meetings.list_meetings = list_meetings

from kkrdesk.cli.entry import main

rc = main(["--smoke", "--db", sys.argv[1]])
from kkrdesk.core.models import Base

configured = sorted(m.class_.__name__ for m in Base.registry.mappers if m.configured)
print(json.dumps({"rc": rc, "configured": configured, "mappers": len(Base.registry.mappers)}))
"""

PANE_PROBE = r"""
import json, sys
from sqlalchemy import select
from kkrdesk.core.models import Base, ProjectItemLink, SorItemLink
from kkrdesk.services.database import open_for_reading
from kkrdesk.services.links import projects, sor

store = open_for_reading(sys.argv[1])
with store.reading() as s:
    sor_item = s.scalar(select(SorItemLink.__table__.c.item_id))
    project_item = s.scalar(select(ProjectItemLink.__table__.c.item_id))
shown = [p.title for p in sor.proposals_for_item(store, sor_item)]
shown += [name for _id, name in projects.projects_of_item(store, project_item)]
configured = sorted(m.class_.__name__ for m in Base.registry.mappers if m.configured)
print(json.dumps({"rc": 0, "shown": shown, "configured": configured}))
"""

IDLE_PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kkrdesk.ui import app as app_module
from kkrdesk.core.models import Base

seen = {}
real_build = app_module.build_when_idle

def build_when_idle(window):
    def look(name):
        seen[name] = sum(m.configured for m in Base.registry.mappers)

    look("painted")
    real_build(window)
    QTimer.singleShot(400, lambda: (look("idle"), QApplication.instance().quit()))

app_module.build_when_idle = build_when_idle
rc = app_module.run(db=__import__("pathlib").Path(sys.argv[1]))
print(json.dumps({"rc": rc, "seen": seen, "mappers": len(Base.registry.mappers)}))
"""


def _run(probe: str, db, home, *extra: str) -> dict:
    env = {**os.environ, "XDG_CONFIG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", probe, str(db), *extra], capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_first_and_next_start_configure_no_mapper(demo_path, tmp_path):
    home = tmp_path / "config"
    for start in ("first", "next"):
        seen = _run(PROBE, demo_path, home)
        assert seen["rc"] == 0
        assert seen["mappers"] >= 28  # the models are there, declared ...
        assert seen["configured"] == [], f"{start} start configured {seen['configured']}"


def test_a_planted_orm_query_is_seen(demo_path, tmp_path):
    seen = _run(PROBE, demo_path, tmp_path / "config", "--plant")
    assert seen["rc"] == 0
    assert len(seen["configured"]) == seen["mappers"]  # ... one ORM query configures all


def test_a_linked_items_pane_configures_no_mapper(demo_path, tmp_path):
    """An item presenting proposals and projects (the demo has both) shows them, read
    as columns: the SOR section reads every proposal and round (services/sor/reading)."""
    seen = _run(PANE_PROBE, demo_path, tmp_path / "config")
    assert len(seen["shown"]) >= 2
    assert seen["configured"] == []


def test_the_mappers_are_configured_once_the_window_is_idle(demo_path, tmp_path):
    seen = _run(IDLE_PROBE, demo_path, tmp_path / "config")
    assert seen["rc"] == 0
    assert seen["seen"] == {"painted": 0, "idle": seen["mappers"]}
