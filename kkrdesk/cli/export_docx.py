"""``kkrdesk export agenda|minutes --db PATH --meeting YYYY-MM-DD -o FILE.docx|FILE.pdf``.

The database is opened read-only, so an export works while the app has the file open.
python-docx is loaded only when a command runs. A .pdf target writes the PDF/A archive copy
of the same document; that loads QtGui (Qt's PDF writer), never QtWidgets."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kkrdesk.cli.places import place

_KINDS = {
    "agenda": ("dagsordenen", "skriv dagsordenen for et møde som Word-dokument (.docx) "
               "eller arkivkopi (PDF/A, .pdf)"),
    "minutes": ("referatet", "skriv referatet af et møde som Word-dokument (.docx) "
                "eller arkivkopi (PDF/A, .pdf)"),
}


def meeting_when(text: str) -> tuple[dt.date, dt.time | None]:
    """"18-06-2025", or with the start time when two meetings share the day:
    "18-06-2025 09.00" / "18-06-2025 kl. 9.00"."""
    import re

    from kkrdesk.core.dates import parse_clock, parse_date

    try:
        timed = re.fullmatch(r"\s*(.+?)\s+((?:kl\.?\s*)?\d{1,2}[.:]\d{2})\s*", text)
        if timed:
            return parse_date(timed.group(1)), parse_clock(timed.group(2))
        return parse_date(text), None
    except ValueError as exc:  # argparse turns this into a one-line usage error (exit 2)
        raise argparse.ArgumentTypeError(str(exc)) from None


LANG_HELP = "dokumentets sprog: da (standard) eller en (engelsk, til en læser fra udlandet)"


def add_lang(p) -> None:
    """``--lang da|en``: the document's language (its fixed words and dates; user data
    stays as typed)."""
    p.add_argument("--lang", choices=("da", "en"), default="da", help=LANG_HELP)


def add_parsers(kinds) -> None:
    """Register ``agenda`` and ``minutes`` (set ``handler`` on each parser)."""
    for kind, (_, help_text) in _KINDS.items():
        p = kinds.add_parser(kind, help=help_text, description=help_text)
        p.add_argument("--db", type=place, required=True, dest="export_db", metavar="STI|ADRESSE",
                       help="databasefilen eller serverens adresse (postgresql+psycopg://…); skal findes; åbnes kun til læsning")
        p.add_argument("--meeting", type=meeting_when, required=True, metavar="DATO",
                       help="mødets dato, fx 2025-06-18 eller 18-06-2025; har to møder samme "
                            "dato, også tidspunktet: »18-06-2025 09.00«")
        p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL.docx|FIL.pdf",
                       help="filen der skal skrives; .pdf giver en PDF/A-arkivkopi "
                            "(en tidligere fil erstattes)")
        p.add_argument("--template", type=Path, metavar="SKABELON.docx",
                       help="egen Word-skabelon med de samme typografinavne (KKR Titel, ...)")
        p.add_argument("--kinds", choices=("kort", "lang", "short", "long"), default="kort",
                       help="punkttyper: kort = (O)/(D)/(B) efter titlen, lang = »Til orientering« …")
        p.add_argument("--author", metavar="NAVN", default="",
                       help="forfatter i dokumentets egenskaber (sekretariatets navn)")
        p.add_argument("--clock", choices=("12.00", "12:00"), default="12.00",
                       help="klokkeslæt som 12.00 (dansk standard) eller 12:00")
        add_lang(p)
        if kind == "minutes":
            p.add_argument("--actual-times", action="store_true",
                           help="skriv punkternes faktiske tider (fra mødeleders visning) "
                                "ved de planlagte")
        p.set_defaults(handler=_run, export_kind=kind, actual_times=False)


def _run(args) -> int:
    from dataclasses import replace

    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.database import open_for_reading

    with open_for_reading(args.export_db) as store:
        meeting = meetings.find_by_date(store, *args.meeting)
        detail = meetings.get_detail(store, meeting.id)
        from kkrdesk.views.agenda import DocumentOptions

        marks = {"kort": "short", "lang": "long"}.get(args.kinds, args.kinds)
        options = DocumentOptions(kind_marks=marks, actual_times=args.actual_times,
                                  time_sep=args.clock[2], lang=args.lang)
        if args.author.strip():
            options = replace(options, author=args.author.strip())
        if args.output.suffix.lower() == ".pdf":
            from kkrdesk.export.pdf_export import export_pdf

            path = export_pdf(detail, args.export_kind, args.output, template=args.template,
                              options=options)
        else:
            if args.export_kind == "agenda":
                from kkrdesk.export.agenda_docx import export_agenda as export
            else:
                from kkrdesk.export.minutes_docx import export_minutes as export
            path = export(detail, args.output, template=args.template, options=options)
    print(f"{_KINDS[args.export_kind][0].capitalize()} er gemt: {path}")
    return 0
