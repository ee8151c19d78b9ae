"""Issue 22, items 6, 7 and 9 in the Projekter tab, through the real widgets: a new person
made from the seat dialog, a list of names pasted into the groups after a preview, several
milestones typed in one table, and empty panes that say what to do next. What is expected
is written here by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from dialog_driving import drive, ok
from kkrdesk.core.enums import GroupKind, MilestoneStatus, Role
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.views.projects import ProjectFields

MASKING = "Identitetssløring i kommunerne"
TODAY = dt.date(2025, 10, 1)
ORGANISERING = """• Organisering:
• Styregruppe:\x20

o KL (styregruppeformand) og MedCom (projektejer) og Aalborg kommune (seniorbruger)\x20

• Projektgruppe:\x20
o Projektleder: Jørgen Hougaard

o Karen Anja Iversen, Helsingør kommune\x20
o Tom Kristensen, Aalborg kommune
o Mette Nybo Sørensen, Odense kommune
"""


@pytest.fixture
def tab(open_projects_tab, demo_store):
    return open_projects_tab(demo_store, TODAY)


def run(qtbot, button, fill):
    problems: list = []
    drive(fill, problems)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if problems:
        raise problems[0]


def open_project(qtbot, tab, name: str, page) -> None:
    pid = next(p.id for p in projects.list_projects(tab.ctx.store) if p.name == name)
    tab.show_record(pid)
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: tab.project is not None and tab.project.name == name)


def visible_texts(widget) -> list[str]:
    return [lab.text() for lab in widget.findChildren(QLabel) if lab.isVisible() and lab.text()]


def click_group(qtbot, tree, name: str) -> None:
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == name)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tree.currentItem() is item


def people_named(store, name: str) -> list[tuple[str, str]]:
    return [(p.name, p.organisation) for p in participants.list_people(store) if p.name == name]


def test_a_new_project_dialog_takes_typing_in_its_name_field(qtbot, tab):
    """Opening »Nyt projekt …« and typing at once types the name (the keyboard sat on OK)."""
    def fill(d):
        qtbot.waitUntil(d.isActiveWindow)
        qtbot.keyClicks(QApplication.focusWidget(), "Tastet med det samme")
        assert d.widgets["name"].text() == "Tastet med det samme"
    d_problems: list = []
    drive(lambda d: (d.activateWindow(), fill(d)), d_problems)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert d_problems == []


def test_a_new_person_takes_a_seat_from_the_seat_dialog(qtbot, tab):
    store = tab.ctx.store
    open_project(qtbot, tab, MASKING, tab.org)
    click_group(qtbot, tab.org.tree, "Projektgruppe")

    def fill(d):
        buttons = {b.text(): b for b in d.findChildren(QPushButton)}
        qtbot.keyClicks(d.picker.lineEdit(), "Mette Nybo Sørensen")
        qtbot.mouseClick(buttons["Ny person …"], Qt.MouseButton.LeftButton)
        assert d.name.isVisible() and d.name.text() == "Mette Nybo Sørensen"  # comes along
        assert not d.picker.isVisible()
        qtbot.keyClicks(d.organisation.lineEdit(), "Odense Kommune")
        ok(d)
    run(qtbot, tab.org.buttons["seat"], fill)
    assert people_named(store, "Mette Nybo Sørensen") == [("Mette Nybo Sørensen", "Odense Kommune")]
    group = next(g for g in projects.find_by_name(store, MASKING).groups if g.name == "Projektgruppe")
    assert ("Mette Nybo Sørensen", "Odense Kommune", Role.MEMBER) in [
        (s.holder, s.organisation, s.role) for s in group.seats]
    stack = tab.ctx.undo_stack
    assert stack.undoText() == "Tilføj Mette Nybo Sørensen (ny person) som medlem i projektgruppe"
    stack.undo()  # the seat and the person go together
    assert people_named(store, "Mette Nybo Sørensen") == []


def test_a_new_person_already_in_the_register_is_refused_at_the_name(qtbot, tab):
    open_project(qtbot, tab, MASKING, tab.org)
    click_group(qtbot, tab.org.tree, "Projektgruppe")
    before = len(participants.list_people(tab.ctx.store))

    def fill(d):
        qtbot.mouseClick(next(b for b in d.findChildren(QPushButton) if b.text() == "Ny person …"),
                         Qt.MouseButton.LeftButton)
        qtbot.keyClicks(d.name, "Jeanette  jensen")
        qtbot.keyClicks(d.organisation.lineEdit(), "MedCom")
        ok(d)
        assert d.isVisible() and d.errors["name"].isVisible()
        assert d.errors["name"].text() == ("Jeanette  jensen findes allerede i registret; vælg "
                                           "personen i listen.")
        assert d.name.text() == "Jeanette  jensen"  # nothing typed is lost
    run(qtbot, tab.org.buttons["seat"], fill)
    assert len(participants.list_people(tab.ctx.store)) == before


def test_a_pasted_list_becomes_groups_and_seats_after_a_preview(qtbot, tab):
    store = tab.ctx.store
    pid = projects.create_project(store, ProjectFields("Ny organisering", ""))
    tab.refresh()
    open_project(qtbot, tab, "Ny organisering", tab.org)
    QApplication.clipboard().setText(ORGANISERING)

    def fill(d):
        qtbot.keyClick(d.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        t = d.table
        rows = [tuple(t.item(r, c).text() for c in (1, 2, 3)) + (t.cellWidget(r, 4).currentText(),)
                for r in range(t.rowCount())]
        assert rows == [
            ("Styregruppe (ny)", "Formand", "KL", "KL"),
            ("Styregruppe (ny)", "Projektejer", "MedCom", "MedCom"),
            ("Styregruppe (ny)", "Seniorbruger", "Aalborg kommune", "Aalborg Kommune"),
            ("Projektgruppe (ny)", "Projektleder", "Jørgen Hougaard", "Jørgen Hougaard"),
            ("Projektgruppe (ny)", "Medlem", "Karen Anja Iversen, Helsingør kommune",
             "Karen Anja Iversen (Helsingør Kommune)"),
            ("Projektgruppe (ny)", "Medlem", "Tom Kristensen, Aalborg kommune",
             "Tom Have Kristensen (Aalborg Kommune)"),
            ("Projektgruppe (ny)", "Medlem", "Mette Nybo Sørensen, Odense kommune",
             "Ny person: Mette Nybo Sørensen (Odense Kommune)")]
        assert d.summary.text() == ("7 pladser, heraf 1 ny person i registret; sprunget over: "
                                    "linje 1 (overskrift).")
        ok(d)
    run(qtbot, tab.org.buttons["paste"], fill)
    p = projects.get_project(store, pid)
    assert [(g.name, g.kind) for g in p.groups] == [("Styregruppe", GroupKind.STEERING_GROUP),
                                                   ("Projektgruppe", GroupKind.PROJECT_GROUP)]
    assert [(s.holder, s.role) for s in p.groups[1].seats] == [
        ("Jørgen Hougaard", Role.PROJECT_MANAGER), ("Karen Anja Iversen", Role.MEMBER),
        ("Tom Have Kristensen", Role.MEMBER), ("Mette Nybo Sørensen", Role.MEMBER)]
    assert people_named(store, "Mette Nybo Sørensen") == [("Mette Nybo Sørensen", "Odense Kommune")]
    assert tab.org.tree.topLevelItemCount() == 2
    stack = tab.ctx.undo_stack
    assert stack.undoText() == "Indsæt 7 navne i styregruppe og projektgruppe"
    stack.undo()
    assert projects.get_project(store, pid).groups == ()
    assert people_named(store, "Mette Nybo Sørensen") == []


def test_a_name_that_fits_more_than_one_is_picked_before_ok(qtbot, tab):
    store = tab.ctx.store
    pid = projects.create_project(store, ProjectFields("Ny organisering", ""))
    tab.refresh()
    open_project(qtbot, tab, "Ny organisering", tab.org)

    def fill(d):
        qtbot.keyClicks(d.text, "Tom Kristensen")  # no organisation: Tom Have Kristensen?
        box = d.table.cellWidget(0, 4)
        assert box.currentText() == "Vælg …"
        ok(d)
        assert d.isVisible() and d.error.text() == ("Linje 1: vælg hvem »Tom Kristensen« er, "
                                                    "eller »Spring over«.")
        box.setCurrentIndex(box.findText("Tom Have Kristensen (Aalborg Kommune)"))
        ok(d)
        assert not d.isVisible()
    run(qtbot, tab.org.buttons["paste"], fill)
    seats = projects.get_project(store, pid).groups[0].seats
    assert [(s.holder, s.role) for s in seats] == [("Tom Have Kristensen", Role.MEMBER)]


def test_milestones_are_typed_in_one_table_with_dates_following(qtbot, tab):
    store = tab.ctx.store
    pid = projects.create_project(store, ProjectFields("Milepæle i træk", ""))
    tab.refresh()
    open_project(qtbot, tab, "Milepæle i træk", tab.milestone_page)

    def fill(d):
        assert [lab.text() for lab in d.findChildren(QLabel)][1:5] == [
            "<b>Milepæl</b>", "<b>Dato eller måned</b>", "<b>Status</b>", "<b>Nået den</b>"]
        d.activateWindow()
        qtbot.waitUntil(d.isActiveWindow)

        def here():
            assert d.isAncestorOf(QApplication.focusWidget())  # typing stays in the table
            return QApplication.focusWidget()
        for text in ("Kickoff", "\t", "august 2025", "\t", "N", "\t", "15-08-2025", "\t",
                     "Første leverance", "\t", "\t", "P", "\t", "\t", "Anden leverance"):
            if text == "\t":
                qtbot.keyClick(here(), Qt.Key.Key_Tab)
            else:
                qtbot.keyClicks(here(), text)
        assert [(r.date.text(), r.status.currentText()) for r in d.rows] == [
            ("august 2025", "Nået"), ("september 2025", "Planlagt"), ("oktober 2025", "Planlagt")]
        ok(d)
    run(qtbot, tab.part_panes["milestone"].add_button, fill)
    got = [(m.title, m.planned_on, m.planned_month_only, m.status, m.actual_on)
           for m in projects.get_project(store, pid).milestones]
    assert got == [
        ("Kickoff", dt.date(2025, 8, 1), True, MilestoneStatus.REACHED, dt.date(2025, 8, 15)),
        ("Første leverance", dt.date(2025, 9, 1), True, MilestoneStatus.PLANNED, None),
        ("Anden leverance", dt.date(2025, 10, 1), True, MilestoneStatus.PLANNED, None)]
    stack = tab.ctx.undo_stack
    assert stack.undoText() == "3 nye milepæle"
    stack.undo()
    assert projects.get_project(store, pid).milestones == ()


def test_the_empty_organisation_and_risks_panes_say_what_to_do(qtbot, tab):
    store = tab.ctx.store
    pid = projects.create_project(store, ProjectFields("Tomt projekt", ""))
    tab.refresh()
    open_project(qtbot, tab, "Tomt projekt", tab.org)
    assert any("Opret styregruppen med »Ny gruppe …«" in t for t in visible_texts(tab.org))

    def group(d):
        d.widgets["kind"].setCurrentIndex(d.widgets["kind"].findText("Styregruppe"))
        ok(d)
    run(qtbot, tab.org.buttons["group"], group)
    assert any(t.startswith("Der er ingen i styregruppen endnu. Vælg gruppen, og tilføj en "
                            "person med »Tilføj medlem …«") for t in visible_texts(tab.org))
    tab.pages.setCurrentWidget(tab.part_panes["risk"])
    assert any("Tilføj den første med »Ny risiko …«" in t
               for t in visible_texts(tab.part_panes["risk"]))
    # a project with people and risks shows them, not a hint
    open_project(qtbot, tab, MASKING, tab.org)
    assert not any("»Ny gruppe …«" in t for t in visible_texts(tab.org))
    assert tab.org.tree.isVisible() and pid


def test_a_new_status_note_starts_at_today_with_the_last_status(qtbot, tab):
    """Issue 22, item 7 (already so on main; kept): the note's date is today and its
    status the project's last (DP10's last note is Gul)."""
    open_project(qtbot, tab, "DP10 EOJ-data til Sundhedsjournalen", tab.part_panes["note"])
    seen = []

    def fill(d):
        seen.append((d.widgets["noted_on"].text(), d.widgets["rag"].currentText()))
    run(qtbot, tab.part_panes["note"].add_button, fill)
    assert seen == [(f"{dt.date.today():%d-%m-%Y}", "Gul")]
