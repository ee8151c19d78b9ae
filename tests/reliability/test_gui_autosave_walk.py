"""Issue 18, defect 4: every field a user types in saves itself on the idle timer,
through one mechanism. The walk (gui_walk.py, in a process of its own) visits every
tab and every page of every tab widget, finds every visible, enabled, editable text
widget and every in-place editor, and types into each without leaving it; the
database, read with a connection of the test's own, must then hold what was typed."""

from __future__ import annotations

import shutil

from reliability.gui_run import run_scenario

TABS = {"Dagsorden", "SOR-forslag", "Projekter", "Deltagere"}
# The fields issue 18 found saving only on focus-out, and a few of every wing besides.
MUST_BE_FOUND = {"sor.title", "sor.proposed_name", "sor.current_name", "sor.definition",
                 "projects.name", "projects.description", "agenda.presenters", "agenda.notes",
                 "Punkt", "Oplægsholder"}


def test_every_editable_widget_of_every_pane_saves_itself_without_leaving_it(demo_template, tmp_path):
    db = tmp_path / "walk.sqlite"
    shutil.copy(demo_template, db)
    run = run_scenario("autosave_walk", db, timeout=300)
    run.assert_alive()
    found = run.records("FOUND")
    assert {f[0] for f in found} == TABS
    lost = [(r["name"], r["typed"]) for r in run.records("LOST")]
    assert not lost, f"typed, waited, not in the database: {lost}"
    unmarked = [f for f in found if f[3] == "unmarked"]
    assert not unmarked, f"editable widgets neither autosaving nor marked as a filter: {unmarked}"
    assert MUST_BE_FOUND <= {f[2] for f in found}, sorted({f[2] for f in found})
    saved = run.records("SAVED")
    typed_into = [f[2] for f in found if f[3] == "autosave" and f[2] != "Type"]
    assert sorted(s["name"] for s in saved) == sorted(typed_into)
    assert all(s["kept_focus"] for s in saved), [s for s in saved if not s["kept_focus"]]
    assert all(s["seconds"] < 3 for s in saved), saved
