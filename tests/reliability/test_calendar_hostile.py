"""Hostile text in the calendar and mail exports: control characters, line breaks,
emoji, right-to-left marks and 10,000-character titles still give files a calendar and a
mail program read: an .ics of CRLF lines of at most 75 octets of UTF-8 without control
characters, a title on one line, a mail whose headers decode to what was typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from email import message_from_bytes
from email.policy import default

from calendar_files import NOW, ics_lines_ok, meeting_on, one_event
from hostile import EMOJI, examples, hostile, kept, shown
from hypothesis import HealthCheck, given, settings

from kkrdesk.export.ics_deadlines import deadlines_ics
from kkrdesk.export.ics_meeting import meeting_ics
from kkrdesk.export.invitation_eml import invitation_message
from kkrdesk.views.calendar import Contact, Deadline, DeadlineKind, Deadlines, Invitation

WILD = "Møde\x00\x07\r\nlinje to\t😀 👩\u200d👩\u200d👧 \u202eשלום\u202c \x1b[31m\u2028slut"
LONG = "Lang titel æøå 😀 " * 600  # 10,800 characters
LIMIT = 255  # the longest title a calendar entry or subject gets; longer ends in "…"


def _title(text: str) -> str:
    """What a title of ``text`` becomes: the characters kept, one line, cut at LIMIT."""
    line = shown(kept(text, single_line=True, nfc=False))
    return line if len(line) <= LIMIT else line[: LIMIT - 1].rstrip() + "…"


def _with(cm, *, title: str, place: str = "", item_title: str = "", presenter: str = ""):
    m = dataclasses.replace(cm.detail.meeting, title=title, place=place, chair_name=presenter)
    first = cm.detail.items[0]
    renamed = dataclasses.replace(first, title=item_title or first.title, presenters=(
        dataclasses.replace(first.presenters[0], name=presenter or first.presenters[0].name),))
    detail = dataclasses.replace(cm.detail, meeting=m, items=(renamed, *cm.detail.items[1:]))
    return dataclasses.replace(cm, detail=detail)


def test_wild_and_long_titles_give_a_valid_event(demo_store):
    cm = meeting_on(demo_store)
    for text in (WILD, LONG, WILD + LONG):
        raw = meeting_ics(_with(cm, title=text, place=text, item_title=text, presenter=text), NOW)
        assert ics_lines_ok(raw) == []
        event = one_event(raw)
        assert str(event["summary"]) == _title(text) and str(event["location"]) == _title(text)
        description = str(event["description"])
        assert "\x00" not in description and "\x1b" not in description
        assert all(emoji in description for emoji in EMOJI[:2] if emoji in text)
    assert _title(WILD).startswith("Møde linje to 😀")


@settings(max_examples=examples(20), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=hostile)
def test_any_text_gives_a_valid_event_and_draft(demo_store, text):
    cm = _with(meeting_on(demo_store), title=text, place=text, item_title=text,
               presenter=text)
    raw = meeting_ics(cm, NOW)
    assert ics_lines_ok(raw) == []
    assert str(one_event(raw).get("summary")) == (_title(text) or "Møde")
    sender = Contact(text, "sekretariat@kl.dk")
    draft = invitation_message(Invitation(cm, sender, (Contact(text, "a@b.dk"),), ()), NOW)
    data = draft.as_bytes()
    data.decode("ascii")
    msg = message_from_bytes(data, policy=default)
    assert msg["Subject"] == f"Indkaldelse: {_title(text)[:200] or 'Møde'} onsdag d. 18. juni 2025"
    assert msg["To"].addresses[0].addr_spec == "a@b.dk"
    assert msg["X-Unsent"] == "1"


def test_wild_deadline_texts_give_a_valid_calendar():
    entries = tuple(
        Deadline(kind, n, text, dt.date(2030, 1, 1) + dt.timedelta(days=n), (text, text), False,
                 month_only=n % 2 == 0)
        for n, (kind, text) in enumerate([(k, t) for k in DeadlineKind for t in (WILD, LONG)]))
    raw = deadlines_ics(Deadlines("kilde", dt.date(2029, 1, 1), entries), NOW)
    assert ics_lines_ok(raw) == []
    import icalendar

    events = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [_title(d.title) for d in entries]
    assert all(len(e.walk("VALARM")) == 1 for e in events)
