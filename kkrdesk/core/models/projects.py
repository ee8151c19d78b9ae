"""Projects (identity masking first): phase, dated RAG status notes, milestones,
financing, decisions, risks and links to the agenda items where they were discussed.
Steering and project groups are ``Group`` rows with ``project_id`` set."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kkrdesk.core.enums import MilestoneStatus, ProjectPhase, Rag
from kkrdesk.core.models.base import Base, Versioned, enum_column
from kkrdesk.core.models.people import Group, Organisation


class Project(Versioned, Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[ProjectPhase] = mapped_column(
        enum_column(ProjectPhase), default=ProjectPhase.IDEA
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    # Documents reached ("Foranalyse", "PID", "Business case"), one per line, in order.
    documents: Mapped[str] = mapped_column(Text, default="", server_default="")
    sort_order: Mapped[int] = mapped_column(default=0)

    owner: Mapped[Organisation | None] = relationship()
    status_notes: Mapped[list[ProjectStatusNote]] = relationship(
        cascade="all, delete-orphan", order_by="ProjectStatusNote.noted_on"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        cascade="all, delete-orphan", order_by="Milestone.planned_on"
    )
    financing: Mapped[list[Financing]] = relationship(cascade="all, delete-orphan")
    decisions: Mapped[list[ProjectDecision]] = relationship(cascade="all, delete-orphan")
    risks: Mapped[list[Risk]] = relationship(cascade="all, delete-orphan")
    groups: Mapped[list[Group]] = relationship(cascade="all, delete-orphan")


class ProjectStatusNote(Versioned, Base):
    __tablename__ = "project_status_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    noted_on: Mapped[dt.date] = mapped_column(Date)
    rag: Mapped[Rag] = mapped_column(enum_column(Rag))
    text: Mapped[str] = mapped_column(Text, default="")


class Milestone(Versioned, Base):
    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    # "forventes afholdt i august 2025": only the month is known.
    planned_month_only: Mapped[bool] = mapped_column(default=False)
    actual_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[MilestoneStatus] = mapped_column(
        enum_column(MilestoneStatus), default=MilestoneStatus.PLANNED, server_default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")


class Financing(Versioned, Base):
    __tablename__ = "financing"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(300))  # "ØA 2026"
    model: Mapped[str] = mapped_column(String(300), default="", server_default="")  # "K-98-løsning"
    amount_dkk: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    year: Mapped[int | None] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")


class ProjectDecision(Versioned, Base):
    __tablename__ = "project_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(200), default="")


class Risk(Versioned, Base):
    __tablename__ = "risk"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    probability: Mapped[int | None] = mapped_column()  # 1-5
    impact: Mapped[int | None] = mapped_column()  # 1-5
    mitigation: Mapped[str] = mapped_column(Text, default="")
    is_open: Mapped[bool] = mapped_column(default=True)


class ProjectItemLink(Versioned, Base):
    """An agenda item where the project was discussed."""

    __tablename__ = "project_item_link"
    __table_args__ = (UniqueConstraint("project_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
