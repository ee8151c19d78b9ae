"""Between the wings: the seed's 13.00 item presents the identity-masking project; the
project lists the meeting; one click jumps either way; *Indsæt seneste status* puts
the latest status note in the item (one undo step). In Deltagere a person's project
roles show, and replacing a member offers their project seats to the successor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kkrdesk.services.agenda import meetings
from kkrdesk.services.projects import portfolio as projects

MASKING = "Identitetssløring i kommunerne"


@pytest.fixture
def window(laptop_window):
    laptop_window.refresh()
    laptop_window.show()
    return laptop_window


def _select_item(tab, title_start: str):
    model = tab.model
    for r in range(model.rowCount()):
        idx = model.index(r, 0)
        if model.item(idx).title.startswith(title_start):
            tab.view.setCurrentIndex(idx)
            return model.item(idx)
    raise AssertionError(title_start)


def test_agenda_item_and_project_link_both_ways(qtbot, window, june18):
    agenda = window.agenda_tab
    item = _select_item(agenda, "Status for projekt om identitetssløring")
    assert meetings.get_detail(window.ctx.store, june18).items[int(item.number) - 1].start_min == 13 * 60
    links = window.project_links
    go, status, _drop = links.buttons[projects.find_by_name(window.ctx.store, MASKING).id]
    assert go.text() == f"→ {MASKING}"
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    tab = window.projects_tab
    assert window.tabs.currentWidget() is tab and tab.project.name == MASKING
    listed = [tab.links.list.item(i).text() for i in range(tab.links.list.count())]
    assert listed == [f"18-06-2025  punkt {item.number}: {item.title}"]
    tab.pages.setCurrentWidget(tab.links)
    tab.links.list.setCurrentRow(0)
    rect = tab.links.list.visualItemRect(tab.links.list.item(0))
    qtbot.mouseClick(tab.links.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.links.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is agenda and agenda.current_item().id == item.id

    # Presenting it: the latest status note goes into the item's description, one undo step.
    links = window.project_links
    _go, status, _drop = links.buttons[tab.project.id]
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    latest = tab.project.notes[-1]
    expected = f"Status for {MASKING} pr. 18-06-2025 (grøn): {latest.text}"
    qtbot.waitUntil(lambda: agenda.current_item().description.endswith(expected))
    assert agenda.item_pane.description.toPlainText().endswith(expected)
    assert window.ctx.undo_stack.undoText() == f"Indsæt seneste status for »{MASKING}«"
    window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: agenda.current_item().description == item.description)


def test_linking_another_item_from_the_agenda(qtbot, window):
    agenda = window.agenda_tab
    item = _select_item(agenda, "Eventuelt")
    links = window.project_links
    assert links.buttons == {}
    idx = links.chooser.findText("Udrulning af FK-OSS")
    links.chooser.setCurrentIndex(idx)
    links.chooser.activated.emit(idx)
    qtbot.waitUntil(lambda: item.id in [link.item_id for link in projects.find_by_name(
        window.ctx.store, "Udrulning af FK-OSS").links])
    fkoss = projects.find_by_name(window.ctx.store, "Udrulning af FK-OSS")
    assert item.id in [link.item_id for link in fkoss.links]
    assert fkoss.id in links.buttons
    window.ctx.undo_stack.undo()
    assert item.id not in [link.item_id for link in projects.find_by_name(window.ctx.store, "Udrulning af FK-OSS").links]


def _ok(d):
    d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_replacing_a_member_in_deltagere_carries_into_the_project_group(qtbot, window):
    part = window.participants_tab
    window.tabs.setCurrentWidget(part)
    people = {p.name: p.id for p in part.people.rows()}
    part.select_person(people["Kristina Farsinsen"])
    panel = part.memberships
    groups = {panel.proxy.index(r, 0).data(): panel.proxy.index(r, 1).data()
              for r in range(panel.proxy.rowCount())}
    assert groups[f"Projektgruppe – {MASKING}"] == "Medlem"  # her project role shows here
    network_row = next(r for r in range(panel.proxy.rowCount())
                       if not panel.proxy.index(r, 0).data().startswith("Projektgruppe"))
    panel.view.selectRow(network_row)
    asked: list[str] = []

    def answer_yes():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, answer_yes)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def replace():
        d = QApplication.activeModalWidget()
        if d is None:
            QTimer.singleShot(5, replace)
            return
        d.person_box.setEditText("Iben Søgaard, MedCom")
        d.add_button.click()
        d.date.setText("01-09-2025")
        QTimer.singleShot(0, answer_yes)
        _ok(d)
    QTimer.singleShot(0, replace)
    panel.replace_button.click()
    qtbot.waitUntil(lambda: bool(asked))
    assert "Kristina Farsinsen sidder også i projektgrupper" in asked[0]
    assert f"Projektgruppe – {MASKING} (medlem)" in asked[0] and "Iben Søgaard" in asked[0]
    group = next(g for g in projects.find_by_name(window.ctx.store, MASKING).groups
                 if g.name == "Projektgruppe")
    seats = {s.holder: s for s in group.seats}
    assert seats["Kristina Farsinsen"].end_date == dt.date(2025, 9, 1)
    assert seats["Iben Søgaard"].replaces_name == "Kristina Farsinsen"
    assert window.ctx.undo_stack.undoText() == "Overtag Kristina Farsinsens pladser i projektgrupper"
    window.ctx.undo_stack.undo()
    group = next(g for g in projects.find_by_name(window.ctx.store, MASKING).groups
                 if g.name == "Projektgruppe")
    assert "Iben Søgaard" not in {s.holder for s in group.seats}
    assert all(s.end_date is None for s in group.seats)


def test_the_item_s_project_picker_offers_a_project_made_meanwhile(qtbot, window):
    """The picker under an agenda item lists every project; one created in Projekter
    afterwards is offered at once, and a renamed one under its new name."""
    from kkrdesk.views.projects import ProjectFields

    agenda = window.agenda_tab
    _select_item(agenda, "Velkomst")
    chooser = window.project_links.chooser
    before = [chooser.itemText(i) for i in range(chooser.count())]
    assert not any("Sygeplejefaglig" in t for t in before)
    pid = projects.create_project(window.ctx.store, ProjectFields(name="Sygeplejefaglig dokumentation"))
    _select_item(agenda, "Meddelelser")
    assert any(chooser.itemText(i) == "Sygeplejefaglig dokumentation" for i in range(chooser.count()))
    fields = projects.get_project(window.ctx.store, pid)
    projects.update_project(window.ctx.store, pid, ProjectFields(
        name="Sygeplejefaglig dokumentation 2026", description=fields.description,
        phase=fields.phase))
    texts = [chooser.itemText(i) for i in range(chooser.count())]
    assert "Sygeplejefaglig dokumentation 2026" in texts and "Sygeplejefaglig dokumentation" not in texts
