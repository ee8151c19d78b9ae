"""Attendance across meetings: a person x meeting grid, and attendance rates per person
and per organisation.

A meeting is a column when attendance has been recorded for it. A person is expected at
a meeting when they held a seat in the network that day as chair, member or secretariat,
or when anything was recorded for them. Attended means "deltog" or "stedfortræder" (they
came in someone's place). Rates count only meetings up to ``today``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import AttendanceStatus, GroupKind, Role
from kkrdesk.core.models import Attendance, Group, Meeting, Membership, Organisation, Person
from kkrdesk.core.store import Store
from kkrdesk.views.participants import AttendanceGrid, EXPECTED, GridCell, GridMeeting, GridRow, OrganisationRate  # noqa: F401 (read models)

EXPECTED_ROLES = (Role.CHAIR, Role.MEMBER, Role.SECRETARIAT)
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)


def _seated(periods: list[tuple[dt.date | None, dt.date | None]], day: dt.date) -> bool:
    return any((start is None or start <= day) and (end is None or end > day)
               for start, end in periods)


def attendance_grid(store: Store, today: dt.date | None = None) -> AttendanceGrid:
    today = today or dt.date.today()
    with store.reading() as s:  # plain column queries: this runs over thousands of rows
        records = s.execute(select(
            Attendance.person_id, Attendance.meeting_id, Attendance.status, Attendance.mode,
            Attendance.substitute_for_id, Attendance.is_guest, Attendance.note)).all()
        by_key = {(r.person_id, r.meeting_id): r for r in records}
        meeting_ids = {r.meeting_id for r in records}
        meetings = tuple(
            GridMeeting(*m) for m in s.execute(
                select(Meeting.id, Meeting.date, Meeting.title)
                .where(Meeting.id.in_(meeting_ids)).order_by(Meeting.date, Meeting.start_time))
        )
        network = select(Group.id).where(Group.kind == GroupKind.NETWORK)
        seats: dict[int, list[tuple]] = defaultdict(list)
        for pid, start, end in s.execute(
            select(Membership.person_id, Membership.start_date, Membership.end_date).where(
                Membership.group_id.in_(network), Membership.person_id.is_not(None),
                Membership.role.in_(EXPECTED_ROLES))):
            seats[pid].append((start, end))
        names = dict(s.execute(select(Person.id, Person.name)).all())
        people = s.execute(
            select(Person.id, Person.name, Organisation.name)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Person.id.in_({pid for pid, _ in by_key} | set(seats)))).all()
    rows = []
    for pid, name, org in people:
        periods = seats.get(pid, ())
        cells, expected, attended, apologies, absent = [], 0, 0, 0, 0
        for g in meetings:
            a = by_key.get((pid, g.id))
            if a is not None:
                cell = GridCell(a.status, a.mode, names.get(a.substitute_for_id, "")
                                if a.substitute_for_id else "", a.is_guest, a.note)
            elif periods and _seated(periods, g.date):
                cell = EXPECTED
            else:
                cells.append(None)
                continue
            cells.append(cell)
            if g.date <= today:
                expected += 1
                attended += cell.status in ATTENDED
                apologies += cell.status == AttendanceStatus.APOLOGIES
                absent += cell.status == AttendanceStatus.ABSENT
        if any(c is not None for c in cells):
            rows.append(GridRow(pid, name, org or "", tuple(cells), expected, attended,
                                apologies, absent))
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
