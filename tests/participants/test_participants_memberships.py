"""Memberships and replacements as on the seed's welcome slide, their undo, the
history of a seat and the generated welcome text."""

from __future__ import annotations

import datetime as dt

import pytest

from kkrdesk.core.enums import Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.participants import memberships, replacements, welcome
from kkrdesk.services.participants import people as participants
from kkrdesk.services.participants.memberships import MembershipFields
from kkrdesk.services.participants.people import PersonFields

D18 = dt.date(2025, 6, 18)
SEED_LINES = [
    "Kristina Farsinsen, Aalborg Kommune, som har overtaget pladsen efter Niels Rygaard, "
    "Aalborg Kommune",
    "Niels Vingborg, Roskilde Kommune og Sudarvili Vaithialingam, Ringsted Kommune, som har "
    "overtaget pladsen efter Vivi Orthmann",
]


def _org(store, name):
    return next(o.id for o in participants.list_organisations(store) if o.name == name)


@pytest.fixture
def seeded(store):
    """The seed's people and seats before 18 June, in a fresh database."""
    ids = {}
    for name, org in [("Niels Rygaard", "Aalborg Kommune"), ("Kristina Farsinsen", "Aalborg Kommune"),
                      ("Vivi Orthmann", None), ("Niels Vingborg", "Roskilde Kommune"),
                      ("Sudarvili Vaithialingam", "Ringsted Kommune")]:
        ids[name] = participants.add_person(store, PersonFields(name, organisation_id=_org(store, org)
                                                                if org else None))
    seats = {
        "Niels Rygaard": memberships.add_membership(
            store, ids["Niels Rygaard"], MembershipFields(Role.MEMBER, "KKR Nordjylland",
                                                          dt.date(2022, 1, 1))),
        "Vivi Orthmann": memberships.add_membership(
            store, ids["Vivi Orthmann"], MembershipFields(Role.MEMBER, "Region Sjælland")),
    }
    return store, ids, seats


def test_seed_replacements_and_the_welcome_slide(seeded):
    store, ids, seats = seeded
    r1 = replacements.replace_member(store, seats["Niels Rygaard"], [ids["Kristina Farsinsen"]], D18,
                                    note="Den officielle udpegning er nu på plads.")
    r2 = replacements.replace_member(store, seats["Vivi Orthmann"],
                                    [ids["Niels Vingborg"], ids["Sudarvili Vaithialingam"]], D18,
                                    appointed_by="Region Sjælland")
    assert r1.old_end_before is None and r1.old_end_after == D18 and len(r2.new_ids) == 2
    rows = {m.person_name: m for m in participants.list_memberships(store)}
    assert rows["Niels Rygaard"].end_date == D18
    assert rows["Niels Rygaard"].replaced_by_names == ("Kristina Farsinsen",)
    assert rows["Kristina Farsinsen"].appointed_by == "KKR Nordjylland"  # taken over from the seat
    assert rows["Niels Vingborg"].replaces_name == "Vivi Orthmann"
    assert set(rows["Vivi Orthmann"].replaced_by_names) == {"Niels Vingborg", "Sudarvili Vaithialingam"}
    lines = welcome.welcome_lines(store, None, D18)
    assert [ln.text for ln in lines] == SEED_LINES
    assert lines[0].note == "Den officielle udpegning er nu på plads."
    text = welcome.welcome_text(lines)
    assert text.startswith("1. Kristina Farsinsen") and "\n   a) Den officielle" in text
    assert welcome.welcome_lines(store, D18, dt.date(2025, 11, 5)) == []
    history = replacements.seat_history(store, r2.new_ids[1])
    assert replacements.seat_text(history) == (
        "Vivi Orthmann (til 18-06-2025) → Niels Vingborg og Sudarvili Vaithialingam (fra 18-06-2025)")
    assert replacements.seat_text(replacements.seat_history(store, seats["Niels Rygaard"])) == (
        "Niels Rygaard (fra 01-01-2022 – til 18-06-2025) → Kristina Farsinsen (fra 18-06-2025)")


def test_replace_can_be_undone_and_redone_with_the_same_ids(seeded):
    store, ids, seats = seeded
    r = replacements.replace_member(store, seats["Vivi Orthmann"],
                                   [ids["Niels Vingborg"], ids["Sudarvili Vaithialingam"]], D18)
    snap = replacements.undo_replace(store, r)
    rows = participants.list_memberships(store)
    assert [m.person_name for m in rows] == ["Niels Rygaard", "Vivi Orthmann"]
    assert all(m.end_date is None for m in rows)
    replacements.redo_replace(store, r, snap)
    again = {m.person_name: m for m in participants.list_memberships(store)}
    assert {again["Niels Vingborg"].id, again["Sudarvili Vaithialingam"].id} == set(r.new_ids)
    assert again["Vivi Orthmann"].end_date == D18


def test_replace_refuses_nonsense(seeded):
    store, ids, seats = seeded
    with pytest.raises(ValidationError):
        replacements.replace_member(store, seats["Vivi Orthmann"], [], D18)
    with pytest.raises(ValidationError):
        replacements.replace_member(store, seats["Vivi Orthmann"], [ids["Niels Vingborg"]] * 2, D18)
    with pytest.raises(ValidationError, match="sin egen plads"):
        replacements.replace_member(store, seats["Vivi Orthmann"], [ids["Vivi Orthmann"]], D18)
    with pytest.raises(ValidationError, match="før medlemskabet begyndte"):
        replacements.replace_member(store, seats["Niels Rygaard"], [ids["Kristina Farsinsen"]],
                                   dt.date(2021, 1, 1))
    with pytest.raises(ValidationError, match="allerede en plads som medlem"):
        replacements.replace_member(store, seats["Vivi Orthmann"], [ids["Niels Rygaard"]], D18)
    assert all(m.end_date is None for m in participants.list_memberships(store))


def test_membership_edit_end_and_delete(seeded):
    store, ids, seats = seeded
    mid = memberships.add_membership(store, ids["Niels Vingborg"], MembershipFields(
        Role.SUBSTITUTE, " Region  Sjælland ", dt.date(2025, 1, 1), notes="supp."))
    view = memberships.get_membership(store, mid)
    assert view.role == Role.SUBSTITUTE and view.appointed_by == "Region  Sjælland"
    old = memberships.update_membership(store, mid, MembershipFields(
        Role.OBSERVER, "KL", dt.date(2025, 1, 1), dt.date(2025, 3, 1)))
    assert old.role == Role.SUBSTITUTE
    with pytest.raises(ValidationError) as err:
        memberships.update_membership(store, mid, MembershipFields(
            Role.MEMBER, "", dt.date(2025, 3, 1), dt.date(2025, 1, 1)))
    assert err.value.field == "end_date"
    with pytest.raises(ValidationError):
        memberships.add_membership(store, ids["Niels Vingborg"], MembershipFields(Role.PROJECT_OWNER))
    assert [m.id for m in memberships.memberships_of_person(store, ids["Niels Vingborg"])] == [mid]
    snap = memberships.delete_memberships(store, [mid])
    assert memberships.memberships_of_person(store, ids["Niels Vingborg"]) == []
    participants.restore_snapshot(store, snap)
    assert memberships.get_membership(store, mid).role == Role.OBSERVER


def test_welcome_lines_for_the_demo_meeting_and_groups(demo_store, june18):
    lines = welcome.welcome_lines_for_meeting(demo_store, june18)
    assert [ln.text for ln in lines] == SEED_LINES
    assert lines[1].note.startswith("Der var mange interesserede kandidater")
    groups = memberships.list_groups(demo_store)
    assert groups[0].name == "KKR-digitaliseringsnetværket"
    assert {g.name for g in groups} >= {"Styregruppe – Identitetssløring i kommunerne",
                                        "Projektgruppe – Identitetssløring i kommunerne"}


def test_a_new_member_without_predecessor_is_welcomed_too(store):
    pid = participants.add_person(store, PersonFields("Bo Ny", organisation_id=_org(store, "Vejle Kommune")))
    memberships.add_membership(store, pid, MembershipFields(Role.MEMBER, start_date=D18))
    assert [ln.text for ln in welcome.welcome_lines(store, None, D18)] == [
        "Bo Ny, Vejle Kommune, som er nyt medlem af netværket"]
