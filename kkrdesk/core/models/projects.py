"""Projects (identity masking first): phase, dated RAG status notes, milestones,
financing, decisions, risks and links to the agenda items where they were discussed:
their tables, and the classes mapped onto them at first use (kkrdesk.core.models.base).
Steering and project groups are ``Group`` rows with ``project_id`` set."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean, Column, Date, ForeignKey, Integer, Numeric, String, Table, Text, UniqueConstraint,
)

from kkrdesk.core.enums import MilestoneStatus, ProjectPhase, Rag
from kkrdesk.core.models.base import (
    Base, Versioned, enum_column, id_column, metadata, part_of, related, version_column,
)
from kkrdesk.core.models.people import Group, Organisation

if TYPE_CHECKING:
    from sqlalchemy.orm import Mapped


project_table = Table(
    "project", metadata,
    id_column(),
    Column("name", String(300), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("phase", enum_column(ProjectPhase), nullable=False, default=ProjectPhase.IDEA),
    Column("owner_id", Integer, ForeignKey("organisation.id", ondelete="SET NULL")),
    Column("started_on", Date),
    # Documents reached ("Foranalyse", "PID", "Business case"), one per line, in order.
    Column("documents", Text, nullable=False, default="", server_default=""),
    Column("sort_order", Integer, nullable=False, default=0),
    version_column(),
)

project_status_note_table = Table(
    "project_status_note", metadata,
    id_column(),
    part_of("project_id", "project.id"),
    Column("noted_on", Date, nullable=False),
    Column("rag", enum_column(Rag), nullable=False),
    Column("text", Text, nullable=False, default=""),
    version_column(),
)

milestone_table = Table(
    "milestone", metadata,
    id_column(),
    part_of("project_id", "project.id"),
    Column("title", String(300), nullable=False),
    Column("planned_on", Date),
    # "forventes afholdt i august 2025": only the month is known.
    Column("planned_month_only", Boolean, nullable=False, default=False),
    Column("actual_on", Date),
    Column("status", enum_column(MilestoneStatus), nullable=False, default=MilestoneStatus.PLANNED, server_default="planned"),
    Column("notes", Text, nullable=False, default=""),
    version_column(),
)

financing_table = Table(
    "financing", metadata,
    id_column(),
    part_of("project_id", "project.id"),
    Column("source", String(300), nullable=False),  # "ØA 2026"
    Column("model", String(300), nullable=False, default="", server_default=""),
    Column("amount_dkk", Numeric(14, 2)),
    Column("year", Integer),
    Column("notes", Text, nullable=False, default=""),
    version_column(),
)

project_decision_table = Table(
    "project_decision", metadata,
    id_column(),
    part_of("project_id", "project.id"),
    Column("decided_on", Date),
    Column("text", Text, nullable=False),
    Column("decided_by", String(200), nullable=False, default=""),
    version_column(),
)

risk_table = Table(
    "risk", metadata,
    id_column(),
    part_of("project_id", "project.id"),
    Column("title", String(300), nullable=False),
    Column("probability", Integer),  # 1-5
    Column("impact", Integer),  # 1-5
    Column("mitigation", Text, nullable=False, default=""),
    Column("is_open", Boolean, nullable=False, default=True),
    version_column(),
)

project_item_link_table = Table(
    "project_item_link", metadata,
    id_column(),
    part_of("project_id", "project.id"),
    part_of("item_id", "agenda_item.id"),
    version_column(),
    UniqueConstraint("project_id", "item_id"),
)


class Project(Versioned, Base):
    __table__ = project_table

    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]
    phase: Mapped[ProjectPhase]
    owner_id: Mapped[int | None]
    started_on: Mapped[dt.date | None]
    # Documents reached ("Foranalyse", "PID", "Business case"), one per line, in order.
    documents: Mapped[str]
    sort_order: Mapped[int]
    owner: Mapped[Organisation | None]
    status_notes: Mapped[list[ProjectStatusNote]]
    milestones: Mapped[list[Milestone]]
    financing: Mapped[list[Financing]]
    decisions: Mapped[list[ProjectDecision]]
    risks: Mapped[list[Risk]]
    groups: Mapped[list[Group]]


class ProjectStatusNote(Versioned, Base):
    __table__ = project_status_note_table

    id: Mapped[int]
    project_id: Mapped[int]
    noted_on: Mapped[dt.date]
    rag: Mapped[Rag]
    text: Mapped[str]


class Milestone(Versioned, Base):
    __table__ = milestone_table

    id: Mapped[int]
    project_id: Mapped[int]
    title: Mapped[str]
    planned_on: Mapped[dt.date | None]
    # "forventes afholdt i august 2025": only the month is known.
    planned_month_only: Mapped[bool]
    actual_on: Mapped[dt.date | None]
    status: Mapped[MilestoneStatus]
    notes: Mapped[str]


class Financing(Versioned, Base):
    __table__ = financing_table

    id: Mapped[int]
    project_id: Mapped[int]
    source: Mapped[str]  # "ØA 2026"
    model: Mapped[str]
    amount_dkk: Mapped[Decimal | None]
    year: Mapped[int | None]
    notes: Mapped[str]


class ProjectDecision(Versioned, Base):
    __table__ = project_decision_table

    id: Mapped[int]
    project_id: Mapped[int]
    decided_on: Mapped[dt.date | None]
    text: Mapped[str]
    decided_by: Mapped[str]


class Risk(Versioned, Base):
    __table__ = risk_table

    id: Mapped[int]
    project_id: Mapped[int]
    title: Mapped[str]
    probability: Mapped[int | None]  # 1-5
    impact: Mapped[int | None]  # 1-5
    mitigation: Mapped[str]
    is_open: Mapped[bool]


class ProjectItemLink(Versioned, Base):
    """An agenda item where the project was discussed."""

    __table__ = project_item_link_table

    id: Mapped[int]
    project_id: Mapped[int]
    item_id: Mapped[int]


# Each class's relationships: what SQLAlchemy's relationship() takes, given to it
# when the models are mapped (kkrdesk.core.models.mapping).
RELATIONSHIPS: dict[type, dict] = {
    Project: dict(
        owner=related(Organisation),
        status_notes=related(
            ProjectStatusNote, cascade="all, delete-orphan",
            order_by="ProjectStatusNote.noted_on",
        ),
        milestones=related(
            Milestone, cascade="all, delete-orphan", order_by="Milestone.planned_on",
        ),
        financing=related(Financing, cascade="all, delete-orphan"),
        decisions=related(ProjectDecision, cascade="all, delete-orphan"),
        risks=related(Risk, cascade="all, delete-orphan"),
        groups=related(Group, cascade="all, delete-orphan"),
    ),
}


# in the order they are mapped
MODELS = (
    Project, ProjectStatusNote, Milestone, Financing, ProjectDecision, Risk, ProjectItemLink,
)
