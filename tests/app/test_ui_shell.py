"""The main window as a user meets it, and every item model through qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow
from kkrdesk.ui.agenda.model import AgendaModel
from kkrdesk.ui.table_model import RowTableModel
from kkrdesk.ui.participants import tab as participants_tab
from kkrdesk.ui.projects import list_model


@pytest.fixture
def window(qtbot, demo_store):
    ctx = AppContext(demo_store)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.refresh()
    win.show()
    return win


def test_four_danish_tabs_and_the_demo_meeting_shown(window):
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Dagsorden", "SOR-forslag", "Projekter", "Deltagere"]
    assert "onsdag d. 18. juni 2025" in window.agenda_tab.title.text()
    model = window.agenda_tab.model
    assert model.rowCount() == 11
    assert model.index(0, 1).data() == "12.00–12.10"
    assert model.index(10, 2).data() == "Eventuelt"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Filer", "&Rediger", "&Vis", "&Hjælp"]


def test_choosing_another_meeting_shows_its_agenda(window, qtbot):
    box = window.meeting_box
    nov = box.findData(meetings.find_by_date(window.ctx.store, dt.date(2025, 11, 5)).id)
    box.setCurrentIndex(nov)
    assert "5. november 2025" in window.agenda_tab.title.text()
    titles = [window.agenda_tab.model.index(r, 2).data()
              for r in range(window.agenda_tab.model.rowCount())]
    assert titles == ["Velkomst", "Godkendelse af referat fra mødet d. 18. juni 2025",
                      "Meddelelser", "Pause", "Kommunale prøvesvar", "Eventuelt"]


def test_selecting_an_item_shows_its_sub_points(window, qtbot):
    view = window.agenda_tab.view
    view.setCurrentIndex(window.agenda_tab.model.index(0, 0))
    assert "Kort præsentationsrunde" in window.agenda_tab.item_pane.sub_points.toPlainText()


def test_participant_search_filters_as_you_type(window, qtbot):
    tab = window.participants_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.search, "Aalborg")
    names = {tab.people_proxy.index(r, 0).data() for r in range(tab.people_proxy.rowCount())}
    assert names == {"Kristina Farsinsen", "Niels Rygaard", "Tom Have Kristensen"}


def test_sor_tab_marks_the_unanswered_round(window):
    assert window.sor_tab.model.rowCount() == 0  # hidden tabs load when first shown
    window.tabs.setCurrentWidget(window.sor_tab)
    rounds = window.sor_tab.rounds_pane.rounds
    states = [rounds.index(r, 4).data() for r in range(rounds.rowCount())]
    # Sent to SDS on 3 June 2025 and never answered: long past the weeks SDS is given.
    assert states[0].startswith("Besvaret") and states[1].startswith("Intet svar fra SDS")
    assert rounds.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_projects_tab_shows_identity_masking_first(window):
    tab = window.projects_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.model.index(0, 0).data() == "Identitetssløring i kommunerne"
    groups = [tab.org.tree.topLevelItem(i).text(0) for i in range(tab.org.tree.topLevelItemCount())]
    assert groups == ["Styregruppe", "Projektgruppe"]
    milestones = tab.part_panes["milestone"].proxy
    planned = [milestones.index(r, 1).data() for r in range(milestones.rowCount())]
    assert "august 2025" in planned


def test_agenda_model_passes_modeltester(qtmodeltester, demo_store, june18):
    model = AgendaModel()
    model.set_detail(meetings.get_detail(demo_store, june18))
    qtmodeltester.check(model, force_py=True)
    model.set_detail(None)
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("columns, rows", [
    (participants_tab.PEOPLE_COLUMNS, participants.list_people),
    (participants_tab.HISTORY_COLUMNS, participants.list_memberships),
    (list_model.columns(dt.date(2025, 6, 18)), projects.list_projects),
])
def test_table_models_pass_modeltester(qtmodeltester, demo_store, columns, rows):
    model = RowTableModel(columns)
    model.set_rows(rows(demo_store))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_navigate_jumps_to_an_agenda_item_in_its_meeting(qtbot, demo_store):
    """A link from another wing (a proposal, a project) selects the item's meeting and the
    item in the Dagsorden tab."""
    from kkrdesk.services.agenda import meetings as meeting_service

    ctx = AppContext(demo_store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(3)
    june = meeting_service.find_by_date(demo_store, dt.date(2025, 6, 18))
    target = next(i for i in meeting_service.get_detail(demo_store, june.id).items
                  if "identitetssløring" in i.title.lower())
    other = next(m for m in meeting_service.list_meetings(demo_store) if m.id != june.id)
    ctx.select_meeting(other.id)
    ctx.navigate("agenda_item", target.id)
    assert window.tabs.currentWidget() is window.agenda_tab
    assert ctx.meeting_id == june.id
    assert window.agenda_tab.current_item().title == target.title
    ctx.navigate("agenda_item", 10_000_000)  # gone: a message, no crash, nothing changes
    assert window.agenda_tab.current_item().title == target.title


def test_navigate_to_a_person_selects_them_even_behind_a_search(window, qtbot, demo_store):
    """Every wing answers a jump (the frame calls show_record on the tab): a person
    hidden by the search box is shown, the search cleared."""
    tab = window.participants_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.search, "Aalborg")
    vivi = next(p for p in participants.list_people(demo_store) if p.name == "Vivi Orthmann")
    window.tabs.setCurrentIndex(0)
    window.ctx.navigate("person", vivi.id)
    assert window.tabs.currentWidget() is tab
    assert tab.search.text() == ""
    assert tab.selected_person().name == "Vivi Orthmann"


def test_a_link_section_from_another_wing_follows_the_selected_item(qtbot, demo_store):
    from PySide6.QtWidgets import QLabel

    class Links(QLabel):
        def show_item(self, item_id):
            self.setText("" if item_id is None else f"punkt {item_id}")

    ctx = AppContext(demo_store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tab = window.agenda_tab
    ctx.select_meeting(meetings.find_by_date(demo_store, dt.date(2025, 6, 18)).id)
    tab.refresh()
    links = Links()
    tab.item_pane.add_link_section("Forslag", links)
    assert links.text() == f"punkt {tab.current_item().id}"
    tab.view.setCurrentIndex(tab.model.index(2, 0))
    assert links.text() == f"punkt {tab.model.item(tab.model.index(2, 0)).id}"
