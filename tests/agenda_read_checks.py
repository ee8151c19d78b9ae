"""The checks that the Dagsorden tab's reads as rows (services/agenda/meeting_rows.py,
item_moves.position_of) give what main's ORM reads gave (tests/old_agenda_reads.py): the
same read models and the same row versions recorded, for every meeting, every item and
the meeting box's list of a store. Used on SQLite (tests/agenda/test_meeting_rows.py)
and on PostgreSQL (tests/server/test_meeting_rows_on_server.py)."""

from __future__ import annotations

from sqlalchemy import select

import old_agenda_reads
from kkrdesk.services.agenda import item_moves, meetings


def both_reads(store, meeting_id: int, earlier: bool):
    """The meeting read the new way and the old way, each with the versions it recorded
    (on a store that had recorded none)."""
    versions = store.versions
    out = []
    for read in (meetings.get_detail, old_agenda_reads.get_detail):
        versions.known.clear()
        versions.moved.clear()
        detail = read(store, meeting_id, earlier_actions=earlier)
        out.append((detail, dict(versions.known), dict(versions.moved)))
    return out


def same_list(store) -> None:
    """The meeting box's list, and the versions its read records, as before."""
    out = []
    for read in (meetings.list_meetings, old_agenda_reads.list_meetings):
        store.versions.known.clear()
        out.append((read(store), dict(store.versions.known)))
    assert out[0] == out[1]


def same_positions(store) -> None:
    """Every item's place among its siblings, and the versions its read records."""
    from kkrdesk.core.models import AgendaItem

    with store.reading() as s:
        ids = list(s.scalars(select(AgendaItem.id)))
    for item_id in ids:
        out = []
        for read in (item_moves.position_of, old_agenda_reads.position_of):
            store.versions.known.clear()
            out.append((read(store, item_id), dict(store.versions.known)))
        assert out[0] == out[1], item_id


def same_in_parts(store, new, old) -> None:
    """What the Dagsorden tab reads (the agenda alone) and what its Opfølgning pane reads
    when shown are the whole read's parts (``old``: read with the earlier actions)."""
    from dataclasses import replace

    mid = new.meeting.id
    agenda = meetings.get_detail(store, mid, agenda_only=True)
    assert agenda == replace(old, attendance=(), actions=(), topics=(), earlier_open_actions=())
    assert agenda.by_id == old.by_id
    assert meetings.followup(store, mid) == (old.actions, old.topics, old.earlier_open_actions)


def same_for_every_meeting(store) -> dict[str, int]:
    """Asserts both reads alike for every meeting; returns how many meetings showed each
    kind of content, so a test can check that the comparison was not an empty one."""
    seen = dict.fromkeys(("presenter person", "presenter text", "sub-points", "bilag",
                          "substitute", "actions", "topics", "approves minutes",
                          "approved by", "next meeting", "chair"), 0)
    same_list(store)
    same_positions(store)
    for summary in meetings.list_meetings(store):
        for earlier in (False, True):
            (new, new_seen, new_moved), (old, old_seen, old_moved) = both_reads(
                store, summary.id, earlier)
            assert new == old, summary
            assert new.by_id == old.by_id, summary
            assert new_seen == old_seen, summary
            assert new_moved == old_moved == {}, summary
        same_in_parts(store, new, old)
        items = [i for v in new.items for i in (v, *v.children)]
        seen["presenter person"] += any(p.person_id for i in items for p in i.presenters)
        seen["presenter text"] += any(p.person_id is None for i in items for p in i.presenters)
        seen["sub-points"] += any(i.sub_points for i in items)
        seen["bilag"] += any(i.attachments for i in items)
        seen["approves minutes"] += any(i.approves_minutes_of for i in items)
        seen["substitute"] += any(a.substitute_for_id for a in new.attendance)
        seen["actions"] += bool(new.actions)
        seen["topics"] += bool(new.topics)
        seen["approved by"] += new.meeting.minutes_approved_by_date is not None
        seen["next meeting"] += new.next_meeting is not None
        seen["chair"] += bool(new.meeting.chair_name)
    return seen
