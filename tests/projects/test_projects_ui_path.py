"""A secretary sets up the identity-masking project from nothing in the Projekter tab,
through the real widgets and dialogs: the project, its fields, groups with roles (and
the formand/projektejer question), milestones (a month-only one), two status notes,
financing; bad input is explained at its field and nothing typed is lost; undo/redo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit

from dialog_driving import drive, ok  # noqa: F401 (shared with other tests)
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.projects.tab import ProjectsTab

MASKING = "Identitetssløring i kommunerne"
TODAY = dt.date(2025, 10, 1)




def type_into(qtbot, widget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.clear()
    elif isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    else:  # an editable combo box
        widget.lineEdit().clear()
        widget = widget.lineEdit()
    qtbot.keyClicks(widget, text)


def choose(combo, text: str) -> None:
    idx = combo.findText(text)
    assert idx >= 0, text
    combo.setCurrentIndex(idx)


@pytest.fixture
def tab(open_projects_tab, demo_store):
    # Start from nothing: the demo's people and organisations, no masking project.
    projects.delete_project(demo_store, projects.find_by_name(demo_store, MASKING).id)
    return open_projects_tab(demo_store, TODAY)


def run(qtbot, button, fill):
    problems: list = []
    drive(fill, problems)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if problems:
        raise problems[0]


def current(tab):
    return projects.get_project(tab.ctx.store, tab.project.id)


def test_set_up_the_identity_masking_project_from_nothing(qtbot, tab):
    # -- the project ---------------------------------------------------------------------------
    def new(d):
        type_into(qtbot, d.widgets["name"], MASKING)
        type_into(qtbot, d.widgets["description"], "Integration til sløringsservicen på NSP.")
        ok(d)
    run(qtbot, tab.new_button, new)
    assert tab.project.name == MASKING and tab.title.text() == MASKING
    assert tab.pages.currentWidget() is tab.general
    g = tab.general
    choose(g.phase, "Analyse")
    g.phase.activated.emit(g.phase.currentIndex())
    choose(g.owner, "MedCom")
    g.owner.activated.emit(g.owner.currentIndex())
    for box in g.doc_boxes[:2]:  # Foranalyse, PID
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    type_into(qtbot, g.started, "01-03-2025")
    qtbot.keyClick(g.started, Qt.Key.Key_Return)
    p = current(tab)
    assert (p.phase.value, p.owner, p.documents, p.started_on) == (
        "analysis", "MedCom", ("Foranalyse", "PID"), dt.date(2025, 3, 1))
    # A start date that cannot be read is explained at the field and stays as typed.
    type_into(qtbot, g.started, "første marts")
    qtbot.keyClick(g.started, Qt.Key.Key_Return)
    assert g.errors["started_on"].isVisible() and "ikke en dato" in g.errors["started_on"].text()
    assert g.started.text() == "første marts" and current(tab).started_on == dt.date(2025, 3, 1)
    type_into(qtbot, g.started, "01-03-2025")
    qtbot.keyClick(g.started, Qt.Key.Key_Return)
    assert not g.errors["started_on"].isVisible()

    # -- milestones: a missing date, an actual date before the start ----------------------------
    pane = tab.part_panes["milestone"]
    tab.pages.setCurrentWidget(tab.milestone_page)

    def milestones(d):  # Nye milepæle …: a small table, one row a milestone
        first = d.rows[0]
        type_into(qtbot, first.title, "1. styregruppemøde")
        ok(d)
        assert d.isVisible() and first.error.isVisible()
        assert "mangler en dato" in first.error.text()
        assert first.title.text() == "1. styregruppemøde"  # nothing typed is lost
        type_into(qtbot, first.date, "august 2025")
        qtbot.mouseClick(d.more, Qt.MouseButton.LeftButton)
        second = d.rows[1]
        assert second.date.text() == "september 2025"  # the month after the row above
        type_into(qtbot, second.title, "Foranalyse gennemført og PID udarbejdet")
        type_into(qtbot, second.date, "juni 2025")
        choose(second.status, "Nået")
        type_into(qtbot, second.actual, "18-02-2025")
        ok(d)
        assert second.error.isVisible() and "før projektets start" in second.error.text()
        type_into(qtbot, second.actual, "18-06-2025")
        ok(d)
        assert not d.isVisible()
    run(qtbot, pane.add_button, milestones)
    rows = [(pane.proxy.index(r, 0).data(), pane.proxy.index(r, 1).data(), pane.proxy.index(r, 3).data())
            for r in range(pane.proxy.rowCount())]
    assert rows == [("Foranalyse gennemført og PID udarbejdet", "juni 2025", "Nået"),
                    ("1. styregruppemøde", "august 2025", "Forsinket")]  # overdue on 1 October

    # -- organisation -----------------------------------------------------------------------------
    tab.pages.setCurrentWidget(tab.org)

    def group(kind):
        def fill(d):
            choose(d.widgets["kind"], kind)
            ok(d)
        return fill
    run(qtbot, tab.org.buttons["group"], group("Styregruppe"))
    run(qtbot, tab.org.buttons["group"], group("Projektgruppe"))

    def seat(who, role, answer=None, expect_error=False):
        def fill(d):
            type_into(qtbot, d.widgets["holder"], who)
            choose(d.widgets["role"], role)
            if answer is not None:
                drive(lambda box: box.button(answer).click(), [])
            ok(d)
            if expect_error:
                assert d.isVisible() and d.errors["role"].isVisible()
                assert "allerede formand" in d.errors["role"].text()
        return fill

    def select_group(name):
        tree = tab.org.tree
        tree.setCurrentItem(next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                                 if tree.topLevelItem(i).text(0) == name))

    select_group("Styregruppe")
    run(qtbot, tab.org.buttons["seat"], seat("KL", "Formand"))
    select_group("Styregruppe")
    run(qtbot, tab.org.buttons["seat"], seat("MedCom", "Projektejer"))
    select_group("Styregruppe")
    # KL as projektejer too: asked, the user says no, nothing is saved.
    run(qtbot, tab.org.buttons["seat"], seat("KL", "Projektejer", QMessageBox.StandardButton.No,
                                             expect_error=True))
    select_group("Styregruppe")
    run(qtbot, tab.org.buttons["seat"], seat("Aalborg Kommune", "Seniorbruger"))
    select_group("Projektgruppe")
    run(qtbot, tab.org.buttons["seat"], seat("Jørgen Hougaard", "Projektleder"))
    groups = {gv.name: [(s.holder, s.role.value) for s in gv.seats] for gv in current(tab).groups}
    assert groups == {"Styregruppe": [("KL", "chair"), ("MedCom", "project_owner"),
                                      ("Aalborg Kommune", "senior_user")],
                      "Projektgruppe": [("Jørgen Hougaard", "project_manager")]}

    # -- two status notes -------------------------------------------------------------------------
    notes = tab.part_panes["note"]
    for day, rag, text in (("13-06-2025", "Grøn", "Debat på Folkemødet."),
                           ("18-06-2025", "Gul", "PID udarbejdet; styregruppe i august.")):
        def note(d, day=day, rag=rag, text=text):
            type_into(qtbot, d.widgets["noted_on"], day)
            choose(d.widgets["rag"], rag)
            type_into(qtbot, d.widgets["text"], text)
            ok(d)
        run(qtbot, notes.add_button, note)
    assert [notes.proxy.index(r, 1).data() for r in range(notes.proxy.rowCount())] == ["Gul", "Grøn"]
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == MASKING)
    assert tab.proxy.index(row, 2).data() == "Gul"
    assert tab.proxy.index(row, 3).data() == "1. styregruppemøde (august 2025) – forsinket"

    # -- financing: an amount that is not a number ------------------------------------------------
    money = tab.part_panes["financing"]

    def financing(d):
        type_into(qtbot, d.widgets["source"], "ØA 2026")
        type_into(qtbot, d.widgets["model"], "K-98-løsning")
        type_into(qtbot, d.widgets["amount_dkk"], "alle kommuner")
        type_into(qtbot, d.widgets["year"], "2026")
        ok(d)
        assert d.errors["amount_dkk"].isVisible() and "ikke et tal" in d.errors["amount_dkk"].text()
        assert d.widgets["model"].text() == "K-98-løsning"
        type_into(qtbot, d.widgets["amount_dkk"], "")
        ok(d)
    run(qtbot, money.add_button, financing)
    f = current(tab).financing
    assert [(x.source, x.model, x.amount_dkk, x.year) for x in f] == [("ØA 2026", "K-98-løsning", None, 2026)]

    # -- undo and redo, with Danish step names ----------------------------------------------------
    stack = tab.ctx.undo_stack
    assert stack.undoText() == "Ny finansiering »ØA 2026«"
    stack.undo()
    assert current(tab).financing == () and money.proxy.rowCount() == 0
    assert stack.undoText() == "Nyt statusnotat"
    stack.undo()
    assert [n.noted_on.day for n in current(tab).notes] == [13]
    stack.redo()
    stack.redo()
    p = current(tab)
    assert len(p.notes) == 2 and p.financing[0].source == "ØA 2026" and p.rag.value == "amber"


def test_the_timeline_is_saved_as_a_png_for_a_slide(qtbot, demo_store, tmp_path):
    from PySide6.QtGui import QImage

    ctx = AppContext(demo_store)
    widget = ProjectsTab(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    assert widget.pages.currentWidget() is widget.milestone_page  # the timeline shows first
    path = widget.save_timeline(str(tmp_path / "tidslinje"))
    img = QImage(str(path))
    assert path.suffix == ".png" and (img.width(), img.height()) == (1600, 480)
    qtbot.waitUntil(lambda: widget.timeline.scale is not None)  # painted on screen as well
    tl = widget.timeline
    x = tl.scale.x(dt.date(2025, 8, 15))  # the month-only steering-group meeting
    assert tl.tip_at(x) == "◆ 1. styregruppemøde: august 2025 (planlagt – forsinket)"
    assert tl.tip_at(tl.scale.x(dt.date(2025, 6, 13))).startswith("● 13-06-2025 grøn: Debat på Folkemødet")


def test_the_save_button_asks_where_and_saves_the_timeline(qtbot, demo_store, tmp_path, monkeypatch):
    """»Gem tidslinje som PNG …« clicked with the mouse asks for a file name and writes
    the picture there (the button's click once reached the step as a path)."""
    from PySide6.QtWidgets import QFileDialog, QPushButton

    asked = []
    target = tmp_path / "Tidslinje til slide.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: asked.append(args) or (str(target), "PNG-billede (*.png)"))
    ctx = AppContext(demo_store)
    widget = ProjectsTab(ctx, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    button = next(b for b in widget.findChildren(QPushButton) if b.text() == "Gem tidslinje som PNG …")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert target.is_file() and target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hostile_and_overlong_names_are_handled_at_the_field(qtbot, tab):
    hostile = "<b>Fed</b> & \x07klokke"

    def new(d):
        type_into(qtbot, d.widgets["name"], "x" * 301)
        ok(d)
        assert d.isVisible() and "for lang" in d.errors["name"].text()
        assert d.widgets["name"].text() == "x" * 301  # nothing typed is lost
        d.widgets["name"].setText(hostile)
        ok(d)
    run(qtbot, tab.new_button, new)
    assert tab.project.name == "<b>Fed</b> & klokke"  # the control character is dropped
    assert tab.title.textFormat() == Qt.TextFormat.PlainText and tab.title.text() == tab.project.name
    g = tab.general
    type_into(qtbot, g.name, "")
    qtbot.keyClick(g.name, Qt.Key.Key_Return)
    assert g.errors["name"].isVisible() and "skal udfyldes" in g.errors["name"].text()
    assert current(tab).name == "<b>Fed</b> & klokke"  # nothing half-saved
    # Another project's name is refused at the field as well.
    type_into(qtbot, g.name, "Udrulning af FK-OSS")
    qtbot.keyClick(g.name, Qt.Key.Key_Return)
    assert "findes allerede" in g.errors["name"].text() and g.name.text() == "Udrulning af FK-OSS"
