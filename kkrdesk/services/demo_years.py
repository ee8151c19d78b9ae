"""``kkrdesk demo --years N``: N synthetic years of the network's life before the seed
meeting of 18 June 2025, deterministic (the same N gives the same database).

Four meetings a year (15-25 items with minutes, decisions and action items), about
300 people with membership churn and replacements, attendance for every meeting,
30 SOR proposals a year with rounds and responses, 5 projects a year with 20
milestones and monthly status notes. Bilag (attachments) are not in the schema yet.

Rows are made as plain dicts with ids handed out here and written with one bulk
INSERT per table, so ten years take seconds. Each area is one function taking the
:class:`Rows` builder; a new column with a default needs nothing here, a new area
is one more function in ``AREAS``.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, GroupKind, ItemKind, MeetingStatus,
    MilestoneStatus,
    OrgKind, ProjectPhase, Rag, Role, SorProposalKind, SorStatus, label,
)
from kkrdesk.core.models import (
    ActionItem, AgendaItem, Attendance, ConsultationResponse, ConsultationRound, Financing,
    Group, Meeting, Membership, Milestone, NextMeetingTopic, Organisation, Person, Presenter,
    Project, ProjectItemLink, ProjectStatusNote, SorProposal, SorStatusChange, SubPoint,
    round_proposal,
)
from kkrdesk.services import demo_years_data as W
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


def add_years(s: Session, years: int, seed: int = 18) -> dict[str, int]:
    """Add ``years`` synthetic years before 18 June 2025; returns rows added per table."""
    rows = Rows(s, years, seed)
    for area in AREAS:
        area(rows)
    return rows.flush()


# -- people and the network's seats ---------------------------------------------------


def _names(rnd: random.Random, taken: set[str], n: int) -> list[str]:
    out = []
    while len(out) < n:
        parts = [rnd.choice(W.FIRST_NAMES)]
        if rnd.random() < 0.35:
            parts.append(rnd.choice(W.MIDDLE_NAMES))
        parts.append(rnd.choice(W.SURNAMES))
        name = " ".join(parts)
        if name not in taken:
            taken.add(name)
            out.append(name)
    return out


def people(r: Rows) -> None:
    taken = set(r.s.scalars(select(Person.name)))
    national = [r.org_id[n] for n in W.NATIONAL + W.REGIONS if n in r.org_id]
    for i, name in enumerate(_names(r.rnd, taken, max(0, PEOPLE_TOTAL - len(taken)))):
        org = r.rnd.choice(national) if i % 5 == 0 else r.rnd.choice(r.municipalities)
        login = name.lower().replace(" ", ".").translate(str.maketrans("æøå", "eoa"))
        p = r.add(Person, name=name, title=r.rnd.choice(W.TITLES), organisation_id=org,
                  email=f"{login}@example.dk", phone=f"{r.rnd.randint(20, 99)} "
                  f"{r.rnd.randint(10, 99)} {r.rnd.randint(10, 99)} {r.rnd.randint(10, 99)}")
        r.person_org[p["id"]] = org


def network_seats(r: Rows) -> None:
    """Seats per KKR and for the national bodies; each held for 2-6 years, then passed
    on to a successor from the same side (membership churn with replaces_id)."""
    free = list(r.person_org)
    r.rnd.shuffle(free)
    by_org: dict[int, list[int]] = defaultdict(list)
    for pid in free:
        by_org[r.person_org[pid]].append(pid)
    used: set[int] = set()

    def holder(orgs: list[int]) -> tuple[int, int] | None:
        for org in r.rnd.sample(orgs, len(orgs)):
            for pid in by_org[org]:
                if pid not in used:
                    used.add(pid)
                    return pid, org
        return None

    sides = [(kkr, r.by_kkr[kkr]) for kkr in sorted(r.by_kkr) for _ in range(SEATS_PER_KKR)]
    national = [r.org_id[n] for n in W.NATIONAL if n in r.org_id]
    sides += [("KL", national)] * NATIONAL_SEATS
    for appointed_by, orgs in sides:
        start, previous = r.first_day - dt.timedelta(days=r.rnd.randint(0, 700)), None
        while start < SEED_DAY:
            found = holder(orgs)
            if found is None:
                break
            pid, org = found
            end = start + dt.timedelta(days=r.rnd.randint(2 * 365, 6 * 365))
            seat = r.add(Membership, group_id=r.network_id, person_id=pid, organisation_id=org,
                         role=Role.MEMBER, appointed_by=appointed_by, start_date=start,
                         end_date=end if end < SEED_DAY else None,
                         replaces_id=previous["id"] if previous else None,
                         notes="Udpeget efter tidligere medlem." if previous else "")
            r.seats.append(seat)
            previous, start = seat, end


# -- meetings -----------------------------------------------------------------------


def meetings(r: Rows) -> None:
    """Four meetings a year, every 13 weeks back from the seed meeting (a Wednesday)."""
    days = [SEED_DAY - dt.timedelta(weeks=13 * k) for k in range(4 * r.years, 0, -1)]
    for day in days:
        m = r.add(Meeting, title="Møde i KKR-digitaliseringsnetværket", date=day,
                  start_time=dt.time(10), end_time=dt.time(15),
                  place=r.rnd.choice(("KL, Weidekampsgade 10, København S", "Online (Teams)",
                                      "MedCom, Forskerparken 10, Odense M")),
                  status=MeetingStatus.MINUTES_APPROVED, chair_id=r.chair_id)
        r.meetings.append(m)
        _agenda(r, m)


def _agenda(r: Rows, m: dict) -> None:
    members = [s["person_id"] for s in _seated(r, m["date"])]
    n = r.rnd.randint(14, 21)  # project status items come on top, up to 25 in all
    themes = r.rnd.sample(W.THEMES, min(n - 4, len(W.THEMES)))
    specs = [("Velkomst", ItemKind.WELCOME, 5), ("Godkendelse af dagsorden og referat",
                                                  ItemKind.DECISION, 5)]
    specs += [(t, ItemKind(k), r.rnd.choice((5, 10, 10, 15))) for t, k in themes]
    while len(specs) < n - 2:
        specs.append((f"Orientering fra {r.rnd.choice(W.NATIONAL)}", ItemKind.ANNOUNCEMENT, 5))
    specs.insert(len(specs) // 2, ("Pause", ItemKind.BREAK, 15))
    specs.append(("Eventuelt", ItemKind.ANY_OTHER_BUSINESS, 5))
    for pos, (title, kind, minutes) in enumerate(specs):
        substantive = kind not in (ItemKind.BREAK, ItemKind.WELCOME)
        item = r.add(AgendaItem, meeting_id=m["id"], parent_id=None, position=pos, title=title,
                     kind=kind, duration_min=minutes, pinned_start=None, description="",
                     notes=r.rnd.choice(W.NOTES) if substantive else "",
                     decision=r.rnd.choice(W.DECISIONS) if substantive else "")
        r.items_by_meeting[m["id"]].append(item)
        if substantive and members:
            pid = r.rnd.choice(members)
            r.add(Presenter, item_id=item["id"], position=0, person_id=pid, name="",
                  organisation_id=r.person_org.get(pid), organisation_text="")
            for spos, text in enumerate(r.rnd.sample(W.SUB_POINTS, r.rnd.randint(0, 3))):
                r.add(SubPoint, item_id=item["id"], position=spos, text=text)
    _attendance(r, m, members)
    _follow_up(r, m, members)


def _seated(r: Rows, day: dt.date) -> list[dict]:
    return [s for s in r.seats
            if s["start_date"] <= day and (s["end_date"] is None or s["end_date"] > day)]


def _attendance(r: Rows, m: dict, members: list[int]) -> None:
    outsiders = [p for p in r.person_org if p not in set(members)]
    for pid in members:
        roll = r.rnd.random()
        if roll < 0.8:
            r.add(Attendance, meeting_id=m["id"], person_id=pid, status=AttendanceStatus.PRESENT,
                  mode=AttendanceMode.ONLINE if roll < 0.25 else AttendanceMode.IN_PERSON)
        elif roll < 0.92 or not outsiders:
            r.add(Attendance, meeting_id=m["id"], person_id=pid,
                  status=AttendanceStatus.APOLOGIES, note="Meldt afbud.")
        else:  # apologies, with a colleague coming instead
            r.add(Attendance, meeting_id=m["id"], person_id=pid, status=AttendanceStatus.APOLOGIES)
            sub = outsiders.pop(r.rnd.randrange(len(outsiders)))
            r.add(Attendance, meeting_id=m["id"], person_id=sub,
                  status=AttendanceStatus.SUBSTITUTE, substitute_for_id=pid)
    for _ in range(r.rnd.randint(0, 3)):
        if outsiders:
            guest = outsiders.pop(r.rnd.randrange(len(outsiders)))
            r.add(Attendance, meeting_id=m["id"], person_id=guest,
                  status=AttendanceStatus.PRESENT, is_guest=True, note="Oplægsholder.")


def _follow_up(r: Rows, m: dict, members: list[int]) -> None:
    items = [i for i in r.items_by_meeting[m["id"]] if i["decision"]]
    recent = (SEED_DAY - m["date"]).days < 200
    for item in r.rnd.sample(items, min(len(items), r.rnd.randint(2, 5))):
        due = m["date"] + dt.timedelta(weeks=r.rnd.choice((4, 8, 13)))
        done = not recent or r.rnd.random() < 0.5
        r.add(ActionItem, meeting_id=m["id"], item_id=item["id"], what=r.rnd.choice(W.ACTIONS),
              who_person_id=r.rnd.choice(members) if members else None, who_text="", due=due,
              status=ActionStatus.DONE if done else ActionStatus.OPEN,
              closed_on=min(due, SEED_DAY) if done else None)
    r.add(NextMeetingTopic, meeting_id=m["id"], position=0, title=r.rnd.choice(W.THEMES)[0],
          target_date=m["date"] + dt.timedelta(weeks=13))


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


AREAS = [people, network_seats, meetings, sor, projects]
