"""Meetings, agenda items (one level of nesting), presenters, sub-points, bilag,
attendance, action items and next-meeting topics: the classes mapped onto their tables
(kkrdesk.core.models.meeting_tables) at their first use (kkrdesk.core.models.base)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, ItemKind, MeetingStatus,
)
from kkrdesk.core.models.base import Base, Versioned, related
from kkrdesk.core.models.meeting_tables import (
    action_item_table, agenda_item_table, attachment_table, attendance_table, meeting_table,
    next_meeting_topic_table, presenter_table, sub_point_table,
)
from kkrdesk.core.models.people import Organisation, Person

if TYPE_CHECKING:
    from sqlalchemy.orm import Mapped


class Meeting(Versioned, Base):
    __table__ = meeting_table

    id: Mapped[int]
    title: Mapped[str]
    date: Mapped[dt.date]
    start_time: Mapped[dt.time]
    end_time: Mapped[dt.time]
    place: Mapped[str]
    online_url: Mapped[str]
    status: Mapped[MeetingStatus]
    chair_id: Mapped[int | None]
    minute_taker_id: Mapped[int | None]
    notes: Mapped[str]
    # The referat's lifecycle: udkast (neither date) -> udsendt -> godkendt by a later meeting.
    minutes_sent_on: Mapped[dt.date | None]
    minutes_approved_on: Mapped[dt.date | None]
    minutes_approved_by_id: Mapped[int | None]
    chair: Mapped[Person | None]
    minutes_approved_by: Mapped[Meeting | None]
    minute_taker: Mapped[Person | None]
    items: Mapped[list[AgendaItem]]  # all items, top-level and sub-items; the tree is built from parent_id
    attendance: Mapped[list[Attendance]]
    actions: Mapped[list[ActionItem]]
    topics: Mapped[list[NextMeetingTopic]]


class AgendaItem(Versioned, Base):
    """One agenda slot. Start times are derived (meeting start + durations in order)
    unless ``pinned_start`` fixes the clock time; children are sub-items."""

    __table__ = agenda_item_table

    id: Mapped[int]
    meeting_id: Mapped[int]
    parent_id: Mapped[int | None]
    position: Mapped[int]
    title: Mapped[str]
    kind: Mapped[ItemKind]
    duration_min: Mapped[int]
    pinned_start: Mapped[dt.time | None]
    description: Mapped[str]
    notes: Mapped[str]
    decision: Mapped[str]
    proposal: Mapped[str]
    # "Godkendelse af referat": the meeting whose referat this item approves.
    approves_minutes_of_id: Mapped[int | None]
    # When the item actually began and ended, kept as the chair moves on in the live view
    # (local time, whole seconds); top-level items only.
    actual_start: Mapped[dt.datetime | None]
    actual_end: Mapped[dt.datetime | None]
    meeting: Mapped[Meeting]
    parent: Mapped[AgendaItem | None]
    children: Mapped[list[AgendaItem]]
    presenters: Mapped[list[Presenter]]
    sub_points: Mapped[list[SubPoint]]


class Presenter(Versioned, Base):
    """"v. Navn, Organisation": a known person, or a name and organisation typed in."""

    __table__ = presenter_table

    id: Mapped[int]
    item_id: Mapped[int]
    position: Mapped[int]
    person_id: Mapped[int | None]
    name: Mapped[str]
    organisation_id: Mapped[int | None]
    organisation_text: Mapped[str]
    person: Mapped[Person | None]
    organisation: Mapped[Organisation | None]


class Attachment(Versioned, Base):
    """A bilag: a file attached to an agenda item, kept inside the database so one file
    still holds everything. Listed as "Bilag 3.1" (item number, then its order)."""

    __table__ = attachment_table

    id: Mapped[int]
    item_id: Mapped[int]
    position: Mapped[int]
    filename: Mapped[str]
    size: Mapped[int]
    added_on: Mapped[dt.date]
    data: Mapped[bytes]


class SubPoint(Versioned, Base):
    __table__ = sub_point_table

    id: Mapped[int]
    item_id: Mapped[int]
    position: Mapped[int]
    text: Mapped[str]


class Attendance(Versioned, Base):
    __table__ = attendance_table

    id: Mapped[int]
    meeting_id: Mapped[int]
    person_id: Mapped[int]
    status: Mapped[AttendanceStatus]
    mode: Mapped[AttendanceMode]
    substitute_for_id: Mapped[int | None]
    is_guest: Mapped[bool]
    note: Mapped[str]
    meeting: Mapped[Meeting]
    person: Mapped[Person]
    substitute_for: Mapped[Person | None]


class ActionItem(Versioned, Base):
    """Hvad / Hvem / Hvornår / Status. Lives on the meeting that created it and stays
    visible on later meetings until closed."""

    __table__ = action_item_table

    id: Mapped[int]
    meeting_id: Mapped[int]
    item_id: Mapped[int | None]
    what: Mapped[str]
    who_person_id: Mapped[int | None]
    who_text: Mapped[str]
    due: Mapped[dt.date | None]
    status: Mapped[ActionStatus]
    closed_on: Mapped[dt.date | None]
    meeting: Mapped[Meeting]
    who_person: Mapped[Person | None]


class NextMeetingTopic(Versioned, Base):
    """A topic recorded at ``meeting`` for a later meeting (e.g. "Kommunale prøvesvar")."""

    __table__ = next_meeting_topic_table

    id: Mapped[int]
    meeting_id: Mapped[int]
    position: Mapped[int]
    title: Mapped[str]
    target_date: Mapped[dt.date | None]
    # Set when the topic has been carried onto a later meeting's agenda.
    carried_to_item_id: Mapped[int | None]
    meeting: Mapped[Meeting]


# Each class's relationships: what SQLAlchemy's relationship() takes, given to it
# when the models are mapped (kkrdesk.core.models.mapping).
RELATIONSHIPS: dict[type, dict] = {
    Meeting: dict(
        chair=related(Person, foreign_keys=[meeting_table.c.chair_id]),
        minutes_approved_by=related(
            Meeting, remote_side=[meeting_table.c.id],
            foreign_keys=[meeting_table.c.minutes_approved_by_id],
        ),
        minute_taker=related(Person, foreign_keys=[meeting_table.c.minute_taker_id]),
        # all items, top-level and sub-items; the tree is built from parent_id
        items=related(
            AgendaItem, back_populates="meeting", cascade="all, delete-orphan",
            order_by="AgendaItem.position", foreign_keys="AgendaItem.meeting_id",
        ),
        attendance=related(
            Attendance, back_populates="meeting", cascade="all, delete-orphan",
        ),
        actions=related(
            ActionItem, back_populates="meeting", cascade="all, delete-orphan",
            foreign_keys="ActionItem.meeting_id",
        ),
        topics=related(
            NextMeetingTopic, back_populates="meeting", cascade="all, delete-orphan",
            foreign_keys="NextMeetingTopic.meeting_id", order_by="NextMeetingTopic.position",
        ),
    ),
    AgendaItem: dict(
        meeting=related(
            Meeting, back_populates="items", foreign_keys=[agenda_item_table.c.meeting_id],
        ),
        parent=related(
            AgendaItem, remote_side=[agenda_item_table.c.id], back_populates="children",
        ),
        children=related(
            AgendaItem, back_populates="parent", order_by="AgendaItem.position",
        ),
        presenters=related(
            Presenter, cascade="all, delete-orphan", order_by="Presenter.position",
        ),
        sub_points=related(
            SubPoint, cascade="all, delete-orphan", order_by="SubPoint.position",
        ),
    ),
    Presenter: dict(
        person=related(Person),
        organisation=related(Organisation),
    ),
    Attendance: dict(
        meeting=related(Meeting, back_populates="attendance"),
        person=related(Person, foreign_keys=[attendance_table.c.person_id]),
        substitute_for=related(
            Person, foreign_keys=[attendance_table.c.substitute_for_id],
        ),
    ),
    ActionItem: dict(
        meeting=related(
            Meeting, back_populates="actions", foreign_keys=[action_item_table.c.meeting_id],
        ),
        who_person=related(Person),
    ),
    NextMeetingTopic: dict(
        meeting=related(
            Meeting, back_populates="topics",
            foreign_keys=[next_meeting_topic_table.c.meeting_id],
        ),
    ),
}


# in the order they are mapped
MODELS = (
    Meeting, AgendaItem, Presenter, Attachment, SubPoint, Attendance, ActionItem, NextMeetingTopic,
)
