"""How a meeting read as rows (:mod:`.meeting_rows`) becomes its read model: the agenda
with derived clock slots and numbers (1, 2, 2.a), presenters, bilag and attendance. The Word documents and the
Dagsorden tab read the same views, so they number and time an item alike."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core import timing
from kkrdesk.services import row_views
from kkrdesk.views.agenda import AttachmentView, AttendanceView, ItemView, PresenterView


def _presenter(p) -> PresenterView:
    name = p.person.name if p.person else p.name
    org = p.organisation.name if p.organisation else p.organisation_text
    if not org and p.person and p.person.organisation:
        org = p.person.organisation.name
    return PresenterView(p.person_id, name, org)


def _item_view(item, slot: timing.Slot, number: str, children=(),
               bilag=None) -> ItemView:
    return ItemView(
        id=item.id, parent_id=item.parent_id, number=number, title=item.title, kind=item.kind,
        duration_min=item.duration_min, pinned_start=item.pinned_start,
        start_min=slot.start_min, end_min=slot.end_min, gap_before_min=slot.gap_before_min,
        presenters=tuple(_presenter(p) for p in item.presenters),
        sub_points=tuple(sp.text for sp in item.sub_points),
        description=item.description, notes=item.notes, decision=item.decision,
        children=tuple(children), children_overrun_min=slot.children_overrun_min,
        proposal=item.proposal or "",
        approves_minutes_of=_approved_meeting_date(item),
        attachments=tuple(AttachmentView(a_id, f"{number}.{n}", name, size) for n, (a_id, name, size)
                          in enumerate((bilag or {}).get(item.id, ()), start=1)),
        actual_start=item.actual_start, actual_end=item.actual_end,
    )


def _approved_meeting_date(item) -> dt.date | None:
    """The date of the meeting whose minutes ``item`` approves (``approves_minutes_of``,
    a row with ``date``), if any."""
    other = item.approves_minutes_of
    return other.date if other is not None else None


def build_items(m, bilag: dict[int, list[tuple[int, str, int]]],
                ) -> tuple[tuple[ItemView, ...], timing.Schedule]:
    """``m`` with ``items`` (all levels, each with ``presenters``, ``sub_points`` and
    ``approves_minutes_of``); ``bilag``: item id -> [(id, filename, size)]."""
    top = sorted((i for i in m.items if i.parent_id is None), key=lambda i: (i.position, i.id))
    kids: dict[int, list] = {}
    for i in m.items:
        if i.parent_id is not None:
            kids.setdefault(i.parent_id, []).append(i)
    for lst in kids.values():
        lst.sort(key=lambda i: (i.position, i.id))
    inputs = [
        timing.SlotInput(
            i.id, i.duration_min, i.pinned_start,
            tuple(timing.SlotInput(c.id, c.duration_min) for c in kids.get(i.id, ())),
        )
        for i in top
    ]
    sched = timing.schedule(m.start_time, m.end_time, inputs)
    numbers = row_views.agenda_numbers(
        [(i.id, m.id, None, i.kind) for i in top]
        + [(c.id, m.id, c.parent_id, c.kind) for i in top for c in kids.get(i.id, ())])
    views = []
    for item in top:
        children = [_item_view(c, sched.by_key[c.id], numbers[c.id], bilag=bilag)
                    for c in kids.get(item.id, ())]
        views.append(_item_view(item, sched.by_key[item.id], numbers[item.id], children,
                                bilag=bilag))
    return tuple(views), sched


def attendance_view(a) -> AttendanceView:
    org = a.person.organisation.name if a.person.organisation else ""
    return AttendanceView(
        person_id=a.person_id, name=a.person.name, organisation=org, status=a.status,
        mode=a.mode, substitute_for_id=a.substitute_for_id,
        substitute_for_name=a.substitute_for.name if a.substitute_for else "",
        is_guest=a.is_guest, note=a.note,
    )
