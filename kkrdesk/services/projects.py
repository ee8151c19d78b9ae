"""Projects, identity masking first: phase, RAG status, milestones, groups, financing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kkrdesk.core.enums import GroupKind, ProjectPhase, Rag, Role
from kkrdesk.core.models import Group, Membership, Person, Project
from kkrdesk.core.store import Store

AREA = "projects"


@dataclass(frozen=True)
class MilestoneView:
    title: str
    planned_on: dt.date | None
    planned_month_only: bool
    actual_on: dt.date | None
    notes: str


@dataclass(frozen=True)
class GroupSeatView:
    group_kind: GroupKind
    group_name: str
    holder: str  # "Jørgen Hougaard" or "KL"
    organisation: str
    role: Role


@dataclass(frozen=True)
class ProjectView:
    id: int
    name: str
    description: str
    phase: ProjectPhase
    owner: str
    rag: Rag | None
    status_text: str
    status_on: dt.date | None
    milestones: tuple[MilestoneView, ...]
    seats: tuple[GroupSeatView, ...]
    financing: tuple[str, ...]


def list_projects(store: Store) -> list[ProjectView]:
    with store.reading() as s:
        rows = s.scalars(select(Project).options(
            selectinload(Project.status_notes), selectinload(Project.milestones),
            selectinload(Project.financing), selectinload(Project.owner),
            selectinload(Project.groups).selectinload(Group.memberships)
            .selectinload(Membership.person).selectinload(Person.organisation),
            selectinload(Project.groups).selectinload(Group.memberships)
            .selectinload(Membership.organisation),
        ).order_by(Project.sort_order, Project.id))
        out = []
        for p in rows:
            last = p.status_notes[-1] if p.status_notes else None
            seats = []
            for g in p.groups:
                for m in g.memberships:
                    org = m.organisation.name if m.organisation else ""
                    seats.append(GroupSeatView(g.kind, g.name, m.person.name if m.person else org,
                                               org, m.role))
            out.append(ProjectView(
                p.id, p.name, p.description, p.phase, p.owner.name if p.owner else "",
                last.rag if last else None, last.text if last else "",
                last.noted_on if last else None,
                tuple(MilestoneView(m.title, m.planned_on, m.planned_month_only, m.actual_on,
                                    m.notes) for m in p.milestones),
                tuple(seats),
                tuple(f.source + (f" ({f.notes})" if f.notes else "") for f in p.financing),
            ))
        return out
