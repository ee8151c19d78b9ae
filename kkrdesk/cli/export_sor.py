"""``kkrdesk export sor --db PATH -o FILE.docx [--status S]``: the Word summary of the
SOR proposals for Sundhedsdatastyrelsen (all of them, or those with one status).

The database is opened read-only. Never imports Qt; python-docx loads only when it runs."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kkrdesk.cli.places import place


def _status(text: str):
    """A status as its Danish label ("sendt til SDS") or its code ("sent_to_sds")."""
    from kkrdesk.core.enums import SorStatus, label

    wanted = " ".join(text.replace("_", " ").split()).casefold()
    for s in SorStatus:
        if wanted in (s.value.replace("_", " "), label(s).casefold()):
            return s
    names = ", ".join(f"»{label(s)}«" for s in SorStatus)
    raise argparse.ArgumentTypeError(f"ukendt status »{text}«; brug en af {names}")


def add_parsers(kinds) -> None:
    help_text = "skriv et resumé af SOR-forslagene til SDS som Word-dokument (.docx)"
    p = kinds.add_parser("sor", help=help_text, description=help_text)
    p.add_argument("--db", type=place, required=True, dest="sor_db", metavar="STI|ADRESSE",
                   help="databasefilen eller serverens adresse (postgresql+psycopg://…); skal findes; åbnes kun til læsning")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL.docx",
                   help="filen der skal skrives (en tidligere fil erstattes)")
    p.add_argument("--status", type=_status, metavar="STATUS",
                   help="kun forslag med denne status, fx \"sendt til SDS\" eller sent_to_sds")
    p.add_argument("--template", type=Path, metavar="SKABELON.docx",
                   help="egen Word-skabelon med de samme typografinavne (KKR Titel, ...)")
    p.add_argument("--author", metavar="NAVN", default="",
                   help="forfatter i dokumentets egenskaber (sekretariatets navn)")
    p.set_defaults(handler=_run)


def _run(args) -> int:
    from kkrdesk.core.enums import label
    from kkrdesk.core.errors import KkrDeskError
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.services.overview.gather import sor_overview

    with open_for_reading(args.sor_db) as store:
        data = sor_overview(store, dt.date.today(), status=args.status)
    if not data.proposals:
        where = f" med status »{label(args.status)}«" if args.status else ""
        raise KkrDeskError(f"Der er ingen SOR-forslag{where} i databasen; intet er skrevet.")
    from kkrdesk.export.sor_docx import export_sor_summary

    path = export_sor_summary(data, args.output, template=args.template, author=args.author)
    print(f"SOR-resuméet er gemt: {path} ({len(data.proposals)} forslag)")
    return 0
