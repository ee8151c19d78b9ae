"""``kkrdesk export status --db PATH -o FILE.docx [--project NAME]``: the status report
for a steering group. The timelines are painted with QtGui on an offscreen
QGuiApplication; QtWidgets is never loaded."""

from __future__ import annotations

import argparse
from pathlib import Path

from kkrdesk.cli.places import place

HELP = "skriv statusrapporten for projekterne (til en styregruppe) som Word-dokument (.docx)"


def add_parsers(kinds) -> None:
    p = kinds.add_parser("status", help=HELP, description=HELP)
    p.add_argument("--db", type=place, required=True, dest="export_db", metavar="STI|ADRESSE",
                   help="databasefilen eller serverens adresse (postgresql+psycopg://…); skal findes; åbnes kun til læsning")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL.docx",
                   help="filen der skal skrives (en tidligere fil erstattes)")
    p.add_argument("--project", metavar="NAVN",
                   help="kun dette projekt (navnet eller en entydig begyndelse af det)")
    p.add_argument("--template", type=Path, metavar="SKABELON.docx",
                   help="egen Word-skabelon med de samme typografinavne (KKR Titel, ...)")
    p.add_argument("--author", metavar="NAVN", default="",
                   help="forfatter i dokumentets egenskaber (sekretariatets navn)")
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    import datetime as dt

    from kkrdesk.services.database import open_for_reading
    from kkrdesk.services.projects import portfolio as projects

    if args.project is not None and not args.project.strip():
        from kkrdesk.cli.usage import UsageError

        raise UsageError("--project er tom: skriv projektets navn, eller udelad --project "
                         "for at få alle projekter med")
    with open_for_reading(args.export_db) as store:
        title, chosen = projects.report_projects(store, args.project)
    from kkrdesk.export.status_docx import export_status, status_report

    report = status_report(title, chosen, dt.date.today())
    path = export_status(report, args.output, template=args.template, author=args.author)
    print(f"Statusrapporten er gemt: {path}")
    return 0
