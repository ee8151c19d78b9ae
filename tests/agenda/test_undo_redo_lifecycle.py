"""Undo and redo across "Nyt møde fra forrige" and presenter edits bring back exactly
the rows that were there, with the same ids, so the steps after them apply again."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from kkrdesk.services.agenda import presenters
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import people as participants
from kkrdesk.ui.agenda.columns import COL_TITLE
from conftest import empty_next_meeting


def _rows(path, sql):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return con.execute(sql).fetchall()


def test_redo_after_undoing_new_from_previous_restores_every_later_step(agenda_tab, qtbot, demo_path):
    tab = agenda_tab
    stack = tab.ctx.undo_stack
    errors = []
    from kkrdesk.ui import undo
    undo.set_error_handler(errors.append)
    try:
        empty_next_meeting(tab.ctx.store)  # the demo prepares 5 November already
        mid = tab.meeting_actions.new_from_previous(dt.date(2025, 11, 5))
        tab.view.setCurrentIndex(tab.model.index(1, 0))
        new_id = tab.insert_item("Nyt punkt")
        qtbot.waitUntil(lambda: isinstance(tab.view.focusWidget(), QLineEdit))  # the title editor opens
        editor = tab.view.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, "Status på FK-OSS")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: meetings.get_detail(tab.ctx.store, mid).by_id[new_id].title
                        == "Status på FK-OSS")
        tab.side.setCurrentWidget(tab.minutes_pane)
        tab.minutes_pane.notes.setFocus()
        qtbot.keyClicks(tab.minutes_pane.notes, "Drøftet.")
        tab.minutes_pane.notes.commit()
        before = _rows(demo_path, "SELECT id, meeting_id, parent_id, position, title, notes "
                                  "FROM agenda_item WHERE meeting_id = %d ORDER BY id" % mid)
        topics = _rows(demo_path, "SELECT id, carried_to_item_id FROM next_meeting_topic ORDER BY id")
        assert ("Drøftet.",) in [(r[5],) for r in before]
        for _ in range(4):
            stack.undo()
        assert _rows(demo_path, f"SELECT count(*) FROM agenda_item WHERE meeting_id = {mid}") == [(0,)]
        for _ in range(4):
            stack.redo()
        assert errors == []
        assert _rows(demo_path, "SELECT id, meeting_id, parent_id, position, title, notes "
                                "FROM agenda_item WHERE meeting_id = %d ORDER BY id" % mid) == before
        assert _rows(demo_path, "SELECT id, carried_to_item_id FROM next_meeting_topic ORDER BY id") == topics
        assert stack.index() == stack.count() == 4
    finally:
        undo.set_error_handler(None)


def test_redo_of_a_created_meeting_brings_back_the_same_ids(demo_store, june18, demo_path):
    from kkrdesk.services.agenda import lifecycle as meeting_lifecycle

    mid = meeting_lifecycle.new_from_previous(demo_store, june18, dt.date(2026, 1, 14))
    items = _rows(demo_path, f"SELECT id, title FROM agenda_item WHERE meeting_id = {mid} ORDER BY id")
    snap = meeting_lifecycle.undo_new_from_previous(demo_store, mid, True)
    assert _rows(demo_path, f"SELECT count(*) FROM meeting WHERE id = {mid}") == [(0,)]
    assert meeting_lifecycle.redo_new_from_previous(demo_store, mid, snap) == mid
    assert _rows(demo_path, f"SELECT id, title FROM agenda_item WHERE meeting_id = {mid} ORDER BY id") == items


def test_undo_of_a_presenter_edit_keeps_a_free_text_presenter_free_text(demo_store, june18, demo_path):
    item = meetings.get_detail(demo_store, june18).items[3]
    presenters.set_presenters(demo_store, item.id, [presenters.PresenterInput("Kirsten Lund", "Gribskov Kommune")])
    before = _rows(demo_path, "SELECT person_id, name, organisation_id, organisation_text "
                              f"FROM presenter WHERE item_id = {item.id} ORDER BY position")
    assert before[0][0] is None and before[0][1] == "Kirsten Lund"
    old = presenters.set_presenters(demo_store, item.id, [presenters.PresenterInput("Anders And", "KL")])
    # Later the same name is entered in the register as a person.
    participants.add_person(demo_store, participants.PersonFields(name="Kirsten Lund"))
    presenters.restore_presenters(demo_store, item.id, old)
    assert _rows(demo_path, "SELECT person_id, name, organisation_id, organisation_text "
                            f"FROM presenter WHERE item_id = {item.id} ORDER BY position") == before
