"""Organisations, people, groups (the network, steering and project groups) and
memberships: their tables, and the classes mapped onto them at first use
(kkrdesk.core.models.base)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean, CheckConstraint, Column, Date, ForeignKey, Integer, String, Table, Text,
)

from kkrdesk.core.enums import GroupKind, OrgKind, Role
from kkrdesk.core.models.base import (
    Base, Versioned, enum_column, id_column, metadata, part_of, related, version_column,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Mapped


organisation_table = Table(
    "organisation", metadata,
    id_column(),
    Column("name", String(200), nullable=False, unique=True),
    Column("short_name", String(100), nullable=False, default=""),
    Column("kind", enum_column(OrgKind), nullable=False, default=OrgKind.OTHER),
    Column("region", String(50)),  # "Region Nordjylland"
    Column("kkr", String(50)),  # "KKR Nordjylland"
    Column("is_reference", Boolean, nullable=False, default=False),  # shipped reference data
    version_column(),
)

person_table = Table(
    "person", metadata,
    id_column(),
    Column("name", String(200), nullable=False, index=True),
    Column("title", String(200), nullable=False, default=""),
    Column("organisation_id", Integer, ForeignKey("organisation.id", ondelete="SET NULL"), index=True),
    Column("email", String(320), nullable=False, default=""),
    Column("phone", String(50), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    version_column(),
)

group_table = Table(
    "group", metadata,
    id_column(),
    Column("name", String(200), nullable=False),
    Column("kind", enum_column(GroupKind), nullable=False),
    Column("project_id", Integer, ForeignKey("project.id", ondelete="CASCADE"), index=True),
    version_column(),
)

membership_table = Table(
    "membership", metadata,
    id_column(),
    part_of("group_id", "group.id"),
    Column("person_id", Integer, ForeignKey("person.id", ondelete="CASCADE"), index=True),
    # The organisation the seat represents (a steering-group seat may be held by an
    # organisation alone, e.g. "KL (styregruppeformand)").
    Column("organisation_id", Integer, ForeignKey("organisation.id", ondelete="SET NULL")),
    Column("role", enum_column(Role), nullable=False, default=Role.MEMBER),
    Column("appointed_by", String(100), nullable=False, default=""),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("replaces_id", Integer, ForeignKey("membership.id", ondelete="SET NULL"), index=True),
    Column("notes", Text, nullable=False, default=""),
    version_column(),
    CheckConstraint("person_id IS NOT NULL OR organisation_id IS NOT NULL", name="holder"),
    CheckConstraint("end_date IS NULL OR end_date >= start_date", name="period"),
)


class Organisation(Versioned, Base):
    __table__ = organisation_table

    id: Mapped[int]
    name: Mapped[str]
    short_name: Mapped[str]
    kind: Mapped[OrgKind]
    region: Mapped[str | None]  # "Region Nordjylland"
    kkr: Mapped[str | None]  # "KKR Nordjylland"
    is_reference: Mapped[bool]  # shipped reference data
    people: Mapped[list[Person]]


class Person(Versioned, Base):
    __table__ = person_table

    id: Mapped[int]
    name: Mapped[str]
    title: Mapped[str]
    organisation_id: Mapped[int | None]
    email: Mapped[str]
    phone: Mapped[str]
    notes: Mapped[str]
    organisation: Mapped[Organisation | None]
    memberships: Mapped[list[Membership]]


class Group(Versioned, Base):
    """A body people sit in: the network itself, a project's steering or project group."""

    __table__ = group_table

    id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[GroupKind]
    project_id: Mapped[int | None]
    memberships: Mapped[list[Membership]]


class Membership(Versioned, Base):
    """A seat held for a period. Replacing a member closes this row and opens a new
    one whose ``replaces_id`` points here; history is never overwritten."""

    __table__ = membership_table

    id: Mapped[int]
    group_id: Mapped[int]
    person_id: Mapped[int | None]
    # The organisation the seat represents (a steering-group seat may be held by an
    # organisation alone, e.g. "KL (styregruppeformand)").
    organisation_id: Mapped[int | None]
    role: Mapped[Role]
    appointed_by: Mapped[str]
    start_date: Mapped[dt.date | None]
    end_date: Mapped[dt.date | None]
    replaces_id: Mapped[int | None]
    notes: Mapped[str]
    group: Mapped[Group]
    person: Mapped[Person | None]
    organisation: Mapped[Organisation | None]
    replaces: Mapped[Membership | None]
    replaced_by: Mapped[list[Membership]]


# Each class's relationships: what SQLAlchemy's relationship() takes, given to it
# when the models are mapped (kkrdesk.core.models.mapping).
RELATIONSHIPS: dict[type, dict] = {
    Organisation: dict(
        people=related(Person, back_populates="organisation"),
    ),
    Person: dict(
        organisation=related(Organisation, back_populates="people"),
        memberships=related(
            Membership, back_populates="person", foreign_keys="Membership.person_id",
        ),
    ),
    Group: dict(
        memberships=related(
            Membership, back_populates="group", cascade="all, delete-orphan",
        ),
    ),
    Membership: dict(
        group=related(Group, back_populates="memberships"),
        person=related(
            Person, back_populates="memberships", foreign_keys=[membership_table.c.person_id],
        ),
        organisation=related(Organisation),
        replaces=related(
            Membership, remote_side=[membership_table.c.id], back_populates="replaced_by",
        ),
        replaced_by=related(Membership, back_populates="replaces"),
    ),
}


MODELS = (Organisation, Person, Group, Membership)  # in the order they are mapped
