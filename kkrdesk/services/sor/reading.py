"""The proposals and the consultation rounds read as plain rows (SQLAlchemy Core: the
tables' columns, never entities, through ``Store.rows``, so the ORM need not be loaded)
into the very read models the ORM's objects give (services/row_views.py), as the overview's
sqlite3 reader does. Ten years are 305 proposals with 1,460 steps of
history: loading them as ORM objects was most of the first opening of SOR-forslag.

Every versioned row read is noted with its version, as an ORM load notes it
(core/row_versions.py), so a later write is still checked against what was shown."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import select

from kkrdesk.core.enums import SorStatus
from kkrdesk.core.models import (
    AgendaItem, ConsultationResponse, ConsultationRound, Meeting, Organisation, RoundRecipient,
    SorItemLink, SorProposal, SorStatusChange,
)
from kkrdesk.core.models.sor import round_proposal
from kkrdesk.services import plain_rows, row_views
from kkrdesk.views.sor import ItemLinkView, ProposalView, RoundView


def _links(s, saw) -> dict[int, list[ItemLinkView]]:
    """proposal id -> the agenda items presenting it, by meeting date."""
    link, item, meeting = SorItemLink.__table__, AgendaItem.__table__.c, Meeting.__table__.c
    out: dict[int, list[ItemLinkView]] = {}
    for (pid, iid, iversion, mid, mversion, day, mtitle, ititle) in s.execute(
            select(link.c.proposal_id, item.id, item.version, meeting.id, meeting.version,
                   meeting.date, meeting.title, item.title)
            .join(AgendaItem.__table__, item.id == link.c.item_id)
            .join(Meeting.__table__, meeting.id == item.meeting_id)):
        saw(("agenda_item", (iid,)), iversion)
        saw(("meeting", (mid,)), mversion)
        out.setdefault(pid, []).append(ItemLinkView(iid, mid, day, mtitle, ititle))
    for links in out.values():
        links.sort(key=lambda v: (v.meeting_date, v.item_id))
    return out


def proposals(s, saw, status: SorStatus | None = None) -> list[ProposalView]:
    """Every proposal (or those with ``status``) by id, with its history and rounds."""
    table = SorProposal.__table__
    where = [table.c.status == status] if status is not None else []
    found = plain_rows.rows(s, saw, table, *where)
    by_id = {p.id: p for p in found}
    for p in found:
        p.history, p.rounds = [], []
    for step in plain_rows.rows(s, saw, SorStatusChange.__table__):
        if step.proposal_id in by_id:
            by_id[step.proposal_id].history.append(step)
    for round_id, pid in s.execute(select(round_proposal.c.round_id, round_proposal.c.proposal_id)):
        if pid in by_id:
            by_id[pid].rounds.append(SimpleNamespace(id=round_id))
    links = _links(s, saw)
    return [row_views.proposal_view(p, links.get(p.id, [])) for p in found]


def _round_parts(s, saw, by_id: dict[int, SimpleNamespace]) -> None:
    """Each round's recipients (by position), proposals (id and status) and responses
    (by id, with their organisation)."""
    for r in by_id.values():
        r.recipients, r.proposals, r.responses = [], [], []
    recipient = RoundRecipient.__table__
    for x in plain_rows.rows(s, saw, recipient, order=(recipient.c.position, recipient.c.id)):
        by_id[x.round_id].recipients.append(x)
    p = SorProposal.__table__.c
    for round_id, pid, version, status in s.execute(
            select(round_proposal.c.round_id, p.id, p.version, p.status)
            .join(SorProposal.__table__, p.id == round_proposal.c.proposal_id)):
        saw(("sor_proposal", (pid,)), version)
        by_id[round_id].proposals.append(SimpleNamespace(id=pid, status=status))
    answers = plain_rows.rows(s, saw, ConsultationResponse.__table__)
    org = Organisation.__table__.c
    orgs = {}
    for oid, version, name in s.execute(
            select(org.id, org.version, org.name)
            .where(org.id.in_(sorted({x.organisation_id for x in answers} - {None})))):
        saw(("organisation", (oid,)), version)
        orgs[oid] = SimpleNamespace(id=oid, name=name)
    for x in answers:
        x.organisation = orgs.get(x.organisation_id)
        by_id[x.round_id].responses.append(x)


def rounds(s, saw) -> list[RoundView]:
    """Every round, oldest sending first (unsent last)."""
    p = SorProposal.__table__.c
    titles = dict(s.execute(select(p.id, p.title)).all())
    table = ConsultationRound.__table__
    found = plain_rows.rows(s, saw, table,
                            order=(table.c.sent_on.is_(None), table.c.sent_on, table.c.id))
    _round_parts(s, saw, {r.id: r for r in found})
    return [row_views.round_view(r, titles) for r in found]
