"""The meetings' part of the Excel overview: every meeting with its referat's state,
and every action item across meetings (open ones first).

Read in three statements however many years the database holds: the meetings with their
chair, referent and approving meeting; every action item with its person; and the agenda
items' places, to number the item an action belongs to as the agenda does ("9", "2.a")."""

from __future__ import annotations

from sqlalchemy import select

from kkrdesk.core.models import ActionItem, AgendaItem, Meeting
from kkrdesk.core.store import Store
from kkrdesk.services import row_views
from kkrdesk.views.overview import MeetingsOverview


def meetings_overview(store: Store) -> MeetingsOverview:
    from sqlalchemy.orm import joinedload

    with store.reading() as s:
        found = s.scalars(
            select(Meeting)
            .options(joinedload(Meeting.chair), joinedload(Meeting.minute_taker),
                     joinedload(Meeting.minutes_approved_by))
            .order_by(Meeting.date, Meeting.start_time, Meeting.id)
        ).unique().all()
        summaries = [row_views.meeting_summary(m) for m in found]
        actions = [row_views.action_view(a) for a in s.scalars(
            select(ActionItem).options(joinedload(ActionItem.who_person),
                                       joinedload(ActionItem.meeting))
            .order_by(ActionItem.id)).unique()]
        wanted = {a.meeting_id for a in actions if a.item_id is not None}
        labels = row_views.item_labels(s.execute(
            select(AgendaItem.id, AgendaItem.meeting_id, AgendaItem.parent_id,
                   AgendaItem.position, AgendaItem.kind, AgendaItem.title)
            .where(AgendaItem.meeting_id.in_(wanted))).all()) if wanted else {}
    return row_views.meetings_overview(summaries, actions, labels)
