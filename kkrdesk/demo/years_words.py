"""Word lists for the synthetic years (``kkrdesk demo --years N``): Danish names,
job titles, agenda themes, SOR concepts and project themes. Plain data only."""

FIRST_NAMES = (
    "Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria", "Marianne",
    "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Tina", "Gitte", "Bente", "Karen", "Inge",
    "Rikke", "Dorthe", "Jette", "Trine", "Line", "Birgitte", "Signe", "Sofie", "Ida", "Nanna",
    "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Christian",
    "Martin", "Niels", "Anders", "Morten", "Jesper", "Mads", "Rasmus", "Per", "Hans", "Ole",
    "Torben", "Kasper", "Jakob", "Mikkel", "Bo", "Steen", "Kim", "Frederik", "Jørgen", "Ulrik",
    "Asger", "Bjørn", "Æbbe", "Øjvind", "Åse", "Else", "Vibeke", "Tove", "Grethe", "Ejnar",
)
MIDDLE_NAMES = (
    "Marie", "Louise", "Kristine", "Juul", "Bach", "Kjær", "Holm", "Lund", "Krogh", "Friis",
    "Dam", "Bruun", "Skov", "Vestergaard", "Munk",
)
SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
    "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt",
    "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen",
    "Iversen", "Jeppesen", "Mogensen", "Vestergaard", "Nissen", "Lauridsen", "Kjær",
    "Jespersen", "Søndergaard", "Bach", "Kjeldsen", "Carlsen", "Østergaard", "Ærbo", "Aagaard",
    "Dalsgaard", "Bøgh", "Fog", "Gram", "Winther", "Brandt", "Toft", "Koch", "Overgaard",
)
TITLES = (
    "Sundhedschef", "Digitaliseringskonsulent", "Specialkonsulent", "Chefkonsulent",
    "Teamleder", "IT-arkitekt", "Sygeplejerske", "Afdelingsleder", "Projektleder",
    "Fagkonsulent", "Kvalitetskonsulent", "Informationssikkerhedskonsulent",
)
# Organisations (by official name, as in resources/reference) that send people
# besides the municipalities.
NATIONAL = ("KL", "MedCom", "KOMBIT", "Sundhedsdatastyrelsen", "Danske Regioner",
            "Digital Sundhed Danmark", "Sundhedsstyrelsen")
REGIONS = ("Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
           "Region Midtjylland", "Region Nordjylland")

# Recurring agenda themes: (title, kind); {project} is filled in with a running project.
THEMES = (
    ("Status på FMK og dosispakket medicin", "announcement"),
    ("Orientering om MedComs standarder og nye meddelelser", "announcement"),
    ("Status på korrespondancemeddelelsen", "announcement"),
    ("Udbredelse af hjemmeplejeindberetning", "discussion"),
    ("Kommunale data i Sundhedsjournalen", "announcement"),
    ("Telemedicin i kommunerne", "discussion"),
    ("Sundhedsaftaler og digitale samarbejdsaftaler", "discussion"),
    ("Fælles Sprog III og kommunale sundhedsdata", "discussion"),
    ("Informationssikkerhed og databeskyttelse", "announcement"),
    ("Kommunale prøvesvar", "discussion"),
    ("Opfølgning på SOR-forslag", "discussion"),
    ("Økonomiaftalen og digitaliseringsstrategien", "announcement"),
    ("Sundhedsreformen og de nye sundhedsråd", "discussion"),
    ("Erfaringer fra kommunerne: digital genoptræning", "discussion"),
    ("Webinarer og netværkets kommunikation", "decision"),
    ("Arbejdsplan for netværket", "decision"),
    ("Henvisninger og forløbsplaner", "discussion"),
    ("Det nære sundhedsvæsen og data", "discussion"),
    ("Rusmiddelområdet og psykiatrien", "announcement"),
    ("KOMBIT: fællesoffentlig infrastruktur", "announcement"),
)
DECISIONS = (
    "Netværket tog orienteringen til efterretning.",
    "Netværket godkendte indstillingen.",
    "Netværket drøftede sagen og bad sekretariatet arbejde videre med den.",
    "Netværket besluttede at tage punktet op igen på næste møde.",
    "Netværket bakkede op om forslaget med de bemærkninger, der kom på mødet.",
)
NOTES = (
    "Der var enighed om, at kommunerne skal inddrages tidligt.",
    "Flere medlemmer pegede på behovet for fælles vejledning.",
    "Der blev spurgt til tidsplanen; sekretariatet følger op.",
    "Erfaringerne fra de første kommuner er gode.",
    "Punktet gav anledning til en god drøftelse.",
)
ACTIONS = (
    "Udsende materiale til netværket", "Indhente erfaringer fra kommunerne",
    "Sende høringssvar", "Invitere oplægsholder til næste møde",
    "Opdatere arbejdsplanen", "Følge op med KL", "Samle input fra regionerne",
)
SUB_POINTS = (
    "Kort orientering v. sekretariatet", "Drøftelse i netværket", "Status og næste skridt",
    "Erfaringer fra kommunerne", "Spørgsmål til oplægsholder", "Tidsplan",
)

# SOR: unit types and specialties the network could propose.
SOR_CONCEPTS = (
    "Hjemmesygepleje", "Sygeplejeklinik", "Akutfunktion", "Genoptræningscenter",
    "Rehabiliteringsenhed", "Midlertidigt ophold", "Plejecenter", "Bosted", "Bostøtte",
    "Misbrugsbehandling", "Sundhedscenter", "Kommunal tandpleje", "Sundhedspleje",
    "Hjælpemiddelenhed", "Kommunikationsenhed", "Børne- og ungepsykiatrisk tilbud",
    "Forebyggelsestilbud", "Demensenhed", "Aflastningstilbud", "Palliativ enhed",
    "Skolesundhedspleje", "Træningsenhed", "Socialpsykiatrisk tilbud", "Natsygepleje",
    "Borgerservice sundhed", "Lettilgængeligt tilbud", "Rygestoptilbud", "Ernæringsenhed",
    "Hjerneskadeteam", "Udgående team",
)
SOR_RECIPIENTS = ("KKR-digitaliseringsnetværket", "Sundhedsdatastyrelsen (SDS)")

# Projects: themes, suffixed with the year they start to keep names unique.
PROJECT_THEMES = (
    "Identitetssløring af sundhedsansatte", "Digital genoptræningsplan",
    "Fælles kommunal sygeplejejournal", "Telemedicinsk sårvurdering",
    "Hjemmemonitorering af KOL-patienter", "Kommunale prøvesvar i Sundhedsjournalen",
    "Elektronisk dosisdispensering", "Sikker mail i kommunerne", "Digital forløbsplan",
    "Fælles sprog for kommunale data", "Udbredelse af korrespondancemeddelelsen",
    "Kommunal adgang til laboratoriesvar", "Patientrapporterede oplysninger",
    "Digitale træningsforløb", "Fælles kommunal henvisningsformidling",
    "Velfærdsteknologi i plejeboliger", "Akutfunktioner og data", "Video i hjemmeplejen",
    "Medicinhåndtering på bosteder", "Datadeling med almen praksis",
)
MILESTONES = (
    "Projektgrundlag godkendt", "Styregruppe nedsat", "Analyse afsluttet", "Kravspecifikation",
    "Udbud offentliggjort", "Leverandør valgt", "Kontrakt underskrevet", "Design godkendt",
    "Første version leveret", "Test i pilotkommune", "Pilotevaluering", "Tilretning",
    "Uddannelse af superbrugere", "Udrulning region 1", "Udrulning region 2",
    "Udrulning region 3", "Udrulning alle kommuner", "Driftsoverdragelse",
    "Gevinstopfølgning", "Projektafslutning",
)
STATUS_TEXTS = (
    "Projektet følger planen.", "Mindre forsinkelse på leverancen; forventes indhentet.",
    "Ressourceudfordringer i projektgruppen.", "Afventer afklaring fra styregruppen.",
    "God fremdrift; næste milepæl er i sigte.", "Tidsplanen er under pres.",
)
FINANCING = ("ØA {year} (K-98-løsning)", "KL's digitaliseringspulje {year}",
             "Fællesoffentlig finansiering {year}", "MedCom {year}")
