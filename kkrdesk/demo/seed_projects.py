"""The demo's projects as the seed deck (18 June 2025) tells them: the identity-masking
project first, then the other tracked work the deck reports in the same shape.

Only what the slides say: no invented amounts, risks or decisions. Where the deck gives
only a month ("forventes afholdt i august 2025"), the milestone is month-only."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.enums import GroupKind, ProjectPhase, Rag, Role
from kkrdesk.core.enums import MilestoneStatus as MS
from kkrdesk.core.models import (
    Financing, Group, Membership, Milestone, Project, ProjectItemLink, ProjectStatusNote,
)

KL, MEDCOM, KOMBIT, AALBORG = "KL", "MedCom", "KOMBIT", "Aalborg Kommune"
D18 = dt.date(2025, 6, 18)
MASKING = "Identitetssløring i kommunerne"

# milestones: (title, planned, month only, actual, status, note)
PROJECTS = [
    dict(
        name=MASKING, owner=MEDCOM, phase=ProjectPhase.ANALYSIS, items=["masking"],
        documents=["Foranalyse", "PID"],
        description="Integrationsløsning mellem de kommunale fagsystemer og den nationale "
                    "sløringsservice på NSP, så sundhedsansattes navne kan sløres i patientens "
                    "log på sundhed.dk. En »K-98-løsning«, som alle kommuner omfattes af og "
                    "finansierer.",
        status=[
            (dt.date(2025, 6, 13), Rag.GREEN,
             "Debat på Folkemødet på Bornholm fredag 13. juni 2025 om visning af "
             "navneoplysninger i patientens log på sundhed.dk (moderator: Poul Erik "
             "Kristensen, KL; i panelet bl.a. Karen Anja Iversen, Helsingør Kommune)."),
            (D18, Rag.GREEN,
             "Foranalyse gennemført og PID er udarbejdet. Identitetssløringsløsningen for "
             "kommunerne er en del af ØA 2026. 1. styregruppemøde forventes afholdt i "
             "august 2025."),
        ],
        milestones=[
            ("Foranalyse gennemført og PID udarbejdet", dt.date(2025, 6, 1), True, D18, MS.REACHED,
             "Meddelt på netværksmødet 18-06-2025; præcis dato ikke oplyst."),
            ("1. styregruppemøde", dt.date(2025, 8, 1), True, None, MS.PLANNED,
             "Forventes afholdt i august 2025."),
        ],
        financing=[("ØA 2026", "K-98-løsning", 2026,
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
        status=[(D18, Rag.AMBER,
                 "Lovhjemmel til deling af data efter sundhedsloven, men ikke ældreloven og "
                 "serviceloven; juridisk proces i gang.")],
        milestones=[("Workshops med klinisk brugergruppe", dt.date(2024, 11, 1), True,
                     dt.date(2024, 11, 1), MS.REACHED,
                     "10 sundhedsfaglige deltog (3 praktiserende læger, 4 hospitalssygeplejersker, "
                     "3 hospitalslæger).")],
    ),
    dict(
        name="Digital understøttelse af lettilgængelige tilbud (LTT)", owner=MEDCOM,
        phase=ProjectPhase.EXECUTION, items=["ltt"],
        description="Henvisninger via DNHF og korrespondancemeddelelser for kommunernes "
                    "lettilgængelige behandlingstilbud til børn og unge (sundhedslovens § 126a).",
        status=[(D18, Rag.GREEN,
                 "KL finansierer projektet. Korrespondancemeddelelsen er implementeret hos "
                 "hovedparten af it-leverandørerne (mangler PALLAS og Formpipe Acadre).")],
        milestones=[
            ("MedCom-konsulent støtter kommunerne (2 dage om ugen)", dt.date(2025, 8, 1), True,
             None, MS.PLANNED, "August 2025 – februar 2026."),
            ("Kickoff med it-leverandører om knapløsning til DNHF", dt.date(2025, 9, 17), False,
             None, MS.PLANNED, ""),
            ("Digital understøttelse gennemført", dt.date(2026, 4, 1), True, None, MS.PLANNED,
             "Skal være gennemført inden april 2026."),
        ],
        financing=[("KL", "", None, "Midler allokeret til knapløsning hos den enkelte "
                                   "it-leverandør.")],
    ),
    dict(
        name="Udrulning af FK-OSS", owner=KOMBIT, phase=ProjectPhase.EXECUTION, items=["fkoss"],
        description="Udrulning i bølger: pilot og bølge 1 (11 kommuner), bølge 2 (28 kommuner). "
                    "74 kommuner inviteret, 59 til orienteringsmøder, 44 parathedsanalyser, "
                    "28 i bølge 2; 10 forventer selvimplementering senere.",
        status=[(D18, Rag.GREEN, "Status på udrulning, juni 2025: 28 kommuner deltager i "
                                 "bølge 2; 10 forventer selvimplementering senere.")],
        milestones=[
            ("Pilot og bølge 1 (11 kommuner)", dt.date(2025, 6, 1), True, None, MS.IN_PROGRESS,
             "Status juni 2025; tidsplanen er ikke oplyst i materialet."),
            ("Gate G1: orienteringsmøder (59 af 74 inviterede kommuner)", dt.date(2025, 6, 1),
             True, None, MS.REACHED, "13 kommuner havde ingen FK-OSS-projektleder."),
            ("Gate G2: parathedsanalyser (44 kommuner)", dt.date(2025, 6, 1), True, None,
             MS.REACHED, "28 kommuner valgte bølge 2."),
            ("Bølge 2 (28 kommuner)", dt.date(2025, 6, 1), True, None, MS.IN_PROGRESS,
             "Status juni 2025; tidsplanen er ikke oplyst i materialet."),
        ],
    ),
]


def write_projects(s, orgs, people, item_ids) -> None:
    for order, spec in enumerate(PROJECTS):
        pr = Project(name=spec["name"], description=spec["description"], phase=spec["phase"],
                     owner=orgs.get(spec.get("owner", "")), sort_order=order,
                     documents="\n".join(spec.get("documents", ())))
        s.add(pr)
        for day, rag, text in spec.get("status", ()):
            pr.status_notes.append(ProjectStatusNote(noted_on=day, rag=rag, text=text))
        for title, planned, month_only, actual, status, note in spec.get("milestones", ()):
            pr.milestones.append(Milestone(title=title, planned_on=planned,
                                           planned_month_only=month_only, actual_on=actual,
                                           status=status, notes=note))
        for source, model, year, note in spec.get("financing", ()):
            pr.financing.append(Financing(source=source, model=model, year=year, notes=note))
        for kind, gname, seats in spec.get("groups", ()):
            g = Group(name=gname, kind=kind)
            pr.groups.append(g)
            for who, role in seats:
                if who in people:
                    g.memberships.append(Membership(person=people[who], role=role,
                                                    organisation=people[who].organisation))
                else:
                    g.memberships.append(Membership(organisation=orgs[who], role=role))
        s.flush()
        for key in spec.get("items", ()):
            s.add(ProjectItemLink(project_id=pr.id, item_id=item_ids[key]))
