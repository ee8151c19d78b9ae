"""Editing a meeting's agenda: insert, update, delete (with undo snapshots),
duplicate, move, indent/outdent, presenters and sub-points.

Positions are kept contiguous (0..n-1) within each sibling group. Every function is
one transaction and notifies the "meetings" area."""

from __future__ import annotations

from dataclasses import dataclass

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from kkrdesk.core import validate
from kkrdesk.core.enums import ItemKind
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, Meeting, Organisation, Person, Presenter, SubPoint
from kkrdesk.core.store import Store
from kkrdesk.services.areas import MEETINGS
from kkrdesk.services import snapshots
from kkrdesk.services.agenda import referat
from kkrdesk.views.agenda import PresenterInput  # noqa: F401 (read models)

DEFAULT_DURATION = {
    ItemKind.WELCOME: 10, ItemKind.BREAK: 15, ItemKind.ANY_OTHER_BUSINESS: 10,
}


def default_duration(kind: ItemKind) -> int:
    """A new item's minutes by its kind (Velkomst 10, Pause 15, Eventuelt 10, others 15)."""
    return DEFAULT_DURATION.get(kind, 15)


def _item(s: Session, item_id: int) -> AgendaItem:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise NotFound("Punktet findes ikke længere.")
    return item


def _siblings(s: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    q = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    q = q.where(AgendaItem.parent_id.is_(None) if parent_id is None else AgendaItem.parent_id == parent_id)
    return list(s.scalars(q.order_by(AgendaItem.position, AgendaItem.id)))


def _renumber(items: list[AgendaItem]) -> None:
    for pos, item in enumerate(items):
        item.position = pos


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
            raise NotFound("Mødet findes ikke længere.")
        if after_id is not None:
            after = _item(s, after_id)
            parent_id = after.parent_id
            siblings = _siblings(s, meeting_id, parent_id)
            index = siblings.index(after) + 1
        else:
            if parent_id is not None:
                parent = _item(s, parent_id)
                if parent.parent_id is not None:
                    raise ValidationError("Underpunkter kan kun ligge ét niveau ned.")
            siblings = _siblings(s, meeting_id, parent_id)
            index = len(siblings) if index is None else max(0, min(index, len(siblings)))
        if parent_id is not None and duration_min is None:
            duration = 0  # sub-items share their parent's slot unless given time
        item = AgendaItem(meeting_id=meeting_id, parent_id=parent_id, title=title, kind=kind,
                          duration_min=duration)
        s.add(item)
        siblings.insert(index, item)
        _renumber(siblings)
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
                raise ValidationError("Et låst tidspunkt skal være et klokkeslæt.")
        elif key in _TEXT_FIELDS:
            value = validate.clean_text(value, _TEXT_FIELDS[key])
        else:
            raise ValueError(f"unknown agenda item field {key}")
        clean[key] = value
    with store.transaction(MEETINGS) as s:
        item = _item(s, item_id)
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
    item = _item(s, item_id)
    ids = [item.id] + [c.id for c in _siblings(s, item.meeting_id, item.id)]
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
        item = _item(s, item_id)
        meeting_id, parent_id = item.meeting_id, item.parent_id
        snapshots.remove(s, snap)
        _renumber(_siblings(s, meeting_id, parent_id))
        return snap


def restore_item(store: Store, snap: snapshots.Snapshot) -> int:
    """Put a deleted item back where it was, with the same ids."""
    with store.transaction(MEETINGS) as s:
        top = snap.rows[0][1][0]
        siblings = _siblings(s, top["meeting_id"], top["parent_id"])
        snapshots.restore(s, snap)
        item = _item(s, top["id"])
        siblings.insert(min(top["position"], len(siblings)), item)
        _renumber(siblings)
        return item.id


def duplicate_item(store: Store, item_id: int) -> int:
    """A copy right after the item, with presenters, sub-points and sub-items (no minutes)."""
    with store.transaction(MEETINGS) as s:
        src = _item(s, item_id)
        siblings = _siblings(s, src.meeting_id, src.parent_id)

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
        for child in _siblings(s, src.meeting_id, src.id):
            copy(child, dup.id)
        siblings.insert(siblings.index(src) + 1, dup)
        _renumber(siblings)
        return dup.id


def position_of(store: Store, item_id: int) -> tuple[int | None, int]:
    with store.reading() as s:
        item = _item(s, item_id)
        return item.parent_id, _siblings(s, item.meeting_id, item.parent_id).index(item)


_KEEP = object()


def move_item(
    store: Store, item_id: int, parent_id: int | None, index: int, pinned_start=_KEEP,
) -> tuple[int | None, int, dt.time | None]:
    """Move an item to ``index`` among the children of ``parent_id`` (None: top level).
    A sub-item loses its pinned time; ``pinned_start`` sets it explicitly (undo).
    Returns the old (parent_id, index, pinned_start) for undo."""
    with store.transaction(MEETINGS) as s:
        item = _item(s, item_id)
        old_parent, old_pin = item.parent_id, item.pinned_start
        old_siblings = _siblings(s, item.meeting_id, old_parent)
        old_index = old_siblings.index(item)
        if parent_id is not None:
            parent = _item(s, parent_id)
            if parent.id == item.id or parent.parent_id is not None or parent.meeting_id != item.meeting_id:
                raise ValidationError("Punktet kan ikke flyttes derhen (kun ét niveau underpunkter).")
            if _siblings(s, item.meeting_id, item.id):
                raise ValidationError("Et punkt med underpunkter kan ikke selv blive underpunkt.")
        old_siblings.remove(item)
        _renumber(old_siblings)
        new_siblings = old_siblings if parent_id == old_parent else _siblings(s, item.meeting_id, parent_id)
        new_siblings = [x for x in new_siblings if x.id != item.id]
        item.parent_id = parent_id
        if parent_id is not None:
            item.pinned_start = None  # sub-items run inside their parent's slot
        elif pinned_start is not _KEEP:
            item.pinned_start = pinned_start
        new_siblings.insert(max(0, min(index, len(new_siblings))), item)
        _renumber(new_siblings)
        return old_parent, old_index, old_pin


def indent_target(store: Store, item_id: int) -> tuple[int, int] | None:
    """Where indenting puts the item: last child of the item above it (or None)."""
    with store.reading() as s:
        item = _item(s, item_id)
        if item.parent_id is not None or _siblings(s, item.meeting_id, item.id):
            return None
        siblings = _siblings(s, item.meeting_id, None)
        i = siblings.index(item)
        if i == 0:
            return None
        above = siblings[i - 1]
        return above.id, len(_siblings(s, item.meeting_id, above.id))


def outdent_target(store: Store, item_id: int) -> tuple[None, int] | None:
    """Where outdenting puts a sub-item: right after its parent at top level."""
    with store.reading() as s:
        item = _item(s, item_id)
        if item.parent_id is None:
            return None
        parent = _item(s, item.parent_id)
        return None, _siblings(s, item.meeting_id, None).index(parent) + 1


# -- presenters and sub-points -----------------------------------------------------


def _org_by_name(s: Session, name: str) -> Organisation | None:
    if not name:
        return None
    folded = name.casefold()
    for org in s.scalars(select(Organisation)):
        if folded in (org.name.casefold(), (org.short_name or "").casefold()):
            return org
    return None


def get_presenters(store: Store, item_id: int) -> list[PresenterInput]:
    with store.reading() as s:
        item = _item(s, item_id)
        out = []
        for p in item.presenters:
            org = p.organisation.name if p.organisation else p.organisation_text
            out.append(PresenterInput(p.person.name if p.person else p.name, org, p.person_id))
        return out


@dataclass(frozen=True)
class PresenterRows:
    """An item's presenter rows as stored, with the names behind their links: undo puts
    them back as free text if the person or organisation has been deleted since."""

    rows: tuple[dict, ...]
    names: tuple[tuple[int | None, str, str], ...]  # per row: row id, person name, org name


def set_presenters(store: Store, item_id: int, presenters: list[PresenterInput]) -> PresenterRows:
    """Replace the item's presenters; returns the old rows exactly as they were, for
    ``restore_presenters`` (undo). A name that matches a known person links to that
    person."""
    with store.transaction(MEETINGS) as s:
        item = _item(s, item_id)
        old = _presenter_rows(s, item_id)
        item.presenters.clear()
        s.flush()
        for pos, p in enumerate(presenters):
            name = validate.clean_text(p.name, "Oplægsholder", max_len=200, single_line=True)
            org_text = validate.clean_text(p.organisation, "Organisation", max_len=200, single_line=True)
            if not name and not org_text:
                continue
            person = s.get(Person, p.person_id) if p.person_id else None
            if person is None and name:
                person = s.scalars(select(Person).where(Person.name == name)).first()
            if person is None and name and not org_text and _org_by_name(s, name):
                name, org_text = "", name  # "v. KOMBIT": an organisation presents
            org = _org_by_name(s, org_text)
            if person is not None and not org_text and person.organisation is not None:
                org = person.organisation  # "v. Navn, Org" as it was on the day
            item.presenters.append(Presenter(
                position=pos, person_id=person.id if person else None,
                name="" if person else name, organisation_id=org.id if org else None,
                organisation_text="" if org else org_text,
            ))
    return old


def _presenter_rows(s: Session, item_id: int) -> PresenterRows:
    _, rows = snapshots.capture(s, "presenter", snapshots.table("presenter").c.item_id == item_id)
    names = []
    for r in rows:
        person = s.get(Person, r["person_id"]) if r["person_id"] else None
        org = s.get(Organisation, r["organisation_id"]) if r["organisation_id"] else None
        names.append((r["id"], person.name if person else "", org.name if org else ""))
    return PresenterRows(rows, tuple(names))


def restore_presenters(store: Store, item_id: int, old: PresenterRows) -> PresenterRows:
    """Put back exactly the presenter rows ``set_presenters`` replaced (undo): a
    free-text presenter stays free text even if a person of that name exists now.
    Returns the rows it replaced, so redo can use it too."""
    with store.transaction(MEETINGS) as s:
        _item(s, item_id)
        current = _presenter_rows(s, item_id)
        pr = snapshots.table("presenter")
        s.execute(pr.delete().where(pr.c.item_id == item_id))
        rows = []
        for row, (_id, person_name, org_name) in zip(old.rows, old.names):
            row = dict(row)
            if row["person_id"] and s.get(Person, row["person_id"]) is None:
                row["person_id"], row["name"] = None, row["name"] or person_name
            if row["organisation_id"] and s.get(Organisation, row["organisation_id"]) is None:
                row["organisation_id"] = None
                row["organisation_text"] = row["organisation_text"] or org_name
            rows.append(row)
        if rows:
            s.execute(pr.insert(), rows)
        s.expire_all()
        return current


def set_sub_points(store: Store, item_id: int, texts: list[str]) -> list[str]:
    """Replace the item's sub-points (blank lines dropped); returns the old ones."""
    clean = [validate.clean_text(t, "Underpunkt", max_len=2000, single_line=True) for t in texts]
    clean = [t for t in clean if t]
    with store.transaction(MEETINGS) as s:
        item = _item(s, item_id)
        old = [p.text for p in item.sub_points]
        item.sub_points.clear()
        s.flush()
        item.sub_points.extend(SubPoint(position=i, text=t) for i, t in enumerate(clean))
        return old


def parse_presenters(text: str) -> list[PresenterInput]:
    """'Poul Erik Kristensen, KL; Jeanette Jensen, MedCom' -> two presenters.
    A leading 'v. ' is ignored; ' og ' also separates presenters."""
    text = text.strip()
    if text.lower().startswith("v. "):
        text = text[3:]
    # " og " separates two presenters only when the next one has its own organisation
    # ("A, KL og B, MedCom"); "Social- og Boligstyrelsen" stays whole.
    parts = [p for chunk in text.split(";") for p in re.split(r" og (?=[^,;]+,)", chunk)]
    out = []
    for part in parts:
        name, _, org = part.partition(",")
        if name.strip() or org.strip():
            out.append(PresenterInput(name.strip(), org.strip()))
    return out


def presenter_choices(store: Store) -> list[PresenterInput]:
    """Known people as presenters ("Navn, Organisation"), for pickers."""
    from kkrdesk.core.danish import sort_key

    with store.reading() as s:
        rows = s.execute(select(Person.id, Person.name, Organisation.name)
                         .join(Organisation, Person.organisation_id == Organisation.id, isouter=True))
        out = [PresenterInput(name, org or "", pid) for pid, name, org in rows]
    return sorted(out, key=lambda p: sort_key(p.name))
