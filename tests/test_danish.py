"""Danish dates, times and sorting as a Dane expects them."""

from __future__ import annotations

import datetime as dt

import pytest

from kkrdesk.core.danish import long_date, parse_clock, parse_date, short_date, sorted_da, time_span


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
