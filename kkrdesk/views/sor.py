"""Read models of the SOR area: proposals with their dated history, consultation rounds
with responses, agenda links and reference codes. No Qt, no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kkrdesk.core.enums import ResponsePosition, SorCodeKind, SorProposalKind, SorStatus

DEFAULT_SDS_WEEKS = 2  # a round sent to SDS without an answer after this many weeks stands out
_SDS = re.compile(r"sundhedsdatastyrelsen|\bsds\b")
# once a proposal has one of these statuses SDS has decided it: nothing more to chase, so
# neither "deadline passed" nor "no answer from SDS" is shown for it
SDS_ANSWERED = frozenset({SorStatus.APPROVED, SorStatus.REJECTED, SorStatus.RELEASED})


def is_sds(name: str) -> bool:
    return bool(_SDS.search(name.casefold()))


@dataclass(frozen=True)
class StatusChangeView:
    id: int
    status: SorStatus
    changed_on: dt.date
    note: str
    recorded_at: dt.datetime | None = None
    recorded_by: str = ""
    corrects_id: int | None = None
    corrected: bool = False  # a later correction replaced this step


@dataclass(frozen=True)
class ItemLinkView:
    item_id: int
    meeting_id: int
    meeting_date: dt.date
    meeting_title: str
    item_title: str


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
    rationale: str = ""
    open_questions: str = ""
    related_codes: str = ""
    round_ids: tuple[int, ...] = ()
    meetings: tuple[ItemLinkView, ...] = ()

    def step_date(self, status: SorStatus) -> dt.date | None:
        """The date of the latest step to ``status`` that still counts."""
        days = [h.changed_on for h in self.history if h.status == status and not h.corrected]
        return days[-1] if days else None


@dataclass(frozen=True)
class ResponseView:
    id: int
    respondent: str
    received_on: dt.date | None
    position: ResponsePosition | None
    text: str
    proposal_id: int | None = None
    proposal_title: str = ""


@dataclass(frozen=True)
class RoundView:
    id: int
    title: str
    recipient: str  # the recipients joined for display
    sent_on: dt.date | None
    deadline: dt.date | None
    answered_on: dt.date | None
    notes: str
    proposal_ids: tuple[int, ...]
    responses: tuple[ResponseView, ...]
    recipients: tuple[str, ...] = ()
    decided: bool = False  # every proposal in the round has been decided by SDS

    def is_overdue(self, today: dt.date) -> bool:
        return self.answered_on is None and self.deadline is not None and self.deadline < today

    def is_unanswered(self) -> bool:
        return self.sent_on is not None and self.answered_on is None

    def to_sds(self) -> bool:
        return any(is_sds(r) for r in self.recipients or (self.recipient,))

    def sds_waiting(self, today: dt.date, weeks: int) -> bool:
        """Sent to SDS, no answer, and more than ``weeks`` weeks have passed."""
        return (self.to_sds() and self.is_unanswered() and self.sent_on is not None
                and (today - self.sent_on).days > 7 * weeks)

    def alert(self, today: dt.date, weeks: int, decided: bool = False) -> str:
        """A short Danish warning, or "" when the round is in order. ``decided``: SDS has
        decided the proposal asked about, so neither a passed deadline nor an unanswered
        round to SDS is anything to chase; the same when SDS has decided all the round's
        proposals, even if its answered date was never filled in."""
        if decided or self.decided:
            return ""
        if self.is_overdue(today):
            days = (today - self.deadline).days
            return f"Frist overskredet med {days} {'dag' if days == 1 else 'dage'}"
        if self.sds_waiting(today, weeks):
            w = (today - self.sent_on).days // 7
            return f"Intet svar fra SDS efter {w} uger"
        return ""


def proposal_alerts(p: ProposalView, rounds: dict[int, RoundView], today: dt.date,
                    weeks: int) -> list[str]:
    out = []
    answered = p.status in SDS_ANSWERED
    for rid in p.round_ids:
        r = rounds.get(rid)
        if r is not None and (text := r.alert(today, weeks, decided=answered)):
            out.append(f"{text} ({r.title})")
    return out


@dataclass(frozen=True)
class SorCodeView:
    code: str
    name: str
    kind: SorCodeKind
    user_added: bool = False
    id: int | None = None

    @property
    def text(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class ProposalLinkView:
    """A proposal as an agenda item shows it."""

    id: int
    title: str
    status: SorStatus
    status_line: str


@dataclass(frozen=True)
class SorOverview:
    """What the overview workbook and the Word summary take."""

    proposals: tuple[ProposalView, ...]
    rounds: tuple[RoundView, ...]
    today: dt.date
    sds_weeks: int = DEFAULT_SDS_WEEKS
    # (code, "Name (kind)") of the reference codes, so a document names every code it shows
    code_names: tuple[tuple[str, str], ...] = ()
