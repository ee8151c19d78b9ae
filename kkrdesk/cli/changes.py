"""``kkrdesk log --db ADRESSE``: who changed what when on a shared database, newest first,
as lines or (``--csv``) as a semicolon-separated file a spreadsheet opens."""

from __future__ import annotations

import csv
import sys

from kkrdesk.cli.places import place


def add_parser(sub) -> None:
    p = sub.add_parser("log", help="vis hvem der har ændret hvad og hvornår (fælles database)",
                       description="Ændringsloggen for en fælles database: tidspunkt, bruger "
                                   "(databaserolle / login), maskine og faneblade, nyeste først.")
    p.add_argument("--db", type=place, required=True, dest="log_db", metavar="ADRESSE",
                   help="databasens adresse eller fil (åbnes kun til læsning)")
    p.add_argument("--csv", action="store_true", help="skriv CSV (semikolon) til standard-ud")
    p.add_argument("--limit", type=int, default=200, metavar="N", help="højst N ændringer")
    p.set_defaults(handler=_log)


def _log(args) -> int:
    from kkrdesk.services.change_log import changes
    from kkrdesk.services.database import open_for_reading

    with open_for_reading(args.log_db) as store:
        found = changes(store, limit=max(1, args.limit))
    if args.csv:
        out = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        out.writerow(["Tidspunkt", "Bruger", "Maskine", "Faneblade"])
        for c in found:
            out.writerow([c.at.strftime("%d-%m-%Y %H.%M.%S"), c.who, c.machine, ", ".join(c.areas)])
        return 0
    if not found:
        print("Ingen ændringer i loggen (den føres kun på en fælles database).")
    for c in found:
        print(f"{c.at:%d-%m-%Y %H.%M.%S}  {c.who} ({c.machine}): {', '.join(c.areas)}")
    return 0
