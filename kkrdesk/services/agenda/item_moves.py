"""Moving an agenda item: up and down among its siblings, into another group, and the
targets of indent (under the item above) and outdent (after its parent). One level of
sub-items only; a sub-item runs inside its parent's slot, so it has no pinned time."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.store import Store
from kkrdesk.services.agenda.item_tree import get_item, renumber, sibling_group
from kkrdesk.services.areas import MEETINGS


def position_of(store: Store, item_id: int) -> tuple[int | None, int]:
    with store.reading() as s:
        item = get_item(s, item_id)
        return item.parent_id, sibling_group(s, item.meeting_id, item.parent_id).index(item)


_KEEP = object()


def move_item(
    store: Store, item_id: int, parent_id: int | None, index: int, pinned_start=_KEEP,
) -> tuple[int | None, int, dt.time | None]:
    """Move an item to ``index`` among the children of ``parent_id`` (None: top level).
    A sub-item loses its pinned time; ``pinned_start`` sets it explicitly (undo).
    Returns the old (parent_id, index, pinned_start) for undo."""
    with store.transaction(MEETINGS) as s:
        item = get_item(s, item_id)
        old_parent, old_pin = item.parent_id, item.pinned_start
        old_siblings = sibling_group(s, item.meeting_id, old_parent)
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
        renumber(old_siblings)
        new_siblings = (old_siblings if parent_id == old_parent
                        else sibling_group(s, item.meeting_id, parent_id))
        new_siblings = [x for x in new_siblings if x.id != item.id]
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
