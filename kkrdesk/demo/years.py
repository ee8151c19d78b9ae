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

from sqlalchemy import select
from sqlalchemy.orm import Session

from kkrdesk.core.enums import (
    ActionStatus, AttendanceMode, AttendanceStatus, ItemKind, MeetingStatus, Role,
)
from kkrdesk.core.models import (
    ActionItem, AgendaItem, Attendance, Meeting, Membership, NextMeetingTopic, Person, Presenter,
    SubPoint,
)
from kkrdesk.demo import years_words as W
from kkrdesk.demo.years_projects import projects
from kkrdesk.demo.years_rows import NATIONAL_SEATS, PEOPLE_TOTAL, SEATS_PER_KKR, SEED_DAY, Rows
from kkrdesk.demo.years_sor import sor


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


AREAS = [people, network_seats, meetings, sor, projects]
