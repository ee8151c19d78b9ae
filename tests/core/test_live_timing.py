"""The live view's arithmetic on plain values: stages, time left, behind or ahead, and
the Danish words for them. Every expected figure is worked out by hand in a comment."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core import live_timing as L

DAY = dt.date(2025, 6, 18)


def at(hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime(2025, 6, 18, hh, mm, ss)


def agenda(*times):
    """Three items planned 12.00-12.10, 12.10-12.45, 12.45-13.00 with the given actual times."""
    plan = ((720, 730), (730, 765), (765, 780))
    times = list(times) + [(None, None)] * (3 - len(times))
    return [L.LiveItem(n, s, e, *t) for n, ((s, e), t) in enumerate(zip(plan, times, strict=True))]


def test_before_the_start_nothing_is_judged_until_the_meeting_is_late():
    early = L.state(agenda(), DAY, at(11, 58))
    assert (early.stage, early.index, early.behind_s) == (L.BEFORE, 0, None)
    late = L.state(agenda(), DAY, at(12, 3))  # 3 minutes after the planned start
    assert late.behind_s == 180


def test_a_running_item_counts_down_and_judges_the_clock_by_its_planned_end():
    items = agenda((at(12, 4), None))  # began 4 minutes late; its slot is 10 minutes
    st = L.state(items, DAY, at(12, 12, 30))
    assert (st.stage, st.index) == (L.RUNNING, 0)
    assert st.remaining_s == 90  # 12.14.00 - 12.12.30
    assert st.behind_s == 240  # it will end 12.14 if it keeps its slot, planned 12.10
    over = L.state(items, DAY, at(12, 16))
    assert over.remaining_s == -120 and over.behind_s == 360  # past its slot: now - 12.10


def test_an_item_ended_early_puts_the_meeting_ahead():
    items = agenda((at(12, 4), at(12, 16)), (at(12, 16), at(12, 40)), (at(12, 40), None))
    st = L.state(items, DAY, at(12, 41))
    assert st.index == 2 and st.remaining_s == 14 * 60  # 12.55 - 12.41
    assert st.behind_s == -5 * 60  # 12.55 against the planned 13.00


def test_between_items_and_after_the_end():
    between = L.state(agenda((at(12, 0), at(12, 12))), DAY, at(12, 13))
    assert (between.stage, between.index, between.behind_s) == (L.BETWEEN, 1, 180)  # 12.13 - 12.10
    done = agenda((at(12, 0), at(12, 10)), (at(12, 10), at(12, 50)), (at(12, 50), at(13, 12)))
    after = L.state(done, DAY, at(13, 30))
    assert (after.stage, after.ended_at, after.behind_s) == (L.AFTER, at(13, 12), 12 * 60)


def test_which_item_a_step_ends_starts_or_opens_again():
    items = agenda((at(12, 0), at(12, 12)), (at(12, 12), None))
    assert (L.running_index(items), L.next_index(items), L.reopen_index(items)) == (1, 2, 0)
    assert L.next_index(agenda()) == 0 and L.reopen_index(agenda()) is None


def test_the_danish_words():
    assert L.behind_text(12 * 60 + 40) == "12 min. bagud"
    assert L.behind_text(-3 * 60) == "3 min. foran"
    assert L.behind_text(59) == "Til tiden" and L.behind_text(None) == ""
    assert L.countdown_text(7 * 60 + 12) == "07:12"
    assert L.countdown_text(-150) == "\u221202:30"
    assert L.countdown_text(3600 + 65) == "1:01:05"
