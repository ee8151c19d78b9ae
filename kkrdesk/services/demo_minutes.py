"""The demo's referat of 18 June 2025: sent to the members a week after the meeting,
not yet approved (the 5 November meeting approves it)."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import MeetingStatus
from kkrdesk.core.models import Meeting

SENT_ON = dt.date(2025, 6, 25)


def add_minutes(s, meeting: Meeting, people: dict) -> None:
    meeting.minutes_sent_on = SENT_ON
    meeting.status = MeetingStatus.MINUTES_SENT
