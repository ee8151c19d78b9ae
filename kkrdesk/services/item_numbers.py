"""The numbers an agenda shows for its items ("5", "2.a"), for any area that names an
agenda item by its place (a project's or a proposal's meetings)."""

from __future__ import annotations

from sqlalchemy import select

from kkrdesk.core.models import AgendaItem
from kkrdesk.services import row_views


def item_numbers(s, items) -> dict[int, str]:
    """The numbers the agenda shows ("5", "2.a") for ``items``, counted as the agenda
    counts: one query for their meetings' agendas (the project list shows every
    project's items)."""
    meeting_ids = {it.meeting_id for it in items}
    if not meeting_ids:
        return {}
    item = AgendaItem.__table__.c  # columns: read through Store.rows as well as the ORM's
    return row_views.item_numbers(s.execute(
        select(item.id, item.meeting_id, item.parent_id, item.kind)
        .where(item.meeting_id.in_(meeting_ids))
        .order_by(item.position, item.id)).all(), items)
