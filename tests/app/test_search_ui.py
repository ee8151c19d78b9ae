"""The window's search field as a user drives it: Ctrl+F, type, arrow keys, Enter (or a
double-click) opens the record in its own tab; Esc closes. The records expected are
read from the database with the test's own SQL."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kkrdesk.ui.search.model import HIT_ROLE


@pytest.fixture
def window(shown_laptop_window):
    return shown_laptop_window


def one(store, sql: str, *args):
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as con:
        return con.execute(sql, args).fetchone()


def search_for(qtbot, window, words: str):
    """Ctrl+F, type ``words``; wait for the results."""
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.search_field
    assert field.hasFocus()
    QTest.keyClicks(field, words)
    panel = window.search.panel
    qtbot.waitUntil(lambda: panel.isVisible() and not window.search.timer.isActive())
    return field, panel


def shown(panel) -> list[tuple[str, str]]:
    """(group heading, hit title) of every hit, in the order shown."""
    model, out = panel.model, []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out += [(group.data(), model.index(r, 0, group).data())
                for r in range(model.rowCount(group)) if model.index(r, 0, group).data(HIT_ROLE)]
    return out


def press(field, key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(field, key)


def test_ctrl_f_a_name_and_enter_opens_the_person_in_deltagere(qtbot, window):
    person = one(window.ctx.store, "SELECT id FROM person WHERE name = 'Kristina Farsinsen'")[0]
    field, panel = search_for(qtbot, window, "farsin")  # also in the referat of Velkomst
    assert shown(panel)[0] == ("Personer (1)", "Kristina Farsinsen")  # the name leads
    press(field, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.participants_tab
    assert window.participants_tab.selected_person().id == person
    assert not panel.isVisible()


def test_arrow_keys_move_to_the_second_hit_and_enter_opens_that_agenda_item(qtbot, window):
    field, panel = search_for(qtbot, window, "orientering om")
    hits = shown(panel)
    assert hits[0][0].startswith("Dagsordenspunkter") and hits[1][0] == hits[0][0]
    window.tabs.setCurrentWidget(window.projects_tab)  # the jump has to switch tab
    field.setFocus()
    press(field, Qt.Key.Key_Down)
    press(field, Qt.Key.Key_Down)
    press(field, Qt.Key.Key_Up)
    press(field, Qt.Key.Key_Enter)
    item = one(window.ctx.store, "SELECT id FROM agenda_item WHERE title = ?", hits[1][1])[0]
    assert window.tabs.currentWidget() is window.agenda_tab
    assert window.agenda_tab.current_item().id == item


def test_a_proposal_opens_in_sor_forslag(qtbot, window):
    pid, title = one(window.ctx.store, "SELECT id, title FROM sor_proposal ORDER BY id DESC")
    field, panel = search_for(qtbot, window, title)
    assert ("SOR-forslag (1)", title) in shown(panel)
    while panel.current_choice().kind != "proposal":
        press(field, Qt.Key.Key_Down)
    press(field, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.sor_tab
    assert window.sor_tab.current.id == pid


def test_a_double_click_opens_a_project(qtbot, window):
    pid, name = one(window.ctx.store, "SELECT id, name FROM project ORDER BY id DESC")
    _field, panel = search_for(qtbot, window, name)
    index = next(i for i in _hit_indexes(panel) if i.data(HIT_ROLE).kind == "project")
    view = panel.view
    view.scrollTo(index)
    where = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # Qt 6: a click
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # before the double
    assert window.tabs.currentWidget() is window.projects_tab
    assert window.projects_tab.selected_project() == (pid, name)


def _hit_indexes(panel):
    model = panel.model
    return [model.index(r, 0, model.index(g, 0)) for g in range(model.rowCount())
            for r in range(model.rowCount(model.index(g, 0)))
            if model.index(r, 0, model.index(g, 0)).data(HIT_ROLE)]


def test_a_meeting_found_by_its_date_becomes_the_agenda_shown(qtbot, window):
    nov = one(window.ctx.store, "SELECT id FROM meeting WHERE date = '2025-11-05'")[0]
    field, panel = search_for(qtbot, window, "05-11-2025")
    assert shown(panel)[0][0] == "Møder (1)"
    press(field, Qt.Key.Key_Return)
    assert window.ctx.meeting_id == nov
    assert "5. november 2025" in window.agenda_tab.title.text()


def test_an_organisation_opens_deltagere_showing_its_people(qtbot, window):
    field, panel = search_for(qtbot, window, "aalborg kommune")
    while panel.current_choice().kind != "organisation":
        press(field, Qt.Key.Key_Down)
    press(field, Qt.Key.Key_Return)
    tab = window.participants_tab
    assert window.tabs.currentWidget() is tab
    names = {tab.people_proxy.index(r, 0).data() for r in range(tab.people_proxy.rowCount())}
    assert names == {"Kristina Farsinsen", "Niels Rygaard", "Tom Have Kristensen"}


def test_danish_letters_in_the_field(qtbot, window):
    _field, panel = search_for(qtbot, window, "ÅRHUS")  # the municipality spells it Aarhus
    assert ("Organisationer (1)", "Aarhus Kommune") in shown(panel)


def test_esc_closes_the_results_and_a_second_esc_empties_the_field(qtbot, window):
    field, panel = search_for(qtbot, window, "velkomst")
    press(field, Qt.Key.Key_Escape)
    assert not panel.isVisible() and field.text() == "velkomst"
    press(field, Qt.Key.Key_Escape)
    assert field.text() == "" and not field.hasFocus()


def test_nothing_found_says_so(qtbot, window):
    field, panel = search_for(qtbot, window, "zqxyvw")
    assert shown(panel) == [] and "Intet fundet" in panel.footer.text()
    press(field, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert window.tabs.currentWidget() is window.agenda_tab


def test_and_n_more_shows_the_rest_of_the_kind(qtbot, window):
    field, panel = search_for(qtbot, window, "a")
    before = shown(panel)
    heading = next(h for h, _t in before if h.startswith("Organisationer"))
    total = int(heading.split("(")[1].rstrip(")"))
    assert sum(1 for h, _t in before if h == heading) < total
    while panel.current_choice() != "organisation":
        press(field, Qt.Key.Key_Down)
    press(field, Qt.Key.Key_Return)
    assert sum(1 for h, _t in shown(panel) if h == heading) == total
    assert panel.isVisible()


def test_the_results_follow_a_change_in_the_data(qtbot, window):
    from kkrdesk.services.participants import people
    from kkrdesk.views.participants import PersonFields

    _field, panel = search_for(qtbot, window, "zqxnyperson")
    people.add_person(window.ctx.store, PersonFields(name="Zqxnyperson Åberg"))
    assert shown(panel) == [("Personer (1)", "Zqxnyperson Åberg")]
