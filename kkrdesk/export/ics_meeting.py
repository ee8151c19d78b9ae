"""A meeting as an iCalendar event (.ics): its title, place, Copenhagen times and the
agenda in the description, under a UID made from the database and the meeting's id, so
a calendar that gets the file again moves or updates its entry rather than adding one.

    export_meeting_ics(calendar_meeting(store, day), "Møde 18-06-2025.ics")

ORGANIZER and ATTENDEE appear only when the read model carries contacts (the export
was asked for personal data). The invitation uses the same event with METHOD:REQUEST
(``meeting_calendar(..., method="REQUEST")``): then every attendee is asked to answer."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText

from kkrdesk.core.enums import MeetingStatus
from kkrdesk.core.timing import to_minutes
from kkrdesk.export.agenda_plain import agenda_lines, has_end
from kkrdesk.export.doc_words import word
from kkrdesk.export.ics_common import (
    lines_text, new_calendar, one_line, save, sequence, to_bytes, uid,
)
from kkrdesk.export.ics_zone import at_copenhagen
from kkrdesk.views.calendar import CalendarMeeting, Contact

_WEB = re.compile(r"https?://[^\s<>\"{}|\\^`]+", re.IGNORECASE)


def web_address(text: str) -> str:
    """``text`` when it is one http(s) address (fit for the URL property), else ''."""
    line = one_line(text, 2000)
    return line if _WEB.fullmatch(line) else ""


def _address(c: Contact, **params: str) -> vCalAddress:
    who = vCalAddress(f"mailto:{c.email}")
    name = one_line(c.name, 200).replace('"', "'")  # a parameter value cannot hold "
    if name:
        who.params["CN"] = vText(name)
    who.params.update(params)
    return who


def description(cm: CalendarMeeting) -> str:
    m, lang = cm.detail.meeting, cm.lang
    lines = []
    if m.chair_name.strip():
        lines.append(f"{word('Mødeleder', lang)}: {one_line(m.chair_name)}")
    if one_line(m.online_url):
        lines.append(f"Online: {one_line(m.online_url, 2000)}")
    if lines:
        lines.append("")
    return lines_text([*lines, word("Dagsorden", lang), "",
                       *agenda_lines(cm.detail, cm.time_sep, lang)])


def _people(ev: Event, cm: CalendarMeeting, rsvp: bool) -> None:
    if cm.organizer is not None:
        ev.add("organizer", _address(cm.organizer))
    answer = {"RSVP": "TRUE"} if rsvp else {}
    for c in cm.attendees:
        ev.add("attendee", _address(c, CUTYPE="INDIVIDUAL", ROLE="REQ-PARTICIPANT",
                                    PARTSTAT="NEEDS-ACTION", **answer))


def meeting_event(cm: CalendarMeeting, now: dt.datetime, *, rsvp: bool = False) -> Event:
    m = cm.detail.meeting
    ev = Event()
    ev.add("uid", uid(cm.source, "meeting", m.id))
    ev.add("dtstamp", now.astimezone(dt.timezone.utc))
    ev.add("sequence", sequence(now))
    ev.add("summary", one_line(m.title) or word("Møde", cm.lang))
    ev.add("dtstart", at_copenhagen(m.date, to_minutes(m.start_time)))
    if has_end(m):
        ev.add("dtend", at_copenhagen(m.date, to_minutes(m.end_time)))
    url = web_address(m.online_url)
    place = one_line(m.place) or ("Online" if one_line(m.online_url) else "")
    if place:
        ev.add("location", place)
    if url:
        ev.add("url", url)
    ev.add("description", description(cm))
    ev.add("status", "CANCELLED" if m.status == MeetingStatus.CANCELLED else "CONFIRMED")
    ev.add("transp", "OPAQUE")
    ev.add("class", "PUBLIC")
    _people(ev, cm, rsvp)
    return ev


def meeting_calendar(cm: CalendarMeeting, now: dt.datetime | None = None, *,
                     method: str = "") -> Calendar:
    """The VCALENDAR with the one event; ``method="REQUEST"`` makes it an invitation."""
    now = now or dt.datetime.now(dt.timezone.utc)
    cal = new_calendar(method=method)
    cal.add_component(meeting_event(cm, now, rsvp=method == "REQUEST"))
    return cal


def meeting_ics(cm: CalendarMeeting, now: dt.datetime | None = None, *, method: str = "") -> bytes:
    return to_bytes(meeting_calendar(cm, now, method=method))


def export_meeting_ics(cm: CalendarMeeting, path: str | Path,
                       now: dt.datetime | None = None) -> Path:
    """Write the meeting to ``path`` (atomically). Raises ExportError with a Danish
    one-sentence reason; then nothing is written and an earlier file stays as it was."""
    return save(meeting_ics(cm, now), path)
