"""A meeting as the calendar exports take it, and its invitation: the agenda (agenda
area) with the people it is for (participants area).

Only addresses a mail program sends without asking are used: plain ASCII, one ``@``,
a dotted domain, nothing a header would read as a separator. A member whose address
is missing or fails that is named in ``without_email``, so the secretary can add them
by hand; an address typed in the app always passes (its own check is looser only in
allowing non-ASCII letters)."""

from __future__ import annotations

import datetime as dt
import re

from kkrdesk.core.store import Store
from kkrdesk.services.agenda import meetings
from kkrdesk.services.calendar.identity import database_source
from kkrdesk.services.participants import people
from kkrdesk.views.calendar import CalendarMeeting, Contact, Invitation
from kkrdesk.views.participants import PersonView

_ADDRESS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@"
                      r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")


def usable_address(text: str) -> str:
    """``text`` as an address a mail program takes, or '' (see the module's docstring)."""
    address = text.strip()
    return address if len(address) <= 254 and _ADDRESS.fullmatch(address) else ""


def _contact(p: PersonView) -> Contact | None:
    address = usable_address(p.email)
    return Contact(p.name, address) if address else None


def _members(store: Store, day: dt.date) -> tuple[list[Contact], list[str], dict[int, PersonView]]:
    """The members seated in the network on ``day``: those with a usable address (each
    address once, in name order) and the names of the others; and everyone by id."""
    everyone = people.list_people(store, day)
    reachable, missing, seen = [], [], set()
    for p in everyone:
        if not p.is_current_member:
            continue
        contact = _contact(p)
        if contact is None:
            missing.append(p.name)
        elif contact.email.casefold() not in seen:
            seen.add(contact.email.casefold())
            reachable.append(contact)
    return reachable, missing, {p.id: p for p in everyone}


def calendar_meeting(store: Store, meeting_id: int, *, with_contact: bool = False) -> CalendarMeeting:
    """The meeting with its agenda; with ``with_contact`` its chair as organiser and the
    members as attendees, where they have an address."""
    detail = meetings.get_detail(store, meeting_id, earlier_actions=False)
    source = database_source(store)
    if not with_contact:
        return CalendarMeeting(detail, source)
    m = detail.meeting
    members, _missing, by_id = _members(store, m.date)
    chair = by_id.get(m.chair_id) if m.chair_id is not None else None
    organizer = _contact(chair) if chair is not None else None
    attendees = tuple(c for c in members
                      if organizer is None or c.email.casefold() != organizer.email.casefold())
    return CalendarMeeting(detail, source, organizer, attendees)


def invitation(store: Store, meeting_id: int, sender: Contact) -> Invitation:
    """The invitation from ``sender`` to the members seated on the meeting's day."""
    detail = meetings.get_detail(store, meeting_id, earlier_actions=False)
    members, missing, _by_id = _members(store, detail.meeting.date)
    meeting = CalendarMeeting(detail, database_source(store), sender, tuple(members))
    return Invitation(meeting, sender, tuple(members), tuple(missing))
