"""Moving an agenda item: up and down among its siblings, into another group, and the
targets of indent (under the item above) and outdent (after its parent). One level of
sub-items only; a sub-item runs inside its parent's slot, so it has no pinned time."""

from __future__ import annotations

import datetime as dt
from functools import cache

from sqlalchemy import and_, bindparam, select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem
from kkrdesk.core.store import Store
from kkrdesk.services.agenda.item_tree import get_item, renumber, sibling_group
from kkrdesk.services.areas import MEETINGS


def _same_group(me):
    """Joins an item to the items of its sibling group (itself included)."""
    return and_(me.c.id == bindparam("item_id"), AgendaItem.meeting_id == me.c.meeting_id,
                AgendaItem.parent_id.is_not_distinct_from(me.c.parent_id))


@cache
def _siblings():
    """The item's sibling group (the item included) in agenda order, as rows."""
    me = AgendaItem.__table__.alias("me")
    return (select(AgendaItem.id, AgendaItem.parent_id, AgendaItem.version)
            .join(me, _same_group(me)).order_by(AgendaItem.position, AgendaItem.id))


@cache
def _sibling_items():
    """The same group as the ORM's instances, for a move."""
    me = AgendaItem.__table__.alias("me")
    return select(AgendaItem).join(me, _same_group(me)).order_by(AgendaItem.position, AgendaItem.id)


def position_of(store: Store, item_id: int) -> tuple[int | None, int]:
    """The item's parent and its index among its siblings: one statement, no ORM
    instances; the versions of the rows read are recorded as the ORM's load records
    them (core/row_versions.py)."""
    with store.reading() as s:
        rows = s.execute(_siblings(), {"item_id": item_id}).all()
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Punktet findes ikke længere."))
    for r in rows:
        store.versions.saw(("agenda_item", (r.id,)), r.version)
    return rows[0].parent_id, [r.id for r in rows].index(item_id)


_KEEP = object()


def move_item(
    store: Store, item_id: int, parent_id: int | None, index: int, pinned_start=_KEEP,
) -> tuple[int | None, int, dt.time | None]:
    """Move an item to ``index`` among the children of ``parent_id`` (None: top level).
    A sub-item loses its pinned time; ``pinned_start`` sets it explicitly (undo).
    Returns the old (parent_id, index, pinned_start) for undo."""
    with store.transaction(MEETINGS) as s:
        # the item with its siblings in one statement (the same rows as get_item and
        # sibling_group read, one round trip less)
        old_siblings = list(s.scalars(_sibling_items(), {"item_id": item_id}))
        item = next((x for x in old_siblings if x.id == item_id), None)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Punktet findes ikke længere."))
        old_parent, old_pin = item.parent_id, item.pinned_start
        old_index = old_siblings.index(item)
        if parent_id is not None:
            parent = get_item(s, parent_id)
            if parent.id == item.id or parent.parent_id is not None or parent.meeting_id != item.meeting_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Agenda", "Punktet kan ikke flyttes derhen (kun ét niveau underpunkter)."))
            if sibling_group(s, item.meeting_id, item.id):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Agenda", "Et punkt med underpunkter kan ikke selv blive underpunkt."))
        old_siblings.remove(item)
        if parent_id == old_parent:  # numbered once, below: a row that ends where it was
            new_siblings = old_siblings  # is not touched (nor walked by the flush's checks)
        else:
            renumber(old_siblings)
            new_siblings = [x for x in sibling_group(s, item.meeting_id, parent_id)
                            if x.id != item.id]
        item.parent_id = parent_id
        if parent_id is not None:
            item.pinned_start = None  # sub-items run inside their parent's slot
        elif pinned_start is not _KEEP:
            item.pinned_start = pinned_start
        new_siblings.insert(max(0, min(index, len(new_siblings))), item)
        renumber(new_siblings)
        return old_parent, old_index, old_pin


def indent_target(store: Store, item_id: int) -> tuple[int, int] | None:
    """Where indenting puts the item: last child of the item above it (or None)."""
    with store.reading() as s:
        item = get_item(s, item_id)
        if item.parent_id is not None or sibling_group(s, item.meeting_id, item.id):
            return None
        siblings = sibling_group(s, item.meeting_id, None)
        i = siblings.index(item)
        if i == 0:
            return None
        above = siblings[i - 1]
        return above.id, len(sibling_group(s, item.meeting_id, above.id))


def outdent_target(store: Store, item_id: int) -> tuple[None, int] | None:
    """Where outdenting puts a sub-item: right after its parent at top level."""
    with store.reading() as s:
        item = get_item(s, item_id)
        if item.parent_id is None:
            return None
        parent = get_item(s, item.parent_id)
        return None, sibling_group(s, item.meeting_id, None).index(parent) + 1
