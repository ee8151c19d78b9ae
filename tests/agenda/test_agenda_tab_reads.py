"""What the Dagsorden tab reads when it shows a meeting (issue 24, item 9): the meeting,
its agenda and the next meeting; the attendance, action items and topics only when the
side pane that shows them is opened, and then what the whole read would have shown."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from kkrdesk.services.agenda import meetings


def _tables_read(store, step) -> list[str]:
    statements: list[str] = []

    def sent(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()))

    event.listen(store.engine, "before_cursor_execute", sent)
    try:
        step()
    finally:
        event.remove(store.engine, "before_cursor_execute", sent)
    return [s.split(" FROM ", 1)[1].split()[0] for s in statements if " FROM " in s]


def test_changing_meeting_reads_no_list_the_tab_does_not_show(agenda_tab, demo_store, june18):
    """Fails on main: the tab's read asked for the attendance, actions and topics."""
    tab = agenda_tab
    nov = meetings.find_by_date(demo_store, dt.date(2025, 11, 5)).id
    read = _tables_read(demo_store, lambda: tab.ctx.select_meeting(nov))
    assert "agenda_item" in read
    assert not {"attendance", "action_item", "next_meeting_topic"} & set(read), read
    read = _tables_read(demo_store, lambda: tab.side.setCurrentWidget(tab.followup_pane))
    assert {"action_item", "next_meeting_topic"} <= set(read), read
    tab.ctx.select_meeting(june18)
    whole = meetings.get_detail(demo_store, june18)
    pane = tab.followup_pane
    assert [pane.actions.row_at(r) for r in range(pane.actions.rowCount())] == list(whole.actions)
    assert [pane.earlier.row_at(r) for r in range(pane.earlier.rowCount())] == \
        list(whole.earlier_open_actions)
    assert pane.topics.count() == len(whole.topics) > 0
    assert tab.detail == meetings.get_detail(demo_store, june18, agenda_only=True)
