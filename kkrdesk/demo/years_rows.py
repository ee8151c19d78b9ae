"""The row builder behind ``kkrdesk demo --years``: ids handed out after the highest one
present, rows kept per model as plain dicts and written with one bulk INSERT per table."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kkrdesk.core.enums import OrgKind
from kkrdesk.core.models import (
    ActionItem, AgendaItem, Attendance, ConsultationResponse, ConsultationRound, Financing, Group,
    Meeting, Membership, Milestone, NextMeetingTopic, Organisation, Person, Presenter, Project,
    ProjectItemLink, ProjectStatusNote, SorProposal, SorStatusChange, SubPoint, round_proposal,
)
from kkrdesk.services.reference import network_group_id

SEED_DAY = dt.date(2025, 6, 18)
PEOPLE_TOTAL = 300
SEATS_PER_KKR, NATIONAL_SEATS = 5, 7
SOR_PER_YEAR, PROJECTS_PER_YEAR, MILESTONES_PER_PROJECT = 30, 5, 20

# Insert order: parents before children.
ORDER = (Person, Meeting, AgendaItem, Presenter, SubPoint, Attendance, ActionItem,
         NextMeetingTopic, SorProposal, SorStatusChange, ConsultationRound, round_proposal,
         ConsultationResponse, Project, Group, Membership, ProjectStatusNote, Milestone,
         Financing, ProjectItemLink)


class Rows:
    """Rows to insert, per model, with ids handed out after the highest one present."""

    def __init__(self, s: Session, years: int, seed: int):
        self.s = s
        self.years = years
        self.rnd = random.Random(seed)
        self.rows: dict = defaultdict(list)
        self._next: dict = {}
        self.first_day = SEED_DAY - dt.timedelta(days=365 * years)
        orgs = s.execute(select(Organisation.id, Organisation.name, Organisation.kind,
                                Organisation.kkr)).all()
        self.org_id = {o.name: o.id for o in orgs}
        self.kkr_of = {o.id: o.kkr for o in orgs}
        self.municipalities = [o.id for o in orgs if o.kind == OrgKind.MUNICIPALITY]
        self.by_kkr: dict[str, list[int]] = defaultdict(list)
        for o in orgs:
            if o.kind == OrgKind.MUNICIPALITY:
                self.by_kkr[o.kkr].append(o.id)
        self.network_id = network_group_id(s)
        self.chair_id = s.scalar(select(Person.id).where(Person.name == "Poul Erik Kristensen"))
        self.person_org: dict[int, int | None] = {}
        self.meetings: list[dict] = []  # oldest first
        self.items_by_meeting: dict[int, list[dict]] = defaultdict(list)
        self.seats: list[dict] = []  # network memberships

    def add(self, model, **values) -> dict:
        if model is not round_proposal:
            values["id"] = self._new_id(model)
        self.rows[model].append(values)
        return values

    def _new_id(self, model) -> int:
        if model not in self._next:
            self._next[model] = (self.s.scalar(select(func.max(model.id))) or 0) + 1
        self._next[model] += 1
        return self._next[model] - 1

    def flush(self) -> dict[str, int]:
        counts = {}
        for model in ORDER:
            rows = self.rows.get(model)
            if rows:
                table = getattr(model, "__table__", model)
                self.s.execute(insert(table), _same_keys(table, rows))
                counts[table.name] = len(rows)
        self.s.flush()
        return counts

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rnd.randint(0, max(0, (end - start).days)))


def _same_keys(table, rows: list[dict]) -> list[dict]:
    """One executemany needs the same keys in every row: a key some rows leave out
    takes the column's default (columns no row names are left to the table)."""
    keys = set().union(*rows)
    fill = {}
    for key in keys:
        default = table.c[key].default
        fill[key] = default.arg if default is not None and default.is_scalar else None
    return [{**fill, **row} for row in rows]

