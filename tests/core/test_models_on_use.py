"""The models are plain classes over their tables until their first ORM use, which maps
them all (kkrdesk.core.models.base). Each case runs in a fresh process: in this one the
models were mapped long ago by other tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CASE = r"""
import json, sys
import kkrdesk.core.models as models
from kkrdesk.core.models.base import orm_mapping

case = sys.argv[1]
before = (orm_mapping.state, "sqlalchemy.orm" in sys.modules)
result = None
if case == "table":
    result = str(models.Meeting.__table__.c.date)
elif case == "attribute":
    result = str(models.Meeting.date == None)  # noqa: E711
elif case == "instance":
    result = models.Meeting(title="Netværksmøde").title
elif case == "entity":
    from sqlalchemy import select
    result = str(select(models.Meeting.__table__.c.id).select_from(models.Meeting))
    result = str(select(models.Meeting).where(models.Meeting.__table__.c.id == 1))
elif case == "session":
    from kkrdesk.services.database import open_memory
    store = open_memory()
    with store.reading() as s:
        result = s.get(models.Meeting, 1)
elif case == "unknown":
    try:
        models.Meeting.no_such_thing
    except AttributeError as exc:
        result = str(exc)
elif case == "bad keyword":
    try:
        models.Meeting(no_such_column=1)
    except TypeError as exc:
        result = str(exc)
elif case == "mapping failed once":  # interrupted half-way: the next use maps them all
    import kkrdesk.core.models.mapping as mapping
    real, calls = mapping.guard_dates, []

    def guard_dates(registry):
        calls.append(registry)
        if len(calls) == 1:
            raise KeyboardInterrupt("stopped half-way")
        real(registry)

    mapping.guard_dates = guard_dates
    try:
        models.Meeting(title="x")
    except KeyboardInterrupt:
        result = [orm_mapping.state]
    result += [models.Meeting(title="Netværksmøde").title, len(models.Base.registry.mappers)]
elif case == "two threads":  # one maps (slowly); the other asks meanwhile and waits
    import threading, time
    import kkrdesk.core.models.mapping as mapping
    real = mapping.registry

    def slow(**kwargs):  # before any class is mapped
        time.sleep(0.3)
        return real(**kwargs)

    mapping.registry = slow
    first = threading.Thread(target=lambda: models.Meeting(title="x"))
    first.start()
    time.sleep(0.1)  # the first thread is mapping now
    result = [orm_mapping.state, str(models.AgendaItem.title), models.Person(name="Anne").name]
    first.join()
elif case == "import everything":
    import importlib, pkgutil, kkrdesk
    skip = ("kkrdesk.__main__",)
    for info in pkgutil.walk_packages(kkrdesk.__path__, "kkrdesk."):
        if info.name not in skip:
            importlib.import_module(info.name)
print(json.dumps({"before": before, "after": orm_mapping.state, "result": result}))
"""


def _case(name: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", CASE, name], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["before"] == ["unmapped", False]  # importing the models loads no ORM
    return seen


def test_a_table_is_there_without_mapping():
    seen = _case("table")
    assert (seen["after"], seen["result"]) == ("unmapped", "meeting.date")


@pytest.mark.parametrize("use", ["attribute", "instance", "entity", "session"])
def test_the_first_orm_use_maps_the_models(use):
    seen = _case(use)
    assert seen["after"] == "mapped"
    expected = {"attribute": "meeting.date IS NULL", "instance": "Netværksmøde", "session": None}
    if use == "entity":
        assert "FROM meeting" in seen["result"] and "meeting.title" in seen["result"]
    else:
        assert seen["result"] == expected[use]


def test_what_no_model_has_is_still_refused():
    assert _case("unknown")["result"] == "type object 'Meeting' has no attribute 'no_such_thing'"
    assert _case("bad keyword")["result"] == (
        "'no_such_column' is an invalid keyword argument for Meeting")


def test_a_mapping_that_failed_half_way_is_tried_again():
    assert _case("mapping failed once")["result"] == ["unmapped", "Netværksmøde", 28]


def test_a_thread_asking_while_another_maps_waits_for_it():
    assert _case("two threads")["result"] == ["mapping", "AgendaItem.title", "Anne"]


def test_importing_every_module_maps_no_model():
    """No module uses a model as an ORM entity when it is imported (a statement built at
    import time, say): that would map every model at every start."""
    assert _case("import everything")["after"] == "unmapped"
