"""Meetings: list, find, read the whole meeting (agenda with derived slots, attendance,
actions, topics: the views are built in :mod:`.meeting_views`), create and edit."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.enums import ActionStatus, MeetingStatus
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import ActionItem, AgendaItem, Attendance, Meeting, NextMeetingTopic
from kkrdesk.core.store import Store
from kkrdesk.core.validate import clean_text
from kkrdesk.services import row_views
from kkrdesk.services.agenda import meeting_rows as rows
from kkrdesk.services.agenda.meeting_views import attendance_view, build_items
from kkrdesk.services.areas import MEETINGS
from kkrdesk.views.agenda import ActionView, MeetingDetail, MeetingSummary, TopicView

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


summary = row_views.meeting_summary


def list_meetings(store: Store) -> list[MeetingSummary]:
    """Every meeting, the latest first (read as rows, :mod:`.meeting_rows`)."""
    with store.rows() as s:
        return [summary(m) for m in rows.all_meetings(rows.Reader(s, store.versions.saw))]


def default_meeting_id(store: Store, today: dt.date | None = None) -> int | None:
    """The meeting to show first: the latest one up to today with minutes taken (attendance,
    notes or decisions); else the latest up to today that has an agenda; else the next one
    to come; else the latest of all."""
    today = today or dt.date.today()
    # Plain rows, the tables' columns: the start asks this before the ORM is loaded.
    m, at, it = (t.__table__.c for t in (Meeting, Attendance, AgendaItem))
    with store.rows() as s:
        # The meeting whose minutes were worked on last (attendance or notes recorded)
        # comes first: a next meeting prepared in advance does not hide it.
        minuted = s.scalar(
            select(m.id).where(m.date <= today).where(
                select(at.id).where(at.meeting_id == m.id).exists()
                | select(it.id).where(it.meeting_id == m.id, (it.notes != "") | (it.decision != ""))
                .exists())
            .order_by(m.date.desc()).limit(1)
        )
        if minuted is not None:
            return minuted
        with_agenda = s.scalar(
            select(m.id).where(m.date <= today)
            .where(select(it.id).where(it.meeting_id == m.id).exists())
            .order_by(m.date.desc()).limit(1)
        )
        if with_agenda is not None:
            return with_agenda
        upcoming = s.scalar(select(m.id).where(m.date >= today).order_by(m.date).limit(1))
        if upcoming is not None:
            return upcoming
        return s.scalar(select(m.id).order_by(m.date.desc()).limit(1))


def meeting_of_item(store: Store, item_id: int) -> int:
    """The meeting an agenda item belongs to (for jumping to it from another wing)."""
    with store.reading() as s:
        return _item_meeting(s, item_id)


def _item_meeting(s: Session, item_id: int) -> int:
    item = s.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Dagsordenspunktet findes ikke længere."))
    return item.meeting_id


def find_by_date(store: Store, day: dt.date, at: dt.time | None = None) -> MeetingSummary:
    """The one meeting on ``day`` (starting at ``at`` when given); two on the same day
    without a time is refused, never guessed, and the message says how to choose."""
    from kkrdesk.core.danish import clock, short_date

    with store.reading() as s:
        query = select(Meeting).where(Meeting.date == day)
        if at is not None:
            query = query.where(Meeting.start_time == at)
        found = s.scalars(query.order_by(Meeting.start_time)).all()
        if not found:
            when = (QT_TRANSLATE_NOOP("Agenda", " kl. {at}").format(at=clock(at)) if at is not None
                    else "")
            raise NotFound(QT_TRANSLATE_NOOP("Agenda", "Der er intet møde den {day}{when}.").format(
                day=short_date(day), when=when))
        if len(found) > 1:
            which = ", ".join(f"»{m.title}« kl. {clock(m.start_time)}" for m in found)
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Agenda", "Der er {n} møder den {day} ({which}); skriv også tidspunktet, fx "
                "»{day} {at}«.").format(n=len(found), day=short_date(day), which=which,
                                         at=clock(found[0].start_time)))
        return summary(found[0])


action_view = row_views.action_view


def open_actions_before(store: Store, meeting_id: int) -> tuple[ActionView, ...]:
    """The action items still open from the meetings before this one, oldest first."""
    with store.reading() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        return tuple(action_view(a) for a in _earlier_open(s, m.date))


def _earlier_open(s, day: dt.date):
    from sqlalchemy.orm import joinedload

    return s.scalars(
        select(ActionItem).join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(Meeting.date < day, ActionItem.status.in_(OPEN_STATUSES))
        .order_by(Meeting.date, ActionItem.id)
        .options(joinedload(ActionItem.meeting), joinedload(ActionItem.who_person))
    )


def followup(store: Store, meeting_id: int) -> tuple[tuple[ActionView, ...], tuple[TopicView, ...],
                                                     tuple[ActionView, ...]]:
    """The Opfølgning pane's lists, read when it is shown: the meeting's action items and
    topics for a later meeting, and the action items still open from the meetings before."""
    with store.reading() as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        r = rows.Reader(s, store.versions.saw)
        return (tuple(action_view(a) for a in rows.actions(r, m)), _topics(r, meeting_id),
                tuple(action_view(a) for a in _earlier_open(s, m.date)))


def get_detail(store: Store, meeting_id: int, *, earlier_actions: bool = True,
               agenda_only: bool = False) -> MeetingDetail:
    """The meeting with everything the Word documents and the Dagsorden tab show, read as
    rows (:mod:`.meeting_rows`, eight statements). ``earlier_actions=False`` leaves
    ``earlier_open_actions`` empty. ``agenda_only=True`` reads the meeting, its agenda and
    the next meeting alone (five statements), leaving attendance, actions and topics
    empty: the Dagsorden tab shows those only in its side panes, which read them when
    they are shown (``followup``, ``minutes.roster``)."""
    from kkrdesk.services.agenda.attachments import meeting_rows as bilag_rows

    # The agenda alone is plain rows (the start reads it before the ORM is loaded); the
    # lists read the action items still open from before as ORM objects.
    with store.rows() if agenda_only else store.reading() as s:
        r = rows.Reader(s, store.versions.saw)
        m, nxt, nxt_has_items = rows.meeting_and_next(r, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        m.items = rows.items(r, meeting_id)
        items, sched = build_items(m, bilag_rows(s, meeting_id))
        lists = {} if agenda_only else _lists(s, r, m, earlier_actions)
        by_id = {}
        for v in items:
            by_id[v.id] = v
            for c in v.children:
                by_id[c.id] = c
        return MeetingDetail(
            meeting=summary(m), items=items, planned_end_min=sched.planned_end_min,
            overrun_min=sched.overrun_min, total_duration_min=sched.total_duration_min,
            next_meeting=summary(nxt) if nxt else None, by_id=by_id,
            next_meeting_time_known=nxt is not None and (
                nxt_has_items or nxt.status != MeetingStatus.PLANNED), **lists,
        )


def _lists(s: Session, r: rows.Reader, m, earlier_actions: bool) -> dict:
    """The meeting's attendance, action items and topics (and the action items still
    open from before, when asked), as MeetingDetail's fields."""
    from kkrdesk.core.danish import sort_key

    attendance = sorted((attendance_view(a) for a in rows.attendance(r, m.id)),
                        key=lambda a: sort_key(a.name))
    return dict(
        attendance=tuple(attendance), actions=tuple(action_view(a) for a in rows.actions(r, m)),
        earlier_open_actions=(tuple(action_view(a) for a in _earlier_open(s, m.date))
                              if earlier_actions else ()),
        topics=_topics(r, m.id))


def _topics(r: rows.Reader, meeting_id: int) -> tuple[TopicView, ...]:
    return tuple(TopicView(t.id, t.title, t.target_date, t.carried_to_item_id)
                 for t in rows.topics(r, meeting_id))


# -- editing ------------------------------------------------------------------------


def _check_times(start: dt.time, end: dt.time) -> None:
    if end <= start:
        raise ValidationError(QT_TRANSLATE_NOOP("Agenda", "Mødet skal slutte efter det begynder."), field="end_time")


def create_meeting(
    store: Store, *, date: dt.date, start_time: dt.time = dt.time(12), end_time: dt.time = dt.time(15),
    title: str = "Netværksmøde", place: str = "", online_url: str = "",
    status: MeetingStatus = MeetingStatus.PLANNED, chair_id: int | None = None,
    minute_taker_id: int | None = None, notes: str = "",
) -> int:
    _check_times(start_time, end_time)
    with store.transaction(MEETINGS) as s:
        m = Meeting(
            title=clean_text(title, "Titel", required=True, max_len=200), date=date,
            start_time=start_time, end_time=end_time, place=clean_text(place, "Sted", max_len=300),
            online_url=clean_text(online_url, "Link", max_len=500), status=status,
            chair_id=chair_id, minute_taker_id=minute_taker_id, notes=clean_text(notes, "Noter"),
        )
        s.add(m)
        s.flush()
        return m.id


EDITABLE = {
    "title": ("Titel", 200, True), "place": ("Sted", 300, False),
    "online_url": ("Link", 500, False), "notes": ("Noter", None, False),
}


def update_meeting(store: Store, meeting_id: int, **changes) -> MeetingSummary:
    """Change any of: title, date, start_time, end_time, place, online_url, status,
    chair_id, minute_taker_id, notes. Returns the meeting as it now is."""
    with store.transaction(MEETINGS) as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        for key, value in changes.items():
            if key in EDITABLE:
                name, max_len, required = EDITABLE[key]
                value = clean_text(value, name, required=required, max_len=max_len)
            elif key == "status":
                value = MeetingStatus(value)
            elif key not in ("date", "start_time", "end_time", "chair_id", "minute_taker_id"):
                raise ValueError(f"unknown meeting field {key}")
            setattr(m, key, value)
        _check_times(m.start_time, m.end_time)
        s.flush()
        return summary(m)


def add_topic(store: Store, meeting_id: int, title: str, target_date: dt.date | None = None) -> int:
    with store.transaction(MEETINGS) as s:
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Mødet findes ikke længere."))
        t = NextMeetingTopic(
            meeting_id=meeting_id, title=clean_text(title, "Emne", required=True, max_len=2000),
            target_date=target_date, position=len(m.topics),
        )
        s.add(t)
        s.flush()
        return t.id
