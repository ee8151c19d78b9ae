"""The meetings' part of the Excel overview: every meeting with its referat's state,
and every action item across meetings (open ones first)."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import label
from kkrdesk.core.store import Store
from kkrdesk.services import meetings
from kkrdesk.views.overview import FollowUpRow, MeetingRow, MeetingsOverview


def meetings_overview(store: Store) -> MeetingsOverview:
    rows, actions = [], []
    for summary in sorted(meetings.list_meetings(store), key=lambda m: (m.date, m.start_time)):
        detail = meetings.get_detail(store, summary.id)
        m = detail.meeting
        rows.append(MeetingRow(
            date=m.date, title=m.title, status=label(m.status),
            place=m.place or ("Online" if m.online_url else ""), chair=m.chair_name,
            referent=m.minute_taker_name, minutes_status=label(m.minutes_status),
            minutes_sent_on=m.minutes_sent_on, minutes_approved_on=m.minutes_approved_on,
            approved_by_meeting=m.minutes_approved_by_date))
        for a in detail.actions:
            item = detail.by_id.get(a.item_id) if a.item_id is not None else None
            actions.append(FollowUpRow(
                meeting_date=m.date, meeting_title=m.title,
                item=f"{item.number}. {item.title}" if item else "", what=a.what, who=a.who,
                due=a.due, status=label(a.status), is_open=a.is_open, closed_on=a.closed_on))
    far = dt.date.max
    actions.sort(key=lambda r: (not r.is_open, r.due or far, r.meeting_date))
    return MeetingsOverview(tuple(rows), tuple(actions))
