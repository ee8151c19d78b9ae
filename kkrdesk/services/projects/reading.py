"""One project read whole as plain rows (SQLAlchemy Core, no ORM objects) into the very
read model the ORM's objects give (services/row_views.py): its status notes, milestones,
financing, risks, decisions, groups with their seats, and the agenda items it was
presented under. The Projekter wing reads the selected project so at each selection;
through the ORM its fourteen statements were compiled at the wing's first opening.

Every versioned row read is noted with its version, as an ORM load notes it
(core/row_versions.py), so a later write is still checked against what was shown."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import select

from kkrdesk.core.models import (
    AgendaItem, Financing, Group, Meeting, Membership, Milestone, Organisation, Project,
    ProjectDecision, ProjectItemLink, ProjectStatusNote, Risk,
)
from kkrdesk.services import plain_rows, row_views
from kkrdesk.services.item_numbers import item_numbers
from kkrdesk.views.projects import ItemLinkView, ProjectView

PARTS = (("status_notes", ProjectStatusNote), ("milestones", Milestone),
         ("financing", Financing), ("risks", Risk), ("decisions", ProjectDecision))


def _seats(s, saw, groups: list[SimpleNamespace]) -> None:
    """Each group's seats, with their holders and the seats they took over."""
    seat = Membership.__table__
    by_group = {g.id: g for g in groups}
    seats = plain_rows.rows(s, saw, seat, seat.c.group_id.in_(list(by_group)))
    before = plain_rows.by_id(s, saw, Membership, [m.replaces_id for m in seats])
    holders = [*seats, *before.values()]
    plain_rows.attach_holders(s, saw, holders)
    for g in groups:
        g.memberships = []
    for m in seats:
        m.replaces = before.get(m.replaces_id)
        by_group[m.group_id].memberships.append(m)


def _links(s, saw, project_id: int) -> tuple[ItemLinkView, ...]:
    """The agenda items the project was presented under, by meeting date."""
    item, link, meeting = (t.__table__ for t in (AgendaItem, ProjectItemLink, Meeting))
    found = []
    for iid, version, mid, title, day in s.execute(
            select(item.c.id, item.c.version, item.c.meeting_id, item.c.title, meeting.c.date)
            .join(link, link.c.item_id == item.c.id)
            .join(meeting, meeting.c.id == item.c.meeting_id)
            .where(link.c.project_id == project_id)
            .order_by(meeting.c.date, item.c.id)):
        saw(("agenda_item", (iid,)), version)
        found.append(SimpleNamespace(id=iid, meeting_id=mid, title=title, day=day))
    numbers = item_numbers(s, found)
    return tuple(ItemLinkView(it.id, it.meeting_id, it.day, numbers[it.id], it.title)
                 for it in found)


def project(s, saw, project_id: int) -> ProjectView | None:
    """The project with every part, or None when there is none with ``project_id``."""
    table = Project.__table__
    found = plain_rows.rows(s, saw, table, table.c.id == project_id)
    if not found:
        return None
    p = found[0]
    p.owner = plain_rows.by_id(s, saw, Organisation, [p.owner_id]).get(p.owner_id)
    for attr, model in PARTS:
        part = model.__table__
        setattr(p, attr, plain_rows.rows(s, saw, part, part.c.project_id == project_id))
    group = Group.__table__
    p.groups = plain_rows.rows(s, saw, group, group.c.project_id == project_id)
    _seats(s, saw, p.groups)
    return row_views.project_view(p, _links(s, saw, project_id))
