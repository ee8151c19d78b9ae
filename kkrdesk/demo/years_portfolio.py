"""``kkrdesk demo --years``: the synthetic SOR proposals (with their status history,
consultation rounds and responses) and projects (milestones, monthly status notes,
financing, groups, links to agenda items) of each year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kkrdesk.core.enums import (
    GroupKind, ItemKind, MilestoneStatus, ProjectPhase, Rag, Role, SorProposalKind, SorStatus,
    label,
)
from kkrdesk.core.models import (
    AgendaItem, ConsultationResponse, ConsultationRound, Financing, Group, Membership, Milestone,
    Project, ProjectItemLink, ProjectStatusNote, SorProposal, SorStatusChange, round_proposal,
)
from kkrdesk.demo import years_words as W
from kkrdesk.demo.years_rows import (
    MILESTONES_PER_PROJECT, PROJECTS_PER_YEAR, SEED_DAY, SOR_PER_YEAR, Rows,
)

# -- SOR ------------------------------------------------------------------------------


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


# -- projects -------------------------------------------------------------------------


def projects(r: Rows) -> None:
    order = 100
    taken = set(r.s.scalars(select(Project.name)))
    for year in range(r.years):
        start0 = r.first_day + dt.timedelta(days=365 * year)
        themes = r.rnd.sample(W.PROJECT_THEMES, PROJECTS_PER_YEAR)
        for theme in themes:
            start = r.day(start0, start0 + dt.timedelta(days=300))
            end = start + dt.timedelta(days=r.rnd.randint(18, 36) * 30)
            phase = ProjectPhase.CLOSED if end < SEED_DAY else r.rnd.choice(
                (ProjectPhase.ANALYSIS, ProjectPhase.EXECUTION, ProjectPhase.REALISATION))
            owner = r.org_id.get(r.rnd.choice(W.NATIONAL))
            name, phase_no = f"{theme} {start.year}", 1
            while name in taken:
                phase_no += 1
                name = f"{theme} {start.year}, fase {phase_no}"
            taken.add(name)
            p = r.add(Project, name=name, started_on=start, description=f"{theme}: et fælles "
                      f"kommunalt projekt, startet {start.year}.", phase=phase, owner_id=owner,
                      sort_order=order)
            order += 1
            _project_detail(r, p, start, end)


def _project_detail(r: Rows, p: dict, start: dt.date, end: dt.date) -> None:
    span = (end - start).days
    for k, title in enumerate(W.MILESTONES[:MILESTONES_PER_PROJECT]):
        planned = start + dt.timedelta(days=span * (k + 1) // MILESTONES_PER_PROJECT)
        reached = planned < SEED_DAY
        r.add(Milestone, project_id=p["id"], title=title, planned_on=planned,
              planned_month_only=k % 4 == 3,
              actual_on=planned + dt.timedelta(days=r.rnd.randint(0, 30)) if reached else None,
              status=MilestoneStatus.REACHED if reached else MilestoneStatus.PLANNED, notes="")
    day = start
    while day <= min(end, SEED_DAY):
        rag = r.rnd.choices((Rag.GREEN, Rag.AMBER, Rag.RED), (6, 3, 1))[0]
        r.add(ProjectStatusNote, project_id=p["id"], noted_on=day, rag=rag,
              text=r.rnd.choice(W.STATUS_TEXTS))
        day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=min(day.day, 28))
    r.add(Financing, project_id=p["id"], source=r.rnd.choice(W.FINANCING).format(year=start.year),
          amount_dkk=None, year=start.year, notes="")
    people = list(r.person_org)
    for kind, name in ((GroupKind.STEERING_GROUP, "Styregruppe"),
                       (GroupKind.PROJECT_GROUP, "Projektgruppe")):
        g = r.add(Group, name=f"{name} for {p['name']}", kind=kind, project_id=p["id"])
        roles = ([Role.CHAIR] if kind == GroupKind.STEERING_GROUP else [Role.PROJECT_MANAGER])
        roles += [Role.MEMBER] * r.rnd.randint(3, 6)
        for role, pid in zip(roles, r.rnd.sample(people, len(roles))):
            r.add(Membership, group_id=g["id"], person_id=pid, organisation_id=r.person_org[pid],
                  role=role, appointed_by="", start_date=start,
                  end_date=end if end < SEED_DAY else None, replaces_id=None, notes="")
    during = [m for m in r.meetings if start <= m["date"] <= end]
    for m in during[:: max(1, len(during) // 3)]:
        items = r.items_by_meeting[m["id"]]
        if len(items) >= 25:
            continue
        last = items[-1] if items and items[-1]["kind"] == ItemKind.ANY_OTHER_BUSINESS else None
        position = last["position"] if last else len(items)
        if last:  # Eventuelt stays last
            last["position"] += 1
            items.pop()
        item = r.add(AgendaItem, meeting_id=m["id"], parent_id=None,
                     position=position, title=f"Status på {p['name']}",
                     kind=ItemKind.ANNOUNCEMENT, duration_min=10, pinned_start=None,
                     description="", notes="", decision="Netværket tog status til efterretning.")
        items.append(item)
        if last:
            items.append(last)
        r.add(ProjectItemLink, project_id=p["id"], item_id=item["id"])
