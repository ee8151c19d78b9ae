"""Whole-meeting operations: "new meeting from previous" and deleting a meeting in a
way that undo can put back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.dates import check_day
from kkrdesk.core.enums import ItemKind, MeetingStatus
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, Meeting, Presenter, SubPoint
from kkrdesk.core.store import Store
from kkrdesk.services import snapshots
from kkrdesk.services.agenda import referat
from kkrdesk.services.areas import MEETINGS

# Items that return at every meeting. "Meddelelser" is kept as an empty container.
STANDING_KINDS = (ItemKind.WELCOME, ItemKind.BREAK, ItemKind.ANY_OTHER_BUSINESS)
TOPIC_MINUTES = 15


def _is_standing(item: AgendaItem) -> bool:
    if item.parent_id is not None:
        return False
    if item.kind in STANDING_KINDS:
        return True
    return item.kind == ItemKind.ANNOUNCEMENT and item.title.strip().casefold() == "meddelelser"


def new_from_previous(
    store: Store, previous_id: int, date: dt.date, *, start_time: dt.time | None = None,
    end_time: dt.time | None = None,
) -> int:
    """Create the meeting on ``date`` from ``previous_id`` (same times, place, chair),
    or fill the meeting already planned on that date if its agenda is empty."""
    check_day(date, "date")
    with store.transaction(MEETINGS) as s:
        prev = s.get(Meeting, previous_id)
        if prev is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Det forrige møde findes ikke længere."))
        if date <= prev.date:
            raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "Det nye møde skal ligge efter det forrige."), field="date")
        target = s.scalars(select(Meeting).where(Meeting.date == date)).first()
        if target is not None and target.items:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Agenda", "Der er allerede et møde med dagsorden på den dato; vælg en anden dato."),
                field="date")
        if target is None:
            target = Meeting(title=prev.title, date=date, place=prev.place,
                             online_url=prev.online_url, chair_id=prev.chair_id,
                             minute_taker_id=prev.minute_taker_id,
                             start_time=prev.start_time, end_time=prev.end_time)
            s.add(target)
        target.status = MeetingStatus.PLANNED
        if start_time:
            target.start_time = start_time
        if end_time:
            target.end_time = end_time
        if target.end_time <= target.start_time:
            raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "Mødet skal slutte efter det begynder."),
                                  field="end_time")
        s.flush()
        _copy_agenda(s, prev, target)
        return target.id


def _copy_agenda(s, prev: Meeting, target: Meeting) -> None:
    standing = sorted((i for i in prev.items if _is_standing(i)), key=lambda i: i.position)
    aob = [i for i in standing if i.kind == ItemKind.ANY_OTHER_BUSINESS]
    body = [i for i in standing if i.kind != ItemKind.ANY_OTHER_BUSINESS]
    new_items: list[AgendaItem] = []
    for src in body:
        new_items.append(_copy_item(s, src, target))
    approval = referat.approval_item(prev, target)
    if approval is not None:  # right after Velkomst
        s.add(approval)
        at = 1 if new_items and new_items[0].kind == ItemKind.WELCOME else 0
        new_items.insert(at, approval)
    topics = [t for t in prev.topics if t.carried_to_item_id is None]
    topic_items = []
    for topic in topics:
        item = AgendaItem(meeting_id=target.id, title=topic.title, kind=ItemKind.DISCUSSION,
                          duration_min=TOPIC_MINUTES)
        s.add(item)
        topic_items.append((topic, item))
    # Topics go after the last standing item that is not a break at the end.
    insert_at = len(new_items)
    new_items[insert_at:insert_at] = [i for _t, i in topic_items]
    for src in aob:
        new_items.append(_copy_item(s, src, target))
    for pos, item in enumerate(new_items):
        item.position = pos
    s.flush()
    for topic, item in topic_items:
        topic.carried_to_item_id = item.id


def _copy_item(s, src: AgendaItem, target: Meeting) -> AgendaItem:
    # No pinned time: the new agenda is shorter until it fills up, and a copied pin
    # would leave a hole before the break. The secretary pins it again when wanted.
    # Of the Velkomst's sub-points only the standing ones ("Kort præsentationsrunde"):
    # the lines about the previous meeting's new members stay there (the item pane's
    # button writes the new meeting's own).
    item = AgendaItem(meeting_id=target.id, title=src.title, kind=src.kind,
                      duration_min=src.duration_min, description=src.description)
    if src.kind == ItemKind.WELCOME:
        from kkrdesk.views.participants import is_welcome_line  # not needed at start-up

        item.presenters = [Presenter(position=p.position, person_id=p.person_id, name=p.name,
                                     organisation_id=p.organisation_id,
                                     organisation_text=p.organisation_text) for p in src.presenters]
        standing = [p.text for p in src.sub_points if not is_welcome_line(p.text)]
        item.sub_points = [SubPoint(position=n, text=text) for n, text in enumerate(standing)]
    s.add(item)
    return item


# -- delete with undo ------------------------------------------------------------------

MEETING_CHILD_TABLES = ("agenda_item", "presenter", "sub_point", "attendance", "action_item",
                        "next_meeting_topic", "project_item_link", "sor_item_link", "attachment")


def delete_meeting(store: Store, meeting_id: int) -> snapshots.Snapshot:
    """Delete a meeting and all that hangs on it; returns a snapshot for undo."""
    with store.transaction(MEETINGS) as s:
        if s.get(Meeting, meeting_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        t = {n: snapshots.table(n) for n in ("meeting",) + MEETING_CHILD_TABLES}
        item_ids = list(s.scalars(select(t["agenda_item"].c.id)
                                  .where(t["agenda_item"].c.meeting_id == meeting_id)))
        name, items = snapshots.capture(s, "agenda_item", t["agenda_item"].c.meeting_id == meeting_id)
        items = tuple(sorted(items, key=lambda r: r["parent_id"] is not None))
        rows = (
            snapshots.capture(s, "meeting", t["meeting"].c.id == meeting_id),
            (name, items),
            snapshots.capture(s, "presenter", t["presenter"].c.item_id.in_(item_ids)),
            snapshots.capture(s, "sub_point", t["sub_point"].c.item_id.in_(item_ids)),
            snapshots.capture(s, "attendance", t["attendance"].c.meeting_id == meeting_id),
            snapshots.capture(s, "action_item", t["action_item"].c.meeting_id == meeting_id),
            snapshots.capture(s, "next_meeting_topic", t["next_meeting_topic"].c.meeting_id == meeting_id),
            snapshots.capture(s, "project_item_link", t["project_item_link"].c.item_id.in_(item_ids)),
            snapshots.capture(s, "sor_item_link", t["sor_item_link"].c.item_id.in_(item_ids)),
            snapshots.capture(s, "attachment", t["attachment"].c.item_id.in_(item_ids)),
        )
        relinks = snapshots.references(s, "next_meeting_topic", "carried_to_item_id", item_ids)
        relinks = [r for r in relinks if r[2] not in {x["id"] for x in rows[6][1]}]
        # the referat approvals that name this meeting (SET NULL on delete) come back too
        relinks += [r for r in snapshots.references(s, "meeting", "minutes_approved_by_id", [meeting_id])
                    if r[2] != meeting_id]
        relinks += [r for r in snapshots.references(s, "agenda_item", "approves_minutes_of_id",
                                                    [meeting_id]) if r[2] not in item_ids]
        snap = snapshots.Snapshot(rows, tuple(relinks))
        snapshots.remove(s, snap)
        return snap


def restore_meeting(store: Store, snap: snapshots.Snapshot) -> int:
    return snapshots.put_back(store, MEETINGS, snap)


def undo_new_from_previous(store: Store, meeting_id: int, created: bool) -> snapshots.Snapshot | None:
    """Reverse ``new_from_previous``: delete the meeting it created, or empty the
    planned meeting it filled; topics become uncarried again. Returns the snapshot
    that ``redo_new_from_previous`` puts back with the same ids, so later undo steps
    that name those rows (a new item, its title, its minutes) apply again."""
    if created:
        try:
            return delete_meeting(store, meeting_id)
        except NotFound:
            return None
    with store.transaction(MEETINGS) as s:
        if s.get(Meeting, meeting_id) is None:
            return None
        item = snapshots.table("agenda_item")
        item_ids = list(s.scalars(select(item.c.id).where(item.c.meeting_id == meeting_id)))
        snap = agenda_rows(s, item_ids)
        snapshots.remove(s, snap)
        return snap


def redo_new_from_previous(store: Store, meeting_id: int, snap: snapshots.Snapshot | None) -> int:
    """Put back what ``undo_new_from_previous`` took away; returns the meeting id."""
    with store.transaction(MEETINGS) as s:
        if snap is not None:
            snapshots.restore(s, snap)
        if s.get(Meeting, meeting_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        return meeting_id


def agenda_rows(s, item_ids: list[int]) -> snapshots.Snapshot:
    """The agenda items ``item_ids`` (parents first) with their presenters,
    sub-points and project links, and the references to them from elsewhere."""
    t = {n: snapshots.table(n) for n in ("agenda_item", "presenter", "sub_point", "project_item_link")}
    name, items = snapshots.capture(s, "agenda_item", t["agenda_item"].c.id.in_(item_ids))
    rows = (
        (name, tuple(sorted(items, key=lambda r: r["parent_id"] is not None))),
        snapshots.capture(s, "presenter", t["presenter"].c.item_id.in_(item_ids)),
        snapshots.capture(s, "sub_point", t["sub_point"].c.item_id.in_(item_ids)),
        snapshots.capture(s, "project_item_link", t["project_item_link"].c.item_id.in_(item_ids)),
    )
    relinks = (snapshots.references(s, "action_item", "item_id", item_ids)
               + snapshots.references(s, "next_meeting_topic", "carried_to_item_id", item_ids))
    return snapshots.Snapshot(rows, tuple(relinks))
