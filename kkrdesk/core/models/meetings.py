"""Meetings, agenda items (one level of nesting), presenters, sub-points,
attendance, action items and next-meeting topics."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, Time, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, ItemKind, MeetingStatus,
)
from kkrdesk.core.models.base import Base, Versioned, enum_column
from kkrdesk.core.models.people import Organisation, Person


class Meeting(Versioned, Base):
    __tablename__ = "meeting"
    __table_args__ = (CheckConstraint("end_time > start_time", name="times"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="Netværksmøde")
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), default="")
    online_url: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus), default=MeetingStatus.PLANNED
    )
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    minute_taker_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # The referat's lifecycle: udkast (neither date) -> udsendt -> godkendt by a later meeting.
    minutes_sent_on: Mapped[dt.date | None] = mapped_column(Date)
    minutes_approved_on: Mapped[dt.date | None] = mapped_column(Date)
    minutes_approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )

    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    minutes_approved_by: Mapped[Meeting | None] = relationship(
        remote_side=[id], foreign_keys=[minutes_approved_by_id]
    )
    minute_taker: Mapped[Person | None] = relationship(foreign_keys=[minute_taker_id])
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="AgendaItem.position",
        foreign_keys="AgendaItem.meeting_id",
    )  # all items, top-level and sub-items; the tree is built from parent_id
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan",
        foreign_keys="ActionItem.meeting_id",
    )
    topics: Mapped[list[NextMeetingTopic]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan",
        foreign_keys="NextMeetingTopic.meeting_id", order_by="NextMeetingTopic.position",
    )


class AgendaItem(Versioned, Base):
    """One agenda slot. Start times are derived (meeting start + durations in order)
    unless ``pinned_start`` fixes the clock time; children are sub-items."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("duration_min >= 0 AND duration_min <= 1440", name="duration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[ItemKind] = mapped_column(enum_column(ItemKind), default=ItemKind.DISCUSSION)
    duration_min: Mapped[int] = mapped_column(Integer, default=15)
    pinned_start: Mapped[dt.time | None] = mapped_column(Time)
    description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # minutes
    decision: Mapped[str] = mapped_column(Text, default="")  # minutes
    proposal: Mapped[str] = mapped_column(Text, default="")  # Indstilling
    # "Godkendelse af referat": the meeting whose referat this item approves.
    approves_minutes_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )
    # When the item actually began and ended, kept as the chair moves on in the live view
    # (local time, whole seconds); top-level items only.
    actual_start: Mapped[dt.datetime | None] = mapped_column(DateTime)
    actual_end: Mapped[dt.datetime | None] = mapped_column(DateTime)

    meeting: Mapped[Meeting] = relationship(back_populates="items", foreign_keys=[meeting_id])
    parent: Mapped[AgendaItem | None] = relationship(
        remote_side=[id], back_populates="children"
    )
    children: Mapped[list[AgendaItem]] = relationship(
        back_populates="parent", order_by="AgendaItem.position"
    )
    presenters: Mapped[list[Presenter]] = relationship(
        cascade="all, delete-orphan", order_by="Presenter.position"
    )
    sub_points: Mapped[list[SubPoint]] = relationship(
        cascade="all, delete-orphan", order_by="SubPoint.position"
    )


class Presenter(Versioned, Base):
    """"v. Navn, Organisation": a known person, or a name and organisation typed in."""

    __tablename__ = "presenter"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    organisation_text: Mapped[str] = mapped_column(String(200), default="")

    person: Mapped[Person | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class Attachment(Versioned, Base):
    """A bilag: a file attached to an agenda item, kept inside the database so one file
    still holds everything. Listed as "Bilag 3.1" (item number, then its order)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    added_on: Mapped[dt.date] = mapped_column(Date)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SubPoint(Versioned, Base):
    __tablename__ = "sub_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus), default=AttendanceStatus.PRESENT
    )
    mode: Mapped[AttendanceMode] = mapped_column(
        enum_column(AttendanceMode), default=AttendanceMode.IN_PERSON
    )
    substitute_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    is_guest: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    substitute_for: Mapped[Person | None] = relationship(foreign_keys=[substitute_for_id])


class ActionItem(Versioned, Base):
    """Hvad / Hvem / Hvornår / Status. Lives on the meeting that created it and stays
    visible on later meetings until closed."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    what: Mapped[str] = mapped_column(Text)
    who_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    who_text: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus), default=ActionStatus.OPEN, index=True
    )
    closed_on: Mapped[dt.date | None] = mapped_column(Date)

    meeting: Mapped[Meeting] = relationship(back_populates="actions", foreign_keys=[meeting_id])
    who_person: Mapped[Person | None] = relationship()


class NextMeetingTopic(Versioned, Base):
    """A topic recorded at ``meeting`` for a later meeting (e.g. "Kommunale prøvesvar")."""

    __tablename__ = "next_meeting_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    # Set when the topic has been carried onto a later meeting's agenda.
    carried_to_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )

    meeting: Mapped[Meeting] = relationship(back_populates="topics", foreign_keys=[meeting_id])
