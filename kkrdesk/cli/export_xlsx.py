"""``kkrdesk export overview --db PATH -o FILE.xlsx [--with-contact] [--author NAVN]``.

The database is read through a read-only connection (with sqlite3, without the ORM,
when it is at the newest schema), so this works while the app has it open. E-mail
addresses and phone numbers are personal data and are left out unless asked for."""

from __future__ import annotations

from pathlib import Path

from kkrdesk.cli.export_docx import add_lang
from kkrdesk.cli.places import place


def add_parsers(kinds) -> None:
    """Register ``overview`` (set ``handler`` on its parser)."""
    p = kinds.add_parser("overview", help="Excel-oversigt: medlemmer, medlemshistorik og fremmøde")
    p.add_argument("--db", type=place, required=True, dest="overview_db", metavar="STI|ADRESSE",
                   help="databasefilen eller serverens adresse (postgresql+psycopg://…); skal findes; åbnes kun til læsning")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL.xlsx",
                   help="regnearket der skrives (.xlsx)")
    p.add_argument("--with-contact", action="store_true",
                   help="tag e-mailadresser og telefonnumre med (personoplysninger)")
    p.add_argument("--author", metavar="NAVN", default="",
                   help="sekretariatets navn som regnearkets forfatter "
                        "(standard: som dagsorden og referat)")
    add_lang(p)
    p.set_defaults(handler=_overview)


def _overview(args) -> int:
    from dataclasses import replace

    from kkrdesk.export.overview_xlsx import export_overview
    from kkrdesk.services.overview.read import overview_of_file

    data = overview_of_file(args.overview_db, include_contact=args.with_contact)
    data = replace(data, options=replace(data.options, lang=args.lang))
    result = export_overview(data, args.output, author=args.author)
    rows = f"{result.rows:,}".replace(",", ".")
    contact = "med" if args.with_contact else "uden"
    print(f"Oversigten er gemt: {result.path} ({len(result.sheets)} ark, {rows} rækker, "
          f"{contact} e-mail og telefon)")
    return 0
