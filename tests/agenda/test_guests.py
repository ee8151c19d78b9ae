"""Guests without the register, and Fremmøde og afbud in sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kkrdesk.core.enums import AttendanceMode, AttendanceStatus
from kkrdesk.core.errors import ValidationError
from kkrdesk.export.attendance_text import sentences
from kkrdesk.services.agenda import presenters
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import guests
from kkrdesk.services.agenda import meetings
from kkrdesk.services.agenda import minutes
from kkrdesk.services.participants import people as participants
from kkrdesk.views.agenda import AttendanceView, PresenterInput

S = AttendanceStatus


def row(pid, name, org, status, *, sub_for=None, sub_name="", guest=False, online=False):
    return AttendanceView(pid, name, org, status,
                          AttendanceMode.ONLINE if online else AttendanceMode.IN_PERSON,
                          sub_for, sub_name, guest, "")


def test_sentences_the_way_a_danish_referat_puts_it():
    rows = (row(1, "Vivi Orthmann", "Region Sjælland", S.APOLOGIES),
            row(2, "Niels Rygaard", "Aalborg Kommune", S.ABSENT),
            row(3, "Tom Have Kristensen", "Aalborg Kommune", S.ABSENT),
            row(4, "Poul Erik Kristensen", "KL", S.PRESENT),
            row(5, "Iben Søgaard", "MedCom", S.PRESENT, guest=True, online=True))
    assert sentences(rows) == [
        "Vivi Orthmann (Region Sjælland) havde meldt afbud.",
        "Niels Rygaard (Aalborg Kommune) og Tom Have Kristensen (Aalborg Kommune) udeblev uden afbud.",
        "Som gæst deltog Iben Søgaard (MedCom, online).",
    ]
    assert sentences((row(4, "Poul Erik Kristensen", "KL", S.PRESENT),)) == ["Der var ingen afbud."]


@pytest.fixture
def planned(store):
    mid = meetings.create_meeting(store, date=dt.date(2025, 9, 10))
    item = agenda.insert_item(store, mid, title="Patientinddragelse")
    presenters.set_presenters(store, item, [PresenterInput("Anna Berg", "Danske Patienter")])
    return mid


def test_presenters_are_offered_first_and_a_typed_guest_is_no_member(store, planned):
    from kkrdesk.views.participants import PersonFields

    pid = participants.add_person(store, PersonFields(name="Jens Hansen"))
    offered = guests.choices(store, planned)
    assert offered[0].text == "Anna Berg, Danske Patienter (oplægsholder)"
    assert [c.person_id for c in offered[1:]] == [pid]
    added = guests.add_guest(store, planned, "Anna Berg", "Danske Patienter")
    rows = minutes.roster(store, planned)
    anna = next(r for r in rows if r.name == "Anna Berg")
    assert anna.role is None and anna.state.is_guest and anna.state.status == S.PRESENT
    assert anna.organisation == "Danske Patienter"
    assert "Anna Berg" not in {c.name for c in guests.choices(store, planned)}  # listed now
    with pytest.raises(ValidationError, match="allerede"):
        guests.add_guest(store, planned, "", person_id=added.person_id)
    guests.remove_guest(store, planned, added)
    assert minutes.roster(store, planned) == []
    assert "Anna Berg" not in {p.name for p in participants.list_people(store)}
    with pytest.raises(ValidationError, match="navn"):
        guests.add_guest(store, planned, "  ", "KL")


def _next_dialog(fill, problems):
    def go():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, go)
            return
        try:
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            problems.append(exc)
        if dialog.isVisible():
            dialog.reject()
    QTimer.singleShot(0, go)


def test_guests_on_an_empty_register_through_the_fremmoede_pane(qtbot, store, planned):
    from kkrdesk.ui.agenda.tab import AgendaTab
    from kkrdesk.ui.context import AppContext

    ctx = AppContext(store)
    tab = AgendaTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    ctx.select_meeting(planned)
    tab.refresh()
    pane = tab.attendance_pane
    tab.side.setCurrentWidget(pane)
    assert pane.empty_hint.isVisible() and "Tilføj gæst" in pane.empty_hint.text()
    problems = []

    def pick_presenter(dialog):
        first = dialog.list.item(0)
        assert first.text() == "Anna Berg, Danske Patienter (oplægsholder)"
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.list.visualItemRect(first).center())
        assert dialog.name.text() == "Anna Berg"
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    _next_dialog(pick_presenter, problems)
    qtbot.mouseClick(pane.guest_button, Qt.MouseButton.LeftButton)

    def type_guest(dialog):
        qtbot.keyClicks(dialog.name, "Lise Holm")
        qtbot.keyClicks(dialog.organisation, "Sundhedsdatastyrelsen")
        qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)

    _next_dialog(type_guest, problems)
    qtbot.mouseClick(pane.guest_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    names = {r.name: r for r in minutes.roster(store, planned)}
    assert set(names) == {"Anna Berg", "Lise Holm"}
    assert all(r.state.is_guest and r.role is None for r in names.values())
    assert not pane.empty_hint.isVisible()
    assert pane.model.rowCount() == 2
    assert ctx.undo_stack.undoText() == "Tilføj Lise Holm som gæst"
    ctx.undo_stack.undo()
    assert {r.name for r in minutes.roster(store, planned)} == {"Anna Berg"}
