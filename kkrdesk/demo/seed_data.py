"""The content of the seed deck (18 June 2025) as plain data for the demo database."""

import datetime as dt

from kkrdesk.core.enums import ItemKind, Role

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
             dict(key="fkoss", title="Aktuel status for FK-OSS", kind=ItemKind.ANNOUNCEMENT,
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
