"""The whole meeting read as rows (services/agenda/meeting_rows.py, issue 24, item 9):
the same read model as the ORM's read of it before (tests/old_agenda_reads.py,
main's code kept verbatim), for every meeting of the demo, the finished demo and the
ten-year demo, and the same row versions recorded, so a write based on what the
Dagsorden tab showed is still checked; in eight statements, no ORM instance made. The
same for the meeting box's list and an item's place among its siblings (a move).
With ``--backend postgresql`` the same on the server (and in
tests/server/test_meeting_rows_on_server.py, which make test-pg runs)."""

from __future__ import annotations

import shutil

import backends
import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from agenda_read_checks import same_for_every_meeting
from kkrdesk.services.agenda import item_moves, meetings


@pytest.fixture(scope="module")
def decade_path(tmp_path_factory):
    from kkrdesk.demo.seed import write_demo

    return write_demo(tmp_path_factory.mktemp("decade") / "decade.sqlite", years=10)


@pytest.fixture
def decade_store(request, decade_path, tmp_path):
    from kkrdesk.core.copy_db import copy_database
    from kkrdesk.core.store import Store
    from kkrdesk.services.database import open_database

    if backends.on_server(request):
        cluster = request.getfixturevalue("pg_cluster")
        name = cluster.new_database()
        url = cluster.url(name)
        with Store.open_path(decade_path, readonly=True) as source, Store(url) as target:
            copy_database(source, target, replace=True)
        request.addfinalizer(lambda: cluster.drop(name))
    else:
        url = tmp_path / "decade.sqlite"
        shutil.copy(decade_path, url)
    store = open_database(url)
    yield store
    store.close()


def test_every_meeting_of_the_demos_reads_as_the_orm_read_it(seed_demo_store, demo_store):
    """The finished demo with one referat approved by the meeting after it too."""
    from kkrdesk.core.enums import MeetingStatus
    from kkrdesk.services.agenda import referat
    from kkrdesk.views.agenda import MinutesState

    first, second = sorted(meetings.list_meetings(demo_store), key=lambda m: m.date)[:2]
    referat.set_state(demo_store, first.id, MinutesState(
        first.date, second.date, second.id, MeetingStatus.MINUTES_APPROVED))
    same_for_every_meeting(seed_demo_store)
    seen = same_for_every_meeting(demo_store)
    assert seen["approved by"] == 1 and seen["actions"] and seen["bilag"], seen


def test_every_meeting_of_the_ten_year_demo_reads_as_the_orm_read_it(decade_store):
    seen = same_for_every_meeting(decade_store)
    del seen["approved by"]  # compared in the demo (no referat is approved by another here)
    assert all(seen.values()), seen  # every kind of content was compared


class Counter:
    """The statements sent, and the ORM instances loaded, while counting."""

    def __init__(self, store):
        self.engine = store.engine
        self.statements: list[str] = []
        self.instances = 0

    def _sent(self, _conn, _cursor, statement, *_args) -> None:
        self.statements.append(statement)

    def _loaded(self, _session, _obj) -> None:
        self.instances += 1

    def __enter__(self) -> Counter:
        event.listen(self.engine, "before_cursor_execute", self._sent)
        event.listen(Session, "loaded_as_persistent", self._loaded)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._sent)
        event.remove(Session, "loaded_as_persistent", self._loaded)


def test_a_meeting_is_read_in_eight_statements_without_orm_instances(decade_store):
    """The Dagsorden tab's read of a meeting (fails on the ORM's read: 9-11 statements,
    hundreds of instances): eight statements however long the agenda, five for the agenda
    alone (the tab's read); the meeting box's list in one, no instance made either."""
    ids = [m.id for m in meetings.list_meetings(decade_store)]
    with Counter(decade_store) as counter:
        for meeting_id in ids[:6]:
            counter.statements.clear()
            detail = meetings.get_detail(decade_store, meeting_id, earlier_actions=False)
            assert len(counter.statements) == 8, (meeting_id, counter.statements)
            counter.statements.clear()
            meetings.get_detail(decade_store, meeting_id, agenda_only=True)
            assert len(counter.statements) == 5, (meeting_id, counter.statements)
        counter.statements.clear()
        assert len(meetings.list_meetings(decade_store)) == len(ids)
        assert len(counter.statements) == 1
    assert detail.items and detail.attendance
    assert counter.instances == 0


def test_a_move_reads_the_item_s_group_once(decade_store):
    """Ctrl+Down on an item: its place in one statement, the move in one read of its
    group and the updates (fails on the ORM's reads: two statements each), no instance
    made for the place."""
    from kkrdesk.core.models import AgendaItem

    meeting_id = meetings.list_meetings(decade_store)[3].id
    with decade_store.reading() as s:
        item_id = s.scalars(select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None),
            AgendaItem.position == 2)).one()
    with Counter(decade_store) as counter:
        parent_id, index = item_moves.position_of(decade_store, item_id)
        assert (parent_id, index) == (None, 2)
        assert len(counter.statements) == 1 and counter.instances == 0
        counter.statements.clear()
        assert item_moves.move_item(decade_store, item_id, None, 3)[:2] == (None, 2)
        selects = [s for s in counter.statements if s.lstrip().upper().startswith("SELECT")]
        assert len(selects) == 1, counter.statements
    assert item_moves.position_of(decade_store, item_id) == (None, 3)


def test_a_move_touches_only_the_items_whose_place_changes(decade_store):
    """Moving item 3 of a group one down changes two positions: only those two rows are
    dirty at the flush, which the stale check walks (fails on main: the whole group)."""
    from sqlalchemy.orm import Session

    from kkrdesk.core.models import AgendaItem

    meeting_id = meetings.list_meetings(decade_store)[3].id
    with decade_store.reading() as s:
        group = s.scalars(select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None))
            .order_by(AgendaItem.position, AgendaItem.id)).all()
    dirty = []

    def flushing(session, _context, _instances) -> None:
        dirty.append(sorted(o.id for o in session.dirty))

    event.listen(Session, "before_flush", flushing)
    try:
        item_moves.move_item(decade_store, group[2], None, 3)
    finally:
        event.remove(Session, "before_flush", flushing)
    assert len(group) > 10 and dirty == [sorted(group[2:4])]
    with decade_store.reading() as s:
        assert s.scalars(select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None))
            .order_by(AgendaItem.position)).all() == [*group[:2], group[3], group[2], *group[4:]]
