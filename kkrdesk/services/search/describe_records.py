"""What a hit among people, organisations, SOR proposals, rounds, answers and projects is
called and where it opens. A round and an answer open in SOR-forslag on their proposal
(the answer's own, else the round's first); an organisation opens Deltagere on its
people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import label
from kkrdesk.core.marked import QT_TRANSLATE_NOOP, enum_text
from kkrdesk.core.models import (
    ConsultationResponse, ConsultationRound, Organisation, Person, Project, SorProposal,
    round_proposal,
)
from kkrdesk.services.search.describe_agenda import Described, joined

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session



def people(s: Session, ids: list[int]) -> Described:
    rows = s.execute(select(Person.id, Person.name, Person.title, Organisation.name)
                     .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                     .where(Person.id.in_(ids)))
    return {pid: (name, joined(org or "", title), ("person", pid))
            for pid, name, title, org in rows}


def organisations(s: Session, ids: list[int]) -> Described:
    rows = s.execute(select(Organisation.id, Organisation.name, Organisation.kind,
                            Organisation.kkr, Organisation.region)
                     .where(Organisation.id.in_(ids)))
    return {oid: (name, joined(enum_text(label(kind)), kkr or region or ""), ("organisation", oid))
            for oid, name, kind, kkr, region in rows}


def proposals(s: Session, ids: list[int]) -> Described:
    rows = s.execute(select(SorProposal.id, SorProposal.title, SorProposal.kind,
                            SorProposal.status, SorProposal.concept_code)
                     .where(SorProposal.id.in_(ids)))
    return {pid: (title, joined(enum_text(label(kind)), enum_text(label(status), lower=True), code), ("sor_proposal", pid))
            for pid, title, kind, status, code in rows}


def _first_proposals(s: Session, round_ids) -> dict[int, int]:
    """round id -> the lowest proposal id it was sent with."""
    return dict(s.execute(select(round_proposal.c.round_id, func.min(round_proposal.c.proposal_id))
                          .where(round_proposal.c.round_id.in_(round_ids))
                          .group_by(round_proposal.c.round_id)).all())


def _proposal(proposal_id: int | None) -> tuple[str, int] | None:
    return ("sor_proposal", proposal_id) if proposal_id is not None else None


def rounds(s: Session, ids: list[int]) -> Described:
    rows = s.execute(select(ConsultationRound.id, ConsultationRound.title,
                            ConsultationRound.recipient, ConsultationRound.sent_on,
                            ConsultationRound.deadline).where(ConsultationRound.id.in_(ids))).all()
    first = _first_proposals(s, [r.id for r in rows])
    return {r.id: (r.title, joined(
        QT_TRANSLATE_NOOP("Search", "til {who}").format(who=r.recipient) if r.recipient else "",
        QT_TRANSLATE_NOOP("Search", "sendt {day}").format(day=short_date(r.sent_on))
        if r.sent_on else "",
        QT_TRANSLATE_NOOP("Search", "frist {day}").format(day=short_date(r.deadline))
        if r.deadline else ""),
                   _proposal(first.get(r.id)))
            for r in rows}


def answers(s: Session, ids: list[int]) -> Described:
    answer, round_ = ConsultationResponse, ConsultationRound
    rows = s.execute(select(answer.id, answer.respondent, answer.received_on, answer.position,
                            answer.proposal_id, answer.round_id, round_.title, Organisation.name)
                     .join(round_, round_.id == answer.round_id)
                     .outerjoin(Organisation, Organisation.id == answer.organisation_id)
                     .where(answer.id.in_(ids))).all()
    first = _first_proposals(s, [r.round_id for r in rows])
    out: Described = {}
    for r in rows:
        who = r.respondent or r.name or QT_TRANSLATE_NOOP("Search", "Høringssvar")
        context = joined(QT_TRANSLATE_NOOP("Search", "Høringsrunde »{title}«").format(title=r.title),
                         QT_TRANSLATE_NOOP("Search", "modtaget {day}").format(
                             day=short_date(r.received_on)) if r.received_on else "",
                         enum_text(label(r.position), lower=True))
        out[r.id] = (who, context, _proposal(r.proposal_id or first.get(r.round_id)))
    return out


def projects(s: Session, ids: list[int]) -> Described:
    rows = s.execute(select(Project.id, Project.name, Project.phase, Organisation.name)
                     .outerjoin(Organisation, Organisation.id == Project.owner_id)
                     .where(Project.id.in_(ids)))
    return {pid: (name, joined(enum_text(label(phase)), owner or ""), ("project", pid))
            for pid, name, phase, owner in rows}
