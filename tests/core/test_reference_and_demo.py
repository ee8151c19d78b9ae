"""Reference organisations and the demo meeting of 18 June 2025 as the seed deck shows it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import select

from kkrdesk.core.danish import time_span
from kkrdesk.core.enums import AttendanceStatus, OrgKind, Role, SorStatus
from kkrdesk.core.errors import KkrDeskError
from kkrdesk.core.models import Person
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.demo.seed import write_demo


def test_98_municipalities_in_their_regions(store):
    orgs = participants.list_organisations(store)
    kommuner = [o for o in orgs if o.kind == OrgKind.MUNICIPALITY]
    assert len(kommuner) == 98
    per_kkr = Counter(o.kkr for o in kommuner)
    assert per_kkr == {"KKR Hovedstaden": 29, "KKR Sjælland": 17, "KKR Syddanmark": 22,
                       "KKR Midtjylland": 19, "KKR Nordjylland": 11}
    names = {o.name for o in orgs}
    for official in ("Københavns Kommune", "Bornholms Regionskommune", "Nordfyns Kommune",
                     "Vesthimmerlands Kommune", "KL", "KOMBIT", "MedCom", "Sundhedsdatastyrelsen"):
        assert official in names
    assert len([o for o in orgs if o.kind == OrgKind.REGION]) == 5
    # Danish order: Aabenraa, Aalborg and Aarhus come after Ø.
    kommune_names = [o.name for o in kommuner]
    assert kommune_names[-3:] == ["Aabenraa Kommune", "Aalborg Kommune", "Aarhus Kommune"]


SEED_SLOTS = [
    ("Velkomst", "kl. 12.00–12.10", "v. Poul Erik Kristensen, KL"),
    ("Meddelelser", "kl. 12.10–12.45", "v. KOMBIT og MedCom"),
    ("Orientering vedr. rusmiddelområdet", "kl. 12.45–13.00", "v. Poul Erik Kristensen, KL"),
    ("Status for projekt om identitetssløring af sundhedsansatte", "kl. 13.00–13.20",
     "v. Poul Erik Kristensen, KL og Jeanette Jensen, MedCom"),
    ("Status på udstilling af kommunale data i Sundhedsjournalen", "kl. 13.20–13.35",
     "v. Kira Christina Ørbekker, MedCom"),
    ("Pause", "kl. 13.35–13.50", ""),
    ("Orientering om etablering af ambassadørkorps og udarbejdelse af e-læringsmateriale for "
     "Sundhedsjournalen", "kl. 13.50–14.05", "v. Iben Søgaard, MedCom"),
    ("Opfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder", "kl. 14.05–14.20",
     "v. Jeanette Jensen, MedCom"),
    ("Forslag til afholdelse af webinar om, hvordan kommuner kan teste korrespondancemeddelelser",
     "kl. 14.20–14.35", "v. Tom Have Kristensen, Aalborg Kommune"),
    ("Nyt behandlingstilbud til børn og unge i psykisk mistrivsel", "kl. 14.35–14.50",
     "v. Dorthe Skou Lassen, MedCom"),
    ("Eventuelt", "kl. 14.50–15.00", "v. alle"),
]


def test_demo_agenda_is_the_seed_agenda(demo_store, june18):
    d = meetings.get_detail(demo_store, june18)
    got = [(i.title, time_span(i.start_min, i.end_min), i.presenters_text) for i in d.items]
    assert got == SEED_SLOTS
    assert d.overrun_min == 0 and d.meeting.date == dt.date(2025, 6, 18)
    announcements = d.items[1].children
    assert [c.presenters_text for c in announcements] == [
        "v. Sabina Hedefeld Leopold, KOMBIT", "v. Dorthe Skou Lassen, MedCom",
        "v. Dorthe Skou Lassen, MedCom", "v. Karina Hasager Hedevang, MedCom"]
    assert [c.number for c in announcements] == ["2.a", "2.b", "2.c", "2.d"]
    assert d.items[0].sub_points == ("Velkommen til nye deltagere i KKR-digitaliseringsnetværket",
                                     "Kort præsentationsrunde")
    assert d.items[5].pinned_start == dt.time(13, 35)


def test_demo_attendance_topics_and_next_meeting(demo_store, june18):
    d = meetings.get_detail(demo_store, june18)
    present = {a.name for a in d.attendance if a.status == AttendanceStatus.PRESENT}
    assert {"Kristina Farsinsen", "Sudarvili Vaithialingam",
            "Poul Erik Kristensen", "Sabina Hedefeld Leopold", "Tom Have Kristensen"} <= present
    apologies = {a.name for a in d.attendance if a.status == AttendanceStatus.APOLOGIES}
    assert apologies == {"Niels Vingborg"}
    assert "Niels Rygaard" not in present and "Vivi Orthmann" not in present
    assert [t.title for t in d.topics] == ["Kommunale prøvesvar"]
    assert d.topics[0].target_date == dt.date(2025, 11, 5)
    assert d.next_meeting is not None and d.next_meeting.date == dt.date(2025, 11, 5)


def test_demo_replacements_are_history_not_overwrites(demo_store):
    seats = {m.person_name: m for m in participants.list_memberships(demo_store)}
    assert seats["Kristina Farsinsen"].replaces_name == "Niels Rygaard"
    assert seats["Niels Rygaard"].end_date == dt.date(2025, 6, 18)
    assert set(seats["Vivi Orthmann"].replaced_by_names) == {"Niels Vingborg", "Sudarvili Vaithialingam"}
    for new in ("Niels Vingborg", "Sudarvili Vaithialingam"):
        assert seats[new].appointed_by == "Region Sjælland" and seats[new].role == Role.MEMBER
        assert seats[new].is_current(dt.date(2025, 6, 19))
    assert not seats["Vivi Orthmann"].is_current(dt.date(2025, 6, 19))


def test_demo_sor_history_and_rounds(demo_store):
    props = sor.list_proposals(demo_store)
    rename = next(p for p in props if "kommunal sygepleje" in p.title)
    assert rename.concept_code == "550621000005101" and isinstance(rename.concept_code, str)
    assert [(h.status, h.changed_on) for h in rename.history][1:] == [
        (SorStatus.IN_CONSULTATION, dt.date(2025, 5, 6)),
        (SorStatus.INPUT_RECEIVED, dt.date(2025, 5, 30)),
        (SorStatus.SENT_TO_SDS, dt.date(2025, 6, 3))]
    rounds = sor_rounds.list_rounds(demo_store)
    assert rounds[0].deadline == dt.date(2025, 5, 30)
    to_sds = rounds[1]
    assert to_sds.sent_on == dt.date(2025, 6, 3) and to_sds.is_unanswered()


def test_demo_identity_masking_project(demo_store):
    first = projects.list_projects(demo_store)[0]
    assert first.name == "Identitetssløring i kommunerne"
    groups = {g.name: g for g in first.groups}
    steering = {(s.holder, s.role) for s in groups["Styregruppe"].seats}
    assert steering == {("KL", Role.CHAIR), ("MedCom", Role.PROJECT_OWNER),
                        ("Aalborg Kommune", Role.SENIOR_USER)}
    group = [s.holder for s in groups["Projektgruppe"].seats]
    assert len(group) == 6 and "Jørgen Hougaard" in group
    assert [(f.source, f.model, f.year) for f in first.financing] == [("ØA 2026", "K-98-løsning", 2026)]
    assert first.documents == ("Foranalyse", "PID")
    assert [n.noted_on for n in first.notes] == [dt.date(2025, 6, 13), dt.date(2025, 6, 18)]
    assert "Folkemødet" in first.notes[0].text
    meeting = next(m for m in first.milestones if m.title == "1. styregruppemøde")
    assert meeting.planned_on == dt.date(2025, 8, 1) and meeting.planned_month_only


def test_demo_holds_no_contact_details(demo_store):
    with demo_store.reading() as s:
        contacts = [(p.email, p.phone) for p in s.scalars(select(Person))]
    assert len(contacts) > 20 and set(contacts) == {("", "")}


def test_demo_refuses_to_overwrite(demo_path):
    before = demo_path.read_bytes()
    with pytest.raises(KkrDeskError, match="overskrives ikke"):
        write_demo(demo_path)
    assert demo_path.read_bytes() == before
