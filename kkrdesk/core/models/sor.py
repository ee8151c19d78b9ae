"""The network's proposals to SOR (Sundhedsvæsenets Organisationsregister):
proposals, their dated status history, consultation rounds and responses: their tables,
and the classes mapped onto them at first use (kkrdesk.core.models.base)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint, Column, Date, DateTime, ForeignKey, Integer, String, Table, Text,
    UniqueConstraint,
)

from kkrdesk.core.enums import ResponsePosition, SorCodeKind, SorProposalKind, SorStatus
from kkrdesk.core.models.base import (
    Base, Versioned, enum_column, id_column, metadata, part_of, related, version_column,
)
from kkrdesk.core.models.people import Organisation

if TYPE_CHECKING:
    from sqlalchemy.orm import Mapped

round_proposal = Table(
    "round_proposal",
    metadata,
    Column("round_id", ForeignKey("consultation_round.id", ondelete="CASCADE"), primary_key=True),
    Column("proposal_id", ForeignKey("sor_proposal.id", ondelete="CASCADE"), primary_key=True),
)


sor_proposal_table = Table(
    "sor_proposal", metadata,
    id_column(),
    Column("title", String(300), nullable=False),
    Column("kind", enum_column(SorProposalKind), nullable=False),
    Column("concept_code", String(18), nullable=False, default=""),
    Column("current_name", String(200), nullable=False, default=""),
    Column("proposed_name", String(200), nullable=False, default=""),
    Column("definition", Text, nullable=False, default=""),
    Column("rationale", Text, nullable=False, default=""),
    Column("open_questions", Text, nullable=False, default=""),
    Column("related_codes", Text, nullable=False, default=""),
    Column("status", enum_column(SorStatus), nullable=False, default=SorStatus.DRAFT),
    Column("notes", Text, nullable=False, default=""),
    version_column(),
    # SNOMED CT concept ids: 6-18 digits, kept as text (never an integer);
    # the digits-only rule is checked in kkrdesk.core.validate.
    CheckConstraint(
            "concept_code = '' OR length(concept_code) BETWEEN 6 AND 18",
            name="concept_code",
        ),
)

sor_status_change_table = Table(
    "sor_status_change", metadata,
    id_column(),
    part_of("proposal_id", "sor_proposal.id"),
    Column("status", enum_column(SorStatus), nullable=False),
    Column("changed_on", Date, nullable=False),
    Column("note", Text, nullable=False, default=""),
    # Who recorded the step and when; a correction is an entry of its own that
    # names the step it corrects (the corrected step stays in the history).
    Column("recorded_at", DateTime),
    Column("recorded_by", String(100), nullable=False, default=""),
    Column("corrects_id", Integer, ForeignKey("sor_status_change.id", ondelete="SET NULL")),
    version_column(),
)

consultation_round_table = Table(
    "consultation_round", metadata,
    id_column(),
    Column("title", String(300), nullable=False),
    Column("recipient", String(200), nullable=False),
    Column("sent_on", Date),
    Column("deadline", Date),
    Column("answered_on", Date),
    Column("notes", Text, nullable=False, default=""),
    version_column(),
)

round_recipient_table = Table(
    "round_recipient", metadata,
    id_column(),
    part_of("round_id", "consultation_round.id"),
    Column("position", Integer, nullable=False, default=0),
    Column("name", String(200), nullable=False),
    version_column(),
)

consultation_response_table = Table(
    "consultation_response", metadata,
    id_column(),
    part_of("round_id", "consultation_round.id"),
    Column("organisation_id", Integer, ForeignKey("organisation.id", ondelete="SET NULL")),
    Column("proposal_id", Integer, ForeignKey("sor_proposal.id", ondelete="SET NULL")),
    Column("respondent", String(200), nullable=False, default=""),
    Column("received_on", Date),
    Column("text", Text, nullable=False, default=""),
    Column("position", enum_column(ResponsePosition)),
    version_column(),
)

sor_item_link_table = Table(
    "sor_item_link", metadata,
    id_column(),
    part_of("proposal_id", "sor_proposal.id"),
    part_of("item_id", "agenda_item.id"),
    version_column(),
    UniqueConstraint("proposal_id", "item_id"),
)

sor_code_table = Table(
    "sor_code", metadata,
    id_column(),
    Column("code", String(18), nullable=False),
    Column("name", String(200), nullable=False),
    Column("kind", enum_column(SorCodeKind), nullable=False),
    version_column(),
    UniqueConstraint("code"),
)


class SorProposal(Versioned, Base):
    __table__ = sor_proposal_table

    id: Mapped[int]
    title: Mapped[str]
    kind: Mapped[SorProposalKind]
    concept_code: Mapped[str]
    current_name: Mapped[str]
    proposed_name: Mapped[str]
    definition: Mapped[str]
    rationale: Mapped[str]
    open_questions: Mapped[str]
    related_codes: Mapped[str]
    status: Mapped[SorStatus]
    notes: Mapped[str]
    history: Mapped[list[SorStatusChange]]
    rounds: Mapped[list[ConsultationRound]]


class SorStatusChange(Versioned, Base):
    __table__ = sor_status_change_table

    id: Mapped[int]
    proposal_id: Mapped[int]
    status: Mapped[SorStatus]
    changed_on: Mapped[dt.date]
    note: Mapped[str]
    # Who recorded the step and when; a correction is an entry of its own that
    # names the step it corrects (the corrected step stays in the history).
    recorded_at: Mapped[dt.datetime | None]
    recorded_by: Mapped[str]
    corrects_id: Mapped[int | None]


class ConsultationRound(Versioned, Base):
    """One sending of one or more proposals to a recipient, with a deadline."""

    __table__ = consultation_round_table

    id: Mapped[int]
    title: Mapped[str]
    recipient: Mapped[str]
    sent_on: Mapped[dt.date | None]
    deadline: Mapped[dt.date | None]
    answered_on: Mapped[dt.date | None]
    notes: Mapped[str]
    proposals: Mapped[list[SorProposal]]
    responses: Mapped[list[ConsultationResponse]]
    recipients: Mapped[list[RoundRecipient]]


class RoundRecipient(Versioned, Base):
    """One addressee of a round: a standard recipient or an organisation's name."""

    __table__ = round_recipient_table

    id: Mapped[int]
    round_id: Mapped[int]
    position: Mapped[int]
    name: Mapped[str]


class ConsultationResponse(Versioned, Base):
    __table__ = consultation_response_table

    id: Mapped[int]
    round_id: Mapped[int]
    organisation_id: Mapped[int | None]
    proposal_id: Mapped[int | None]
    respondent: Mapped[str]
    received_on: Mapped[dt.date | None]
    text: Mapped[str]
    position: Mapped[ResponsePosition | None]
    organisation: Mapped[Organisation | None]


class SorItemLink(Versioned, Base):
    """An agenda item where a proposal is presented or discussed."""

    __table__ = sor_item_link_table

    id: Mapped[int]
    proposal_id: Mapped[int]
    item_id: Mapped[int]


class SorCode(Versioned, Base):
    """A unit type or specialty code the user added to the shipped reference list."""

    __table__ = sor_code_table

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    kind: Mapped[SorCodeKind]


# Each class's relationships: what SQLAlchemy's relationship() takes, given to it
# when the models are mapped (kkrdesk.core.models.mapping).
RELATIONSHIPS: dict[type, dict] = {
    SorProposal: dict(
        history=related(
            SorStatusChange, cascade="all, delete-orphan", order_by="SorStatusChange.id",
        ),
        rounds=related(
            ConsultationRound, secondary=round_proposal, back_populates="proposals",
        ),
    ),
    ConsultationRound: dict(
        proposals=related(SorProposal, secondary=round_proposal, back_populates="rounds"),
        responses=related(
            ConsultationResponse, cascade="all, delete-orphan",
            order_by="ConsultationResponse.id",
        ),
        recipients=related(
            RoundRecipient, cascade="all, delete-orphan", order_by="RoundRecipient.position",
        ),
    ),
    ConsultationResponse: dict(
        organisation=related(Organisation),
    ),
}


# in the order they are mapped
MODELS = (
    SorProposal, SorStatusChange, ConsultationRound, RoundRecipient, ConsultationResponse,
    SorItemLink, SorCode,
)
