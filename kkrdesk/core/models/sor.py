"""The network's proposals to SOR (Sundhedsvæsenets Organisationsregister):
proposals, their dated status history, consultation rounds and responses."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint, Column, Date, DateTime, ForeignKey, Integer, String, Table, Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kkrdesk.core.enums import ResponsePosition, SorCodeKind, SorProposalKind, SorStatus
from kkrdesk.core.models.base import Base, Versioned, enum_column
from kkrdesk.core.models.people import Organisation

round_proposal = Table(
    "round_proposal",
    Base.metadata,
    Column("round_id", ForeignKey("consultation_round.id", ondelete="CASCADE"), primary_key=True),
    Column("proposal_id", ForeignKey("sor_proposal.id", ondelete="CASCADE"), primary_key=True),
)


class SorProposal(Versioned, Base):
    __tablename__ = "sor_proposal"
    __table_args__ = (
        # SNOMED CT concept ids: 6-18 digits, kept as text (never an integer);
        # the digits-only rule is checked in kkrdesk.core.validate.
        CheckConstraint(
            "concept_code = '' OR length(concept_code) BETWEEN 6 AND 18",
            name="concept_code",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[SorProposalKind] = mapped_column(enum_column(SorProposalKind))
    concept_code: Mapped[str] = mapped_column(String(18), default="")
    current_name: Mapped[str] = mapped_column(String(200), default="")
    proposed_name: Mapped[str] = mapped_column(String(200), default="")
    definition: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    open_questions: Mapped[str] = mapped_column(Text, default="")
    related_codes: Mapped[str] = mapped_column(Text, default="")  # codes, space separated
    status: Mapped[SorStatus] = mapped_column(enum_column(SorStatus), default=SorStatus.DRAFT)
    notes: Mapped[str] = mapped_column(Text, default="")

    history: Mapped[list[SorStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="SorStatusChange.id"
    )
    rounds: Mapped[list[ConsultationRound]] = relationship(
        secondary=round_proposal, back_populates="proposals"
    )


class SorStatusChange(Versioned, Base):
    __tablename__ = "sor_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("sor_proposal.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[SorStatus] = mapped_column(enum_column(SorStatus))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    # Who recorded the step and when; a correction is an entry of its own that
    # names the step it corrects (the corrected step stays in the history).
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("sor_status_change.id", ondelete="SET NULL")
    )


class ConsultationRound(Versioned, Base):
    """One sending of one or more proposals to a recipient, with a deadline."""

    __tablename__ = "consultation_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    recipient: Mapped[str] = mapped_column(String(200))
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    proposals: Mapped[list[SorProposal]] = relationship(
        secondary=round_proposal, back_populates="rounds"
    )
    responses: Mapped[list[ConsultationResponse]] = relationship(
        cascade="all, delete-orphan", order_by="ConsultationResponse.id"
    )
    recipients: Mapped[list[RoundRecipient]] = relationship(
        cascade="all, delete-orphan", order_by="RoundRecipient.position"
    )


class RoundRecipient(Versioned, Base):
    """One addressee of a round: a standard recipient or an organisation's name."""

    __tablename__ = "round_recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("consultation_round.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))


class ConsultationResponse(Versioned, Base):
    __tablename__ = "consultation_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("consultation_round.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("sor_proposal.id", ondelete="SET NULL")
    )
    respondent: Mapped[str] = mapped_column(String(200), default="")  # when not an organisation
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[ResponsePosition | None] = mapped_column(enum_column(ResponsePosition))

    organisation: Mapped[Organisation | None] = relationship()


class SorItemLink(Versioned, Base):
    """An agenda item where a proposal is presented or discussed."""

    __tablename__ = "sor_item_link"
    __table_args__ = (UniqueConstraint("proposal_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("sor_proposal.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )


class SorCode(Versioned, Base):
    """A unit type or specialty code the user added to the shipped reference list."""

    __tablename__ = "sor_code"
    __table_args__ = (UniqueConstraint("code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[SorCodeKind] = mapped_column(enum_column(SorCodeKind))
