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

from kkrdesk.core.enums import GroupKind
from kkrdesk.core.models import Attendance, Group, Meeting, Membership, Organisation, Person
from kkrdesk.core.store import Store
from kkrdesk.services.attendance_grid import (  # noqa: F401 (the rules, for callers)
    ATTENDED, EXPECTED_ROLES, build_grid, organisation_rates,
)
from kkrdesk.views.participants import AttendanceGrid, GridMeeting


def attendance_grid(store: Store, today: dt.date | None = None) -> AttendanceGrid:
    today = today or dt.date.today()
    with store.reading() as s:  # plain column queries: this runs over thousands of rows
        records = s.execute(select(
            Attendance.person_id, Attendance.meeting_id, Attendance.status, Attendance.mode,
            Attendance.substitute_for_id, Attendance.is_guest, Attendance.note)).all()
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
            .where(Person.id.in_({r.person_id for r in records} | set(seats)))).all()
    return build_grid(records, meetings, seats, names, people, today)
