"""Editing a meeting's agenda items: insert, update, delete (with undo snapshots),
duplicate and sub-points. Moving is in :mod:`.item_moves`, presenters in
:mod:`.presenters`; the sibling groups they all keep in order in :mod:`.item_tree`.
Every function is one transaction and notifies the "meetings" area."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING


from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import validate
from kkrdesk.core.enums import ItemKind
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, Meeting, Presenter, SubPoint
from kkrdesk.core.store import Store
from kkrdesk.services import snapshots
from kkrdesk.services.agenda import referat
from kkrdesk.services.agenda.item_tree import get_item, renumber, sibling_group
from kkrdesk.services.areas import MEETINGS

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


DEFAULT_DURATION = {
    ItemKind.WELCOME: 10, ItemKind.BREAK: 15, ItemKind.ANY_OTHER_BUSINESS: 10,
}


def default_duration(kind: ItemKind) -> int:
    """A new item's minutes by its kind (Velkomst 10, Pause 15, Eventuelt 10, others 15)."""
    return DEFAULT_DURATION.get(kind, 15)


def _clean_title(title: str) -> str:
    return validate.clean_text(title, "Titel", required=True, max_len=2000, single_line=True)


def insert_item(
    store: Store, meeting_id: int, *, title: str, kind: ItemKind = ItemKind.DISCUSSION,
    duration_min: int | None = None, after_id: int | None = None, parent_id: int | None = None,
    index: int | None = None,
) -> int:
    """Insert an item after ``after_id`` (same level), or at ``index`` under
    ``parent_id`` (default: at the end). Returns the new item's id."""
    title = _clean_title(title)
    duration = validate.duration(DEFAULT_DURATION.get(kind, 15) if duration_min is None else duration_min)
    with store.transaction(MEETINGS) as s:
        if s.get(Meeting, meeting_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        if after_id is not None:
            after = get_item(s, after_id)
            parent_id = after.parent_id
            siblings = sibling_group(s, meeting_id, parent_id)
            index = siblings.index(after) + 1
        else:
            if parent_id is not None:
                parent = get_item(s, parent_id)
                if parent.parent_id is not None:
                    raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "Underpunkter kan kun ligge ét niveau ned."))
            siblings = sibling_group(s, meeting_id, parent_id)
            index = len(siblings) if index is None else max(0, min(index, len(siblings)))
        if parent_id is not None and duration_min is None:
            duration = 0  # sub-items share their parent's slot unless given time
        item = AgendaItem(meeting_id=meeting_id, parent_id=parent_id, title=title, kind=kind,
                          duration_min=duration)
        s.add(item)
        siblings.insert(index, item)
        renumber(siblings)
        s.flush()
        return item.id


ITEM_FIELDS = ("title", "kind", "duration_min", "pinned_start", "description", "notes", "decision",
               "proposal")
_TEXT_FIELDS = {"description": "Sagsfremstilling", "notes": "Referat", "decision": "Beslutning",
                "proposal": "Indstilling"}


def update_item(store: Store, item_id: int, **changes) -> dict:
    """Change fields of an item; returns the old values (for undo)."""
    clean = {}
    for key, value in changes.items():
        if key == "title":
            value = _clean_title(value)
        elif key == "kind":
            value = ItemKind(value)
        elif key == "duration_min":
            value = validate.duration(value)
        elif key == "pinned_start":
            if value is not None and not isinstance(value, dt.time):
                raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "Et låst tidspunkt skal være et klokkeslæt."))
        elif key in _TEXT_FIELDS:
            value = validate.clean_text(value, _TEXT_FIELDS[key])
        else:
            raise ValueError(f"unknown agenda item field {key}")
        clean[key] = value
    with store.transaction(MEETINGS) as s:
        item = get_item(s, item_id)
        if ("kind" in clean and "duration_min" not in clean and item.parent_id is None
                and item.duration_min == default_duration(item.kind)):
            # the duration was never set by hand: it follows the new kind
            clean["duration_min"] = default_duration(clean["kind"])
        old = {k: getattr(item, k) for k in clean}
        for k, v in clean.items():
            setattr(item, k, v)
        if "decision" in clean:
            referat.sync_approval(s, item)  # "Godkendt" approves the earlier referat
        return old


def _item_rows(s: Session, item_id: int) -> snapshots.Snapshot:
    item = get_item(s, item_id)
    ids = [item.id] + [c.id for c in sibling_group(s, item.meeting_id, item.id)]
    ai, pr, sp = (snapshots.table(n) for n in ("agenda_item", "presenter", "sub_point"))
    link = snapshots.table("project_item_link")
    rows = (
        snapshots.capture(s, "agenda_item", ai.c.id.in_(ids)),
        snapshots.capture(s, "presenter", pr.c.item_id.in_(ids)),
        snapshots.capture(s, "sub_point", sp.c.item_id.in_(ids)),
        snapshots.capture(s, "project_item_link", link.c.item_id.in_(ids)),
        snapshots.capture(s, "sor_item_link", snapshots.table("sor_item_link").c.item_id.in_(ids)),
        snapshots.capture(s, "attachment", snapshots.table("attachment").c.item_id.in_(ids)),
    )
    # parent first, then children (insert order must satisfy parent_id)
    name, items = rows[0]
    ordered = tuple(sorted(items, key=lambda r: r["parent_id"] is not None))
    relinks = (snapshots.references(s, "action_item", "item_id", ids)
               + snapshots.references(s, "next_meeting_topic", "carried_to_item_id", ids))
    return snapshots.Snapshot(((name, ordered),) + rows[1:], tuple(relinks))


def delete_item(store: Store, item_id: int) -> snapshots.Snapshot:
    """Delete an item with its sub-items; returns what ``restore_item`` needs."""
    with store.transaction(MEETINGS) as s:
        snap = _item_rows(s, item_id)
        item = get_item(s, item_id)
        meeting_id, parent_id = item.meeting_id, item.parent_id
        snapshots.remove(s, snap)
        renumber(sibling_group(s, meeting_id, parent_id))
        return snap


def restore_item(store: Store, snap: snapshots.Snapshot) -> int:
    """Put a deleted item back where it was, with the same ids."""
    with store.transaction(MEETINGS) as s:
        top = snap.rows[0][1][0]
        siblings = sibling_group(s, top["meeting_id"], top["parent_id"])
        snapshots.restore(s, snap)
        item = get_item(s, top["id"])
        siblings.insert(min(top["position"], len(siblings)), item)
        renumber(siblings)
        return item.id


def duplicate_item(store: Store, item_id: int) -> int:
    """A copy right after the item, with presenters, sub-points and sub-items (no minutes)."""
    with store.transaction(MEETINGS) as s:
        src = get_item(s, item_id)
        siblings = sibling_group(s, src.meeting_id, src.parent_id)

        def copy(item: AgendaItem, parent_id: int | None) -> AgendaItem:
            new = AgendaItem(meeting_id=item.meeting_id, parent_id=parent_id, title=item.title,
                             kind=item.kind, duration_min=item.duration_min,
                             description=item.description, proposal=item.proposal,
                             position=item.position)
            new.presenters = [Presenter(position=p.position, person_id=p.person_id, name=p.name,
                                        organisation_id=p.organisation_id,
                                        organisation_text=p.organisation_text)
                              for p in item.presenters]
            new.sub_points = [SubPoint(position=p.position, text=p.text) for p in item.sub_points]
            s.add(new)
            s.flush()
            return new

        dup = copy(src, src.parent_id)
        for child in sibling_group(s, src.meeting_id, src.id):
            copy(child, dup.id)
        siblings.insert(siblings.index(src) + 1, dup)
        renumber(siblings)
        return dup.id


def set_sub_points(store: Store, item_id: int, texts: list[str]) -> list[str]:
    """Replace the item's sub-points (blank lines dropped); returns the old ones."""
    clean = [validate.clean_text(t, "Underpunkt", max_len=2000, single_line=True) for t in texts]
    clean = [t for t in clean if t]
    with store.transaction(MEETINGS) as s:
        item = get_item(s, item_id)
        old = [p.text for p in item.sub_points]
        item.sub_points.clear()
        s.flush()
        item.sub_points.extend(SubPoint(position=i, text=t) for i, t in enumerate(clean))
        return old
