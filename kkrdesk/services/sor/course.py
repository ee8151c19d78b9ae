"""A round's course drives its proposals' status, in the same transaction as the change
to the round: when a round is sent, its drafts go »I høring« (a round to SDS takes
drafts and proposals with input »Sendt til SDS«), dated the sending; when a round to
the network is answered, its proposals »I høring« have »Input modtaget«, dated the
answer. Each step obeys the status rules (core/sor_rules.py); a proposal that cannot
follow (its latest step is later, say) is named, not forced. Undo takes exactly the
steps a change made back, and redo puts the same rows (the same ids) in again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING


from kkrdesk.core import sor_rules
from kkrdesk.core.enums import SorStatus
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.models import ConsultationRound, SorProposal
from kkrdesk.services import snapshots
from kkrdesk.services.sor import proposals as sor
from kkrdesk.views.sor import is_sds

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


S = SorStatus


@dataclass(frozen=True)
class Before:
    """What a round was before a change: was it sent, answered, and with which proposals."""

    sent_on: dt.date | None = None
    answered_on: dt.date | None = None
    proposal_ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, r: ConsultationRound) -> Before:
        return cls(r.sent_on, r.answered_on, frozenset(p.id for p in r.proposals))


def to_sds(r: ConsultationRound) -> bool:
    return any(is_sds(x.name) for x in r.recipients) or is_sds(r.recipient or "")


def follow(s: Session, r: ConsultationRound, before: Before | None,
           today: dt.date) -> tuple[list[int], list[str]]:
    """Move the round's proposals on after a change (``before`` None: just made);
    returns the new steps' ids and the titles of proposals that could not follow."""
    before = before or Before()
    made: list[int] = []
    refused: list[str] = []
    if r.sent_on is not None:
        news = [p for p in r.proposals
                if before.sent_on is None or p.id not in before.proposal_ids]
        target, takes = ((S.SENT_TO_SDS, {S.DRAFT, S.INPUT_RECEIVED}) if to_sds(r)
                         else (S.IN_CONSULTATION, {S.DRAFT}))
        note = f"Sendt til {', '.join(x.name for x in r.recipients)} (»{r.title}«)."
        _move(s, news, takes, target, r.sent_on, note, today, made, refused)
    if r.answered_on is not None and before.answered_on is None and not to_sds(r):
        _move(s, list(r.proposals), {S.IN_CONSULTATION}, S.INPUT_RECEIVED, r.answered_on,
              f"Høringsrunden »{r.title}« er besvaret.", today, made, refused)
    return made, refused


def _move(s: Session, proposals: list[SorProposal], takes: set[SorStatus], target: SorStatus,
          on: dt.date, note: str, today: dt.date, made: list[int], refused: list[str]) -> None:
    for p in proposals:
        if p.status not in takes:
            continue
        steps = [sor_rules.Step(h.id, h.status, h.changed_on, h.corrects_id) for h in p.history]
        try:
            sor_rules.check_step(steps, target, on, today)
        except ValidationError:
            refused.append(p.title)
            continue
        made.append(sor.append_step(s, p, target, on, note, None))


def take_back(s: Session, step_ids: list[int]) -> snapshots.Rows:
    """Remove the steps a change made; their rows come back for redo."""
    t = snapshots.table("sor_status_change")
    rows = snapshots.capture(s, "sor_status_change", t.c.id.in_(step_ids or [-1]))
    snapshots.remove(s, snapshots.Snapshot(rows=(rows,)))
    resync(s, {row["proposal_id"] for row in rows[1]})
    return rows


def resync(s: Session, proposal_ids: set[int]) -> None:
    """Stored statuses follow the histories again (after rows were removed or put back)."""
    s.expire_all()
    for pid in proposal_ids:
        if (p := s.get(SorProposal, pid)) is not None:
            sor.sync_status(p)


def step_owners(snap: snapshots.Snapshot) -> set[int]:
    """The proposals whose history a snapshot holds steps of."""
    return {row["proposal_id"] for name, rows in snap.rows if name == "sor_status_change"
            for row in rows}
