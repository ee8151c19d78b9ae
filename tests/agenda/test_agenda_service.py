"""Agenda editing through the services: what the secretary does to an agenda."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kkrdesk.core.enums import ItemKind
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.agenda import item_moves
from kkrdesk.services.agenda import presenters
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import meetings
from kkrdesk.services.agenda.presenters import PresenterInput


def _slots(store, mid):
    d = meetings.get_detail(store, mid)
    return [(i.title, f"{i.start_min // 60:02d}.{i.start_min % 60:02d}") for i in d.items]


def _titles(store, mid):
    return [(i.title, [c.title for c in i.children]) for i in meetings.get_detail(store, mid).items]


@pytest.fixture
def empty_meeting(store):
    return meetings.create_meeting(store, date=dt.date(2025, 6, 18))


def test_rebuild_the_seed_agenda_from_an_empty_meeting(store, empty_meeting):
    mid = empty_meeting
    spec = [("Velkomst", ItemKind.WELCOME, 10), ("Meddelelser", ItemKind.ANNOUNCEMENT, 35),
            ("Orientering vedr. rusmiddelområdet", ItemKind.ANNOUNCEMENT, 15),
            ("Status for projekt om identitetssløring af sundhedsansatte", ItemKind.ANNOUNCEMENT, 20),
            ("Status på udstilling af kommunale data i Sundhedsjournalen", ItemKind.ANNOUNCEMENT, 15),
            ("Pause", ItemKind.BREAK, 15), ("Ambassadørkorps", ItemKind.ANNOUNCEMENT, 15),
            ("SOR", ItemKind.DISCUSSION, 15), ("Webinar", ItemKind.DECISION, 15),
            ("Børn og unge", ItemKind.ANNOUNCEMENT, 15), ("Eventuelt", ItemKind.ANY_OTHER_BUSINESS, 10)]
    ids = [agenda.insert_item(store, mid, title=t, kind=k, duration_min=d) for t, k, d in spec]
    meddelelser = ids[1]
    for title, who, org in [("Aktuel status for FK-OSS", "Sabina Hedefeld Leopold", "KOMBIT"),
                            ("Digital Sundhed Danmark", "Dorthe Skou Lassen", "MedCom")]:
        sub = agenda.insert_item(store, mid, title=title, kind=ItemKind.ANNOUNCEMENT, parent_id=meddelelser)
        presenters.set_presenters(store, sub, [PresenterInput(who, org)])
    presenters.set_presenters(store, ids[0], [PresenterInput("Poul Erik Kristensen", "KL")])
    agenda.set_sub_points(store, ids[0], ["Velkommen til nye deltagere", "", "Kort præsentationsrunde"])
    d = meetings.get_detail(store, mid)
    assert [s for _t, s in _slots(store, mid)] == ["12.00", "12.10", "12.45", "13.00", "13.20",
                                                  "13.35", "13.50", "14.05", "14.20", "14.35", "14.50"]
    assert d.overrun_min == 0 and d.planned_end_min == 15 * 60
    assert d.items[0].presenters_text == "v. Poul Erik Kristensen, KL"
    assert d.items[0].sub_points == ("Velkommen til nye deltagere", "Kort præsentationsrunde")
    assert [c.number for c in d.items[1].children] == ["2.a", "2.b"]
    assert d.items[1].children[0].presenters_text == "v. Sabina Hedefeld Leopold, KOMBIT"


def test_insert_after_reflows_later_slots(demo_store, june18):
    d = meetings.get_detail(demo_store, june18)
    new = agenda.insert_item(demo_store, june18, title="Nyt punkt", duration_min=20, after_id=d.items[2].id)
    after = meetings.get_detail(demo_store, june18)
    assert after.items[3].id == new and after.items[3].number == "4"
    assert after.items[4].start_min == after.items[3].end_min == 13 * 60 + 20
    # the pinned break stays at 13.35 and now overlaps the item before it
    brk = next(i for i in after.items if i.kind == ItemKind.BREAK)
    assert brk.start_min == 13 * 60 + 35 and brk.gap_before_min == -20
    assert after.overrun_min == 0  # the pin holds the rest of the day in place
    agenda.update_item(demo_store, brk.id, pinned_start=None)
    unpinned = meetings.get_detail(demo_store, june18)
    assert unpinned.overrun_min == 20 and unpinned.items[-1].end_min == 15 * 60 + 20


def test_update_delete_and_restore_keep_ids_and_places(demo_store, june18):
    d = meetings.get_detail(demo_store, june18)
    meddelelser = d.items[1]
    old = agenda.update_item(demo_store, meddelelser.id, duration_min=45, title="Meddelelser m.m.")
    assert old == {"duration_min": 35, "title": "Meddelelser"}
    snap = agenda.delete_item(demo_store, meddelelser.id)
    gone = meetings.get_detail(demo_store, june18)
    assert len(gone.items) == 10 and meddelelser.id not in gone.by_id
    agenda.restore_item(demo_store, snap)
    back = meetings.get_detail(demo_store, june18)
    assert back.items[1].id == meddelelser.id and len(back.items[1].children) == 4
    assert back.items[1].children[0].presenters_text == "v. Sabina Hedefeld Leopold, KOMBIT"


def test_move_indent_outdent(demo_store, june18):
    d = meetings.get_detail(demo_store, june18)
    eventuelt = d.items[-1]
    item_moves.move_item(demo_store, eventuelt.id, None, 0)
    assert _titles(demo_store, june18)[0][0] == "Eventuelt"
    rus = d.items[2]
    parent, index = item_moves.indent_target(demo_store, rus.id)
    item_moves.move_item(demo_store, rus.id, parent, index)
    titles = _titles(demo_store, june18)
    assert titles[2][1][-1] == "Orientering vedr. rusmiddelområdet"
    target = item_moves.outdent_target(demo_store, rus.id)
    item_moves.move_item(demo_store, rus.id, *target)
    assert _titles(demo_store, june18)[3][0] == "Orientering vedr. rusmiddelområdet"


def test_nesting_is_one_level_only(demo_store, june18):
    d = meetings.get_detail(demo_store, june18)
    child = d.items[1].children[0]
    with pytest.raises(ValidationError):
        agenda.insert_item(demo_store, june18, title="x", parent_id=child.id)
    with pytest.raises(ValidationError):
        item_moves.move_item(demo_store, d.items[1].id, d.items[0].id, 0)  # has children
    assert item_moves.indent_target(demo_store, d.items[0].id) is None


def test_duplicate_copies_presenters_and_children(demo_store, june18):
    d = meetings.get_detail(demo_store, june18)
    new = agenda.duplicate_item(demo_store, d.items[1].id)
    after = meetings.get_detail(demo_store, june18)
    assert after.items[2].id == new and len(after.items[2].children) == 4
    assert after.items[2].presenters_text == d.items[1].presenters_text


@pytest.mark.parametrize("field, value, words", [
    ("title", "   ", "udfyldes"), ("duration_min", -5, "negativ"),
    ("duration_min", 10_000, "urimelig"), ("duration_min", "ti", "minutter"),
    ("title", "x" * 2001, "for lang"),
])
def test_bad_values_are_refused_and_nothing_changes(demo_store, june18, field, value, words):
    before = meetings.get_detail(demo_store, june18)
    with pytest.raises(ValidationError, match=words):
        agenda.update_item(demo_store, before.items[0].id, **{field: value})
    assert meetings.get_detail(demo_store, june18).items == before.items


def test_control_characters_are_stripped_but_emoji_and_rtl_kept(demo_store, june18):
    item = meetings.get_detail(demo_store, june18).items[0]
    agenda.update_item(demo_store, item.id, title="Velkomst\x00\x07 🎉 \u200fمرحبا", notes="a\x0bb")
    after = meetings.get_detail(demo_store, june18).by_id[item.id]
    assert after.title == "Velkomst 🎉 \u200fمرحبا" and after.notes == "ab"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["insert", "delete", "move", "dup"]),
                          st.integers(0, 30), st.integers(0, 30)), max_size=12))
def test_positions_stay_contiguous_and_slots_follow(store, ops):
    mid = meetings.create_meeting(store, date=dt.date(2030, 1, 1))
    for op, a, b in ops:
        items = meetings.get_detail(store, mid).items
        if op == "insert" or not items:
            agenda.insert_item(store, mid, title=f"P{a}", duration_min=a)
        elif op == "delete":
            agenda.delete_item(store, items[a % len(items)].id)
        elif op == "move":
            item_moves.move_item(store, items[a % len(items)].id, None, b)
        else:
            agenda.duplicate_item(store, items[a % len(items)].id)
    d = meetings.get_detail(store, mid)
    assert [i.number for i in d.items] == [str(n) for n in range(1, len(d.items) + 1)]
    cursor = 12 * 60
    for i in d.items:
        assert i.start_min == cursor
        cursor = i.end_min
