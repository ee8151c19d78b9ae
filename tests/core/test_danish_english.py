"""The window in English writes dates, time spans and lists the English way; the Danish
forms (documents, the Danish window) are unchanged. Expected texts written out by hand."""

import datetime as dt

from kkrdesk.core import danish


def test_english_forms_of_a_meeting_day():
    day = dt.date(2025, 6, 18)  # a Wednesday
    assert danish.long_date(day, "en") == "Wednesday 18 June 2025"
    assert danish.day_month(day, "en") == "18 June"
    assert danish.month_year(dt.date(2025, 8, 1), "en") == "August 2025"
    assert danish.time_span(dt.time(12, 0), dt.time(12, 10), ":", "en") == "12:00\u201312:10"
    assert danish.join_and(["A", "B", "C"], "en") == "A, B and C"


def test_danish_forms_stay_the_default():
    day = dt.date(2025, 6, 18)
    assert danish.long_date(day) == "onsdag d. 18. juni 2025"
    assert danish.month_year(dt.date(2025, 8, 1)) == "august 2025"
    assert danish.time_span(dt.time(12, 0), dt.time(12, 10)) == "kl. 12.00\u201312.10"
    assert danish.join_and(["A", "B", "C"]) == "A, B og C"
