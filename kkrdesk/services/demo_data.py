"""The content of the seed deck (18 June 2025) as plain data for the demo database."""

import datetime as dt

from kkrdesk.core.enums import (
    GroupKind, ItemKind, ProjectPhase, Rag, Role,
)

NEXT_MEETING = dt.date(2025, 11, 5)
KL, MEDCOM, KOMBIT = "KL", "MedCom", "KOMBIT"
AALBORG = "Aalborg Kommune"

# name, organisation, title, note
PEOPLE = [
    ("Poul Erik Kristensen", KL, "", ""),
    ("Kristina Farsinsen", AALBORG, "", ""),
    ("Niels Rygaard", AALBORG, "", ""),
    ("Niels Vingborg", "Roskilde Kommune", "", ""),
    ("Sudarvili Vaithialingam", "Ringsted Kommune", "", ""),
    ("Vivi Orthmann", None, "", ""),
    ("Sabina Hedefeld Leopold", KOMBIT, "", ""),
    ("Dorthe Skou Lassen", MEDCOM, "", ""),
    ("Karina Hasager Hedevang", MEDCOM, "", ""),
    ("Jeanette Jensen", MEDCOM, "", ""),
    ("Kira Christina Ørbekker", MEDCOM, "Konsulent", ""),
    ("Iben Søgaard", MEDCOM, "", ""),
    ("Tom Have Kristensen", AALBORG, "",
     "Står som »Tom Kristensen, Aalborg kommune« i projektgruppen for identitetssløring."),
    ("Jørgen Hougaard", None, "Projektleder", ""),
    ("Karen Anja Iversen", "Helsingør Kommune", "Specialkonsulent", ""),
    ("Birgitte Johansen", "Silkeborg Kommune", "", ""),
    ("Kaspar Cort Madsen", "Københavns Kommune", "", ""),
    ("Grethe Lomholt Nielsen", "Frederikshavn Kommune", "", "Konsulent for MedCom aug. 2025 – feb. 2026 (LTT)."),
    ("Stine Bonde", "Odense Kommune", "Sundhedschef", ""),
    ("Gitte Nørgaard Aid", "Sundhedsdatastyrelsen", "Sektionsleder", ""),
    ("Niels Jørgen Nielsen", "Dansk Sygeplejeråd", "Kredsnæstformand, Kreds Midtjylland", ""),
    ("Annette Wandel", "Danske Patienter", "Vicedirektør", ""),
    ("Rasmus Rose", "Danske Regioner", "Teamleder, Center for Sundhedsinnovation", ""),
]

# Seats in the network before 18 June: name, role, appointed by, organisation override
NETWORK_SEATS = [
    ("Poul Erik Kristensen", Role.SECRETARIAT, "KL", None),
    ("Niels Rygaard", Role.MEMBER, "KKR Nordjylland", None),
    ("Vivi Orthmann", Role.MEMBER, "Region Sjælland", None),
]
# old member, new members, appointed by, note (welcome slide)
REPLACEMENTS = [
    ("Niels Rygaard", ["Kristina Farsinsen"], "KKR Nordjylland",
     "Den officielle udpegning er nu på plads."),
    ("Vivi Orthmann", ["Niels Vingborg", "Sudarvili Vaithialingam"], "Region Sjælland",
     "Der var mange interesserede kandidater. Region Sjælland har derfor valgt at udpege to "
     "nye medlemmer."),
]

PRESENT_18_JUNE = [
    "Poul Erik Kristensen", "Kristina Farsinsen", "Niels Vingborg", "Sudarvili Vaithialingam",
    "Sabina Hedefeld Leopold", "Dorthe Skou Lassen", "Karina Hasager Hedevang",
    "Jeanette Jensen", "Kira Christina Ørbekker", "Iben Søgaard", "Tom Have Kristensen",
]
GUESTS_18_JUNE = {
    "Sabina Hedefeld Leopold", "Dorthe Skou Lassen", "Karina Hasager Hedevang",
    "Jeanette Jensen", "Kira Christina Ørbekker", "Iben Søgaard", "Tom Have Kristensen",
}

PEK = ("Poul Erik Kristensen", KL)
DSL = ("Dorthe Skou Lassen", MEDCOM)
JJ = ("Jeanette Jensen", MEDCOM)

AGENDA = [
    dict(title="Velkomst", kind=ItemKind.WELCOME, min=10, by=[PEK],
         sub=["Velkommen til nye deltagere i KKR-digitaliseringsnetværket",
              "Kort præsentationsrunde"]),
    dict(title="Meddelelser", kind=ItemKind.ANNOUNCEMENT, min=35,
         by=[(None, KOMBIT), (None, MEDCOM)],
         children=[
             dict(title="Aktuel status for FK-OSS", kind=ItemKind.ANNOUNCEMENT,
                  by=[("Sabina Hedefeld Leopold", KOMBIT)]),
             dict(title="Orientering om etablering af Digital Sundhed Danmark",
                  kind=ItemKind.ANNOUNCEMENT, by=[DSL]),
             dict(title="Status på den nye korrespondancemeddelelse",
                  kind=ItemKind.ANNOUNCEMENT, by=[DSL]),
             dict(title="Orientering om forlængelse af program for udbredelse af dosispakket "
                        "medicin", kind=ItemKind.ANNOUNCEMENT,
                  by=[("Karina Hasager Hedevang", MEDCOM)]),
         ]),
    dict(title="Orientering vedr. rusmiddelområdet", kind=ItemKind.ANNOUNCEMENT, min=15, by=[PEK],
         sub=["Projekt i KL på misbrugsområdet",
              "Henvisning på dobbeltdiagnoser på rusmiddelområdet"]),
    dict(key="masking", title="Status for projekt om identitetssløring af sundhedsansatte",
         kind=ItemKind.ANNOUNCEMENT, min=20, by=[PEK, JJ],
         sub=["Debat om visning af navneoplysninger i patientens log på sundhed.dk på "
              "Folkemødet på Bornholm den 13/6-2025"]),
    dict(key="sj", title="Status på udstilling af kommunale data i Sundhedsjournalen",
         kind=ItemKind.ANNOUNCEMENT, min=15, by=[("Kira Christina Ørbekker", MEDCOM)]),
    dict(title="Pause", kind=ItemKind.BREAK, min=15, pinned=dt.time(13, 35)),
    dict(title="Orientering om etablering af ambassadørkorps og udarbejdelse af "
               "e-læringsmateriale for Sundhedsjournalen", kind=ItemKind.ANNOUNCEMENT, min=15,
         by=[("Iben Søgaard", MEDCOM)]),
    dict(key="sor", title="Opfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder",
         kind=ItemKind.DISCUSSION, min=15, by=[JJ]),
    dict(title="Forslag til afholdelse af webinar om, hvordan kommuner kan teste "
               "korrespondancemeddelelser", kind=ItemKind.DECISION, min=15,
         by=[("Tom Have Kristensen", AALBORG)]),
    dict(key="ltt", title="Nyt behandlingstilbud til børn og unge i psykisk mistrivsel",
         kind=ItemKind.ANNOUNCEMENT, min=15, by=[DSL]),
    dict(title="Eventuelt", kind=ItemKind.ANY_OTHER_BUSINESS, min=10, by=[("alle", None)],
         sub=["Emner til næste møde den 5/11-2025"]),
]

MASKING = "Identitetssløring i kommunerne"
PROJECTS = [
    dict(
        name=MASKING, owner=MEDCOM, phase=ProjectPhase.ANALYSIS, items=["masking"],
        description="Integrationsløsning mellem de kommunale fagsystemer og den nationale "
                    "sløringsservice på NSP, så sundhedsansattes navne kan sløres i patientens "
                    "log på sundhed.dk. En »K-98-løsning«, som alle kommuner omfattes af og "
                    "finansierer.",
        status=[(dt.date(2025, 6, 18), Rag.GREEN,
                 "Foranalyse gennemført og PID er udarbejdet. Løsningen er en del af ØA 2026.")],
        milestones=[
            ("Foranalyse gennemført og PID udarbejdet", None, False, dt.date(2025, 6, 18),
             "Meddelt på netværksmødet 18-06-2025; præcis dato ikke oplyst."),
            ("Debat på Folkemødet om visning af navne i patientens log", dt.date(2025, 6, 13),
             False, dt.date(2025, 6, 13), "Folkemødet på Bornholm."),
            ("1. styregruppemøde", dt.date(2025, 8, 1), True, None, "Forventes afholdt i august 2025."),
        ],
        financing=[("Økonomiaftalen for 2026 (ØA 2026) – K-98-løsning", 2026,
                    "Alle kommuner omfattes af og finansierer løsningen.")],
        groups=[
            (GroupKind.STEERING_GROUP, "Styregruppe",
             [(KL, Role.CHAIR), (MEDCOM, Role.PROJECT_OWNER), (AALBORG, Role.SENIOR_USER)]),
            (GroupKind.PROJECT_GROUP, "Projektgruppe",
             [("Jørgen Hougaard", Role.PROJECT_MANAGER), ("Karen Anja Iversen", Role.MEMBER),
              ("Birgitte Johansen", Role.MEMBER), ("Tom Have Kristensen", Role.MEMBER),
              ("Kristina Farsinsen", Role.MEMBER), ("Kaspar Cort Madsen", Role.MEMBER)]),
        ],
    ),
    dict(
        name="DP10 EOJ-data til Sundhedsjournalen", owner=MEDCOM, phase=ProjectPhase.EXECUTION,
        items=["sj"],
        description="Udstilling af kommunale EOJ-data (tilstande og indsatser) til de andre "
                    "aktører i sundhedsvæsenet via FK-Gateway; data der kan deles inden for 1-2 år.",
        status=[(dt.date(2025, 6, 18), Rag.AMBER,
                 "Lovhjemmel til deling af data efter sundhedsloven, men ikke ældreloven og "
                 "serviceloven; juridisk proces i gang.")],
        milestones=[("Workshops med klinisk brugergruppe", dt.date(2024, 11, 1), True,
                     dt.date(2024, 11, 1), "10 sundhedsfaglige deltog.")],
    ),
    dict(
        name="Digital understøttelse af lettilgængelige tilbud (LTT)", owner=MEDCOM,
        phase=ProjectPhase.EXECUTION, items=["ltt"],
        description="Henvisninger via DNHF og korrespondancemeddelelser for kommunernes "
                    "lettilgængelige behandlingstilbud til børn og unge (sundhedslovens § 126a).",
        status=[(dt.date(2025, 6, 18), Rag.GREEN, "KL finansierer projektet.")],
        milestones=[
            ("Kickoff med it-leverandører om knapløsning til DNHF", dt.date(2025, 9, 17), False,
             None, ""),
            ("Digital understøttelse gennemført", dt.date(2026, 4, 1), True, None,
             "Skal være gennemført inden april 2026."),
        ],
        financing=[("KL", None, "Midler allokeret til knapløsning hos den enkelte it-leverandør.")],
    ),
    dict(
        name="Udrulning af FK-OSS", owner=KOMBIT, phase=ProjectPhase.EXECUTION,
        description="Udrulning i bølger: pilot og bølge 1 (11 kommuner), bølge 2 (28 kommuner). "
                    "74 inviteret, 59 til orienteringsmøder, 44 parathedsanalyser, 28 i bølge 2; "
                    "10 forventer selvimplementering senere.",
        status=[(dt.date(2025, 6, 18), Rag.GREEN, "Status på udrulning, juni 2025.")],
        milestones=[("Pilot og bølge 1 (11 kommuner)", None, False, None, ""),
                    ("Bølge 2 (28 kommuner)", None, False, None, "")],
    ),
]
