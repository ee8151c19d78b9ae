"""``kkrdesk export agenda|minutes --db PATH --meeting YYYY-MM-DD -o FILE.docx|FILE.pdf``.

The database is opened read-only, so an export works while the app has the file open.
python-docx is loaded only when a command runs. A .pdf target writes the PDF/A archive copy
of the same document; that loads QtGui (Qt's PDF writer), never QtWidgets."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

_KINDS = {
    "agenda": ("dagsordenen", "skriv dagsordenen for et møde som Word-dokument (.docx) "
               "eller arkivkopi (PDF/A, .pdf)"),
    "minutes": ("referatet", "skriv referatet af et møde som Word-dokument (.docx) "
                "eller arkivkopi (PDF/A, .pdf)"),
}


def _meeting_date(text: str) -> dt.date:
    from kkrdesk.core.danish import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:  # argparse turns this into a one-line usage error (exit 2)
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parsers(kinds) -> None:
    """Register ``agenda`` and ``minutes`` (set ``handler`` on each parser)."""
    for kind, (_, help_text) in _KINDS.items():
        p = kinds.add_parser(kind, help=help_text, description=help_text)
        p.add_argument("--db", type=Path, required=True, dest="export_db", metavar="STI",
                       help="databasefilen (åbnes skrivebeskyttet)")
        p.add_argument("--meeting", type=_meeting_date, required=True, metavar="DATO",
                       help="mødets dato, fx 2025-06-18 eller 18-06-2025")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL.docx|FIL.pdf",
                       help="filen der skal skrives; .pdf giver en PDF/A-arkivkopi "
                            "(en tidligere fil erstattes)")
        p.add_argument("--template", type=Path, metavar="SKABELON.docx",
                       help="egen Word-skabelon med de samme typografinavne (KKR Titel, ...)")
        p.set_defaults(handler=_run, export_kind=kind)


def _run(args) -> int:
    from kkrdesk.services import meetings
    from kkrdesk.services.database import open_for_reading

    with open_for_reading(args.export_db) as store:
        meeting = meetings.find_by_date(store, args.meeting)
        detail = meetings.get_detail(store, meeting.id)
        if args.output.suffix.lower() == ".pdf":
            from kkrdesk.export.pdf_export import export_pdf

            path = export_pdf(detail, args.export_kind, args.output, template=args.template)
        else:
            if args.export_kind == "agenda":
                from kkrdesk.export.agenda_docx import export_agenda as export
            else:
                from kkrdesk.export.minutes_docx import export_minutes as export
            path = export(detail, args.output, template=args.template)
    print(f"{_KINDS[args.export_kind][0].capitalize()} er gemt: {path}")
    return 0
