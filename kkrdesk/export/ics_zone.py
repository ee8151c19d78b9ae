"""The calendar files' time zone: Europe/Copenhagen, written out by hand as a VTIMEZONE in
the form Outlook reads: two yearly rules (last Sunday of March and of October, the EU
rule Denmark follows since 1996). Outlook misreads the RDATE lists some generators
(icalendar's ``add_missing_timezones`` among them) write and shifts summer meetings by an
hour (iCalcreator/iCalcreator#86 and #106, the latter for Europe/Copenhagen); Google's
and Microsoft's own exports use the rule form. The tests hold the rules equal to the
time zone database on every day from 1996 to 2099."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

TZID = "Europe/Copenhagen"
COPENHAGEN = ZoneInfo(TZID)


def copenhagen_zone() -> Timezone:
    tz = Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    for part, start, month, before, after, name in (
            (TimezoneDaylight, dt.datetime(1970, 3, 29, 2), 3, 1, 2, "CEST"),
            (TimezoneStandard, dt.datetime(1970, 10, 25, 3), 10, 2, 1, "CET")):
        rule = part()
        rule.add("dtstart", start)
        rule.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        rule.add("tzoffsetfrom", dt.timedelta(hours=before))
        rule.add("tzoffsetto", dt.timedelta(hours=after))
        rule.add("tzname", name)
        tz.add_component(rule)
    return tz


def at_copenhagen(day: dt.date, minutes: int) -> dt.datetime:
    """Minutes after midnight on ``day`` as a Copenhagen time (an agenda running past
    midnight lands on the next day)."""
    extra, minute = divmod(minutes, 24 * 60)
    clock = dt.time(minute // 60, minute % 60)
    return dt.datetime.combine(day + dt.timedelta(days=extra), clock, tzinfo=COPENHAGEN)
