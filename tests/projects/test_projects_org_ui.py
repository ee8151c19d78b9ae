"""The organisation and the smaller parts through the real widgets: change a role, replace a
project manager (the history kept), remove a member; a risk and a decision added, edited
and deleted; each one undo step with a Danish name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from kkrdesk.services.projects import portfolio as projects
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.projects.tab import ProjectsTab
from test_projects_ui_path import choose, drive, ok, run, type_into

MASKING = "Identitetssløring i kommunerne"


@pytest.fixture
def tab(qtbot, demo_store):
    ctx = AppContext(demo_store)
    widget = ProjectsTab(ctx, today=dt.date(2025, 10, 1))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    assert widget.project.name == MASKING
    yield widget
    ctx.undo_stack.clear()


def _seat(tab, holder):
    tree = tab.org.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for k in range(top.childCount()):
            if top.child(k).text(0).startswith(holder):
                tree.setCurrentItem(top.child(k))
                return
    raise AssertionError(holder)


def _groups(tab):
    p = projects.get_project(tab.ctx.store, tab.project.id)
    return {g.name: [(s.holder, s.role.value, s.end_date) for s in g.seats] for g in p.groups}


def test_roles_replacement_and_removal(qtbot, tab):
    tab.pages.setCurrentWidget(tab.org)
    _seat(tab, "Aalborg Kommune")

    def role(d):
        choose(d.widgets["role"], "Seniorleverandør")
        ok(d)
    run(qtbot, tab.org.buttons["role"], role)
    assert ("Aalborg Kommune", "senior_supplier", None) in _groups(tab)["Styregruppe"]
    assert tab.ctx.undo_stack.undoText() == "Ret rolle for Aalborg Kommune til seniorleverandør"

    _seat(tab, "Jørgen Hougaard")

    def replace(d):
        type_into(qtbot, d.widgets["successor"], "Kira Christina Ørbekker (MedCom)")
        type_into(qtbot, d.widgets["on"], "01-09-2025")
        ok(d)
    run(qtbot, tab.org.buttons["replace"], replace)
    group = _groups(tab)["Projektgruppe"]
    assert ("Jørgen Hougaard", "project_manager", dt.date(2025, 9, 1)) in group
    assert ("Kira Christina Ørbekker", "project_manager", None) in group
    texts = [tab.org.tree.topLevelItem(1).child(k).text(0)
             for k in range(tab.org.tree.topLevelItem(1).childCount())]
    assert "Kira Christina Ørbekker (efter Jørgen Hougaard)" in texts
    assert "Jørgen Hougaard (til 01-09-2025)" in texts

    _seat(tab, "Kaspar Cort Madsen")
    qtbot.mouseClick(tab.org.buttons["remove"], Qt.MouseButton.LeftButton)  # no question asked
    assert "Kaspar Cort Madsen" not in [h for h, _, _ in _groups(tab)["Projektgruppe"]]
    assert tab.ctx.undo_stack.undoText() == "Fjern Kaspar Cort Madsen fra gruppen"
    tab.ctx.undo_stack.undo()
    tab.ctx.undo_stack.undo()
    assert ("Jørgen Hougaard", "project_manager", None) in _groups(tab)["Projektgruppe"]
    assert "Kaspar Cort Madsen" in [h for h, _, _ in _groups(tab)["Projektgruppe"]]


def test_a_risk_and_a_decision_added_edited_and_deleted(qtbot, tab):
    risks = tab.part_panes["risk"]
    tab.pages.setCurrentWidget(risks)

    def risk(d):
        type_into(qtbot, d.widgets["title"], "Fagsystemleverandører når ikke integrationen")
        choose(d.widgets["probability"], "3")
        choose(d.widgets["impact"], "4")
        type_into(qtbot, d.widgets["mitigation"], "Tidlig dialog med leverandørerne.")
        ok(d)
    run(qtbot, risks.add_button, risk)
    assert [risks.proxy.index(0, c).data() for c in range(5)] == [
        "Fagsystemleverandører når ikke integrationen", "3", "4", "Tidlig dialog med leverandørerne.",
        "Åben"]
    risks.view.selectRow(0)

    def close_risk(d):
        box = d.widgets["is_open"]
        assert box.isChecked()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        ok(d)
    run(qtbot, risks.edit_button, close_risk)
    assert risks.proxy.index(0, 4).data() == "Lukket"
    assert tab.ctx.undo_stack.undoText() == "Ret risiko »Fagsystemleverandører når ikk…«"

    decisions = tab.part_panes["decision"]
    tab.pages.setCurrentWidget(decisions)

    def decision(d):
        type_into(qtbot, d.widgets["decided_on"], "20-08-2025")
        type_into(qtbot, d.widgets["text"], "PID godkendt.")
        type_into(qtbot, d.widgets["decided_by"], "Styregruppen")
        ok(d)
    run(qtbot, decisions.add_button, decision)
    assert [decisions.proxy.index(0, c).data() for c in range(3)] == [
        "20-08-2025", "PID godkendt.", "Styregruppen"]
    decisions.view.selectRow(0)
    drive(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), [])
    qtbot.mouseClick(decisions.delete_button, Qt.MouseButton.LeftButton)
    assert decisions.proxy.rowCount() == 0
    assert tab.ctx.undo_stack.undoText() == "Slet beslutning »PID godkendt.«"
    tab.ctx.undo_stack.undo()
    assert decisions.proxy.rowCount() == 1
