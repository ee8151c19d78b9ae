"""Attendance across meetings: a person x meeting grid, and attendance rates per person
and per organisation.

A meeting is a column when attendance has been recorded for it. A person is expected at
a meeting when they held a seat in the network that day as chair, member or secretariat,
or when anything was recorded for them. Attended means "deltog" or "stedfortræder" (they
came in someone's place). Rates count only meetings up to ``today``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import AttendanceMode, AttendanceStatus, GroupKind, Role
from kkrdesk.core.models import Attendance, Group, Meeting, Membership, Person
from kkrdesk.core.store import Store

EXPECTED_ROLES = (Role.CHAIR, Role.MEMBER, Role.SECRETARIAT)
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)


@dataclass(frozen=True)
class GridMeeting:
    id: int
    date: dt.date
    title: str


@dataclass(frozen=True)
class GridCell:
    status: AttendanceStatus | None  # None: expected, nothing recorded
    mode: AttendanceMode = AttendanceMode.IN_PERSON
    substitute_for: str = ""
    is_guest: bool = False
    note: str = ""


@dataclass(frozen=True)
class GridRow:
    person_id: int
    name: str
    organisation: str
    cells: tuple[GridCell | None, ...]  # one per meeting; None: not expected, nothing recorded
    expected: int  # meetings up to today the person was expected at
    attended: int
    apologies: int
    absent: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class OrganisationRate:
    organisation: str
    people: int
    expected: int
    attended: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class AttendanceGrid:
    meetings: tuple[GridMeeting, ...]
    rows: tuple[GridRow, ...]
    organisations: tuple[OrganisationRate, ...]


def _seated(m: Membership, day: dt.date) -> bool:
    return (m.role in EXPECTED_ROLES and (m.start_date is None or m.start_date <= day)
            and (m.end_date is None or m.end_date > day))


def attendance_grid(store: Store, today: dt.date | None = None) -> AttendanceGrid:
    today = today or dt.date.today()
    with store.reading() as s:
        records = s.scalars(select(Attendance).options(selectinload(Attendance.substitute_for)))
        by_key: dict[tuple[int, int], Attendance] = {}
        meeting_ids: set[int] = set()
        for a in records:
            by_key[(a.person_id, a.meeting_id)] = a
            meeting_ids.add(a.meeting_id)
        meetings = tuple(
            GridMeeting(m.id, m.date, m.title) for m in s.scalars(
                select(Meeting).where(Meeting.id.in_(meeting_ids))
                .order_by(Meeting.date, Meeting.start_time))
        )
        network = s.scalars(select(Group.id).where(Group.kind == GroupKind.NETWORK)).all()
        seats: dict[int, list[Membership]] = defaultdict(list)
        for m in s.scalars(select(Membership).where(Membership.group_id.in_(network),
                                                    Membership.person_id.is_not(None))):
            seats[m.person_id].append(m)
        people_ids = {pid for pid, _ in by_key} | {
            pid for pid, ms in seats.items()
            if any(_seated(m, g.date) for m in ms for g in meetings)}
        people = s.scalars(select(Person).where(Person.id.in_(people_ids))
                           .options(selectinload(Person.organisation))).all()
        rows = []
        for p in people:
            cells, expected, attended, apologies, absent = [], 0, 0, 0, 0
            for g in meetings:
                a = by_key.get((p.id, g.id))
                counted = g.date <= today
                if a is not None:
                    cells.append(GridCell(a.status, a.mode, a.substitute_for.name
                                          if a.substitute_for else "", a.is_guest, a.note))
                elif any(_seated(m, g.date) for m in seats.get(p.id, ())):
                    cells.append(GridCell(None))
                else:
                    cells.append(None)
                    continue
                if counted:
                    expected += 1
                    status = cells[-1].status
                    attended += status in ATTENDED
                    apologies += status == AttendanceStatus.APOLOGIES
                    absent += status == AttendanceStatus.ABSENT
            rows.append(GridRow(p.id, p.name, p.organisation.name if p.organisation else "",
                                tuple(cells), expected, attended, apologies, absent))
    rows.sort(key=lambda r: sort_key(r.name))
    return AttendanceGrid(meetings, tuple(rows), tuple(organisation_rates(rows)))


def organisation_rates(rows: list[GridRow]) -> list[OrganisationRate]:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        acc = sums[r.organisation or "(uden organisation)"]
        acc[0] += 1
        acc[1] += r.expected
        acc[2] += r.attended
    out = [OrganisationRate(org, n, exp, att) for org, (n, exp, att) in sums.items()]
    return sorted(out, key=lambda o: sort_key(o.organisation))
