"""``kkrdesk demo --years``: the synthetic SOR proposals of each year, with their
status history (older ones settled, recent ones still on their way) and the year's
consultation rounds with the municipalities' and SDS's responses."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import SorProposalKind, SorStatus, label
from kkrdesk.core.models import (
    ConsultationResponse, ConsultationRound, SorProposal, SorStatusChange, round_proposal,
)
from kkrdesk.demo import years_words as W
from kkrdesk.demo.years_rows import SEED_DAY, SOR_PER_YEAR, Rows


def sor(r: Rows) -> None:
    kinds = list(SorProposalKind)
    path = (SorStatus.DRAFT, SorStatus.IN_CONSULTATION, SorStatus.INPUT_RECEIVED,
            SorStatus.SENT_TO_SDS)
    for year in range(r.years):
        start = r.first_day + dt.timedelta(days=365 * year)
        proposals = []
        for _ in range(SOR_PER_YEAR):
            concept = r.rnd.choice(W.SOR_CONCEPTS)
            kind = r.rnd.choice(kinds)
            first = r.day(start, start + dt.timedelta(days=200))
            settled = first < SEED_DAY - dt.timedelta(days=400)  # older ones have an outcome
            steps = list(path[:4 if settled else r.rnd.randint(1, 4)])
            if len(steps) == 4 and (settled or r.rnd.random() < 0.5):
                steps.append(r.rnd.choice((SorStatus.APPROVED, SorStatus.APPROVED,
                                           SorStatus.REJECTED, SorStatus.RELEASED)))
            p = r.add(SorProposal, title=f"{concept}: {_sor_title(kind)}",
                      kind=kind, concept_code=f"{r.rnd.randint(10**8, 10**15)}",
                      current_name=concept, proposed_name=f"{concept} (ny)",
                      definition=f"Enhedstypen dækker kommunale tilbud inden for {concept.lower()}.",
                      status=steps[-1], notes="")
            day = first
            for status in steps:
                r.add(SorStatusChange, proposal_id=p["id"], status=status, changed_on=day,
                      note="")
                day += dt.timedelta(days=r.rnd.randint(14, 60))
            proposals.append((p, len(steps)))
        _rounds(r, proposals, start)


def _sor_title(kind: SorProposalKind) -> str:
    return label(kind).lower()  # "ny enhedstype", "omdøbning", ... (any kind added later too)


def _rounds(r: Rows, proposals: list, start: dt.date) -> None:
    """Three rounds a year (two to the network, one to SDS) of up to 12 proposals that got
    that far, 2-6 responses from municipalities to the network rounds; only a recent
    round to SDS may still wait for its answer."""
    for n in range(3):
        sent = start + dt.timedelta(days=60 + 100 * n)
        deadline = sent + dt.timedelta(days=24)
        to_sds = n == 2
        waiting = to_sds and sent > SEED_DAY - dt.timedelta(days=365) and r.rnd.random() < 0.5
        eligible = [p for p in proposals if p[1] >= (4 if to_sds else 2)] or proposals
        chosen = r.rnd.sample(eligible, min(len(eligible), r.rnd.randint(6, 12)))
        rnd_ = r.add(ConsultationRound,
                     title=f"Forslag til SOR-enhedstyper og -specialekoder {sent.year}, runde {n + 1}",
                     recipient=W.SOR_RECIPIENTS[1 if to_sds else 0], sent_on=sent,
                     deadline=deadline, answered_on=None if waiting else deadline, notes="")
        for p, _steps in chosen:
            r.add(round_proposal, round_id=rnd_["id"], proposal_id=p["id"])
        if to_sds:
            r.add(ConsultationResponse, round_id=rnd_["id"], respondent="Sundhedsdatastyrelsen",
                  received_on=rnd_["answered_on"], text="SDS har modtaget forslagene.",
                  organisation_id=None, proposal_id=None)
            continue
        for org in r.rnd.sample(r.municipalities, r.rnd.randint(2, 6)):
            r.add(ConsultationResponse, round_id=rnd_["id"], organisation_id=org, respondent="",
                  proposal_id=r.rnd.choice(chosen)[0]["id"], received_on=r.day(sent, deadline),
                  text="Kommunen bakker op om forslaget med enkelte bemærkninger.")
