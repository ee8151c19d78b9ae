"""Test data, not demo data: the referat of 18 June 2025 as a secretary would finish it
after the meeting, on top of the demo (which holds only what the seed deck says). The
deck names no minute-taker, attendance, decision or action item, so the demo has none;
the tests of those features need them, and get them here:

- Jeanette Jensen as referent; the new members and the presenters present (the
  presenters as guests), Niels Vingborg with apologies;
- the standard decision of each kind; a Sagsfremstilling and an Indstilling on the
  webinar item; three action items; the referat sent on 25 June 2025.

``conftest.demo_template`` applies it; ``seed_demo_store`` is the demo as written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from kkrdesk.core.enums import AttendanceStatus, ItemKind, MeetingStatus
from kkrdesk.core.models import ActionItem, Attendance, Meeting, Person

D18 = dt.date(2025, 6, 18)
SENT_ON = dt.date(2025, 6, 25)
REFERENT = "Jeanette Jensen"
APOLOGIES = "Niels Vingborg"
PRESENT = [
    "Poul Erik Kristensen", "Kristina Farsinsen", "Niels Vingborg", "Sudarvili Vaithialingam",
    "Sabina Hedefeld Leopold", "Dorthe Skou Lassen", "Karina Hasager Hedevang",
    "Jeanette Jensen", "Kira Christina Ørbekker", "Iben Søgaard", "Tom Have Kristensen",
]
GUESTS = {
    "Sabina Hedefeld Leopold", "Dorthe Skou Lassen", "Karina Hasager Hedevang",
    "Jeanette Jensen", "Kira Christina Ørbekker", "Iben Søgaard", "Tom Have Kristensen",
}
DECISION_BY_KIND = {
    ItemKind.ANNOUNCEMENT: "Taget til efterretning.",
    ItemKind.DISCUSSION: "Drøftet.",
    ItemKind.DECISION: "Godkendt.",
}
WEBINAR = "Forslag til afholdelse af webinar"
CASE = ("Aalborg Kommune foreslår et webinar om, hvordan kommuner kan teste "
        "korrespondancemeddelelser, inden den nye version tages i brug.")
PROPOSAL = ("Sekretariatet indstiller, at netværket godkender, at der afholdes et webinar om, "
            "hvordan kommuner kan teste korrespondancemeddelelser.")
ACTIONS = [  # what, who, due, item title (start)
    ("Planlægge webinar om test af korrespondancemeddelelser og invitere kommunerne",
     "Tom Have Kristensen", dt.date(2025, 9, 1), WEBINAR),
    ("Rykke Sundhedsdatastyrelsen for svar på de tilrettede SOR-forslag", "Jeanette Jensen",
     dt.date(2025, 9, 1), "Opfølgning på behov for nye SOR-enhedstyper"),
    ("Orientere om første styregruppemøde i projektet om identitetssløring", "Poul Erik Kristensen",
     dt.date(2025, 11, 5), "Status for projekt om identitetssløring"),
]


def finish(path: Path) -> None:
    """Write the finished referat into the demo database at ``path``."""
    from kkrdesk.services.database import open_database

    store = open_database(path)
    try:
        with store.transaction() as s:
            people = {p.name: p for p in s.scalars(select(Person))}
            meeting = s.scalars(select(Meeting).where(Meeting.date == D18)).one()
            _attendance(s, meeting, people)
            _items(s, meeting, people)
            meeting.minutes_sent_on = SENT_ON
            meeting.status = MeetingStatus.MINUTES_SENT
    finally:
        store.close()


def _attendance(s, meeting: Meeting, people: dict) -> None:
    meeting.minute_taker = people[REFERENT]
    for name in PRESENT:
        status = AttendanceStatus.APOLOGIES if name == APOLOGIES else AttendanceStatus.PRESENT
        s.add(Attendance(meeting=meeting, person=people[name], status=status,
                         is_guest=name in GUESTS))


def _items(s, meeting: Meeting, people: dict) -> None:
    def find(start: str):
        return next(i for i in meeting.items if i.title.startswith(start))

    for item in meeting.items:
        if item.kind in DECISION_BY_KIND and not item.children:
            item.decision = DECISION_BY_KIND[item.kind]
    find(WEBINAR).description = CASE
    find(WEBINAR).proposal = PROPOSAL
    for what, who, due, start in ACTIONS:
        s.add(ActionItem(meeting=meeting, what=what, who_person=people[who], due=due,
                         item_id=find(start).id))
