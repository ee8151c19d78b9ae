"""People and organisations: editing, validation of hostile text, deletion that can be
undone exactly, e-mail list."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kkrdesk.core.enums import OrgKind, Role
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import Attendance, Meeting
from kkrdesk.services.participants import memberships
from kkrdesk.services.participants import people as participants
from kkrdesk.services.participants.people import PersonFields

D18 = dt.date(2025, 6, 18)


def _org(store, name):
    return next(o.id for o in participants.list_organisations(store) if o.name == name)


def _person(store, name):
    return next(p for p in participants.list_people(store) if p.name == name)


def test_reference_organisations_are_there_and_sorted_the_danish_way(store):
    orgs = participants.list_organisations(store)
    kinds = [o.kind for o in orgs]
    assert kinds.count(OrgKind.MUNICIPALITY) == 98 and kinds.count(OrgKind.REGION) == 5
    names = [o.name for o in orgs]
    assert names[-3:] == ["Aabenraa Kommune", "Aalborg Kommune", "Aarhus Kommune"]
    aalborg = next(o for o in orgs if o.name == "Aalborg Kommune")
    assert aalborg.kkr == "KKR Nordjylland" and aalborg.is_reference


def test_add_edit_person_and_the_old_values_come_back(store):
    pid = participants.add_person(store, PersonFields(
        "  Anne Jensen ", "Konsulent", _org(store, "Aarhus Kommune"), "anne@aarhus.dk", "+45 12 34 56 78"))
    p = participants.get_person(store, pid)
    assert (p.name, p.organisation, p.kkr, p.phone) == (
        "Anne Jensen", "Aarhus Kommune", "KKR Midtjylland", "+45 12 34 56 78")
    old = participants.update_person(store, pid, PersonFields("Anne Marie Jensen", email="am@x.dk"))
    assert old.name == "Anne Jensen" and old.organisation_id == _org(store, "Aarhus Kommune")
    assert participants.get_person(store, pid).organisation == ""
    participants.update_person(store, pid, old)
    assert participants.person_fields(store, pid) == old


@pytest.mark.parametrize("text", [
    "=HYPERLINK(\"http://x\")", "+45 33 33", "-1", "@SUM(A1)", "Ångström 😀", "\u202eRTL\u202c",
    "#N/A", "_x0041_",
])
def test_hostile_names_are_kept_as_typed(store, text):
    pid = participants.add_person(store, PersonFields(text))
    assert participants.get_person(store, pid).name == text


def test_control_characters_are_dropped_and_lengths_enforced(store):
    pid = participants.add_person(store, PersonFields("An\x00ne\x07 \x1bJensen", notes="x" * 50_000))
    p = participants.get_person(store, pid)
    assert p.name == "Anne Jensen" and len(p.notes) == 50_000
    with pytest.raises(ValidationError) as err:
        participants.add_person(store, PersonFields("x" * 50_000))
    assert err.value.field == "name" and "for lang" in str(err.value)
    with pytest.raises(ValidationError) as err:
        participants.add_person(store, PersonFields("   \n\t "))
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        participants.add_person(store, PersonFields("A", notes="x" * 50_001))
    assert err.value.field == "notes"


@pytest.mark.parametrize("email, ok", [
    ("navn@kommune.dk", True), ("", True), ("navn", False), ("a@b", False), ("a b@c.dk", False),
])
def test_email_validation(store, email, ok):
    if ok:
        participants.add_person(store, PersonFields("A", email=email))
    else:
        with pytest.raises(ValidationError) as err:
            participants.add_person(store, PersonFields("A", email=email))
        assert err.value.field == "email"


def test_phone_validation(store):
    participants.add_person(store, PersonFields("A", phone="+45 (33) 12-34.56"))
    for bad in ("ring mig", "+++", "=1+1"):
        with pytest.raises(ValidationError):
            participants.add_person(store, PersonFields("A", phone=bad))


def test_unknown_organisation_refused(store):
    with pytest.raises(ValidationError):
        participants.add_person(store, PersonFields("A", organisation_id=999_999))


def test_deleting_a_person_removes_seats_and_undo_restores_everything(demo_store, june18):
    vivi = _person(demo_store, "Vivi Orthmann")
    pek = _person(demo_store, "Poul Erik Kristensen")
    # the chair of the held meeting of 18 June is part of its history: refused, nothing changes
    assert participants.person_usage(demo_store, pek.id).held >= 3
    with pytest.raises(ValidationError, match="Poul Erik Kristensen kan ikke slettes"):
        participants.delete_people(demo_store, [pek.id])
    # so is a member whose seat two successors took over
    with pytest.raises(ValidationError, match="Vivi Orthmann kan ikke slettes.*overtaget"):
        participants.delete_people(demo_store, [vivi.id])
    assert "Vivi Orthmann" in {m.replaces_name for m in participants.list_memberships(demo_store)}
    new = participants.add_person(demo_store, PersonFields("Ny Suppleant"))
    memberships.add_membership(demo_store, new, memberships.MembershipFields(Role.SUBSTITUTE, "KKR Nordjylland"))
    usage = participants.person_usage(demo_store, new)
    assert usage.memberships == 1 and usage.held == 0 and usage.describe() == "1 medlemskab slettes."
    before = [(m.id, m.person_name, m.replaces_id, m.end_date)
              for m in participants.list_memberships(demo_store)]
    assert len(before) == 7
    snap = participants.delete_people(demo_store, [new])
    after = participants.list_memberships(demo_store)
    assert "Ny Suppleant" not in {m.person_name for m in after}
    participants.restore_snapshot(demo_store, snap)
    assert [(m.id, m.person_name, m.replaces_id, m.end_date)
            for m in participants.list_memberships(demo_store)] == before
    with demo_store.reading() as s:
        assert s.get(Meeting, june18).chair_id == pek.id
        assert s.scalar(select(Attendance.id).where(Attendance.person_id == pek.id))
    assert demo_store.integrity_problems() == []


def test_deleting_nobody_is_not_found(store):
    with pytest.raises(NotFound):
        participants.delete_people(store, [12345])


def test_organisations_add_duplicate_delete(store):
    oid = participants.add_organisation(store, "Dansk Selskab for Borgere", "DSB",
                                        OrgKind.INTEREST, "Region Nordjylland")
    org = next(o for o in participants.list_organisations(store) if o.id == oid)
    assert org.kkr == "KKR Nordjylland" and not org.is_reference
    with pytest.raises(ValidationError):
        participants.add_organisation(store, "dansk selskab for borgere")
    with pytest.raises(ValidationError):
        participants.add_organisation(store, "X", region="Region Atlantis")
    pid = participants.add_person(store, PersonFields("Bo", organisation_id=oid))
    snap = participants.delete_organisation(store, oid)
    assert participants.get_person(store, pid).organisation == ""
    participants.restore_snapshot(store, snap)
    assert participants.get_person(store, pid).organisation == "Dansk Selskab for Borgere"
    with pytest.raises(ValidationError):
        participants.delete_organisation(store, _org(store, "KL"))


def test_current_member_emails_for_outlook(store):
    ids = [participants.add_person(store, PersonFields(n, email=e)) for n, e in
           [("Bo", "bo@x.dk"), ("Anne", "anne@x.dk"), ("Cai", ""), ("Dan", "dan@x.dk"),
            ("Eva", "BO@x.dk")]]
    for pid in ids[:3] + ids[4:]:
        memberships.add_membership(store, pid, memberships.MembershipFields(Role.MEMBER))
    memberships.add_membership(store, ids[3], memberships.MembershipFields(
        Role.MEMBER, start_date=dt.date(2020, 1, 1), end_date=dt.date(2021, 1, 1)))
    emails, missing = participants.current_member_emails(store)
    assert emails == ["anne@x.dk", "bo@x.dk"] and missing == ["Cai"]
    assert participants.outlook_list(emails) == "anne@x.dk; bo@x.dk"


def test_list_people_flags_current_and_former(demo_store):
    people = {p.name: p for p in participants.list_people(demo_store, D18)}
    assert people["Kristina Farsinsen"].is_current_member
    assert people["Niels Rygaard"].was_member and not people["Niels Rygaard"].is_current_member
    assert people["Poul Erik Kristensen"].network_role == Role.SECRETARIAT

