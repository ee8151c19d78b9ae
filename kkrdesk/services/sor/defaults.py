"""What a new round, response or status step starts with, from what is known already:
no date field simply starts at today when the proposal's course says better. A round
sent on a day has its deadline the usual period later (a setting; SDS: the weeks it has
to answer); a response arrives on the round's answer or, once the deadline has passed,
on the deadline; a status step takes the date of the round that caused it."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import SorStatus
from kkrdesk.services.sor.recipients import NETWORK, SDS
from kkrdesk.views.sor import ProposalView, RoundView

S = SorStatus
TOPIC = "til nye SOR-enhedstyper og SOR-specialekoder"  # the network's standing topic


def round_deadline(sent: dt.date | None, to_sds: bool, round_days: int,
                   sds_weeks: int) -> dt.date | None:
    if sent is None:
        return None
    return sent + (dt.timedelta(weeks=sds_weeks) if to_sds else dt.timedelta(days=round_days))


def round_recipients(chosen: list[ProposalView]) -> list[str]:
    """Drafts go to the network first; proposals with its input go on to SDS."""
    if chosen and all(p.status == S.INPUT_RECEIVED for p in chosen):
        return [SDS]
    if chosen and all(p.status == S.DRAFT for p in chosen):
        return [NETWORK]
    return []


def round_title(chosen: list[ProposalView]) -> str:
    """One proposal: its title; several: the network's words for them (»Tilrettet
    forslag …« once the network's input has been worked in)."""
    if len(chosen) == 1:
        return chosen[0].title
    if not chosen:
        return ""
    revised = all(p.status == S.INPUT_RECEIVED for p in chosen)
    return f"{'Tilrettet forslag' if revised else 'Forslag'} {TOPIC}"


def answers_round(r: RoundView, today: dt.date) -> bool:
    """A response recorded after the deadline closes the round (nothing more is due)."""
    return r.answered_on is None and r.deadline is not None and r.deadline < today


def response_date(r: RoundView, today: dt.date) -> dt.date:
    """The round's answer if it has one; its deadline once that has passed (the input
    came by then); else today. Never before the sending."""
    if r.answered_on:
        return r.answered_on
    day = r.deadline if r.deadline and r.deadline < today else today
    return max(day, r.sent_on) if r.sent_on else day


def _candidates(p: ProposalView, rounds: list[RoundView], status: SorStatus) -> list[dt.date]:
    mine = [r for r in rounds if p.id in r.proposal_ids]
    network = [r for r in mine if not r.to_sds()]
    sds = [r for r in mine if r.to_sds()]
    if status == S.IN_CONSULTATION:
        return [r.sent_on for r in network if r.sent_on]
    if status == S.INPUT_RECEIVED:
        answers = [x.received_on for r in network for x in r.responses if x.received_on]
        return [r.answered_on for r in network if r.answered_on] or answers
    if status == S.SENT_TO_SDS:
        return [r.sent_on for r in sds if r.sent_on]
    if status in (S.APPROVED, S.REJECTED):
        return [r.answered_on for r in sds if r.answered_on]
    return []


def step_date(p: ProposalView, rounds: list[RoundView], status: SorStatus,
              today: dt.date) -> dt.date:
    """The day the proposal's rounds say it reached ``status``: not before its latest
    step and not after today; today when they say nothing."""
    counting = [h.changed_on for h in p.history if not h.corrected]
    last = max(counting) if counting else None
    fits = [d for d in _candidates(p, rounds, status) if (last is None or d >= last) and d <= today]
    if fits:
        return max(fits)
    return max(today, last) if last and last > today else today
