"""Shared by the agenda-import tests: the seed's agenda slide and what a person reading
DOMAIN.md expects from it, written out by hand."""

from __future__ import annotations

from pathlib import Path

SEED_SLIDE = Path(__file__).parent / "data" / "seed_agenda_slide.txt"

# DOMAIN.md: "The seed runs 12.00–12.10 Velkomst, 12.10–12.45 Meddelelser, …"
SLOTS = [("12.00", "12.10"), ("12.10", "12.45"), ("12.45", "13.00"), ("13.00", "13.20"),
         ("13.20", "13.35"), ("13.35", "13.50"), ("13.50", "14.05"), ("14.05", "14.20"),
         ("14.20", "14.35"), ("14.35", "14.50"), ("14.50", "15.00")]
TITLES = [
    "Velkomst",
    "Meddelelser",
    "Orientering vedr. rusmiddelområdet",
    "Status for projekt om identitetssløring af sundhedsansatte",
    "Status på udstilling af kommunale data i Sundhedsjournalen",
    "Pause",
    "Orientering om etablering af ambassadørkorps og udarbejdelse af e-læringsmateriale for "
    "Sundhedsjournalen",
    "Opfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder",
    "Forslag til afholdelse af webinar om, hvordan kommuner kan teste korrespondancemeddelelser",
    "Nyt behandlingstilbud til børn og unge i psykisk mistrivsel",
    "Eventuelt",
]
PEK, JJ, DSL = ("Poul Erik Kristensen", "KL"), ("Jeanette Jensen", "MedCom"), ("Dorthe Skou Lassen", "MedCom")
PRESENTERS = [[PEK], [], [PEK], [PEK, JJ], [("Kira Christina Ørbekker", "MedCom")], [],
              [("Iben Søgaard", "MedCom")], [JJ], [("Tom Have Kristensen", "Aalborg Kommune")], [DSL], []]
ANNOUNCEMENTS = [
    ("Aktuel status for FK-OSS", ("Sabina Hedefeld Leopold", "KOMBIT")),
    ("Orientering om etablering af Digital Sundhed Danmark", DSL),
    ("Status på den nye korrespondancemeddelelse", DSL),
    ("Orientering om forlængelse af program for udbredelse af dosispakket medicin",
     ("Karina Hasager Hedevang", "MedCom")),
]
SUB_POINTS = {
    0: ["Velkommen til nye deltagere i KKR-digitaliseringsnetværket", "Kort præsentationsrunde"],
    2: ["Projekt i KL på misbrugsområdet", "Henvisning på dobbeltdiagnoser på rusmiddelområdet"],
    3: ["Debat om visning af navneoplysninger i patientens log på sundhed.dk på Folkemødet på "
        "Bornholm den 13/6-2025"],
    10: ["Emner til næste møde den 5/11-2025"],
}

NUMBERED = """Dagsorden

1. Godkendelse af dagsorden (B)
2. Meddelelser fra formanden (O)
3. Drøftelse af netværkets årshjul (D)
4. Behandling af høringssvar om SOR-enhedstyper (B) (20 min.)
5. Pause
6. Erfaringer med dosispakket medicin til orientering
7. Eventuelt
"""


def minutes(hhmm: str) -> int:
    h, m = hhmm.split(".")
    return int(h) * 60 + int(m)


def seed_text() -> str:
    return SEED_SLIDE.read_text(encoding="utf-8")
