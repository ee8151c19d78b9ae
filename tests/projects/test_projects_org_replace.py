"""Projekter > Organisation > »Erstat …« hands a seat to an organisation as well as to a
person (a seat can be held by an organisation: "Aalborg Kommune, senior bruger"); the
history is kept and undo/redo work as in the person case. Through the real dialog."""

from __future__ import annotations

import datetime as dt

from kkrdesk.services.projects import portfolio as projects
from test_projects_org_ui import MASKING, _groups, _seat, tab  # noqa: F401 (fixture)
from test_projects_ui_path import ok, run, type_into

SEPT1 = dt.date(2025, 9, 1)


def _texts(tab, group: int) -> list[str]:
    top = tab.org.tree.topLevelItem(group)
    return [top.child(k).text(0) for k in range(top.childCount())]


def test_an_organisation_takes_over_an_organisations_seat(qtbot, tab):
    tab.pages.setCurrentWidget(tab.org)
    _seat(tab, "Aalborg Kommune")
    seen = {}

    def own(d):  # the holder itself is refused at the field; the dialog stays open
        type_into(qtbot, d.widgets["successor"], "Aalborg Kommune")
        type_into(qtbot, d.widgets["on"], "01-09-2025")
        ok(d)
        seen["own"] = d.isVisible() and d.errors["successor"].text()
        type_into(qtbot, d.widgets["successor"], "Aarhus Kommune")
        ok(d)
    run(qtbot, tab.org.buttons["replace"], own)
    assert "sin egen plads" in seen["own"]
    steering = _groups(tab)["Styregruppe"]
    assert ("Aalborg Kommune", "senior_user", SEPT1) in steering
    assert ("Aarhus Kommune", "senior_user", None) in steering
    assert "Aarhus Kommune (efter Aalborg Kommune)" in _texts(tab, 0)
    assert tab.ctx.undo_stack.undoText() == "Erstat Aalborg Kommune med Aarhus Kommune"
    tab.ctx.undo_stack.undo()
    steering = _groups(tab)["Styregruppe"]
    assert ("Aalborg Kommune", "senior_user", None) in steering
    assert "Aarhus Kommune" not in [h for h, _, _ in steering]
    tab.ctx.undo_stack.redo()
    assert ("Aarhus Kommune", "senior_user", None) in _groups(tab)["Styregruppe"]


def test_an_organisation_takes_over_a_persons_seat(qtbot, tab):
    tab.pages.setCurrentWidget(tab.org)
    _seat(tab, "Jørgen Hougaard")

    def replace(d):
        type_into(qtbot, d.widgets["successor"], "KOMBIT")
        type_into(qtbot, d.widgets["on"], "01-09-2025")
        ok(d)
    run(qtbot, tab.org.buttons["replace"], replace)
    group = _groups(tab)["Projektgruppe"]
    assert ("Jørgen Hougaard", "project_manager", SEPT1) in group
    assert ("KOMBIT", "project_manager", None) in group
    assert "KOMBIT (efter Jørgen Hougaard)" in _texts(tab, 1)
    tab.ctx.undo_stack.undo()
    group = _groups(tab)["Projektgruppe"]
    assert ("Jørgen Hougaard", "project_manager", None) in group and "KOMBIT" not in [h for h, _, _ in group]
    assert projects.find_by_name(tab.ctx.store, MASKING)
