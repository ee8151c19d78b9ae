"""The import service: presenters and organisations matched against the register,
the meeting created or extended in one transaction, undone and redone as one step."""

from __future__ import annotations

import datetime as dt

import pytest

from kkrdesk.core.enums import ItemKind
from kkrdesk.core.errors import ValidationError
from kkrdesk.imports.agenda_parser import parse_text
from kkrdesk.services.agenda import file_import as agenda_import
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import people as participants
from kkrdesk.views.agenda_import import GROUP, KNOWN_ORGANISATION, KNOWN_PERSON, NEW_PERSON, NewMeeting
from agenda_import_helpers import NUMBERED, SLOTS, TITLES, minutes, seed_text

JUNE_17 = NewMeeting(dt.date(2025, 6, 17), dt.time(12), dt.time(15))


@pytest.mark.parametrize("written,official", [
    ("Aalborg", "Aalborg Kommune"), ("Aalborg kommune", "Aalborg Kommune"),
    ("Københavns kommune", "Københavns Kommune"), ("København", "Københavns Kommune"),
    ("Bornholm", "Bornholms Regionskommune"), ("Nordfyn Kommune", "Nordfyns Kommune"),
    ("Vesthimmerland", "Vesthimmerlands Kommune"), ("KL", "KL"), ("Kombit", "KOMBIT"),
    ("MedCom", "MedCom"), ("Region H", "Region Hovedstaden"), ("Region Sjælland", "Region Sjælland"),
    ("SDS", "Sundhedsdatastyrelsen"),
])
def test_organisations_are_found_as_people_write_them(store, written, official):
    match = agenda_import.load_register(store).match("", written)
    assert (match.status, match.organisation_name) == (KNOWN_ORGANISATION, official)


def test_all_98_municipalities_with_and_without_kommune(store):
    from kkrdesk.services.reference import reference_organisations

    register = agenda_import.load_register(store)
    munis = [o for o in reference_organisations() if o["kind"].value == "municipality"]
    assert len(munis) == 98
    for org in munis:
        assert register.match("", org["name"]).organisation_name == org["name"]
        assert register.match("", org["short_name"]).organisation_name == org["name"]


def test_people_groups_and_unknown_names(demo_store):
    register = agenda_import.load_register(demo_store)
    tom = register.match("Tom Have Kristensen", "Aalborg Kommune")
    assert tom.status == KNOWN_PERSON and tom.person_id
    assert register.match("alle", "").status == GROUP
    anne = register.match("Anne Hansen", "Aarhus")
    assert (anne.status, anne.organisation_name, anne.known) == (NEW_PERSON, "Aarhus Kommune", False)
    odd = register.match("Bo Berg", "Foreningen af Ingenting")
    assert odd.organisation_id is None and "findes ikke" in odd.note


def test_the_seed_becomes_a_new_meeting_with_slots_presenters_and_sub_items(demo_store):
    agenda = parse_text(seed_text())
    result = agenda_import.commit_import(demo_store, agenda, new_meeting=JUNE_17)
    detail = meetings.get_detail(demo_store, result.meeting_id)
    assert [i.title for i in detail.items] == TITLES
    assert [(i.start_min, i.end_min) for i in detail.items] == [(minutes(a), minutes(b)) for a, b in SLOTS]
    assert detail.items[3].presenters_text == "v. Poul Erik Kristensen, KL og Jeanette Jensen, MedCom"
    assert all(p.person_id for p in detail.items[3].presenters)  # linked to the register's people
    assert [c.presenters_text for c in detail.items[1].children] == [
        "v. Sabina Hedefeld Leopold, KOMBIT", "v. Dorthe Skou Lassen, MedCom",
        "v. Dorthe Skou Lassen, MedCom", "v. Karina Hasager Hedevang, MedCom"]
    assert detail.meeting.date == dt.date(2025, 6, 17) and not result.person_ids


def test_unknown_presenters_are_never_created_unless_asked(store):
    agenda = parse_text("1. Velkomst v. Anne Hansen, Aarhus Kommune\n2. Oplæg v. Bo Berg, KL\n3. Eventuelt")
    before = len(participants.list_people(store))
    r1 = agenda_import.commit_import(store, agenda, new_meeting=JUNE_17)
    assert len(participants.list_people(store)) == before
    item = meetings.get_detail(store, r1.meeting_id).items[0]
    assert item.presenters_text == "v. Anne Hansen, Aarhus Kommune" and item.presenters[0].person_id is None
    r2 = agenda_import.commit_import(store, agenda, new_meeting=NewMeeting(dt.date(2025, 9, 1), dt.time(9), dt.time(12)),
                                     create_people=[("Anne Hansen", "Aarhus Kommune")])
    people = {p.name: p for p in participants.list_people(store)}
    assert set(people) - {"Bo Berg"} >= {"Anne Hansen"} and "Bo Berg" not in people
    assert meetings.get_detail(store, r2.meeting_id).items[0].presenters[0].person_id == people["Anne Hansen"].id


def test_appending_to_a_meeting_keeps_its_items_and_adds_topics(demo_store, june18):
    before = meetings.get_detail(demo_store, june18)
    agenda = parse_text(NUMBERED + "• Emner til næste møde den 5/11-2025\n• Kommunale prøvesvar\n")
    result = agenda_import.commit_import(demo_store, agenda, meeting_id=june18)
    after = meetings.get_detail(demo_store, june18)
    assert [i.title for i in after.items[: len(before.items)]] == [i.title for i in before.items]
    assert [i.kind for i in after.items[len(before.items):]][:2] == [ItemKind.DECISION, ItemKind.ANNOUNCEMENT]
    assert after.topics[-1].title == "Kommunale prøvesvar" and after.topics[-1].target_date == dt.date(2025, 11, 5)
    snap = agenda_import.undo_import(demo_store, result)
    assert meetings.get_detail(demo_store, june18) == before
    agenda_import.redo_import(demo_store, snap)
    assert [i.id for i in meetings.get_detail(demo_store, june18).flat_items()][-len(result.item_ids):] \
        == sorted(result.item_ids)


def test_a_refused_import_writes_nothing(demo_store):
    count = len(meetings.list_meetings(demo_store))
    with pytest.raises(ValidationError, match="allerede et møde den 18-06-2025"):
        agenda_import.commit_import(demo_store, parse_text(seed_text()),
                                    new_meeting=NewMeeting(dt.date(2025, 6, 18), dt.time(12), dt.time(15)))
    with pytest.raises(ValidationError, match="ingen dagsordenspunkter"):
        agenda_import.commit_import(demo_store, parse_text("Hej\nmed dig"), new_meeting=JUNE_17)
    assert len(meetings.list_meetings(demo_store)) == count


def test_undo_removes_the_new_meeting_and_people_and_redo_brings_back_the_same_ids(store):
    agenda = parse_text(seed_text())
    result = agenda_import.commit_import(store, agenda, new_meeting=JUNE_17,
                                         create_people=[("Poul Erik Kristensen", "KL")])
    assert len(result.person_ids) == 1
    snap = agenda_import.undo_import(store, result)
    assert meetings.list_meetings(store) == [] and participants.list_people(store) == []
    agenda_import.redo_import(store, snap)
    detail = meetings.get_detail(store, result.meeting_id)
    assert detail.items[0].presenters[0].person_id == result.person_ids[0]
