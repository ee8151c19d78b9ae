"""The first screen is read without SQLAlchemy's ORM.

Importing the ORM, mapping the 28 models and configuring their mappers is ~130 ms of
every start on the build machines, and the first screen needs none of it: it is read
as plain rows (``Store.rows``: the tables' columns, never entities). The models are
plain classes over their tables until their first ORM use (kkrdesk.core.models.base),
which maps them all. These tests see, in a fresh ``--smoke`` process, that the ORM is
not even imported at the first start (no meeting remembered: the default meeting is
chosen), at the next (the remembered one), nor by the item pane of an item that
presents proposals and projects; they prove on a planted ORM query that they would
see it. Once the window has painted, the ORM is imported and then the models are mapped
and configured, in two idle moments (ui/idle_build.py), before the user's first edit
needs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

LOOK = r"""
from kkrdesk.core.models.base import Base, orm_mapping

def look():
    mapped = orm_mapping.state == "mapped"  # Base.registry would map them
    return {"orm": orm_loaded, "state": orm_mapping.state,
            "configured": sum(m.configured for m in Base.registry.mappers) if mapped else 0}
"""

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
orm_loaded = "sqlalchemy.orm" in sys.modules
""" + LOOK + r"""
print(json.dumps({"rc": rc, **look()}))
"""

PANE_PROBE = r"""
import json, sys
from sqlalchemy import select
from kkrdesk.core.models import ProjectItemLink, SorItemLink
from kkrdesk.services.database import open_for_reading
from kkrdesk.services.links import projects, sor

store = open_for_reading(sys.argv[1])
with store.rows() as s:
    sor_item = s.scalar(select(SorItemLink.__table__.c.item_id))
    project_item = s.scalar(select(ProjectItemLink.__table__.c.item_id))
shown = [p.title for p in sor.proposals_for_item(store, sor_item)]
shown += [name for _id, name in projects.projects_of_item(store, project_item)]
shown += [name for _id, name in projects.project_names(store)]
orm_loaded = "sqlalchemy.orm" in sys.modules
""" + LOOK + r"""
print(json.dumps({"rc": 0, "shown": shown, **look()}))
"""

IDLE_PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kkrdesk.ui import app as app_module

seen = {}
real_build = app_module.build_when_idle

def build_when_idle(window):
    global orm_loaded
    orm_loaded = "sqlalchemy.orm" in sys.modules
    seen["painted"] = look()
    real_build(window)

    def later():
        global orm_loaded
        orm_loaded = "sqlalchemy.orm" in sys.modules
        seen["idle"] = look()
        QApplication.instance().quit()

    QTimer.singleShot(400, later)

app_module.build_when_idle = build_when_idle
""" + LOOK + r"""
rc = app_module.run(db=__import__("pathlib").Path(sys.argv[1]))
print(json.dumps({"rc": rc, **seen}))
"""

STEPS_PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kkrdesk.services import database
from kkrdesk.ui import app as app_module

steps = []
real_load, real_configure = database.load_orm, database.configure_models

def now(what):
    global orm_loaded
    orm_loaded = "sqlalchemy.orm" in sys.modules
    steps.append([what, look()])

def load_orm():
    real_load()
    now("ORM imported")
    QTimer.singleShot(0, lambda: now("the window's turn"))  # events between the two steps

def configure_models():
    now("before mapping")
    real_configure()
    now("mapped")
    QTimer.singleShot(0, QApplication.instance().quit)

database.load_orm, database.configure_models = load_orm, configure_models
""" + LOOK + r"""
rc = app_module.run(db=__import__("pathlib").Path(sys.argv[1]))
print(json.dumps({"rc": rc, "steps": steps}))
"""

NOT_LOADED = {"orm": False, "state": "unmapped", "configured": 0}


def _run(probe: str, db, home, *extra: str) -> dict:
    env = {**os.environ, "XDG_CONFIG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", probe, str(db), *extra], capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen.pop("rc") == 0
    return seen


def test_first_and_next_start_load_no_orm(demo_path, tmp_path):
    home = tmp_path / "config"
    for start in ("first", "next"):
        assert _run(PROBE, demo_path, home) == NOT_LOADED, f"{start} start"


def test_a_planted_orm_query_is_seen(demo_path, tmp_path):
    seen = _run(PROBE, demo_path, tmp_path / "config", "--plant")
    assert seen == {"orm": True, "state": "mapped", "configured": 28}  # one query: all 28


def test_a_linked_items_pane_loads_no_orm(demo_path, tmp_path):
    """An item presenting proposals and projects (the demo has both) shows them, read
    as plain rows: the SOR section reads every proposal and round (services/sor/reading)."""
    seen = _run(PANE_PROBE, demo_path, tmp_path / "config")
    assert len(seen.pop("shown")) >= 3
    assert seen == NOT_LOADED


def test_the_models_are_mapped_once_the_window_is_idle(demo_path, tmp_path):
    seen = _run(IDLE_PROBE, demo_path, tmp_path / "config")
    assert seen == {"painted": NOT_LOADED,
                    "idle": {"orm": True, "state": "mapped", "configured": 28}}


def test_the_orm_is_imported_and_the_models_mapped_in_two_idle_moments(demo_path, tmp_path):
    """Each step holds the window about 60 ms instead of ~125 ms for both at once: the
    window handles its events between them."""
    imported = {"orm": True, "state": "unmapped", "configured": 0}
    seen = _run(STEPS_PROBE, demo_path, tmp_path / "config")
    assert seen["steps"] == [["ORM imported", imported], ["the window's turn", imported],
                             ["before mapping", imported],
                             ["mapped", {"orm": True, "state": "mapped", "configured": 28}]]
