"""The attendance overview: grid, symbols, rates per person and organisation."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import AttendanceMode, AttendanceStatus, Role
from kkrdesk.core.models import Attendance, Meeting
from kkrdesk.services.participants import attendance as attendance_overview
from kkrdesk.services.participants import memberships
from kkrdesk.services.participants import people as participants
from kkrdesk.services.participants.memberships import MembershipFields
from kkrdesk.services.participants.people import PersonFields

D18 = dt.date(2025, 6, 18)


def test_demo_grid_has_the_meeting_of_18_june(demo_store):
    grid = attendance_overview.attendance_grid(demo_store, D18)
    assert [m.date for m in grid.meetings] == [D18]
    names = [r.name for r in grid.rows]
    assert len(names) == 11 and "Niels Rygaard" not in names  # his seat ended that day
    niels = next(r for r in grid.rows if r.name == "Niels Vingborg")  # afbud in the demo
    assert niels.rate == 0.0 and niels.cells[0].status == AttendanceStatus.APOLOGIES
    assert all(r.rate == 1.0 and r.cells[0].status == AttendanceStatus.PRESENT
               for r in grid.rows if r is not niels)
    orgs = {o.organisation: o for o in grid.organisations}
    assert orgs["MedCom"].people == 5 and orgs["Aalborg Kommune"].attended == 2
    # one meeting, five MedCom people: one meeting, five person-attendances
    assert (orgs["MedCom"].meetings, orgs["MedCom"].attended) == (1, 5)
    assert (orgs["Roskilde Kommune"].meetings, orgs["Roskilde Kommune"].meetings_attended) == (1, 0)
    assert [o.organisation for o in grid.organisations][-1] == "Aalborg Kommune"


def test_rates_count_apologies_absence_substitutes_and_unrecorded_members(store):
    aarhus = next(o.id for o in participants.list_organisations(store) if o.name == "Aarhus Kommune")
    a = participants.add_person(store, PersonFields("Anne", organisation_id=aarhus))
    b = participants.add_person(store, PersonFields("Bo", organisation_id=aarhus))
    c = participants.add_person(store, PersonFields("Cai"))
    for pid in (a, b):
        memberships.add_membership(store, pid, MembershipFields(Role.MEMBER, start_date=dt.date(2025, 1, 1)))
    with store.transaction("meetings") as s:
        days = [dt.date(2025, 3, 1), dt.date(2025, 6, 1), dt.date(2025, 9, 1), dt.date(2026, 1, 1)]
        ms = [Meeting(date=d, start_time=dt.time(12), end_time=dt.time(15)) for d in days]
        s.add_all(ms)
        s.flush()
        s.add_all([
            Attendance(meeting_id=ms[0].id, person_id=a, status=AttendanceStatus.PRESENT),
            Attendance(meeting_id=ms[1].id, person_id=a, status=AttendanceStatus.APOLOGIES),
            Attendance(meeting_id=ms[1].id, person_id=c, status=AttendanceStatus.SUBSTITUTE,
                       substitute_for_id=a, mode=AttendanceMode.ONLINE),
            Attendance(meeting_id=ms[2].id, person_id=a, status=AttendanceStatus.ABSENT),
            Attendance(meeting_id=ms[3].id, person_id=b, status=AttendanceStatus.APOLOGIES),
        ])
    grid = attendance_overview.attendance_grid(store, dt.date(2025, 12, 1))
    assert len(grid.meetings) == 4
    rows = {r.name: r for r in grid.rows}
    anne, bo, cai = rows["Anne"], rows["Bo"], rows["Cai"]
    assert (anne.expected, anne.attended, anne.apologies, anne.absent) == (3, 1, 1, 1)
    assert [c.status if c else "-" for c in bo.cells] == [None, None, None, AttendanceStatus.APOLOGIES]
    assert bo.expected == 3 and bo.attended == 0 and bo.rate == 0.0  # the January one is ahead
    assert cai.cells[0] is None and cai.cells[1].substitute_for == "Anne"
    assert cai.rate == 1.0 and cai.expected == 1
    orgs = {o.organisation: o for o in grid.organisations}
    assert orgs["Aarhus Kommune"].expected == 6 and orgs["Aarhus Kommune"].attended == 1
    assert orgs["(uden organisation)"].rate == 1.0


def test_empty_database_gives_an_empty_grid(store):
    grid = attendance_overview.attendance_grid(store)
    assert grid.meetings == () and grid.rows == () and grid.organisations == ()
