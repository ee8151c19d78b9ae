"""Start-up's SQL, counted: everything the database is asked from ``kkrdesk --smoke`` (the
frame, the store's checks, the meeting box, the shown meeting's agenda and its item pane,
until the first painted data frame) stays within a budget. A statement added to the start
is time every user waits at every start; if it is needed, raise the budget here and say
why in the commit.

Counted in a fresh process at the sqlite3 driver (``set_trace_callback``), so the store's
own checks before SQLAlchemy (quick_check, the schema revision) are counted as well."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# On the demo (the 18 June 2025 meeting, referat finished), first start (no meeting
# remembered): 8 for opening the store (the file's check: quick_check, tables, schema
# revision; the pragmas), 2 for the reference data, 1 for the meeting box, 1 for the
# meeting to show, 5 for its agenda (the meeting with the one after it, its items,
# presenters, sub-points and bilag, as rows: services/agenda/meeting_rows.py; the side
# panes' attendance, actions and topics are read when a pane is opened), 5 for the first
# item's pane (the item's day, its proposals, its projects, the project picker, the
# presenter picker). Main had 30, then 26.
BUDGET = 22

PROBE = r"""
import json, sqlite3, sqlite3.dbapi2, sys

statements = []
real_connect = sqlite3.connect

def connect(*args, **kwargs):
    conn = real_connect(*args, **kwargs)
    conn.set_trace_callback(statements.append)
    return conn

sqlite3.connect = sqlite3.dbapi2.connect = connect
if "--plant" in sys.argv:  # one more query in the start: the budget must see it
    from sqlalchemy import text
    from kkrdesk.services.agenda import meetings

    real_list = meetings.list_meetings

    def list_meetings(store):
        with store.reading() as s:
            s.execute(text("select count(*) from person")).scalar()
        return real_list(store)

    meetings.list_meetings = list_meetings

from kkrdesk.cli.entry import main

rc = main(["--smoke", "--db", sys.argv[1]])
print(json.dumps({"rc": rc, "statements": statements}))
"""


def _start_statements(db, *extra: str) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(db), *extra], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["rc"] == 0
    return seen["statements"]


def _within_budget(statements: list[str]) -> None:
    listing = "\n".join(" ".join(s.split())[:90] for s in statements)
    assert len(statements) <= BUDGET, f"{len(statements)} statements at start:\n{listing}"


def test_start_up_asks_the_database_within_its_budget(demo_path):
    statements = _start_statements(demo_path)
    _within_budget(statements)
    # what the first screen shows is read, not skipped to meet the budget
    assert any("FROM agenda_item" in s for s in statements)
    assert any("FROM attendance" in s for s in statements)


def test_a_planted_extra_query_at_start_breaks_the_budget(demo_path):
    statements = _start_statements(demo_path, "--plant")
    assert any("count(*) from person" in s for s in statements)
    with pytest.raises(AssertionError, match=f"{BUDGET + 1} statements at start"):
        _within_budget(statements)
