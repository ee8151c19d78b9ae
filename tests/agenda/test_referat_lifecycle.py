"""The referat's lifecycle: udkast -> udsendt -> godkendt by the next meeting, in the
services, in the Word header, and through the Dagsorden tab's own buttons and dialogs."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from docx import Document
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPushButton

from kkrdesk.core.enums import MeetingStatus, MinutesStatus
from kkrdesk.core.errors import ValidationError
from kkrdesk.export.minutes_docx import build_minutes
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import lifecycle as meeting_lifecycle
from kkrdesk.services.agenda import meetings
from kkrdesk.services.agenda import referat
from conftest import empty_next_meeting

NOV5 = dt.date(2025, 11, 5)
APPROVAL = "Godkendelse af referat fra mødet d. 18. juni 2025"


def _meeting(store, mid):
    return meetings.get_detail(store, mid).meeting


def test_the_demo_referat_is_sent_and_not_yet_approved(demo_store, june18):
    m = _meeting(demo_store, june18)
    assert m.minutes_status == MinutesStatus.SENT and m.minutes_sent_on == dt.date(2025, 6, 25)
    assert m.status == MeetingStatus.MINUTES_SENT and m.minutes_approved_on is None


def test_sending_is_dated_refused_before_the_meeting_and_undone(store):
    mid = meetings.create_meeting(store, date=dt.date(2025, 9, 10))
    with pytest.raises(ValidationError, match="ikke holdt endnu"):
        referat.send_minutes(store, mid, dt.date(2025, 9, 1), today=dt.date(2025, 9, 1))
    with pytest.raises(ValidationError, match="før mødet"):
        referat.send_minutes(store, mid, dt.date(2025, 9, 9), today=dt.date(2025, 9, 20))
    # held, but nothing recorded: no attendance, no notes, no decisions
    with pytest.raises(ValidationError, match="Der er intet at udsende"):
        referat.send_minutes(store, mid, dt.date(2025, 9, 15), today=dt.date(2025, 9, 20))
    assert _meeting(store, mid).minutes_status == MinutesStatus.DRAFT
    _record_a_decision(store, mid)
    old = referat.send_minutes(store, mid, dt.date(2025, 9, 15), today=dt.date(2025, 9, 20))
    m = _meeting(store, mid)
    assert (m.minutes_status, m.minutes_sent_on, m.status) == (
        MinutesStatus.SENT, dt.date(2025, 9, 15), MeetingStatus.MINUTES_SENT)
    referat.set_state(store, mid, old)
    m = _meeting(store, mid)
    assert (m.minutes_status, m.status) == (MinutesStatus.DRAFT, MeetingStatus.PLANNED)


def _record_a_decision(store, mid) -> None:
    item = agenda.insert_item(store, mid, title="Orientering fra sekretariatet")
    agenda.update_item(store, item, decision="Taget til efterretning.")


def test_next_meeting_approves_the_referat_by_deciding_its_item(demo_store, june18):
    empty_next_meeting(demo_store)
    nov = meeting_lifecycle.new_from_previous(demo_store, june18, NOV5)
    items = meetings.get_detail(demo_store, nov).items
    assert [i.title for i in items[:2]] == ["Velkomst", APPROVAL]
    item = items[1]
    assert item.approves_minutes_of == dt.date(2025, 6, 18)
    assert item.proposal == "Sekretariatet indstiller, at netværket godkender referatet."
    agenda.update_item(demo_store, item.id, decision="Ikke godkendt; tages op igen")
    assert _meeting(demo_store, june18).minutes_status == MinutesStatus.SENT
    old = agenda.update_item(demo_store, item.id, decision="Godkendt")
    m = _meeting(demo_store, june18)
    assert m.minutes_status == MinutesStatus.APPROVED
    assert (m.minutes_approved_on, m.minutes_approved_by_date) == (NOV5, NOV5)
    assert m.status == MeetingStatus.MINUTES_APPROVED
    agenda.update_item(demo_store, item.id, **old)  # what undo does
    m = _meeting(demo_store, june18)
    assert m.minutes_status == MinutesStatus.SENT and m.status == MeetingStatus.MINUTES_SENT
    # an approved referat is not put on the agenda again
    agenda.update_item(demo_store, item.id, decision="Godkendt med bemærkninger")
    later = meeting_lifecycle.new_from_previous(demo_store, june18, dt.date(2026, 3, 4))
    assert APPROVAL not in [i.title for i in meetings.get_detail(demo_store, later).items]


def _page_header(doc) -> str:
    return "\n".join(p.text for p in doc.sections[0].header.paragraphs)


def test_word_header_follows_the_lifecycle(demo_store, june18):
    doc = build_minutes(meetings.get_detail(demo_store, june18))
    assert _page_header(doc) == "Foreløbigt referat"
    assert doc.paragraphs[1].text == "Foreløbigt referat"
    empty_next_meeting(demo_store)
    nov = meeting_lifecycle.new_from_previous(demo_store, june18, NOV5)
    item = meetings.get_detail(demo_store, nov).items[1]
    agenda.update_item(demo_store, item.id, decision="Godkendt")
    doc = build_minutes(meetings.get_detail(demo_store, june18))
    assert _page_header(doc) == "Godkendt på mødet d. 5. november 2025"
    assert doc.paragraphs[1].text == "Godkendt referat"
    assert doc.core_properties.title.startswith("Godkendt referat – ")
    # a referat of a meeting not held yet says so on every page
    early = build_minutes(meetings.get_detail(demo_store, nov), today=dt.date(2025, 10, 1))
    assert _page_header(early) == "Udkast – mødet er ikke holdt endnu"
    assert early.paragraphs[1].text == "Udkast til referat"


def test_the_pdf_copy_of_an_approved_referat_is_titled_so(qapp, demo_store, june18, tmp_path):
    from pypdf import PdfReader

    from kkrdesk.export.pdf_export import export_pdf

    empty_next_meeting(demo_store)
    nov = meeting_lifecycle.new_from_previous(demo_store, june18, NOV5)
    agenda.update_item(demo_store, meetings.get_detail(demo_store, nov).items[1].id,
                       decision="Godkendt")
    path = export_pdf(meetings.get_detail(demo_store, june18), "minutes", tmp_path / "referat.pdf")
    reader = PdfReader(path)
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Godkendt referat" in first and "Godkendt på mødet d. 5. november 2025" in first
    assert reader.metadata.title.startswith("Godkendt referat – ")


def test_a_0001_database_keeps_its_rows_and_its_approved_referat(tmp_path):
    from alembic import command
    from alembic.config import Config

    from kkrdesk.core.paths import migrations_dir
    from kkrdesk.services.database import open_database

    path = tmp_path / "old.sqlite"
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(cfg, "0001")
    con = sqlite3.connect(path)
    con.execute("insert into meeting (title, date, start_time, end_time, place, online_url, "
                "status, notes) values ('Møde', '2025-03-12', '12:00:00.000000', "
                "'15:00:00.000000', '', '', 'minutes_approved', '')")
    con.execute("insert into agenda_item (meeting_id, position, title, kind, duration_min, "
                "description, notes, decision) values (1, 0, 'Velkomst', 'welcome', 10, '', '', '')")
    con.commit()
    con.close()
    store = open_database(path)
    try:
        m = _meeting(store, 1)
        assert m.minutes_status == MinutesStatus.APPROVED
        assert m.minutes_sent_on == dt.date(2025, 3, 12)
        assert [i.title for i in meetings.get_detail(store, 1).items] == ["Velkomst"]
    finally:
        store.close()


# -- through the window ---------------------------------------------------------------


def _answer(qtbot, text: str, problems: list) -> None:
    """Type ``text`` into the next input dialog and press OK."""
    def go():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, go)
            return
        try:
            edit = dialog.findChild(QLineEdit)
            edit.selectAll()
            qtbot.keyClicks(edit, text)
            box = dialog.findChild(QDialogButtonBox)
            box.button(QDialogButtonBox.StandardButton.Ok).click()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            problems.append(exc)
            dialog.reject()
    QTimer.singleShot(0, go)


def _button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_send_then_approve_through_the_agenda_tab(qtbot, agenda_tab, demo_store, june18):
    tab, problems = agenda_tab, []
    assert "Status: Referat udsendt 25-06-2025 (foreløbigt)" in tab.subtitle.text()
    assert tab.subtitle.text().count("Referat udsendt") == 1  # the status is said once
    assert not tab.meeting_buttons["send"].isEnabled()  # sent already
    empty_next_meeting(demo_store)
    # Nyt møde fra forrige: 5 November, typed the Danish way
    _answer(qtbot, "5.11.2025", problems)
    qtbot.mouseClick(tab.meeting_buttons["next"], Qt.MouseButton.LeftButton)
    assert not problems
    nov = tab.ctx.meeting_id
    assert nov != june18 and tab.detail.meeting.date == NOV5
    assert "Status: Planlagt  ·  " in tab.subtitle.text() and "Referat: udkast" in tab.subtitle.text()
    # select "Godkendelse af referat …" in the tree and decide it "Godkendt"
    row = [i.title for i in tab.detail.items].index(APPROVAL)
    index = tab.model.index(row, 0)
    tab.view.scrollTo(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.view.visualRect(index).center())
    assert tab.current_item().title == APPROVAL
    tab.side.setCurrentWidget(tab.minutes_pane)
    steps = tab.ctx.undo_stack.index()
    qtbot.mouseClick(_button(tab.minutes_pane, "Godkendt"), Qt.MouseButton.LeftButton)
    assert tab.ctx.undo_stack.index() == steps + 1
    assert _meeting(demo_store, june18).minutes_status == MinutesStatus.APPROVED
    tab.ctx.select_meeting(june18)
    tab.refresh()
    assert "Status: Referat godkendt på mødet d. 5. november 2025" in tab.subtitle.text()
    assert tab.subtitle.text().count("Referat godkendt") == 1
    tab.ctx.undo_stack.undo()  # one step takes decision and approval back
    assert _meeting(demo_store, june18).minutes_status == MinutesStatus.SENT
    assert meetings.get_detail(demo_store, nov).by_id[
        tab.ctx.undo_stack.command(steps).item_id].decision == ""


def test_send_a_held_meeting_with_a_typed_date(qtbot, store):
    from kkrdesk.ui.agenda.tab import AgendaTab
    from kkrdesk.ui.context import AppContext

    mid = meetings.create_meeting(store, date=dt.date(2025, 9, 10))
    _record_a_decision(store, mid)
    ctx = AppContext(store)
    tab = AgendaTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    ctx.select_meeting(mid)
    tab.refresh()
    assert "Referat: udkast" in tab.subtitle.text()
    problems = []
    _answer(qtbot, "15/9-25", problems)
    qtbot.mouseClick(tab.meeting_buttons["send"], Qt.MouseButton.LeftButton)
    assert not problems
    m = _meeting(store, mid)
    assert m.minutes_sent_on == dt.date(2025, 9, 15)
    assert "Referat udsendt 15-09-2025" in tab.subtitle.text()
    assert not tab.meeting_buttons["send"].isEnabled()
    assert ctx.undo_stack.undoText() == "Udsend referat 15-09-2025"
    ctx.undo_stack.undo()
    assert _meeting(store, mid).minutes_status == MinutesStatus.DRAFT


def test_indstilling_typed_in_the_item_pane_is_saved_and_shown_in_the_minutes(qtbot, agenda_tab, demo_store):
    tab = agenda_tab
    row = [i.title for i in tab.detail.items].index(
        "Nyt behandlingstilbud til børn og unge i psykisk mistrivsel")
    index = tab.model.index(row, 0)
    tab.view.scrollTo(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.view.visualRect(index).center())
    tab.side.setCurrentWidget(tab.item_pane)
    text = "Sekretariatet indstiller, at netværket godkender webinaret."
    qtbot.mouseClick(tab.item_pane.proposal.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.item_pane.proposal, text)
    qtbot.waitUntil(lambda: meetings.get_detail(demo_store, tab.ctx.meeting_id)
                    .items[row].proposal == text, timeout=3000)
    # the break before it takes no number: the row's number is one less
    assert tab.ctx.undo_stack.undoText() == f"Ret indstilling til punkt {row}"
    tab.side.setCurrentWidget(tab.minutes_pane)
    qtbot.waitUntil(lambda: tab.minutes_pane.proposal_label.text() == text, timeout=3000)


def test_a_past_meeting_with_nothing_recorded_is_not_sent(qtbot, store):
    """»Udsend referat …« on a past meeting still only planned, with no attendance, notes
    or decisions: a message says why, no date is asked for, and nothing changes."""
    from kkrdesk.ui.agenda.tab import AgendaTab
    from kkrdesk.ui.context import AppContext
    from PySide6.QtWidgets import QMessageBox

    from dialog_driving import drive

    mid = meetings.create_meeting(store, date=dt.date(2025, 9, 10))
    agenda.insert_item(store, mid, title="Velkomst")  # an agenda, but nothing recorded
    ctx = AppContext(store)
    tab = AgendaTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    ctx.select_meeting(mid)
    tab.refresh()
    assert tab.meeting_buttons["send"].isEnabled()
    problems, seen = [], []

    def read(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
    drive(read, problems)
    qtbot.mouseClick(tab.meeting_buttons["send"], Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert seen == ["Der er intet at udsende: mødet har hverken fremmøde, noter eller beslutninger."]
    assert _meeting(store, mid).minutes_status == MinutesStatus.DRAFT
    assert ctx.undo_stack.count() == 0
