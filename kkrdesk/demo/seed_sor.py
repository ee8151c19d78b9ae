"""The demo's SOR proposals as they stand on 18 June 2025 (the seed's 14.05 item):
sent to the network 6 May 2025 with deadline 30 May, input from KKR and KL, the
revised proposal sent to SDS 3 June, no answer on 18 June. The 14.05 agenda item
links to them."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import SorProposalKind, SorStatus
from kkrdesk.core.models import (
    ConsultationResponse, ConsultationRound, RoundRecipient, SorItemLink, SorProposal,
    SorStatusChange,
)

NETWORK, SDS = "KKR-digitaliseringsnetværket", "Sundhedsdatastyrelsen (SDS)"
MAY6, MAY30, JUNE3 = dt.date(2025, 5, 6), dt.date(2025, 5, 30), dt.date(2025, 6, 3)

_SENT = [
    (SorStatus.DRAFT, MAY6, "Forslag udarbejdet."),
    (SorStatus.IN_CONSULTATION, MAY6, f"Sendt til {NETWORK} (frist for input 30. maj)."),
    (SorStatus.INPUT_RECEIVED, MAY30, "Input fra KKR og KL."),
    (SorStatus.SENT_TO_SDS, JUNE3, "Tilrettet forslag sendt til SDS; foreløbig ikke modtaget svar."),
]

PROPOSALS = [
    dict(title="Kommunikationsenhed – præciseret definition", kind=SorProposalKind.DEFINITION,
         proposed_name="Kommunikationsenhed",
         definition="Enhedstypen dækker kommunale organisationer, som håndterer udstyr og "
                    "teknologiske hjælpemidler til brug for kommunikation, samt "
                    "specialundervisning til børn og voksne.",
         rationale="Tekstrettelse efter input fra KKR og KL.", history=_SENT),
    dict(title="Egen specialekode til kommunikationsenhed", kind=SorProposalKind.NEW_SPECIALTY,
         current_name="Hjælpemiddelområdet", concept_code="658181000005104",
         proposed_name="Kommunikationsenhed",
         rationale="Der bør oprettes en specialekode til »kommunikationsenhed« – "
                   "»hjælpemiddelenhed« er ikke godt nok.", history=_SENT),
    dict(title="Hjemmesygepleje omdøbes til kommunal sygepleje", kind=SorProposalKind.RENAME,
         current_name="Hjemmesygepleje", concept_code="550621000005101",
         proposed_name="Kommunal sygepleje", related_codes="658161000005107",
         rationale="Rettelse til eksisterende enhedstype: fra hjemmesygepleje til kommunal "
                   "sygepleje.", history=_SENT),
    dict(title="Ny enhedstype: lettilgængelige tilbud", kind=SorProposalKind.NEW_UNIT_TYPE,
         proposed_name="Lettilgængelige tilbud",
         open_questions="Specialekode: egen eller »børn og unge«?", history=_SENT),
    dict(title="Nye enhedstypers forhold til »bostøtte« og »bosted«",
         kind=SorProposalKind.QUESTION, current_name="Bosted", concept_code="554221000005108",
         open_questions="Hvordan implementeres nye enhedstyper i forhold til de eksisterende, "
                        "fx »bostøtte« og »bosted«?",
         notes="Ønske om et samlet overblik over alle enhedstyper.", history=_SENT[:3]),
]

# The deck's "Input fra KKR og KL", point by point: the proposal (by title) each point is about.
INPUT = {
    "Kommunikationsenhed – præciseret definition": (
        "Kommunikationsenhed – præciseret: Enhedstypen dækker kommunale organisationer, som "
        "håndterer udstyr og teknologiske hjælpemidler til brug for kommunikation, samt "
        "specialundervisning til børn og voksne."),
    "Egen specialekode til kommunikationsenhed": (
        "Der bør oprettes en specialekode til »kommunikationsenhed« – »hjælpemiddelenhed« er "
        "ikke godt nok."),
    "Hjemmesygepleje omdøbes til kommunal sygepleje": (
        "Rettelse til eksisterende enhedstype: fra hjemmesygepleje til kommunal sygepleje."),
    "Ny enhedstype: lettilgængelige tilbud": (
        "Ny enhedstype: Lettilgængelige tilbud – obs. specialekode egen eller »børn og unge«?"),
}


def add_sor(s, orgs, item_ids: dict[str, int]) -> None:
    proposals = []
    for spec in PROPOSALS:
        fields = {k: v for k, v in spec.items() if k != "history"}
        p = SorProposal(**fields, status=spec["history"][-1][0])
        for status, day, note in spec["history"]:
            p.history.append(SorStatusChange(status=status, changed_on=day, note=note))
        s.add(p)
        proposals.append(p)
    s.flush()  # the proposals' ids, for the responses that name them
    sent = [p for p in proposals if p.status == SorStatus.SENT_TO_SDS]
    r1 = ConsultationRound(
        title="Forslag til nye SOR-enhedstyper og SOR-specialekoder",
        recipient=f"{NETWORK}, KKR, KL", sent_on=MAY6, deadline=MAY30, answered_on=MAY30,
        proposals=proposals,
        recipients=[RoundRecipient(position=i, name=n) for i, n in enumerate((NETWORK, "KKR", "KL"))],
    )
    for p in proposals:  # the deck names no position, only what the input said
        if p.title in INPUT:
            r1.responses.append(ConsultationResponse(
                respondent="KKR", received_on=MAY30, text=INPUT[p.title], proposal_id=p.id))
            r1.responses.append(ConsultationResponse(
                organisation=orgs["KL"], received_on=MAY30, text=INPUT[p.title], proposal_id=p.id))
    r2 = ConsultationRound(
        title="Tilrettet forslag til nye SOR-enhedstyper og SOR-specialekoder",
        recipient=SDS, sent_on=JUNE3, proposals=sent,
        recipients=[RoundRecipient(position=0, name=SDS)],
        notes="Foreløbig ikke modtaget svar (18-06-2025).",
    )
    s.add_all([r1, r2])
    s.flush()
    for p in proposals:
        s.add(SorItemLink(proposal_id=p.id, item_id=item_ids["sor"]))
