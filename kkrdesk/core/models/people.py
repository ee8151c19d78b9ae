"""Organisations, people, groups (the network, steering and project groups) and memberships."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kkrdesk.core.enums import GroupKind, OrgKind, Role
from kkrdesk.core.models.base import Base, Versioned, enum_column


class Organisation(Versioned, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[OrgKind] = mapped_column(enum_column(OrgKind), default=OrgKind.OTHER)
    region: Mapped[str | None] = mapped_column(String(50))  # "Region Nordjylland"
    kkr: Mapped[str | None] = mapped_column(String(50))  # "KKR Nordjylland"
    is_reference: Mapped[bool] = mapped_column(default=False)  # shipped reference data

    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", foreign_keys="Membership.person_id"
    )


class Group(Versioned, Base):
    """A body people sit in: the network itself, a project's steering or project group."""

    __tablename__ = "group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[GroupKind] = mapped_column(enum_column(GroupKind))
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )


class Membership(Versioned, Base):
    """A seat held for a period. Replacing a member closes this row and opens a new
    one whose ``replaces_id`` points here; history is never overwritten."""

    __tablename__ = "membership"
    __table_args__ = (
        CheckConstraint(
            "person_id IS NOT NULL OR organisation_id IS NOT NULL", name="holder"
        ),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    # The organisation the seat represents (a steering-group seat may be held by an
    # organisation alone, e.g. "KL (styregruppeformand)").
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.MEMBER)
    appointed_by: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("membership.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[Group] = relationship(back_populates="memberships")
    person: Mapped[Person | None] = relationship(
        back_populates="memberships", foreign_keys=[person_id]
    )
    organisation: Mapped[Organisation | None] = relationship()
    replaces: Mapped[Membership | None] = relationship(
        remote_side=[id], back_populates="replaced_by"
    )
    replaced_by: Mapped[list[Membership]] = relationship(back_populates="replaces")
