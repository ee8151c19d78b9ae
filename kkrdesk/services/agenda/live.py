"""The actual times of a meeting's items, kept as the chair moves on in the live view.

Each step is one transaction that returns the times of the meeting's items as they
were, and ``restore_times`` puts them back: the undo of a step (and its redo repeats
the step with the same moment, so the same times come back). Only top-level items are
timed: sub-items run inside their parent's slot. The rules of which item a step ends,
starts or opens again are ``core.live_timing``'s, shared with the window."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING


from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import live_timing
from kkrdesk.core.dates import check_day
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, Meeting
from kkrdesk.core.store import Store
from kkrdesk.services.agenda.item_tree import sibling_group
from kkrdesk.services.areas import MEETINGS

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


# (item id, actual start, actual end) of every top-level item, in agenda order
Times = tuple[tuple[int, dt.datetime | None, dt.datetime | None], ...]

NO_ITEMS = QT_TRANSLATE_NOOP("Agenda", "Mødet har ingen punkter på dagsordenen.")
ALL_TAKEN = QT_TRANSLATE_NOOP("Agenda", "Mødet er slut: alle punkter er behandlet.")
NOT_BEGUN = QT_TRANSLATE_NOOP("Agenda", "Mødet er ikke begyndt endnu.")


def _top_items(s: Session, meeting_id: int) -> list[AgendaItem]:
    if s.get(Meeting, meeting_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
    items = sibling_group(s, meeting_id, None)
    if not items:
        raise ValidationError(NO_ITEMS)
    return items


def _times(items: list[AgendaItem]) -> Times:
    return tuple((i.id, i.actual_start, i.actual_end) for i in items)


def times(store: Store, meeting_id: int) -> Times:
    with store.reading() as s:
        return _times(sibling_group(s, meeting_id, None))


def next_item(store: Store, meeting_id: int, at: dt.datetime) -> Times:
    """Move on at ``at``: the running item ends and the next one not yet taken starts
    (past the last item, the meeting ends). Returns the times before, for undo."""
    check_day(at.date(), "actual_start")
    at = at.replace(microsecond=0)
    with store.transaction(MEETINGS) as s:
        items = _top_items(s, meeting_id)
        before = _times(items)
        run, nxt = live_timing.running_index(items), live_timing.next_index(items)
        if run is None and nxt is None:
            raise ValidationError(ALL_TAKEN)
        if run is not None:
            items[run].actual_end = max(at, items[run].actual_start)
        if nxt is not None:
            items[nxt].actual_start, items[nxt].actual_end = at, None
        return before


def previous_item(store: Store, meeting_id: int) -> Times:
    """Step back (a step taken by mistake): the running item loses its start and the
    item that ended last runs again. Returns the times before, for undo."""
    with store.transaction(MEETINGS) as s:
        items = _top_items(s, meeting_id)
        before = _times(items)
        run, back = live_timing.running_index(items), live_timing.reopen_index(items)
        if run is None and back is None:
            raise ValidationError(NOT_BEGUN)
        if run is not None:
            items[run].actual_start = None
        if back is not None:
            items[back].actual_end = None
        return before


def restore_times(store: Store, meeting_id: int, kept: Times) -> Times:
    """Put the items' times back as ``kept`` says (items since deleted are passed
    over); returns the times before."""
    with store.transaction(MEETINGS) as s:
        items = _top_items(s, meeting_id)
        before = _times(items)
        by_id = {i.id: i for i in items}
        for item_id, start, end in kept:
            if item_id in by_id:
                by_id[item_id].actual_start, by_id[item_id].actual_end = start, end
        return before
