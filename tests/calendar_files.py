"""Helpers for the calendar and mail tests: the demo's members given e-mail addresses
(the demo holds none, as the seed deck shows none), and checks of an .ics as a file
a calendar program must read (RFC 5545: CRLF lines of at most 75 octets, UTF-8, no
control characters), written down here independently of the product."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

from kkrdesk.services.participants import memberships, people
from kkrdesk.views.participants import MembershipFields, PersonFields

D18 = dt.date(2025, 6, 18)
CPH = ZoneInfo("Europe/Copenhagen")
UTC = dt.timezone.utc
NOW = dt.datetime(2025, 6, 2, 8, 30, tzinfo=UTC)
# The four members seated on 18 June 2025 in the demo, and the addresses the tests give them.
ADDRESSES = {
    "Kristina Farsinsen": "kristina.farsinsen@aalborg.dk",
    "Niels Vingborg": "nv@roskilde.dk",
    "Poul Erik Kristensen": "pek@kl.dk",  # the chair (Mødeleder)
    "Sudarvili Vaithialingam": "suva@ringsted.dk",
}
SOREN = ("Søren Ærø-Åkjær", "soeren.aakjaer@aeroe.dk")  # a new member with æøå in his name


def give_addresses(store, *, soren: bool = True) -> dict[str, int]:
    """Addresses for the demo's members (and a new member Søren); their ids by name."""
    ids = {p.name: p.id for p in people.list_people(store)}
    for name, address in ADDRESSES.items():
        f = people.person_fields(store, ids[name])
        people.update_person(store, ids[name], PersonFields(
            f.name, f.title, f.organisation_id, address, f.phone, f.notes))
    if soren:
        ids[SOREN[0]] = people.add_person(store, PersonFields(SOREN[0], email=SOREN[1]))
        memberships.add_membership(store, ids[SOREN[0]], MembershipFields(
            start_date=dt.date(2025, 1, 1)))
    return ids


def ics_lines_ok(raw: bytes) -> list[str]:
    """What a strict calendar reader would object to in ``raw`` ([] when nothing)."""
    problems = []
    if not raw.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if len(line) > 75:
            problems.append(f"line {n} has {len(line)} octets")
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {n} holds a bare line break")
        text = line.decode("utf-8")  # raises on a broken UTF-8 sequence
        if any(ord(c) < 32 and c != "\t" or ord(c) == 127 for c in text):
            problems.append(f"line {n} holds a control character")
    return problems


def one_event(raw: bytes) -> icalendar.Event:
    cal = icalendar.Calendar.from_ical(raw)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 1, events
    return events[0]


def description_lines(event) -> list[str]:
    return str(event.get("description")).split("\n")


def meeting_on(store, day: dt.date = D18, **options):
    """The calendar's read model of the meeting on ``day``."""
    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.calendar.meeting import calendar_meeting

    return calendar_meeting(store, meetings.find_by_date(store, day).id, **options)
