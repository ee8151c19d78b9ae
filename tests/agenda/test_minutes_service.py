"""Minutes through the services: attendance, actions, topics, new meeting from previous."""

from __future__ import annotations

import datetime as dt

import pytest

from kkrdesk.core.enums import ActionStatus, AttendanceStatus, ItemKind, MeetingStatus
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.agenda import items as agenda
from kkrdesk.services.agenda import lifecycle as meeting_lifecycle
from kkrdesk.services.agenda import meetings
from kkrdesk.services.agenda import minutes
from kkrdesk.services.agenda.minutes import AttendanceState
from conftest import empty_next_meeting

NOV5 = dt.date(2025, 11, 5)


def _roster(store, mid):
    return {r.name: r for r in minutes.roster(store, mid)}


def test_roster_lists_members_on_the_date_and_recorded_guests(demo_store, june18):
    rows = _roster(demo_store, june18)
    assert rows["Kristina Farsinsen"].role is not None
    assert "Niels Rygaard" not in rows  # his seat ended on 18 June
    assert rows["Sabina Hedefeld Leopold"].state.is_guest
    nov = meetings.find_by_date(demo_store, NOV5).id
    assert all(r.state.status is None for r in minutes.roster(demo_store, nov))


def test_mark_all_present_then_apologies_and_substitute(demo_store):
    nov = meetings.find_by_date(demo_store, NOV5).id
    olds = minutes.mark_all_present(demo_store, nov)
    assert olds and all(o.status is None for o in olds)
    rows = _roster(demo_store, nov)
    assert {r.state.status for r in rows.values()} == {AttendanceStatus.PRESENT}
    kristina, niels = rows["Kristina Farsinsen"], rows["Niels Vingborg"]
    minutes.set_attendance(demo_store, nov, AttendanceState(kristina.person_id, AttendanceStatus.APOLOGIES))
    tom = _roster(demo_store, meetings.find_by_date(demo_store, dt.date(2025, 6, 18)).id)["Tom Have Kristensen"]
    minutes.set_attendance(demo_store, nov, AttendanceState(
        tom.person_id, AttendanceStatus.SUBSTITUTE, substitute_for_id=kristina.person_id))
    d = meetings.get_detail(demo_store, nov)
    by = {a.name: a for a in d.attendance}
    assert by["Kristina Farsinsen"].status == AttendanceStatus.APOLOGIES
    assert by["Tom Have Kristensen"].substitute_for_name == "Kristina Farsinsen"
    assert by[niels.name].status == AttendanceStatus.PRESENT
    # undo of "mark all present" is setting the old states back
    minutes.set_many(demo_store, nov, olds)
    assert _roster(demo_store, nov)["Niels Vingborg"].state.status is None


def test_substitute_needs_whom(demo_store, june18):
    pid = _roster(demo_store, june18)["Niels Vingborg"].person_id
    with pytest.raises(ValidationError, match="stedfortræder"):
        minutes.set_attendance(demo_store, june18, AttendanceState(pid, AttendanceStatus.SUBSTITUTE))
    with pytest.raises(ValidationError):
        minutes.set_attendance(demo_store, june18, AttendanceState(
            pid, AttendanceStatus.SUBSTITUTE, substitute_for_id=pid))


def test_actions_open_close_and_stay_visible_later(demo_store, june18):
    aid = minutes.add_action(demo_store, june18, "Udsende invitation til webinar",
                             who_text="Tom Have Kristensen", due=dt.date(2025, 9, 1))
    nov = meetings.find_by_date(demo_store, NOV5).id
    later = meetings.get_detail(demo_store, nov)
    demo = 3  # the demo referat's own action items, still open
    assert [a.what for a in later.earlier_open_actions][demo:] == ["Udsende invitation til webinar"]
    old = minutes.update_action(demo_store, aid, status=ActionStatus.DONE, closed_on=dt.date(2025, 11, 5))
    assert old["status"] == ActionStatus.OPEN
    assert len(meetings.get_detail(demo_store, nov).earlier_open_actions) == demo
    snap = minutes.delete_action(demo_store, aid)
    assert aid not in {a.id for a in meetings.get_detail(demo_store, june18).actions}
    minutes.restore(demo_store, snap)
    assert meetings.get_detail(demo_store, june18).actions[-1].id == aid
    with pytest.raises(ValidationError):
        minutes.add_action(demo_store, june18, "  ")


def test_notes_and_decision_with_standard_text(demo_store, june18):
    item = meetings.get_detail(demo_store, june18).items[7]
    agenda.update_item(demo_store, item.id, notes="Netværket drøftede forslagene.",
                       decision=minutes.STANDARD_DECISIONS[0])
    after = meetings.get_detail(demo_store, june18).by_id[item.id]
    assert after.decision == "Taget til efterretning" and "drøftede" in after.notes


def test_next_meeting_from_previous_fills_the_planned_5_november(demo_store, june18):
    nov = empty_next_meeting(demo_store)
    mid = meeting_lifecycle.new_from_previous(demo_store, june18, NOV5)
    assert mid == nov  # the planned meeting was filled, not duplicated
    d = meetings.get_detail(demo_store, mid)
    titles = [i.title for i in d.items]
    assert titles == ["Velkomst", "Godkendelse af referat fra mødet d. 18. juni 2025",
                      "Meddelelser", "Pause", "Kommunale prøvesvar", "Eventuelt"]
    assert d.items[0].presenters_text == "v. Poul Erik Kristensen, KL"
    assert d.items[3].pinned_start is None  # a copied pin would leave a hole
    assert d.items[2].children == ()  # announcements are new each time
    june = meetings.get_detail(demo_store, june18)
    assert june.topics[0].carried_to_item_id == d.items[4].id
    # doing it again is refused: the meeting now has an agenda
    with pytest.raises(ValidationError, match="allerede"):
        meeting_lifecycle.new_from_previous(demo_store, june18, NOV5)
    meeting_lifecycle.undo_new_from_previous(demo_store, mid, created=False)
    assert meetings.get_detail(demo_store, mid).items == ()
    assert meetings.get_detail(demo_store, june18).topics[0].carried_to_item_id is None


def test_new_meeting_from_previous_creates_one(demo_store, june18):
    mid = meeting_lifecycle.new_from_previous(demo_store, june18, dt.date(2026, 3, 4))
    d = meetings.get_detail(demo_store, mid)
    assert d.meeting.status == MeetingStatus.PLANNED and d.meeting.chair_name == "Poul Erik Kristensen"
    assert d.items[-1].kind == ItemKind.ANY_OTHER_BUSINESS
    with pytest.raises(ValidationError):
        meeting_lifecycle.new_from_previous(demo_store, mid, dt.date(2020, 1, 1))


def test_delete_meeting_and_undo_restores_everything(demo_store, june18):
    minutes.add_action(demo_store, june18, "Følg op på SOR-svar")
    before = meetings.get_detail(demo_store, june18)
    snap = meeting_lifecycle.delete_meeting(demo_store, june18)
    assert june18 not in {m.id for m in meetings.list_meetings(demo_store)}
    meeting_lifecycle.restore_meeting(demo_store, snap)
    after = meetings.get_detail(demo_store, june18)
    assert after.items == before.items and after.attendance == before.attendance
    assert after.actions == before.actions and after.topics == before.topics


@pytest.mark.parametrize("start, end", [(dt.time(15), dt.time(12)), (dt.time(12), dt.time(12))])
def test_meeting_must_end_after_it_starts(store, start, end):
    with pytest.raises(ValidationError, match="slutte efter"):
        meetings.create_meeting(store, date=NOV5, start_time=start, end_time=end)
    mid = meetings.create_meeting(store, date=NOV5)
    with pytest.raises(ValidationError):
        meetings.update_meeting(store, mid, end_time=dt.time(11))
    assert meetings.get_detail(store, mid).meeting.end_time == dt.time(15)


def test_open_actions_before_a_meeting_are_read_on_their_own(demo_store, june18):
    """What the Opfølgning pane reads when it is opened: the open actions of earlier
    meetings, the same as the meeting's full detail lists (and the Word referat shows)."""
    aid = minutes.add_action(demo_store, june18, "Udsende invitation til webinar",
                             who_text="Tom Have Kristensen", due=dt.date(2025, 9, 1))
    nov = meetings.find_by_date(demo_store, NOV5).id
    earlier = meetings.open_actions_before(demo_store, nov)
    assert [a.what for a in earlier][-1] == "Udsende invitation til webinar"
    assert len(earlier) == 4  # the demo referat's three, and this one
    assert meetings.open_actions_before(demo_store, june18) == ()  # nothing before 18 June
    light = meetings.get_detail(demo_store, nov, earlier_actions=False)
    assert light.earlier_open_actions == () and len(light.items) == len(
        meetings.get_detail(demo_store, nov).items)
    minutes.update_action(demo_store, aid, status=ActionStatus.DONE, closed_on=dt.date(2025, 11, 5))
    assert len(meetings.open_actions_before(demo_store, nov)) == 3
