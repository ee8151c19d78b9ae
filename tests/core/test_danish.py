"""Danish dates, times and sorting as a Dane expects them."""

from __future__ import annotations

import datetime as dt

import pytest

from kkrdesk.core.danish import long_date, short_date, sorted_da, time_span
from kkrdesk.core.dates import parse_clock, parse_date


def test_long_date_and_time_span():
    assert long_date(dt.date(2025, 6, 18)) == "onsdag d. 18. juni 2025"
    assert long_date(dt.date(2025, 11, 5)) == "onsdag d. 5. november 2025"
    assert time_span(dt.time(12), dt.time(12, 10)) == "kl. 12.00–12.10"
    assert short_date(dt.date(2025, 6, 18)) == "18-06-2025"


def test_aa_and_special_letters_sort_last():
    names = ["Aarhus", "Ærø", "Odense", "Aabenraa", "Ølstykke", "Allerød", "Aalborg", "Vejle"]
    assert sorted_da(names) == ["Allerød", "Odense", "Vejle", "Ærø", "Ølstykke",
                                "Aabenraa", "Aalborg", "Aarhus"]


@pytest.mark.parametrize("text", ["18-06-2025", "18.6.2025", "18/6-2025", "2025-06-18", " 18-6-25 "])
def test_parse_date_accepts_what_danes_type(text):
    assert parse_date(text) == dt.date(2025, 6, 18)


@pytest.mark.parametrize("text", ["", "31-02-2025", "i morgen", "18-13-2025"])
def test_parse_date_rejects_with_a_danish_message(text):
    with pytest.raises(ValueError, match="dato|Datoen"):
        parse_date(text)


def test_parse_clock():
    assert parse_clock("13.35") == dt.time(13, 35) == parse_clock("13:35") == parse_clock("1335")
    with pytest.raises(ValueError, match="klokkeslæt"):
        parse_clock("25.00")


def test_date_words_are_cldr_danish_for_every_day_of_two_years():
    """The weekday and month words are kept in core.danish for speed; babel's CLDR data
    for Danish is the independent reference they must match, day by day."""
    from babel.dates import format_date

    from kkrdesk.core.danish import month_year

    day = dt.date(2025, 1, 1)
    while day.year < 2027:
        assert long_date(day) == format_date(day, "EEEE 'd.' d. MMMM y", locale="da_DK")
        assert month_year(day) == format_date(day, "MMMM y", locale="da_DK")
        day += dt.timedelta(days=1)


def test_date_words_are_not_made_by_loading_babel():
    """Formatting a date in the window must not load babel's locale tables (slow start)."""
    import subprocess
    import sys

    code = ("import sys, datetime as dt; from kkrdesk.core.danish import long_date, month_year; "
            "long_date(dt.date(2025, 6, 18)); month_year(dt.date(2025, 8, 1)); "
            "print(any(m.startswith('babel') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
