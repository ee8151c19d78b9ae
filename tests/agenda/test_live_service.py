"""The actual times the chair's live view keeps (services/agenda/live.py), on the demo's
meeting of 18 June 2025, read back with a connection of the test's own: each step ends
the running item and starts the next, the step back undoes one, the times before each
step come back whole, and the meeting's end is known once the last item has ended."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kkrdesk.core.errors import ValidationError

D18 = dt.date(2025, 6, 18)
TOP = ["Velkomst", "Meddelelser", "Orientering vedr. rusmiddelområdet",
       "Status for projekt om identitetssløring af sundhedsansatte",
       "Status på udstilling af kommunale data i Sundhedsjournalen", "Pause",
       "Orientering om etablering af ambassadørkorps og udarbejdelse af e-læringsmateriale "
       "for Sundhedsjournalen",
       "Opfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder",
       "Forslag til afholdelse af webinar om, hvordan kommuner kan teste korrespondancemeddelelser",
       "Nyt behandlingstilbud til børn og unge i psykisk mistrivsel", "Eventuelt"]


def at(hh: int, mm: int) -> dt.datetime:
    return dt.datetime(2025, 6, 18, hh, mm)


def rows(store) -> list[tuple[str, str | None, str | None]]:
    """(title, start 'HH:MM', end 'HH:MM') of the top-level items, straight from the file."""
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as con:
        found = con.execute(
            "SELECT i.title, i.actual_start, i.actual_end FROM agenda_item i JOIN meeting m "
            "ON m.id = i.meeting_id WHERE m.date = '2025-06-18' AND i.parent_id IS NULL "
            "ORDER BY i.position").fetchall()
    return [(t, s and s[11:16], e and e[11:16]) for t, s, e in found]


def sub_item_times(store) -> set:
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as con:
        return set(con.execute("SELECT actual_start, actual_end FROM agenda_item "
                               "WHERE parent_id IS NOT NULL"))


@pytest.fixture
def meeting(seed_demo_store):
    from kkrdesk.services.agenda import meetings

    return seed_demo_store, meetings.find_by_date(seed_demo_store, D18).id


def test_the_demo_agenda_is_the_one_the_figures_are_worked_out_on(meeting):
    store, _ = meeting
    assert [r[0] for r in rows(store)] == TOP
    assert all(r[1:] == (None, None) for r in rows(store))


def test_each_step_ends_the_running_item_and_starts_the_next(meeting):
    from kkrdesk.services.agenda import live

    store, mid = meeting
    live.next_item(store, mid, at(12, 4))
    assert rows(store)[:2] == [("Velkomst", "12:04", None), ("Meddelelser", None, None)]
    live.next_item(store, mid, at(12, 16))
    assert rows(store)[:3] == [("Velkomst", "12:04", "12:16"), ("Meddelelser", "12:16", None),
                               (TOP[2], None, None)]
    assert sub_item_times(store) == {(None, None)}  # sub-items run inside their parent's slot


def test_the_step_back_opens_the_last_item_again_and_its_times_come_back(meeting):
    from kkrdesk.services.agenda import live

    store, mid = meeting
    live.next_item(store, mid, at(12, 4))
    live.next_item(store, mid, at(12, 16))
    live.next_item(store, mid, at(12, 40))
    before_back = rows(store)
    kept = live.previous_item(store, mid)
    assert rows(store)[:3] == [("Velkomst", "12:04", "12:16"), ("Meddelelser", "12:16", None),
                               (TOP[2], None, None)]
    live.restore_times(store, mid, kept)  # the undo of the step back
    assert rows(store) == before_back
    kept = live.next_item(store, mid, at(12, 58))
    live.restore_times(store, mid, kept)  # the undo of a step on
    assert rows(store) == before_back


def test_the_whole_meeting_ends_when_the_last_item_ends(meeting):
    from kkrdesk.services.agenda import live, meetings

    store, mid = meeting
    starts = [at(12, 2), at(12, 13), at(12, 50), at(13, 4), at(13, 27), at(13, 41), at(13, 58),
              at(14, 12), at(14, 30), at(14, 45), at(15, 1)]
    for when in starts:
        live.next_item(store, mid, when)
    assert meetings.get_detail(store, mid).ended_at is None  # Eventuelt still runs
    live.next_item(store, mid, at(15, 12))
    got = rows(store)
    assert got[0] == ("Velkomst", "12:02", "12:13") and got[-1] == ("Eventuelt", "15:01", "15:12")
    detail = meetings.get_detail(store, mid)
    assert detail.ended_at == at(15, 12)
    assert detail.items[1].actual_text == "Faktisk tid 12.13\u201312.50"
    with pytest.raises(ValidationError, match="alle punkter er behandlet"):
        live.next_item(store, mid, at(15, 13))
    assert rows(store) == got  # a refused step writes nothing


def test_nothing_to_step_back_to_before_the_start(meeting):
    from kkrdesk.services.agenda import live

    store, mid = meeting
    with pytest.raises(ValidationError, match="ikke begyndt"):
        live.previous_item(store, mid)
    live.next_item(store, mid, at(12, 1))
    live.previous_item(store, mid)  # the first step taken back: not begun again
    assert all(r[1:] == (None, None) for r in rows(store))


def test_a_meeting_without_items_is_refused_in_danish(store):
    from kkrdesk.services.agenda import live, meetings

    mid = meetings.create_meeting(store, date=D18, start_time=dt.time(12), end_time=dt.time(15))
    with pytest.raises(ValidationError, match="ingen punkter"):
        live.next_item(store, mid, at(12, 0))
    assert meetings.get_detail(store, mid).ended_at is None
