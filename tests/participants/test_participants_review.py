"""Regressions from the review of the Deltagere tab: the Erstat medlem dialog, deleting a
person without rewriting the history of held meetings, group names with their project,
singular counts, copying no e-mail addresses, a seat handed over twice."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kkrdesk.core.enums import GroupKind, MeetingStatus, Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.models import ActionItem, AgendaItem, Attendance, Group, Meeting, Presenter, Project
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import memberships, replacements
from kkrdesk.services.participants import people as participants
from kkrdesk.services.participants.memberships import MembershipFields
from kkrdesk.services.participants.people import PersonFields
from kkrdesk.ui.participants import actions as actions
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.participants.replace_dialog import ReplaceDialog

D18 = dt.date(2025, 6, 18)
JULY = dt.date(2025, 7, 1)  # "today": 18 June has been held, 5 November is still to come


def _person(store, name):
    return next(p for p in participants.list_people(store) if p.name == name)


def _org(store, name):
    return next(o.id for o in participants.list_organisations(store) if o.name == name)


def _dump(path) -> dict:
    """Every table's rows but their versions (an undo is a write and counts as one); the
    search index by what it holds (through its FTS5 table), not by the pages of its own
    tables, whose layout depends on the order of writes."""
    from kkrdesk.core.schema import SEARCH_INDEX, is_derived_table

    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "select name from sqlite_master where type='table' and name not like 'sqlite_%'")
            if r[0] == SEARCH_INDEX or not is_derived_table(r[0])]
        out = {}
        for t in tables:
            names = ", ".join(f'"{c[1]}"' for c in con.execute(f'PRAGMA table_info("{t}")')
                              if c[1] != "version")
            out[t] = sorted(map(repr, con.execute(f'select {names} from "{t}"')))
        return out
    finally:
        con.close()


# -- 4. the Erstat medlem dialog ----------------------------------------------------------------


@pytest.fixture
def kristina_seat(demo_store):
    kristina = _person(demo_store, "Kristina Farsinsen")
    return memberships.memberships_of_person(demo_store, kristina.id)[0]


def _dialog(qtbot, store, seat):
    d = ReplaceDialog(store, seat, today=dt.date(2025, 9, 1))
    qtbot.addWidget(d)
    d.show()
    return d


def test_picking_a_name_adds_the_person(qtbot, demo_store, kristina_seat):
    d = _dialog(qtbot, demo_store, kristina_seat)
    edit = d.person_box.lineEdit()
    edit.setFocus()
    QTest.keyClicks(edit, "Gitte N")
    popup = d.person_box.completer().popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.person_box.currentText() == "")
    gitte = _person(demo_store, "Gitte Nørgaard Aid").id
    assert d.successor_ids() == [gitte] and d.isVisible()
    # a name typed in full and Return: added, and the dialog stays open
    QTest.keyClicks(edit, "Stine Bonde, " + _person(demo_store, "Stine Bonde").organisation)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert d.successor_ids() == [gitte, _person(demo_store, "Stine Bonde").id] and d.isVisible()
    # a choice in the list itself
    d.person_box.activated.emit(d.person_box.findData(_person(demo_store, "Rasmus Rose").id))
    assert len(d.successor_ids()) == 3


def test_erstat_takes_the_person_shown_in_the_box(qtbot, demo_store, kristina_seat):
    d = _dialog(qtbot, demo_store, kristina_seat)
    rasmus = _person(demo_store, "Rasmus Rose")
    d.person_box.setCurrentIndex(d.person_box.findData(rasmus.id))
    d.accept()
    assert d.result() == d.DialogCode.Accepted and d.result_values["successor_ids"] == [rasmus.id]


def test_part_of_a_name_is_enough_when_it_fits_one_person(qtbot, demo_store, kristina_seat):
    d = _dialog(qtbot, demo_store, kristina_seat)
    edit = d.person_box.lineEdit()
    QTest.keyClicks(edit, "gitte")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert d.successor_ids() == [] and d.isVisible()
    assert d.error.text() == "»gitte« passer på flere personer; vælg den rigtige fra listen."
    d.person_box.setEditText("nørgaard")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert d.successor_ids() == [_person(demo_store, "Gitte Nørgaard Aid").id]
    assert d.error.isHidden() and d.isVisible()


def test_the_error_goes_when_the_list_changes(qtbot, demo_store, kristina_seat):
    d = _dialog(qtbot, demo_store, kristina_seat)
    d.accept()
    assert d.isVisible() and d.error.text() == "Vælg mindst én person, der overtager pladsen."
    d.add_person(_person(demo_store, "Rasmus Rose").id)
    assert d.error.isHidden() and d.error.text() == ""


def test_service_refusals_are_shown_in_the_open_dialog(qtbot, demo_store, kristina_seat):
    d = _dialog(qtbot, demo_store, kristina_seat)
    d.note.setPlainText("Skiftet efter valget")
    d.add_person(_person(demo_store, "Niels Vingborg").id)  # already a member of the network
    d.accept()
    assert d.isVisible() and "Niels Vingborg har allerede en plads som medlem" in d.error.text()
    d.successors.clear()
    d.add_person(_person(demo_store, "Rasmus Rose").id)
    d.date.set_date(dt.date(2020, 1, 1))
    d.accept()
    assert d.isVisible() and d.error.text().startswith("Datoen ligger før medlemskabet begyndte")
    assert d.note.toPlainText() == "Skiftet efter valget"  # nothing typed is lost
    assert memberships.memberships_of_person(demo_store, kristina_seat.person_id)[0].end_date is None


# -- 12. a seat is handed over once -------------------------------------------------------------


def test_a_seat_that_has_a_successor_cannot_be_replaced_again(demo_store):
    vivi = _person(demo_store, "Vivi Orthmann")
    seat = memberships.memberships_of_person(demo_store, vivi.id)[0]
    assert seat.replaced_by_names
    rasmus = _person(demo_store, "Rasmus Rose").id
    with pytest.raises(ValidationError, match="Pladsen er allerede overtaget af Niels Vingborg og "
                                              "Sudarvili Vaithialingam"):
        replacements.replace_member(demo_store, seat.id, [rasmus], dt.date(2025, 9, 1))
    with pytest.raises(ValidationError, match="allerede overtaget"):
        replacements.check_replace(demo_store, seat.id, [rasmus], dt.date(2025, 9, 1))


# -- 5. deleting a person never rewrites a held meeting --------------------------------------------


def test_a_person_in_a_held_meeting_cannot_be_deleted(demo_store, demo_path, june18):
    before = _dump(demo_path)
    for name in ("Poul Erik Kristensen", "Sabina Hedefeld Leopold", "Kristina Farsinsen"):
        person = _person(demo_store, name)
        assert participants.person_usage(demo_store, person.id, JULY).held
        with pytest.raises(ValidationError, match=f"{name} kan ikke slettes.*»Afslut i dag«"):
            participants.delete_people(demo_store, [person.id], JULY)
    assert _dump(demo_path) == before
    assert meetings.get_detail(demo_store, june18).meeting.chair_name == "Poul Erik Kristensen"


def test_a_planned_meeting_dated_before_today_is_history_too(demo_store):
    x = participants.add_person(demo_store, PersonFields("Xenia Test"))
    with demo_store.transaction("meetings") as s:
        later = s.query(Meeting).filter(Meeting.date == dt.date(2025, 11, 5)).one()
        assert later.status == MeetingStatus.PLANNED
        s.add(Attendance(meeting_id=later.id, person_id=x))
    assert participants.person_usage(demo_store, x, JULY).held == 0
    assert participants.person_usage(demo_store, x, dt.date(2026, 1, 1)).held == 1
    with pytest.raises(ValidationError, match="Xenia Test kan ikke slettes"):
        participants.delete_people(demo_store, [x], dt.date(2026, 1, 1))


def test_planned_meetings_keep_the_name_as_text_and_undo_is_exact(demo_store, demo_path):
    org = _org(demo_store, "Vejle Kommune")
    x = participants.add_person(demo_store, PersonFields("Xenia Test", organisation_id=org))
    memberships.add_membership(demo_store, x, MembershipFields(Role.MEMBER))
    with demo_store.transaction("meetings") as s:
        later = s.query(Meeting).filter(Meeting.date == dt.date(2025, 11, 5)).one()
        later.chair_id = x
        item = AgendaItem(meeting_id=later.id, title="Nyt fra Vejle", position=1)
        s.add(item)
        s.flush()
        s.add(Presenter(item_id=item.id, person_id=x, position=0))
        s.add(ActionItem(meeting_id=later.id, what="Sende listen", who_person_id=x))
        s.add(Attendance(meeting_id=later.id, person_id=x))
        later_id, item_id = later.id, item.id
    usage = participants.person_usage(demo_store, x, JULY)
    assert (usage.held, usage.memberships, usage.attendance, usage.presenter, usage.actions,
            usage.cleared) == (0, 1, 1, 1, 1, 1)
    assert usage.describe() == (
        "1 medlemskab og 1 fremmøderegistrering til kommende møder slettes. Navnet står fortsat "
        "som tekst ved 1 oplæg på kommende møder og 1 opfølgningspunkt. Personen fjernes som "
        "mødeleder, referent eller »stedfortræder for« 1 sted på kommende møder.")
    before = _dump(demo_path)
    snap = participants.delete_people(demo_store, [x], JULY)
    detail = meetings.get_detail(demo_store, later_id)
    presenters = [p.text for p in detail.by_id[item_id].presenters]
    assert "Xenia Test, Vejle Kommune" in presenters
    assert [a.who for a in detail.actions if a.what == "Sende listen"] == ["Xenia Test"]
    assert all(a.name != "Xenia Test" for a in detail.attendance)
    participants.restore_snapshot(demo_store, snap)
    assert _dump(demo_path) == before


def test_the_tab_refuses_to_delete_a_person_of_a_held_meeting(qtbot, demo_store, monkeypatch):
    ctx = AppContext(demo_store)
    shown, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    pek = _person(demo_store, "Poul Erik Kristensen")
    assert actions.delete_person(None, ctx, pek.id, pek.name) is False
    assert shown and "»Afslut i dag«" in shown[0] and not asked
    assert participants.get_person(demo_store, pek.id).name == pek.name
    assert ctx.undo_stack.count() == 0


# -- 11. group names name their project ----------------------------------------------------------


def test_group_names_show_the_project(demo_store):
    with demo_store.transaction("participants") as s:
        p = Project(name="Udrulning af noget andet")
        s.add(p)
        s.flush()
        s.add(Group(name="Styregruppe", kind=GroupKind.STEERING_GROUP, project_id=p.id))
    names = [g.name for g in memberships.list_groups(demo_store)]
    assert names[0] == "KKR-digitaliseringsnetværket"
    assert {"Styregruppe – Identitetssløring i kommunerne",
            "Styregruppe – Udrulning af noget andet"} <= set(names)
    jh = _person(demo_store, "Jørgen Hougaard")
    assert {m.group_name for m in memberships.memberships_of_person(demo_store, jh.id)} == {
        "Projektgruppe – Identitetssløring i kommunerne"}


# -- 12. singular counts and an empty e-mail list ---------------------------------------------------


def test_import_of_one_person_says_person(qtbot, store, tmp_path):
    ctx = AppContext(store)
    said = []
    ctx.message.connect(said.append)
    path = tmp_path / "en.csv"
    path.write_text("Navn\nAnne\n", encoding="utf-8")
    table, preview = actions.read_import(ctx, path)
    actions.do_import(ctx, table, preview, skip_invalid=False)
    assert said[-1] == "1 person er importeret."


def test_copying_no_addresses_leaves_the_clipboard_alone(qtbot, store):
    ctx = AppContext(store)
    said = []
    ctx.message.connect(said.append)
    pid = participants.add_person(store, PersonFields("Anne Uden Mail"))
    memberships.add_membership(store, pid, MembershipFields(Role.MEMBER))
    QApplication.clipboard().setText("noget brugeren kopierede")
    assert actions.copy_emails(ctx) == ""
    assert QApplication.clipboard().text() == "noget brugeren kopierede"
    assert said[-1] == "Ingen nuværende medlemmer har en e-mailadresse; intet er kopieret."
