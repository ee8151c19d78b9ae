"""An agenda as a tree of sibling groups: the top-level items, and each item's
sub-items one level down. Positions are kept contiguous (0..n-1) within each group, so
every step that inserts, removes or moves an item renumbers the groups it touched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.errors import NotFound
from kkrdesk.core.models import AgendaItem

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session



def get_item(s: Session, item_id: int) -> AgendaItem:
    """The item, or NotFound when another step (or window) has deleted it meanwhile."""
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Punktet findes ikke længere."))
    return item


def sibling_group(s: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    """The sibling group under ``parent_id`` (None: the top level), in agenda order."""
    q = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    q = q.where(AgendaItem.parent_id.is_(None) if parent_id is None else AgendaItem.parent_id == parent_id)
    return list(s.scalars(q.order_by(AgendaItem.position, AgendaItem.id)))


def renumber(items: list[AgendaItem]) -> None:
    """Positions 0..n-1; only the items whose position changes are touched, so a flush
    (and its stale check, core/row_versions.py) looks at those alone, not at the whole
    group (the same UPDATEs are sent either way)."""
    for pos, item in enumerate(items):
        if item.position != pos:
            item.position = pos
