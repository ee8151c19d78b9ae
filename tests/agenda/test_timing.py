"""Derived agenda slots: the seed's agenda, reflow, pinned items, overrun."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, strategies as st

from kkrdesk.core.timing import SlotInput, format_clock, schedule

T = dt.time
SEED = [10, 35, 15, 20, 15, 15, 15, 15, 15, 15, 10]
SEED_STARTS = ["12.00", "12.10", "12.45", "13.00", "13.20", "13.35", "13.50", "14.05",
               "14.20", "14.35", "14.50"]


def _items(durations, pins=None):
    pins = pins or {}
    return [SlotInput(i, d, pins.get(i)) for i, d in enumerate(durations)]


def test_seed_agenda_fills_twelve_to_fifteen():
    s = schedule(T(12), T(15), _items(SEED))
    assert [x.start for x in s.slots] == SEED_STARTS
    assert s.slots[-1].end == "15.00" and s.overrun_min == 0 and s.total_duration_min == 180


def test_longer_item_reflows_every_later_slot_and_shows_overrun():
    longer = SEED.copy()
    longer[3] = 30  # identity masking gets ten more minutes
    s = schedule(T(12), T(15), _items(longer))
    assert [x.start for x in s.slots][:4] == SEED_STARTS[:4]
    assert s.slots[4].start == "13.30" and s.slots[-1].end == "15.10"
    assert s.overrun_min == 10


def test_pinned_break_shows_gap_and_overlap():
    early = schedule(T(12), T(15), _items([10, 20, 15], {2: T(12, 45)}))
    assert early.slots[2].start == "12.45" and early.slots[2].gap_before_min == 15
    late = schedule(T(12), T(15), _items([10, 50, 15], {2: T(12, 45)}))
    assert late.slots[2].gap_before_min == -15  # overlaps the item before it
    assert late.slots[2].end == "13.00"


def test_sub_items_run_inside_their_parent():
    item = SlotInput(1, 35, None, (SlotInput(2, 10), SlotInput(3, 30)))
    s = schedule(T(12, 10), T(15), [item])
    assert s.by_key[2].start == "12.10" and s.by_key[3].start == "12.20"
    assert s.slots[0].children_overrun_min == 5


def test_clock_past_midnight_stays_readable():
    assert format_clock(24 * 60 + 10) == "00.10 (+1 d.)"


@given(st.lists(st.integers(min_value=0, max_value=600), max_size=40))
def test_slots_are_contiguous_and_add_up(durations):
    s = schedule(T(9), T(17), _items(durations))
    cursor = 9 * 60
    for slot, d in zip(s.slots, durations):
        assert slot.start_min == cursor and slot.end_min == cursor + d
        cursor = slot.end_min
    assert s.planned_end_min == 9 * 60 + sum(durations)
    assert s.overrun_min == max(0, sum(durations) - 8 * 60)
