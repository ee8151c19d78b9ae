"""``kkrdesk import participants --db PATH FILE [--skip-invalid]`` (and ``import agenda``,
in :mod:`kkrdesk.cli.import_agenda`).

Prints the validation report. Any invalid row stops the import with nothing written
(exit 1), unless ``--skip-invalid``: then the valid rows are imported in one
transaction and the invalid ones are listed."""

from __future__ import annotations

import sys
from pathlib import Path

from kkrdesk.cli.places import place


def add_parser(sub) -> None:
    """Register ``import participants`` (set ``handler`` on its parser)."""
    imp = sub.add_parser("import", help="importér data fra filer")
    kinds = imp.add_subparsers(dest="kind", required=True, parser_class=type(imp), metavar="DATA")
    p = kinds.add_parser("participants",
                         help="importér deltagere fra .xlsx eller .csv (Navn, Organisation, "
                              "Rolle, E-mail, Telefon, Fra)")
    p.add_argument("--db", type=place, required=True, dest="import_db", metavar="STI|ADRESSE",
                   help="databasefilen eller serverens adresse der importeres til (skal findes; en ny oprettes med "
                        "»kkrdesk init STI«)")
    p.add_argument("file", type=Path, metavar="FIL", help="regneark (.xlsx) eller CSV-fil")
    p.add_argument("--skip-invalid", action="store_true",
                   help="importér de gyldige rækker og spring resten over")
    p.set_defaults(handler=_participants)
    from kkrdesk.cli import import_agenda

    import_agenda.add_parser(kinds)


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def _participants(args) -> int:
    from kkrdesk.imports.participants_file import read_participants
    from kkrdesk.services.database import open_database
    from kkrdesk.services.participants.file_import import commit_import, preview_import

    table = read_participants(args.file)  # file problems: one line, exit 1, nothing opened
    with open_database(args.import_db, create=False) as store:
        preview = preview_import(store, table)
        for line in preview.report_lines():
            print(line)
        if preview.invalid and not args.skip_invalid:
            print("Intet er importeret. Ret fejlene, eller brug --skip-invalid for at "
                  "importere de gyldige rækker.", file=sys.stderr)
            return 1
        if not preview.valid:
            print("Intet er importeret: der er ingen gyldige rækker.", file=sys.stderr)
            return 1
        result = commit_import(store, table, skip_invalid=args.skip_invalid)
    done, skipped = len(result.person_ids), len(result.skipped)
    line = f"Importeret: {_n(done)} " + ("person" if done == 1 else "personer")
    if skipped:
        line += (f"; sprunget over: {_n(skipped)} " + ("række" if skipped == 1 else "rækker")
                 + " (se ovenfor)")
    print(line + ".")
    return 0
