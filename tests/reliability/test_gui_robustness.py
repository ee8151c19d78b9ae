"""The GUI robustness walk of issue 18: for every tab, a scenario in a process of its own
(gui_driver.py) pastes the hostile texts of tests/hostile.py (controls, a no-break
space, U+2029, byte-order marks, right-to-left marks, emoji, 10,000 characters) into
every editable widget and types after them, moves between records, picks from the
completers and combo boxes, views everything before and after, then undoes and redoes
every step. The process must live; the database must hold exactly what was entered,
as the services document their cleaning (computed here with tests/hostile.py, not with
the product's own function); viewing must change nothing; undo must give back the
database as it was and redo as it became."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from hostile import kept
from reliability.gui_run import run_scenario

SCENARIOS = {"Dagsorden": "agenda_hostile", "SOR-forslag": "sor_hostile",
             "Projekter": "projects_hostile", "Deltagere": "participants_hostile"}


def _query(db, sql: str, args: list) -> list[list]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return [list(r) for r in con.execute(sql, args).fetchall()]


def _expected(e: dict, demo_template) -> list[list]:
    how, entered = e["how"], e["entered"]
    if how == "text":
        return [[kept(entered, single_line=e["single"])]]
    if how == "lines":
        return [[line] for line in (kept(x, single_line=True) for x in entered.split("\n")) if line]
    if how == "value":
        return [e["value"]]
    if how == "unchanged":
        return _query(demo_template, e["sql"], e["args"])
    raise AssertionError(how)


@pytest.mark.parametrize("tab", list(SCENARIOS))
def test_hostile_text_in_every_field_of_the_tab(tab, demo_template, tmp_path):
    db = tmp_path / "hostile.sqlite"
    shutil.copy(demo_template, db)
    run = run_scenario(SCENARIOS[tab], db, timeout=240)
    run.assert_alive()
    wrong = []
    expectations = run.records("EXPECT")
    for e in expectations:
        actual = _query(db, e["sql"], e["args"])
        if e["how"] == "contains_line":  # one of the lines of a list kept in one column
            expected = kept(e["entered"], single_line=True)
            if actual and expected in str(actual[0][0]).split("\n"):
                continue
        else:
            expected = _expected(e, demo_template)
        if actual != expected:
            wrong.append((e["sql"], e["args"], repr(expected)[:300], repr(actual)[:300]))
    assert not wrong, "\n".join(map(str, wrong))
    assert len(expectations) >= 5
    for viewed in run.records("VIEWED"):
        assert viewed["diff"] == [] and viewed["steps"] == 0, viewed
    for refusal in run.records("REFUSAL"):
        assert refusal["message"], refusal  # a refused value is explained at the field
    undone, redone = run.records("UNDONE")[0], run.records("REDONE")[0]
    assert undone["steps"] > 0 and undone["left"] == 0 and undone["diff"] == [], undone
    assert redone["diff"] == [], redone
