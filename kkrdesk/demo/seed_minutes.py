"""The demo's referat of 18 June 2025, as the secretariat would have finished it: a
Referent, attendance with an afbud, the welcome lines of the new members, notes drawn
from the deck's slides, standard decisions by kind, an Indstilling on the decision
item and a few action items. Sent to the members a week after the meeting, not yet
approved: the 5 November meeting, prepared from it, approves it."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import AttendanceStatus, ItemKind, MeetingStatus
from kkrdesk.core.models import ActionItem, Attachment, Meeting

SENT_ON = dt.date(2025, 6, 25)
REFERENT = "Jeanette Jensen"
APOLOGIES = "Niels Vingborg"  # new member, sent his apologies for the first meeting

DECISION_BY_KIND = {
    ItemKind.ANNOUNCEMENT: "Taget til efterretning.",
    ItemKind.DISCUSSION: "Drøftet.",
    ItemKind.DECISION: "Godkendt.",
}

# item title (start) -> notes drawn from the deck's slides
NOTES = {
    "Velkomst": (
        "Poul Erik Kristensen bød velkommen, særligt til netværkets nye medlemmer:\n"
        "Kristina Farsinsen, Aalborg Kommune, som har overtaget pladsen efter Niels Rygaard, "
        "Aalborg Kommune. Den officielle udpegning er nu på plads.\n"
        "Niels Vingborg, Roskilde Kommune og Sudarvili Vaithialingam, Ringsted Kommune, som har "
        "overtaget pladsen efter Vivi Orthmann. Der var mange interesserede kandidater, og Region "
        "Sjælland har derfor valgt at udpege to nye medlemmer.\n\n"
        "Der var en kort præsentationsrunde."),
    "Aktuel status for FK-OSS": (
        "74 kommuner blev inviteret til orienteringsmøde, og 59 deltog. 44 kommuner gennemførte "
        "parathedsanalysen, og 28 kommuner deltager i bølge 2. Pilot og bølge 1 består af 11 "
        "kommuner; 10 kommuner forventer selvimplementering senere."),
    "Orientering om etablering af Digital Sundhed Danmark": (
        "Som følge af sundhedsreformen indgår MedCom i Digital Sundhed Danmark, der etableres "
        "1. januar 2027. Lovforslaget er i offentlig høring; den forberedende organisation træder "
        "i kraft 1. januar 2026."),
    "Status på den nye korrespondancemeddelelse": (
        "Idriftsættelsen af den nye korrespondancemeddelelse er udsat i samråd med de tre "
        "VANS-leverandører, fordi arbejdet med konverteringsløsningen er trukket ud. MedCom "
        "udsender information om ændringer i standarden 27. juni 2025; ny version forventes i "
        "3. kvartal 2025."),
    "Orientering om forlængelse af program": (
        "MedComs styregruppe har godkendt, at programmet for udbredelse af dosispakket medicin "
        "fortsætter til udgangen af 2026, hvor det forventes at overgå til Digital Sundhed Danmark."),
    "Orientering vedr. rusmiddelområdet": (
        "Kommunerne skal henvise borgere med en antagelse om en dobbeltdiagnose til den regionale "
        "behandlingspsykiatri. Der er udarbejdet en fælles henvisningsblanket; kommuner uden "
        "fagsystem kan sende henvisningen via Den Nationale Henvisningsformidling (DNHF)."),
    "Status for projekt om identitetssløring": (
        "Foranalysen er gennemført, og PID er udarbejdet. Løsningen er en del af ØA 2026 som en "
        "K-98-løsning, som alle kommuner omfattes af og finansierer. Første styregruppemøde "
        "forventes i august 2025. Debatten på Folkemødet 13. juni 2025 om visning af "
        "navneoplysninger i patientens log blev kort refereret."),
    "Status på udstilling af kommunale data": (
        "Formålet er at udstille kommunale data til de andre aktører i sundhedsvæsenet; "
        "delprojektet ser på de data, der kan deles inden for 1-2 år."),
    "Forslag til afholdelse af webinar": (
        "Netværket bakkede op om et webinar, hvor kommunerne får vist, hvordan de kan teste "
        "korrespondancemeddelelser."),
    "Eventuelt": "Kommunale prøvesvar sættes på dagsordenen til mødet 5. november 2025.",
}
CASE = {  # Sagsfremstilling
    "Forslag til afholdelse af webinar": (
        "Aalborg Kommune foreslår et webinar om, hvordan kommuner kan teste "
        "korrespondancemeddelelser, inden den nye version tages i brug."),
}
PROPOSAL = {  # Indstilling
    "Forslag til afholdelse af webinar": (
        "Sekretariatet indstiller, at netværket godkender, at der afholdes et webinar om, hvordan "
        "kommuner kan teste korrespondancemeddelelser."),
}
ACTIONS = [  # what, who, due, item title (start)
    ("Planlægge webinar om test af korrespondancemeddelelser og invitere kommunerne",
     "Tom Have Kristensen", dt.date(2025, 9, 1), "Forslag til afholdelse af webinar"),
    ("Rykke Sundhedsdatastyrelsen for svar på de tilrettede SOR-forslag", "Jeanette Jensen",
     dt.date(2025, 9, 1), "Opfølgning på behov for nye SOR-enhedstyper"),
    ("Orientere om første styregruppemøde i projektet om identitetssløring", "Poul Erik Kristensen",
     dt.date(2025, 11, 5), "Status for projekt om identitetssløring"),
]


BILAG = [  # item title (start), file name, the slides' text
    ("Aktuel status for FK-OSS", "Status på udrulning af FK-OSS, juni 2025.docx", [
        "Status på udrulning af FK OSS – juni 2025",
        "74 kommuner blev inviteret til FK OSS-orienteringsmøde; 59 kommuner deltog.",
        "44 kommuner valgte at deltage i parathedsanalysen; 28 kommuner valgte at deltage i "
        "Bølge 2-udrulningsforløbet.",
        "Pilot + Bølge 1 består af 11 kommuner; 10 kommuner forventer selvimplementering senere."]),
    ("Orientering om etablering af Digital Sundhed Danmark", "Digital Sundhed Danmark.docx", [
        "MedCom bliver en del af Digital Sundhed Danmark",
        "Lovforslaget om etablering af Digital Sundhed Danmark er aktuelt i offentlig høring.",
        "Det forberedende Digital Sundhed Danmark træder i kraft 1. januar 2026; Digital Sundhed "
        "Danmark er gældende fra 1. januar 2027."]),
]


def _docx(lines: list[str]) -> bytes:
    """A small Word file with the slide's text (the demo has no real presentations)."""
    import io

    from docx import Document

    doc = Document()
    doc.add_heading(lines[0], level=1)
    for line in lines[1:]:
        doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _find(meeting: Meeting, start: str):
    return next(i for i in meeting.items if i.title.startswith(start))


def add_minutes(s, meeting: Meeting, people: dict) -> None:
    meeting.minute_taker = people[REFERENT]
    for a in meeting.attendance:
        if a.person.name == APOLOGIES:
            a.status = AttendanceStatus.APOLOGIES
    for item in meeting.items:
        if item.kind in DECISION_BY_KIND and not item.children:
            item.decision = DECISION_BY_KIND[item.kind]
    for start, text in NOTES.items():
        _find(meeting, start).notes = text
    for start, text in CASE.items():
        _find(meeting, start).description = text
    for start, text in PROPOSAL.items():
        _find(meeting, start).proposal = text
    for what, who, due, start in ACTIONS:
        s.add(ActionItem(meeting=meeting, what=what, who_person=people[who], due=due,
                         item_id=_find(meeting, start).id))
    for start, name, lines in BILAG:
        data = _docx(lines)
        s.add(Attachment(item_id=_find(meeting, start).id, position=0, filename=name,
                         size=len(data), added_on=SENT_ON, data=data))
    meeting.minutes_sent_on = SENT_ON
    meeting.status = MeetingStatus.MINUTES_SENT
