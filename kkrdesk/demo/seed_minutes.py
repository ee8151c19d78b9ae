"""The demo's referat of 18 June 2025: what the seed deck says, and nothing more.

The deck is the meeting's slides, so it gives the summaries each presenter brought
(quoted here in the deck's own words, in their items) but not who took the minutes,
who attended or sent apologies, what was decided, or any action item. The referat is
therefore a draft (Udkast): the documents say what is still missing rather than
state what nobody recorded. The bilag (the slide text of two presentations) are
:mod:`kkrdesk.demo.seed_bilag`'s."""

from __future__ import annotations

from kkrdesk.core.enums import MeetingStatus
from kkrdesk.core.models import Meeting

# item title (start) -> the summary the deck's slides give, in the deck's words
NOTES = {
    "Velkomst": (
        "Velkommen til nye deltagere:\n"
        "Kristina Farsinsen, Aalborg Kommune, som har overtaget pladsen efter Niels Rygaard, "
        "Aalborg Kommune. Den officielle udpegning er nu på plads.\n"
        "Niels Vingborg, Roskilde Kommune og Sudarvili Vaithialingam, Ringsted Kommune, som har "
        "overtaget pladsen efter Vivi Orthmann. Der var mange interesserede kandidater. Region "
        "Sjælland har derfor valgt at udpege to nye medlemmer."),
    "Aktuel status for FK-OSS": (
        "74 kommuner blev inviteret til FK OSS-orienteringsmøde, og 59 kommuner deltog på "
        "orienteringsmøderne. 44 kommuner valgte at deltage i parathedsanalysen. 28 kommuner "
        "valgte at deltage i Bølge 2-udrulningsforløbet. Pilot + Bølge 1 består af 11 kommuner; "
        "10 kommuner forventer selvimplementering senere."),
    "Orientering om etablering af Digital Sundhed Danmark": (
        "Som følge af Sundhedsreformen skal MedCom i de kommende år indgå i den nye organisation "
        "Digital Sundhed Danmark. Lovforslaget om etablering af Digital Sundhed Danmark er "
        "aktuelt i offentlig høring. Det forberedende Digital Sundhed Danmark træder i kraft "
        "1. januar 2026; Digital Sundhed Danmark er gældende fra 1. januar 2027."),
    "Status på den nye korrespondancemeddelelse": (
        "Den planlagte idriftsættelsesdato er udsat. Denne beslutning er truffet sammen med de "
        "tre VANS-leverandører, som udvikler og drifter MedComs konverteringsløsning. MedCom "
        "sender information ud om ændringer i standarden d. 27. juni 2025. Release af ny "
        "version Q3 2025."),
    "Orientering om forlængelse af program": (
        "MedComs styregruppe har godkendt, at projektet fortsætter indtil udgangen af 2026, hvor "
        "man har en forventning om, at dosispakket medicin bliver en del af projektporteføljen i "
        "det nye Digital Sundhed Danmark."),
    "Orientering vedr. rusmiddelområdet": (
        "Kommunerne skal henvise borgere med en antagelse om en dobbeltdiagnose til den "
        "regionale behandlingspsykiatri mhp. at få borgeren i integreret behandling. I den "
        "forbindelse er der udarbejdet en fælles henvisningsblanket fra kommune til psykiatrien "
        "(indenfor rusmiddelområdet). Kommuner, som ikke anvender et fagsystem, der understøtter "
        "afsendelse af sygehushenvisningen, kan anvende Den Nationale Henvisningsformidling "
        "(DNHF)."),
    "Status for projekt om identitetssløring": (
        "Foranalyse gennemført og PID er udarbejdet. Identitetssløringsløsning for kommunerne er "
        "en del af ØA 2026: en ”K-98 løsning”, hvor alle kommunerne omfattes og finansierer "
        "løsningen. 1. styregruppemøde forventes afholdt i august 2025."),
    "Status på udstilling af kommunale data": (
        "Formålet med projektet er at udstille kommunale data til de andre aktører i "
        "sundhedsvæsenet. I dette delprojekt er der fokus på at dele de kommunale data, det kan "
        "lade sig gøre at dele indenfor en tidshorisont på 1-2 år."),
    "Orientering om etablering af ambassadørkorps": (
        "I forbindelse med Sundhedsjournal 4.0-delprojektet ‘Bedre brug’ er det besluttet at "
        "etablere et ambassadørkorps og at udarbejde e-læringsmateriale om Sundhedsjournalen. "
        "E-læringsmaterialet sendes ud til brugerne via ambassadørerne primo september 2025.\n\n"
        "Samtykkeboksen: KL og Sundhedsjournalen synes at være enige om, at det er tid til at få "
        "fjernet samtykkeboksen, da sundhedspersoner ifølge Sundhedslovens § 42a må slå op i "
        "Sundhedsjournalen. Det planlægges at holde et møde mellem KL, Region Nordjylland og de "
        "tre pilotkommuner, som deltog i pilottest tilbage i 2020/2021, for at høre deres "
        "argumenter for/imod fjernelse af samtykkeboksen."),
    "Opfølgning på behov for nye SOR-enhedstyper": (
        "Forslag sendt til KKR-digitaliseringsnetværket den 6. maj 2025 (frist input 30. maj). "
        "Input fra KKR og KL. Tilrettet forslag sendt til SDS den 3. juni – foreløbig ikke "
        "modtaget svar."),
    "Nyt behandlingstilbud til børn og unge": (
        "KL har bedt MedCom hjælpe med digital understøttelse af den tværsektorielle "
        "kommunikation ifm. implementering af lettilgængelige tilbud: henvisninger gennem Den "
        "Nationale Henvisnings Formidling (DNHF) og korrespondancemeddelelser. Digital "
        "understøttelse skal være gennemført inden april 2026."),
    "Eventuelt": "Mulige punkter til næste møde 5/11-2025: Kommunale prøvesvar.",
}


def item_titled(meeting: Meeting, start: str):
    """The meeting's item whose title begins with ``start`` (the deck's titles are long)."""
    return next(i for i in meeting.items if i.title.startswith(start))


def add_minutes(s, meeting: Meeting) -> None:
    """The deck's summaries in their items; the meeting is held and its referat a draft,
    not sent (the deck says nothing of a sending)."""
    for start, text in NOTES.items():
        item_titled(meeting, start).notes = text
    meeting.status = MeetingStatus.HELD
