"""``kkrdesk export pakke --db PATH --meeting DATO [-o MÅL.zip|MAPPE]``: the mødepakke
a secretary sends (agenda, referat as Word and PDF, bilag) in one .zip or one folder,
named by the meeting's date ("Mødepakke 18-06-2025.zip" in the current folder when no
-o is given). The database is opened read-only; the PDF loads QtGui, never QtWidgets."""

from __future__ import annotations

from pathlib import Path

from kkrdesk.cli.places import place

HELP = ("skriv mødepakken (dagsorden, referat som Word og PDF, bilag) som .zip eller mappe, "
        "navngivet efter mødets dato")


def add_parsers(kinds) -> None:
    from kkrdesk.cli.export_docx import meeting_when

    p = kinds.add_parser("pakke", help=HELP, description=HELP)
    p.add_argument("--db", type=place, required=True, dest="export_db", metavar="STI|ADRESSE",
                   help="databasefilen eller serverens adresse (postgresql+psycopg://…); skal findes; åbnes kun til læsning")
    p.add_argument("--meeting", type=meeting_when, required=True, metavar="DATO",
                   help="mødets dato, fx 2025-06-18 eller 18-06-2025")
    p.add_argument("-o", "--output", type=Path, metavar="MÅL.zip|MAPPE",
                   help="en .zip, eller en mappe (oprettes); standard: »Mødepakke DD-MM-ÅÅÅÅ.zip« "
                        "i den aktuelle mappe")
    p.add_argument("--template", type=Path, metavar="SKABELON.docx",
                   help="egen Word-skabelon med de samme typografinavne")
    p.add_argument("--author", metavar="NAVN", default="",
                   help="forfatter i dokumenternes egenskaber (sekretariatets navn)")
    p.set_defaults(handler=_run)


def _run(args) -> int:
    from kkrdesk.export.meeting_package import meeting_package
    from kkrdesk.export.package_names import package_name
    from kkrdesk.services.agenda import attachments, meetings
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.views.agenda import DocumentOptions

    options = DocumentOptions(author=args.author.strip()) if args.author.strip() else None
    with open_for_reading(args.export_db) as store:
        meeting = meetings.find_by_date(store, *args.meeting)
        detail = meetings.get_detail(store, meeting.id)
        bilag = [(att, attachments.read(store, att.id)[1])
                 for item in detail.flat_items() for att in item.attachments]
        target = args.output or Path(f"{package_name(detail)}.zip")
        path, names = meeting_package(detail, bilag, target, args.template, options)
    print(f"Mødepakken er gemt: {path} ({len(names)} filer: {', '.join(names)})")
    return 0
