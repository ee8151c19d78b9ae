"""The Dagsorden tab's reads as they were before they were read as rows (main at
ce6fe2c), through the ORM: the whole meeting (load_meeting's selectin and joined loads,
lazy loads for the rest), the meeting box's list and an item's place among its
siblings. Kept here, verbatim, as the reference the row readers are compared with,
read models and recorded row versions alike (tests/agenda_read_checks.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from kkrdesk.core import timing
from kkrdesk.core.enums import ActionStatus, MeetingStatus
from kkrdesk.core.errors import NotFound
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.models import ActionItem, AgendaItem, Attendance, Meeting, Person, Presenter
from kkrdesk.core.store import Store
from kkrdesk.services import row_views
from kkrdesk.views.agenda import (
    AttachmentView, AttendanceView, ItemView, MeetingDetail, PresenterView, TopicView,
)

summary = row_views.meeting_summary
action_view = row_views.action_view


def _presenter(p: Presenter) -> PresenterView:
    name = p.person.name if p.person else p.name
    org = p.organisation.name if p.organisation else p.organisation_text
    if not org and p.person and p.person.organisation:
        org = p.person.organisation.name
    return PresenterView(p.person_id, name, org)


def _item_view(item: AgendaItem, slot: timing.Slot, number: str, children=(),
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


def _bilag_of(m: Meeting) -> dict[int, list[tuple[int, str, int]]]:
    """The meeting's bilag per item (id, filename, size), in one query, data not loaded."""
    from kkrdesk.services.agenda.attachments import meeting_rows

    return meeting_rows(Session.object_session(m), m.id)


def _approved_meeting_date(item: AgendaItem) -> dt.date | None:
    if item.approves_minutes_of_id is None:
        return None
    other = Session.object_session(item).get(Meeting, item.approves_minutes_of_id)
    return other.date if other else None


def build_items(m: Meeting) -> tuple[tuple[ItemView, ...], timing.Schedule]:
    top = sorted((i for i in m.items if i.parent_id is None), key=lambda i: (i.position, i.id))
    kids: dict[int, list[AgendaItem]] = {}
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
    bilag = _bilag_of(m)
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


def load_meeting(s: Session, meeting_id: int) -> Meeting:
    """The meeting with everything its read model shows, in a fixed number of queries
    however long the agenda."""
    m = s.get(
        Meeting, meeting_id,
        options=[
            # one query per collection; the people and organisations they point to
            # come joined into the same query (many-to-one), not one query each
            joinedload(Meeting.chair), joinedload(Meeting.minute_taker),
            selectinload(Meeting.items).selectinload(AgendaItem.presenters).options(
                joinedload(Presenter.person).joinedload(Person.organisation),
                joinedload(Presenter.organisation)),
            selectinload(Meeting.items).selectinload(AgendaItem.sub_points),
            selectinload(Meeting.attendance).options(
                joinedload(Attendance.person).joinedload(Person.organisation),
                joinedload(Attendance.substitute_for)),
            selectinload(Meeting.actions).joinedload(ActionItem.who_person),
            selectinload(Meeting.topics),
        ],
    )
    if m is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
    return m


def attendance_view(a: Attendance) -> AttendanceView:
    org = a.person.organisation.name if a.person.organisation else ""
    return AttendanceView(
        person_id=a.person_id, name=a.person.name, organisation=org, status=a.status,
        mode=a.mode, substitute_for_id=a.substitute_for_id,
        substitute_for_name=a.substitute_for.name if a.substitute_for else "",
        is_guest=a.is_guest, note=a.note,
    )


def get_detail(store: Store, meeting_id: int, *, earlier_actions: bool = True) -> MeetingDetail:
    """The meeting with everything the Word documents and the Dagsorden tab show.
    ``earlier_actions=False`` leaves ``earlier_open_actions`` empty: the tab reads them
    (``open_actions_before``) when its Opfølgning pane is opened."""
    from kkrdesk.core.danish import sort_key

    with store.reading() as s:
        m = load_meeting(s, meeting_id)
        items, sched = build_items(m)
        attendance = sorted(
            (attendance_view(a) for a in m.attendance), key=lambda a: sort_key(a.name)
        )
        actions = tuple(action_view(a) for a in sorted(m.actions, key=lambda a: a.id))
        earlier = _earlier_open(s, m.date) if earlier_actions else ()
        topics = tuple(
            TopicView(t.id, t.title, t.target_date, t.carried_to_item_id) for t in m.topics
        )
        nxt, nxt_has_items = _next_meeting(s, m.date)
        by_id = {}
        for v in items:
            by_id[v.id] = v
            for c in v.children:
                by_id[c.id] = c
        return MeetingDetail(
            meeting=summary(m), items=items, planned_end_min=sched.planned_end_min,
            overrun_min=sched.overrun_min, total_duration_min=sched.total_duration_min,
            attendance=tuple(attendance), actions=actions,
            earlier_open_actions=tuple(action_view(a) for a in earlier),
            topics=topics, next_meeting=summary(nxt) if nxt else None, by_id=by_id,
            next_meeting_time_known=nxt is not None and (
                nxt_has_items or nxt.status != MeetingStatus.PLANNED),
        )


def _next_meeting(s: Session, day: dt.date) -> tuple[Meeting | None, bool]:
    """The meeting after ``day`` and whether it has an agenda: one query (the tab reads
    it at every refresh, the start-up's included)."""
    has_items = select(AgendaItem.id).where(AgendaItem.meeting_id == Meeting.id).exists()
    row = s.execute(select(Meeting, has_items).where(Meeting.date > day)
                    .order_by(Meeting.date).limit(1)).first()
    return (row[0], bool(row[1])) if row else (None, False)


def _earlier_open(s, day: dt.date):
    return s.scalars(
        select(ActionItem).join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(Meeting.date < day,
               ActionItem.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)))
        .order_by(Meeting.date, ActionItem.id)
        .options(joinedload(ActionItem.meeting), joinedload(ActionItem.who_person))
    )


def list_meetings(store: Store) -> list:
    with store.reading() as s:
        found = s.scalars(
            select(Meeting)
            .options(joinedload(Meeting.chair), joinedload(Meeting.minute_taker),
                     joinedload(Meeting.minutes_approved_by))
            .order_by(Meeting.date.desc(), Meeting.start_time.desc())
        )
        return [summary(m) for m in found]


def position_of(store: Store, item_id: int) -> tuple[int | None, int]:
    with store.reading() as s:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Punktet findes ikke længere."))
        q = select(AgendaItem).where(AgendaItem.meeting_id == item.meeting_id)
        q = q.where(AgendaItem.parent_id.is_(None) if item.parent_id is None
                    else AgendaItem.parent_id == item.parent_id)
        siblings = list(s.scalars(q.order_by(AgendaItem.position, AgendaItem.id)))
        return item.parent_id, siblings.index(item)
