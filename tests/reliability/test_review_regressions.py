"""Defects found in review, each kept from coming back."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
import struct

import pytest
from PySide6.QtCore import Qt

from kkrdesk.core.timing import SlotInput, schedule
from kkrdesk.services.agenda import item_moves
from kkrdesk.services.agenda import presenters
from kkrdesk.services.agenda import meetings
from kkrdesk.services.agenda.presenters import PresenterInput
from kkrdesk.services.database import open_database, open_for_reading
from kkrdesk.ui.agenda import commands as cmds
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.agenda.columns import COL_TITLE
from kkrdesk.ui.undo import push


@pytest.fixture
def tab(agenda_tab):
    return agenda_tab


def _detail(store, mid):
    return meetings.get_detail(store, mid)


def test_toolbar_new_item_button_inserts(tab):
    before = tab.model.rowCount()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.actions_by_name["insert"].trigger()
    assert tab.model.rowCount() == before + 1
    assert tab.model.index(1, COL_TITLE).data() == "Nyt punkt"
    tab.actions_by_name["insert_sub"].trigger()
    assert tab.model.rowCount(tab.model.index(1, 0)) == 1


def test_typing_across_an_autosave_pause_keeps_the_order(tab, qtbot, demo_store):
    tab.view.setCurrentIndex(tab.model.index(7, 0))
    tab.side.setCurrentWidget(tab.minutes_pane)  # the Referat tab beside the agenda
    notes = tab.minutes_pane.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Første linje")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    notes.commit()  # what the pause timer does
    qtbot.keyClicks(notes, "Anden linje")
    notes.commit()
    # typed in front of the deck's summary the demo holds on this item
    assert _detail(demo_store, tab.ctx.meeting_id).items[7].notes.startswith(
        "Første linje\nAnden linjeForslag sendt")


def test_unsaved_notes_survive_a_toolbar_click(tab, qtbot, demo_store):
    tab.view.setCurrentIndex(tab.model.index(7, 0))
    tab.side.setCurrentWidget(tab.minutes_pane)  # the Referat tab beside the agenda
    notes = tab.minutes_pane.notes
    qtbot.keyClicks(notes, "Skrevet lige før klik")
    tab.actions_by_name["down"].trigger()  # buttons take no focus
    moved = next(i for i in _detail(demo_store, tab.ctx.meeting_id).items if i.title.startswith("Opfølgning"))
    # typed in front of the deck's summary; the break takes no number, so 7 became 8
    assert moved.notes.startswith("Skrevet lige før klikForslag sendt") and moved.number == "8"
    assert notes.toPlainText() == moved.notes


def test_presenters_typed_for_one_item_never_land_on_another(tab, qtbot, demo_store):
    tab.view.setCurrentIndex(tab.model.index(7, 0))
    field = tab.item_pane.presenters
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Hans Hansen, KL")
    tab.actions_by_name["delete"].trigger()
    items = _detail(demo_store, tab.ctx.meeting_id).items
    assert all("Hans Hansen" not in i.presenters_text for i in items)


def test_undo_of_delete_after_presenter_edits_restores_the_item(demo_store, june18):
    ctx = AppContext(demo_store)
    stack = ctx.undo_stack
    items = _detail(demo_store, june18).items
    push(stack, cmds.edit_field(demo_store, items[7], "presenters", "Ole Olsen, KL"))
    push(stack, cmds.delete(demo_store, _detail(demo_store, june18).items[7]))
    push(stack, cmds.edit_field(demo_store, _detail(demo_store, june18).items[8], "presenters",
                                "Jens Jensen, MedCom"))
    stack.undo()
    stack.undo()
    back = _detail(demo_store, june18).items[7]
    assert back.id == items[7].id and back.presenters_text == "v. Ole Olsen, KL"
    stack.undo()
    assert _detail(demo_store, june18).items[7].presenters_text == items[7].presenters_text
    while stack.canRedo():
        stack.redo()
    assert len(_detail(demo_store, june18).items) == 10 and stack.index() == 3


def test_undo_of_moving_a_pinned_item_restores_the_pin(demo_store, june18):
    ctx = AppContext(demo_store)
    brk = next(i for i in _detail(demo_store, june18).items if i.title == "Pause")
    parent, index = item_moves.indent_target(demo_store, brk.id)
    push(ctx.undo_stack, cmds.move(demo_store, brk, parent, index))
    assert _detail(demo_store, june18).by_id[brk.id].pinned_start is None
    ctx.undo_stack.undo()
    assert _detail(demo_store, june18).by_id[brk.id].pinned_start == dt.time(13, 35)


def test_a_refused_edit_does_not_merge_into_a_good_one(demo_store, june18, monkeypatch):
    monkeypatch.setattr("kkrdesk.ui.undo.QMessageBox.warning", lambda *a: None)
    ctx = AppContext(demo_store)
    item = _detail(demo_store, june18).items[0]
    push(ctx.undo_stack, cmds.edit_field(demo_store, item, "notes", "god tekst"))
    push(ctx.undo_stack, cmds.edit_field(demo_store, item, "notes", "x" * 50_001), parent=None)
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    assert _detail(demo_store, june18).items[0].notes == "god tekst"


def test_presenter_shown_through_person_round_trips_exactly(demo_store, june18):
    item = _detail(demo_store, june18).items[0]
    old = presenters.set_presenters(demo_store, item.id, [PresenterInput("Iben Søgaard", "MedCom")])
    presenters.restore_presenters(demo_store, item.id, old)
    assert _detail(demo_store, june18).items[0].presenters == item.presenters


def test_og_inside_an_organisation_name_is_not_a_second_presenter():
    assert presenters.parse_presenters("Hans, Social- og Boligstyrelsen") == [
        PresenterInput("Hans", "Social- og Boligstyrelsen")]
    assert [p.name for p in presenters.parse_presenters(
        "v. Poul Erik Kristensen, KL og Jeanette Jensen, MedCom")] == [
        "Poul Erik Kristensen", "Jeanette Jensen"]


def test_overrun_is_not_hidden_by_an_earlier_pin():
    s = schedule(dt.time(12), dt.time(15), [
        SlotInput(1, 200), SlotInput(2, 10, dt.time(13))])
    assert s.overrun_min == 20


def _crash_image(demo_path, folder):
    """A database whose checkpoint stopped half-way: main file half updated, -wal intact."""
    a = folder / "a.sqlite"
    shutil.copy(demo_path, a)
    c = sqlite3.connect(a)
    c.execute("pragma journal_mode=wal")
    c.execute("pragma wal_autocheckpoint=0")
    c.execute("update agenda_item set notes = hex(randomblob(3000))")
    c.commit()
    c.execute("update agenda_item set notes = 'final'")
    c.commit()
    b = folder / "b.sqlite"
    shutil.copy(a, b)
    shutil.copy(folder / "a.sqlite-wal", folder / "b.sqlite-wal")
    c.close()
    wal = (folder / "b.sqlite-wal").read_bytes()
    psz = struct.unpack(">I", wal[8:12])[0]
    frames = (len(wal) - 32) // (24 + psz)
    with open(b, "r+b") as db:
        for i in range(frames // 2):
            off = 32 + i * (24 + psz)
            pgno = struct.unpack(">I", wal[off:off + 4])[0]
            db.seek((pgno - 1) * psz)
            db.write(wal[off + 24: off + 24 + psz])
    return b


def test_a_crash_mid_checkpoint_opens_with_the_wal_applied(demo_path, tmp_path):
    b = _crash_image(demo_path, tmp_path)
    with open_database(b) as store:
        notes = {i.notes for i in meetings.get_detail(store, 1).items}
    assert notes == {"final"}


def test_reading_from_a_folder_nobody_may_write_to(demo_path, tmp_path):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    target = folder / "demo.sqlite"
    shutil.copy(demo_path, target)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with open_for_reading(target) as store:
            assert len(meetings.list_meetings(store)) == 2
        assert sorted(os.listdir(folder)) == ["demo.sqlite"]
    finally:
        folder.chmod(stat.S_IRWXU)
