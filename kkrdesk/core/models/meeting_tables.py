"""The tables of meetings, their agendas (items, presenters, sub-points, bilag) and
minutes (attendance, action items, topics for a later meeting): the schema, in SQLAlchemy
Core. The classes mapped onto them are in :mod:`kkrdesk.core.models.meetings`; the first
screen reads these tables' columns before any class is mapped."""

from __future__ import annotations

from sqlalchemy import (
    Boolean, CheckConstraint, Column, Date, DateTime, ForeignKey, Integer, LargeBinary, String,
    Table, Text, Time, UniqueConstraint,
)

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, ItemKind, MeetingStatus,
)
from kkrdesk.core.models.base import enum_column, id_column, metadata, part_of, version_column


meeting_table = Table(
    "meeting", metadata,
    id_column(),
    Column("title", String(200), nullable=False, default="Netværksmøde"),
    Column("date", Date, nullable=False, index=True),
    Column("start_time", Time, nullable=False),
    Column("end_time", Time, nullable=False),
    Column("place", String(300), nullable=False, default=""),
    Column("online_url", String(500), nullable=False, default=""),
    Column("status", enum_column(MeetingStatus), nullable=False, default=MeetingStatus.PLANNED),
    Column("chair_id", Integer, ForeignKey("person.id", ondelete="SET NULL")),
    Column("minute_taker_id", Integer, ForeignKey("person.id", ondelete="SET NULL")),
    Column("notes", Text, nullable=False, default=""),
    # The referat's lifecycle: udkast (neither date) -> udsendt -> godkendt by a later meeting.
    Column("minutes_sent_on", Date),
    Column("minutes_approved_on", Date),
    Column("minutes_approved_by_id", Integer, ForeignKey("meeting.id", ondelete="SET NULL")),
    version_column(),
    CheckConstraint("end_time > start_time", name="times"),
)

agenda_item_table = Table(
    "agenda_item", metadata,
    id_column(),
    part_of("meeting_id", "meeting.id"),
    Column("parent_id", Integer, ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True),
    Column("position", Integer, nullable=False, default=0),
    Column("title", Text, nullable=False),
    Column("kind", enum_column(ItemKind), nullable=False, default=ItemKind.DISCUSSION),
    Column("duration_min", Integer, nullable=False, default=15),
    Column("pinned_start", Time),
    Column("description", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("decision", Text, nullable=False, default=""),
    Column("proposal", Text, nullable=False, default=""),
    # "Godkendelse af referat": the meeting whose referat this item approves.
    Column("approves_minutes_of_id", Integer, ForeignKey("meeting.id", ondelete="SET NULL")),
    # When the item actually began and ended, kept as the chair moves on in the live view
    # (local time, whole seconds); top-level items only.
    Column("actual_start", DateTime),
    Column("actual_end", DateTime),
    version_column(),
    CheckConstraint("duration_min >= 0 AND duration_min <= 1440", name="duration"),
)

presenter_table = Table(
    "presenter", metadata,
    id_column(),
    part_of("item_id", "agenda_item.id"),
    Column("position", Integer, nullable=False, default=0),
    Column("person_id", Integer, ForeignKey("person.id", ondelete="SET NULL")),
    Column("name", String(200), nullable=False, default=""),
    Column("organisation_id", Integer, ForeignKey("organisation.id", ondelete="SET NULL")),
    Column("organisation_text", String(200), nullable=False, default=""),
    version_column(),
)

attachment_table = Table(
    "attachment", metadata,
    id_column(),
    part_of("item_id", "agenda_item.id"),
    Column("position", Integer, nullable=False, default=0),
    Column("filename", String(255), nullable=False),
    Column("size", Integer, nullable=False),
    Column("added_on", Date, nullable=False),
    Column("data", LargeBinary, nullable=False),
    version_column(),
)

sub_point_table = Table(
    "sub_point", metadata,
    id_column(),
    part_of("item_id", "agenda_item.id"),
    Column("position", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False),
    version_column(),
)

attendance_table = Table(
    "attendance", metadata,
    id_column(),
    part_of("meeting_id", "meeting.id"),
    part_of("person_id", "person.id"),
    Column("status", enum_column(AttendanceStatus), nullable=False, default=AttendanceStatus.PRESENT),
    Column("mode", enum_column(AttendanceMode), nullable=False, default=AttendanceMode.IN_PERSON),
    Column("substitute_for_id", Integer, ForeignKey("person.id", ondelete="SET NULL")),
    Column("is_guest", Boolean, nullable=False, default=False),
    Column("note", Text, nullable=False, default=""),
    version_column(),
    UniqueConstraint("meeting_id", "person_id"),
)

action_item_table = Table(
    "action_item", metadata,
    id_column(),
    part_of("meeting_id", "meeting.id"),
    Column("item_id", Integer, ForeignKey("agenda_item.id", ondelete="SET NULL")),
    Column("what", Text, nullable=False),
    Column("who_person_id", Integer, ForeignKey("person.id", ondelete="SET NULL")),
    Column("who_text", String(200), nullable=False, default=""),
    Column("due", Date),
    Column("status", enum_column(ActionStatus), nullable=False, default=ActionStatus.OPEN, index=True),
    Column("closed_on", Date),
    version_column(),
)

next_meeting_topic_table = Table(
    "next_meeting_topic", metadata,
    id_column(),
    part_of("meeting_id", "meeting.id"),
    Column("position", Integer, nullable=False, default=0),
    Column("title", Text, nullable=False),
    Column("target_date", Date),
    # Set when the topic has been carried onto a later meeting's agenda.
    Column("carried_to_item_id", Integer, ForeignKey("agenda_item.id", ondelete="SET NULL")),
    version_column(),
)
