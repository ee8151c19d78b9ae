"""``kkrdesk demo --years``: the synthetic projects of each year, with their milestones,
monthly status notes, financing, steering and project groups, and a status item on
the agenda of meetings held while they ran."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kkrdesk.core.enums import GroupKind, ItemKind, MilestoneStatus, ProjectPhase, Rag, Role
from kkrdesk.core.models import (
    AgendaItem, Financing, Group, Membership, Milestone, Project, ProjectItemLink,
    ProjectStatusNote,
)
from kkrdesk.demo import years_words as W
from kkrdesk.demo.years_rows import MILESTONES_PER_PROJECT, PROJECTS_PER_YEAR, SEED_DAY, Rows


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
