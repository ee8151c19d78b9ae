"""``kkrdesk demo --years``: the synthetic people (about 300, named from the word lists,
each in a municipality or a national body) and the network's seats: so many per KKR and
for the national bodies, each held for 2-6 years and then passed on to a successor from
the same side (membership churn with replaces_id)."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from sqlalchemy import select

from kkrdesk.core.enums import Role
from kkrdesk.core.models import Membership, Person
from kkrdesk.demo import years_words as W
from kkrdesk.demo.years_rows import NATIONAL_SEATS, PEOPLE_TOTAL, SEATS_PER_KKR, SEED_DAY, Rows


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
