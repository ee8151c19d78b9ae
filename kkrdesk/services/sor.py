"""The network's proposals to SOR and their consultation rounds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kkrdesk.core.enums import SorProposalKind, SorStatus
from kkrdesk.core.models import ConsultationResponse, ConsultationRound, SorProposal
from kkrdesk.core.store import Store

AREA = "sor"


@dataclass(frozen=True)
class StatusChangeView:
    status: SorStatus
    changed_on: dt.date
    note: str


@dataclass(frozen=True)
class ProposalView:
    id: int
    title: str
    kind: SorProposalKind
    concept_code: str
    current_name: str
    proposed_name: str
    definition: str
    status: SorStatus
    status_since: dt.date | None
    notes: str
    history: tuple[StatusChangeView, ...]


@dataclass(frozen=True)
class RoundView:
    id: int
    title: str
    recipient: str
    sent_on: dt.date | None
    deadline: dt.date | None
    answered_on: dt.date | None
    notes: str
    proposal_ids: tuple[int, ...]
    responses: tuple[tuple[str, dt.date | None, str], ...]  # respondent, received, text

    def is_overdue(self, today: dt.date) -> bool:
        return self.answered_on is None and self.deadline is not None and self.deadline < today

    def is_unanswered(self) -> bool:
        return self.sent_on is not None and self.answered_on is None


def list_proposals(store: Store) -> list[ProposalView]:
    with store.reading() as s:
        rows = s.scalars(select(SorProposal).options(selectinload(SorProposal.history))
                         .order_by(SorProposal.id))
        out = []
        for p in rows:
            history = tuple(StatusChangeView(h.status, h.changed_on, h.note) for h in p.history)
            out.append(ProposalView(
                p.id, p.title, p.kind, p.concept_code, p.current_name, p.proposed_name,
                p.definition, p.status, history[-1].changed_on if history else None, p.notes,
                history,
            ))
        return out


def list_rounds(store: Store) -> list[RoundView]:
    with store.reading() as s:
        rows = s.scalars(select(ConsultationRound).options(
            selectinload(ConsultationRound.proposals),
            selectinload(ConsultationRound.responses).selectinload(ConsultationResponse.organisation),
        ).order_by(ConsultationRound.sent_on))
        return [
            RoundView(
                r.id, r.title, r.recipient, r.sent_on, r.deadline, r.answered_on, r.notes,
                tuple(p.id for p in r.proposals),
                tuple(((x.organisation.name if x.organisation else x.respondent), x.received_on,
                       x.text) for x in r.responses),
            )
            for r in rows
        ]
