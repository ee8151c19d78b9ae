"""The deadlines as a calendar file: one all-day entry per SOR round deadline, per
expected answer from SDS and per project milestone, shown as free time (a deadline
does not make the day busy), each under a UID from the database and the record.

Reminders (VALARM), for the entries still open on the export's day:
- a round's deadline and SDS's answer: two days before, at 09.00; time to chase the
  members who have not given input, or to ask SDS, while there is still a working day
  left before the date;
- a milestone: a week before, at 09.00; time to prepare it or to move it.
A settled entry (answered, decided, reached, cancelled) and one already past carry no
reminder: importing ten years of history then pops up nothing. A reminder is relative
to the entry's day at midnight, local time wherever the calendar is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from kkrdesk.export.docx_template import NETWORK
from kkrdesk.export.ics_common import lines_text, new_calendar, one_line, save, to_bytes, uid
from kkrdesk.views.calendar import Deadline, DeadlineKind, Deadlines

CALENDAR_NAME = f"{NETWORK}: frister"
ROUND_LEAD = dt.timedelta(days=2)
MILESTONE_LEAD = dt.timedelta(days=7)
AT_NINE = dt.timedelta(hours=9)
CATEGORY = {DeadlineKind.ROUND: "SOR", DeadlineKind.SDS_ANSWER: "SOR",
            DeadlineKind.MILESTONE: "Projekter"}
REMINDER = {DeadlineKind.ROUND: "om 2 dage", DeadlineKind.SDS_ANSWER: "om 2 dage",
            DeadlineKind.MILESTONE: "om en uge"}


def reminder_lead(kind: DeadlineKind) -> dt.timedelta:
    """How long before the entry's day (at midnight) its reminder goes off: the lead
    in days less nine hours, so it comes at 09.00."""
    return (MILESTONE_LEAD if kind == DeadlineKind.MILESTONE else ROUND_LEAD) - AT_NINE


def _alarm(d: Deadline) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{one_line(d.title, 200)} – {REMINDER[d.kind]}")
    alarm.add("trigger", -reminder_lead(d.kind))
    return alarm


def deadline_event(d: Deadline, source: str, today: dt.date, now: dt.datetime) -> Event:
    ev = Event()
    ev.add("uid", uid(source, d.kind.value, d.ref))
    ev.add("dtstamp", now.astimezone(dt.timezone.utc))
    ev.add("summary", one_line(d.title))
    ev.add("dtstart", d.day)
    ev.add("dtend", d.day + dt.timedelta(days=1))
    ev.add("description", lines_text([one_line(x, 2000) for x in d.lines]))
    ev.add("categories", [CATEGORY[d.kind]])
    ev.add("transp", "TRANSPARENT")
    ev.add("class", "PUBLIC")
    if has_reminder(d, today):
        ev.add_component(_alarm(d))
    return ev


def deadlines_calendar(data: Deadlines, now: dt.datetime | None = None) -> Calendar:
    now = now or dt.datetime.now(dt.timezone.utc)
    cal = new_calendar(CALENDAR_NAME, zone=False)  # all-day entries need no time zone
    for d in data.entries:
        cal.add_component(deadline_event(d, data.source, data.today, now))
    return cal


def deadlines_ics(data: Deadlines, now: dt.datetime | None = None) -> bytes:
    return to_bytes(deadlines_calendar(data, now))


def export_deadlines_ics(data: Deadlines, path: str | Path, now: dt.datetime | None = None) -> Path:
    """Write the deadlines to ``path`` (atomically); a Danish ExportError when it cannot."""
    return save(deadlines_ics(data, now), path)


def has_reminder(d: Deadline, today: dt.date) -> bool:
    """Open, and not yet past on the export's day."""
    return not d.settled and d.day >= today


def reminded(data: Deadlines) -> int:
    """How many entries carry a reminder."""
    return sum(1 for d in data.entries if has_reminder(d, data.today))
