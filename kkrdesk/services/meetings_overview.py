"""The meetings' part of the Excel overview: every meeting with its referat's state,
and every action item across meetings (open ones first).

Read in three statements however many years the database holds: the meetings with their
chair, referent and approving meeting; every action item with its person; and the agenda
items' places, to number the item an action belongs to as the agenda does ("9", "2.a")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from kkrdesk.core.enums import label
from kkrdesk.core.models import ActionItem, AgendaItem, Meeting
from kkrdesk.core.store import Store
from kkrdesk.services import meetings
from kkrdesk.views.overview import FollowUpRow, MeetingRow, MeetingsOverview


def _item_labels(rows) -> dict[int, str]:
    """item id -> "9. Title" / "2.a. Title", numbered as the agenda numbers them."""
    top: dict[int, list] = {}
    kids: dict[int, list] = {}
    for r in rows:
        (top.setdefault(r.meeting_id, []) if r.parent_id is None
         else kids.setdefault(r.parent_id, [])).append(r)
    labels = {}
    for items in top.values():
        for n, item in enumerate(sorted(items, key=lambda r: (r.position, r.id)), start=1):
            labels[item.id] = f"{n}. {item.title}"
            for k, child in enumerate(sorted(kids.get(item.id, ()), key=lambda r: (r.position, r.id))):
                labels[child.id] = f"{n}.{meetings.letters(k)}. {child.title}"
    return labels


def meetings_overview(store: Store) -> MeetingsOverview:
    with store.reading() as s:
        found = s.scalars(
            select(Meeting)
            .options(joinedload(Meeting.chair), joinedload(Meeting.minute_taker),
                     joinedload(Meeting.minutes_approved_by))
            .order_by(Meeting.date, Meeting.start_time, Meeting.id)
        ).unique().all()
        summaries = [meetings.summary(m) for m in found]
        by_id = {m.id: m for m in summaries}
        actions = [meetings.action_view(a) for a in s.scalars(
            select(ActionItem).options(joinedload(ActionItem.who_person),
                                       joinedload(ActionItem.meeting))
            .order_by(ActionItem.id)).unique()]
        wanted = {a.meeting_id for a in actions if a.item_id is not None}
        labels = _item_labels(s.execute(
            select(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.parent_id,
                   AgendaItem.position, AgendaItem.title)
            .where(AgendaItem.meeting_id.in_(wanted))).all()) if wanted else {}
    rows = [MeetingRow(
        date=m.date, title=m.title, status=label(m.status),
        place=m.place or ("Online" if m.online_url else ""), chair=m.chair_name,
        referent=m.minute_taker_name, minutes_status=label(m.minutes_status),
        minutes_sent_on=m.minutes_sent_on, minutes_approved_on=m.minutes_approved_on,
        approved_by_meeting=m.minutes_approved_by_date) for m in summaries]
    follow = []
    for a in actions:
        m = by_id[a.meeting_id]
        follow.append(FollowUpRow(
            meeting_date=m.date, meeting_title=m.title,
            item=labels.get(a.item_id, "") if a.item_id is not None else "",
            what=a.what, who=a.who, due=a.due, status=label(a.status), is_open=a.is_open,
            closed_on=a.closed_on))
    far = dt.date.max
    follow.sort(key=lambda r: (not r.is_open, r.due or far, r.meeting_date))
    return MeetingsOverview(tuple(rows), tuple(follow))
