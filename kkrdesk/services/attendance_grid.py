"""The attendance grid computed from plain rows: a person x meeting grid with rates per
person and per organisation (see :mod:`kkrdesk.services.participants.attendance` for the
rules). Both the ORM reader and the overview's sqlite3 reader build it here. No SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from kkrdesk.core.danish import sort_key
from kkrdesk.core.enums import AttendanceStatus, Role
from kkrdesk.views.participants import (
    EXPECTED, AttendanceGrid, GridCell, GridMeeting, GridRow, OrganisationRate,
)

EXPECTED_ROLES = (Role.CHAIR, Role.MEMBER, Role.SECRETARIAT)
ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)


def _seated(periods: list[tuple[dt.date | None, dt.date | None]], day: dt.date) -> bool:
    return any((start is None or start <= day) and (end is None or end > day)
               for start, end in periods)


def build_grid(records, meetings: tuple[GridMeeting, ...], seats: dict[int, list[tuple]],
               names: dict[int, str], people, today: dt.date) -> AttendanceGrid:
    """``records``: every attendance row (person_id, meeting_id, status, mode,
    substitute_for_id, is_guest, note); ``meetings``: the meetings with records, in date
    order; ``seats``: person id -> (start, end) of their expected network seats;
    ``names``: every person's name; ``people``: (id, name, organisation) of the people
    with records or seats."""
    by_key = {(r.person_id, r.meeting_id): r for r in records}
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
                                apologies, absent, is_member=bool(periods)))
    rows.sort(key=lambda r: sort_key(r.name))
    return AttendanceGrid(meetings, tuple(rows), tuple(organisation_rates(rows, meetings, today)))


def organisation_rates(rows: list[GridRow], meetings=(), today: dt.date | None = None
                       ) -> list[OrganisationRate]:
    """Per organisation: people, person-meetings expected and attended, and the number
    of meetings (held up to ``today``) it was expected at and took part in: MedCom with
    five people at one meeting counts one meeting and five person-attendances."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    held: dict[str, set[int]] = defaultdict(set)
    took_part: dict[str, set[int]] = defaultdict(set)
    for r in rows:
        org = r.organisation or "(uden organisation)"
        acc = sums[org]
        acc[0] += 1
        acc[1] += r.expected
        acc[2] += r.attended
        for g, cell in zip(meetings, r.cells):
            if cell is None or (today is not None and g.date > today):
                continue
            held[org].add(g.id)
            if cell.status in ATTENDED:
                took_part[org].add(g.id)
    out = [OrganisationRate(org, n, exp, att, len(held[org]), len(took_part[org]))
           for org, (n, exp, att) in sums.items()]
    return sorted(out, key=lambda o: sort_key(o.organisation))
