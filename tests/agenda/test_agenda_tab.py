"""What a secretary does in the Dagsorden tab, through the widgets (pytest-qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kkrdesk.core.enums import ActionStatus, AttendanceStatus, ItemKind, MeetingStatus
from kkrdesk.services.agenda import meetings
from kkrdesk.services.agenda import minutes
from kkrdesk.ui.agenda.columns import COL_DURATION, COL_SLOT, COL_TITLE
from conftest import empty_next_meeting


@pytest.fixture
def tab(agenda_tab):
    return agenda_tab


def titles(tab):
    return [tab.model.index(r, COL_TITLE).data() for r in range(tab.model.rowCount())]


def slots(tab):
    return [tab.model.index(r, COL_SLOT).data() for r in range(tab.model.rowCount())]


def select(tab, row, parent_row=None):
    parent = tab.model.index(parent_row, 0) if parent_row is not None else None
    index = tab.model.index(row, 0, parent) if parent is not None else tab.model.index(row, 0)
    tab.view.setCurrentIndex(index)
    return tab.current_item()


def test_build_an_agenda_from_an_empty_meeting_and_undo_every_step(tab, qtbot):
    mid = tab.meeting_actions.new_meeting({
        "title": "Netværksmøde", "date": dt.date(2026, 3, 4), "start_time": dt.time(12),
        "end_time": dt.time(15), "place": "KL", "online_url": "", "status": MeetingStatus.PLANNED,
        "chair_id": None, "minute_taker_id": None})
    assert tab.ctx.meeting_id == mid and tab.model.rowCount() == 0
    tab.insert_item("Velkomst", ItemKind.WELCOME)
    tab.insert_item("Meddelelser", ItemKind.ANNOUNCEMENT)
    tab.insert_sub_item("Aktuel status for FK-OSS")
    select(tab, 1)
    tab.insert_item("Eventuelt", ItemKind.ANY_OTHER_BUSINESS)
    assert titles(tab) == ["Velkomst", "Meddelelser", "Eventuelt"]
    assert slots(tab) == ["12.00–12.10", "12.10–12.25", "12.25–12.35"]
    # change a duration through the model, as the spin-box delegate does
    tab.model.setData(tab.model.index(1, COL_DURATION), 35)
    qtbot.waitUntil(lambda: slots(tab)[2] == "12.45–12.55")
    stack = tab.ctx.undo_stack
    assert stack.undoText() == "Ret varighed på »Meddelelser« til 35 min."
    while stack.canUndo() and stack.undoText() != "Opret møde":
        stack.undo()
    assert tab.model.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    assert titles(tab) == ["Velkomst", "Meddelelser", "Eventuelt"]
    assert slots(tab)[2] == "12.45–12.55"


def test_edit_a_title_in_place_with_the_keyboard_and_mouse(tab, qtbot):
    index = tab.model.index(0, COL_TITLE)
    rect = tab.view.visualRect(index)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = tab.view.focusWidget()
    qtbot.waitUntil(lambda: tab.view.focusWidget() is not tab.view)
    editor = tab.view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Velkomst og præsentation")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: titles(tab)[0] == "Velkomst og præsentation")
    assert tab.current_item().title == "Velkomst og præsentation"  # selection survived


def test_ctrl_down_moves_an_item_and_every_slot_reflows(tab, qtbot):
    select(tab, 0)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab)[:2] == ["Meddelelser", "Velkomst"]
    assert slots(tab)[:2] == ["12.00–12.35", "12.35–12.45"]
    assert tab.current_item().title == "Velkomst"
    assert tab.ctx.undo_stack.undoText() == "Flyt »Velkomst« ned"
    tab.ctx.undo_stack.undo()
    assert titles(tab)[:2] == ["Velkomst", "Meddelelser"]


def test_indent_outdent_and_drag_drop(tab, qtbot):
    select(tab, 2)  # rusmiddelområdet
    tab.indent()
    assert [tab.model.index(r, COL_TITLE, tab.model.index(1, 0)).data()
            for r in range(tab.model.rowCount(tab.model.index(1, 0)))][-1] == "Orientering vedr. rusmiddelområdet"
    tab.outdent()
    assert titles(tab)[2] == "Orientering vedr. rusmiddelområdet"
    # drag "Eventuelt" (last) to the top: what the view does on a drop
    last = tab.model.rowCount() - 1
    data = tab.model.mimeData([tab.model.index(last, 0)])
    tab.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, tab.model.index(-1, -1))
    qtbot.waitUntil(lambda: titles(tab)[0] == "Eventuelt")
    assert slots(tab)[0] == "12.00–12.10"


def test_pin_and_unpin_a_time(tab, qtbot):
    brk = next(r for r in range(tab.model.rowCount()) if titles(tab)[r] == "Pause")
    tab.model.setData(tab.model.index(brk, COL_SLOT), "14.00")
    qtbot.waitUntil(lambda: slots(tab)[brk].startswith("14.00–14.15"))
    assert "ledig tid" in tab.model.index(brk, COL_SLOT).data(Qt.ItemDataRole.ToolTipRole)
    assert "OVERSKRIDER" in tab.summary.text()
    tab.model.setData(tab.model.index(brk, COL_SLOT), "")
    qtbot.waitUntil(lambda: slots(tab)[brk] == "13.35–13.50")


def test_bad_duration_is_refused_with_a_message(tab, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("kkrdesk.ui.undo.QMessageBox.warning", lambda *a: shown.append(a[2]))
    tab.model.setData(tab.model.index(0, COL_DURATION), 10_000)
    qtbot.waitUntil(lambda: bool(shown))
    assert "urimelig" in shown[0] and slots(tab)[0] == "12.00–12.10"
    assert tab.ctx.undo_stack.count() == 0


def test_take_minutes_attendance_notes_decision_actions(tab, qtbot, demo_store):
    nov = meetings.find_by_date(demo_store, dt.date(2025, 11, 5)).id
    tab.ctx.select_meeting(nov)
    tab.side.setCurrentWidget(tab.attendance_pane)
    qtbot.mouseClick(tab.attendance_pane.all_button, Qt.MouseButton.LeftButton)
    assert {r.state.status for r in minutes.roster(demo_store, nov)} == {AttendanceStatus.PRESENT}
    tab.attendance_pane.select_names({"Niels Vingborg"})
    apologies = next(b for b in tab.attendance_pane.findChildren(type(tab.attendance_pane.all_button))
                     if b.text() == "Afbud")
    qtbot.mouseClick(apologies, Qt.MouseButton.LeftButton)
    by = {r.name: r.state.status for r in minutes.roster(demo_store, nov)}
    assert by["Niels Vingborg"] == AttendanceStatus.APOLOGIES
    assert "Afbud: 1" in tab.attendance_pane.summary.text()

    tab.ctx.select_meeting(tab.ctx.meeting_id)  # back on 18 June for item minutes
    tab.ctx.select_meeting(meetings.find_by_date(demo_store, dt.date(2025, 6, 18)).id)
    select(tab, 7)  # SOR
    tab.side.setCurrentWidget(tab.minutes_pane)  # the Referat tab beside the agenda
    pane = tab.minutes_pane
    pane.notes.setFocus()
    qtbot.keyClicks(pane.notes, "Netværket bakker op om forslagene.")
    pane.notes.commit()
    qtbot.mouseClick(pane.standard_buttons[0], Qt.MouseButton.LeftButton)
    item = meetings.get_detail(demo_store, tab.ctx.meeting_id).items[7]
    # typed in front of the deck's summary the demo holds there
    assert item.notes.startswith("Netværket bakker op om forslagene.Forslag sendt til KKR")
    assert item.decision == "Taget til efterretning"
    assert tab.ctx.undo_stack.undoText() == "Ret beslutning til punkt 7"

    tab.minutes_actions.add_action({"what": "Følg op på svar fra SDS", "who_text": "Jeanette Jensen",
                    "due": dt.date(2025, 9, 1), "status": ActionStatus.OPEN})
    tab.side.setCurrentWidget(tab.followup_pane)
    demo = 3  # the demo referat's own action items
    assert tab.followup_pane.actions.rowCount() == demo + 1
    assert tab.followup_pane.actions.index(demo, 2).data() == "01-09-2025"
    tab.ctx.select_meeting(nov)
    earlier = tab.followup_pane.earlier
    assert earlier.rowCount() == demo + 1
    mine = next(earlier.row_at(r) for r in range(earlier.rowCount())
                if earlier.row_at(r).what == "Følg op på svar fra SDS")
    tab.minutes_actions.close_action(mine)
    assert tab.followup_pane.earlier.rowCount() == demo
    tab.ctx.undo_stack.undo()
    assert tab.followup_pane.earlier.rowCount() == demo + 1


def test_new_meeting_from_previous_in_a_few_clicks(tab, demo_store):
    empty_next_meeting(demo_store)
    assert tab.meeting_actions.suggested_next_date() == dt.date(2025, 11, 5)
    mid = tab.meeting_actions.new_from_previous(dt.date(2025, 11, 5))
    assert tab.ctx.meeting_id == mid
    assert titles(tab) == ["Velkomst", "Godkendelse af referat fra mødet d. 18. juni 2025",
                           "Meddelelser", "Pause", "Kommunale prøvesvar", "Eventuelt"]
    tab.ctx.undo_stack.undo()
    assert tab.model.rowCount() == 0


def test_delete_meeting_and_undo(tab, demo_store, june18):
    assert tab.meeting_actions.delete_meeting(confirm=False)
    assert june18 not in {m.id for m in meetings.list_meetings(demo_store)}
    tab.ctx.undo_stack.undo()
    tab.ctx.select_meeting(june18)
    assert tab.model.rowCount() == 11


def test_welcome_item_gets_the_new_members_lines(tab, demo_store):
    select(tab, 0)  # Velkomst of 18 June
    assert tab.item_pane.welcome_button.isVisibleTo(tab)
    assert tab.insert_welcome() == 2
    subs = meetings.get_detail(demo_store, tab.ctx.meeting_id).items[0].sub_points
    assert subs[-2:] == (
        "Kristina Farsinsen, Aalborg Kommune, som har overtaget pladsen efter Niels Rygaard, "
        "Aalborg Kommune",
        "Niels Vingborg, Roskilde Kommune og Sudarvili Vaithialingam, Ringsted Kommune, som har "
        "overtaget pladsen efter Vivi Orthmann")
    assert tab.insert_welcome() == 0  # not twice
    tab.ctx.undo_stack.undo()
    assert len(meetings.get_detail(demo_store, tab.ctx.meeting_id).items[0].sub_points) == 2
    select(tab, 2)
    assert not tab.item_pane.welcome_button.isVisibleTo(tab)


def test_new_meeting_from_previous_leaves_the_old_welcome_lines_behind(qtbot, tab, demo_store):
    """Velkomst returns at every meeting with its presenter and its standing lines, but
    the welcome lines about the previous meeting's new members are not carried over."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from dialog_driving import drive

    standing = ("Velkommen til nye deltagere i KKR-digitaliseringsnetværket",
                "Kort præsentationsrunde")
    select(tab, 0)
    assert tab.insert_welcome() == 2  # Kristina Farsinsen and the two in Roskilde/Ringsted
    old = meetings.get_detail(demo_store, tab.ctx.meeting_id).items[0]
    assert old.title == "Velkomst" and len(old.sub_points) == 4
    assert old.sub_points[:2] == standing
    empty_next_meeting(demo_store)
    problems: list = []

    def date(dialog):
        edit = dialog.findChild(QLineEdit)
        edit.selectAll()
        qtbot.keyClicks(edit, "05-11-2025")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    drive(date, problems)
    qtbot.mouseClick(tab.meeting_buttons["next"], Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert tab.detail.meeting.date == dt.date(2025, 11, 5)
    select(tab, 0)
    assert tab.current_item().title == "Velkomst"
    assert tab.item_pane.sub_points.toPlainText().splitlines() == list(standing)
    welcome = meetings.get_detail(demo_store, tab.ctx.meeting_id).items[0]
    assert welcome.sub_points == standing and [p.name for p in welcome.presenters] == [
        p.name for p in old.presenters]


def test_the_side_tabs_show_the_current_item_and_meeting_when_opened(qtbot, tab, demo_store):
    """Referat, Fremmøde and Opfølgning are read when the user opens them, and then show
    the item and the meeting selected at that moment, never an earlier one."""
    bar = tab.side.tabBar()

    def open_side(name):
        index = next(i for i in range(tab.side.count()) if tab.side.tabText(i) == name)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert tab.side.currentIndex() == index

    open_side("Punkt")
    select(tab, 2)
    select(tab, 7)  # two items chosen while the Referat tab is closed
    open_side("Referat")
    assert tab.minutes_pane.heading.text().startswith("7. Opfølgning på behov for nye SOR")
    open_side("Punkt")
    nov = meetings.find_by_date(demo_store, dt.date(2025, 11, 5)).id
    june = tab.ctx.meeting_id
    tab.ctx.select_meeting(nov)  # another meeting while Opfølgning and Fremmøde are closed
    tab.ctx.select_meeting(june)
    tab.ctx.select_meeting(nov)
    open_side("Opfølgning")
    # 5 November's follow-up lists the open actions from 18 June (three in the demo)
    assert tab.followup_pane.earlier.rowCount() == 3
    open_side("Fremmøde")
    shown = {tab.attendance_pane.model.row_at(r).name
             for r in range(tab.attendance_pane.model.rowCount())}
    assert {r.name for r in minutes.roster(demo_store, nov)} == shown
