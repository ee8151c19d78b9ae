"""Command line: ``kkrdesk [--db PATH]`` opens the GUI; subcommands work without it.

Errors are one line on stderr and exit 1 (2 for wrong usage), never a traceback.
The export and import paths never import Qt widgets.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kkrdesk import APP_NAME, __version__
from kkrdesk.cli.lines import one_line
from kkrdesk.cli.places import place
from kkrdesk.cli.usage import UsageError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def error(message: str) -> None:
    """Print one error line on stderr."""
    print(f"kkrdesk: {one_line(message)}", file=sys.stderr)


def refuse_target(args) -> None:
    """An export must never write over the database it reads (or its -wal, -shm,
    -journal, .lock): refused before anything is opened or written. Every command
    with an ``output`` and a database argument (``db``, ``export_db``, ...) is
    checked here, so a new export command is guarded without asking."""
    from kkrdesk.core.file_safety import refuse_database_target

    output = getattr(args, "output", None)
    databases = [v for k, v in vars(args).items() if k.endswith("db") and isinstance(v, Path)]
    if isinstance(output, Path) and databases:
        refuse_database_target(output, databases)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        raise UsageError(f"{message} (se '{self.prog} --help')")


COMMANDS = ("init", "demo", "check", "export", "import", "search", "copy", "log")


def window_only(argv: list[str]) -> bool:
    """Whether ``argv`` can only mean the window: nothing but the window's own options
    (a bare word is a command, perhaps mistyped, and help lists the commands). Then the
    commands' parsers, which import their modules, are not built at start-up."""
    value_of = ("--db", "--screenshot", "--lang")
    words = iter(argv)
    for word in words:
        if word in value_of:
            next(words, None)
        elif word in ("-h", "--help") or not word.startswith("-"):
            return False
    return True


def build_parser(window: bool = False) -> argparse.ArgumentParser:
    """The whole command line; with ``window`` only the window's own options."""
    from kkrdesk.cli import messages as cli_messages

    cli_messages.install()

    p = _Parser(prog="kkrdesk", description=(
        f"{APP_NAME} – sekretariatet for KKR-digitaliseringsnetværket. Uden KOMMANDO åbnes "
        "vinduet. Kommandoerne opretter aldrig en database i stilhed: export, check og search "
        "læser en database, der findes, uden at ændre den; import skriver i en, der findes; "
        "en ny database oprettes med init (tom) eller demo."))
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                   help="vis programmets version og afslut")
    p.add_argument("--db", type=place, metavar="STI",
                   help="databasefilen som vinduet åbner; findes den ikke, spørger vinduet, før "
                        "en ny oprettes (standard: kkrdesk.sqlite i brugerens datamappe, "
                        "oprettet ved første start); eller en fælles database på en server: "
                        "postgresql+psycopg://bruger@server/kkr?sslmode=verify-full")
    p.add_argument("--smoke", action="store_true",
                   help="åbn hovedvinduet, lad det tegne én gang, og afslut (til test og måling)")
    p.add_argument("--screenshot", type=Path, metavar="MAPPE",
                   help="gem ét billede (PNG) pr. faneblad i MAPPE og afslut")
    p.add_argument("--lang", choices=("da", "en"), metavar="da|en",
                   help="vinduets sprog denne gang (da eller en); ellers det, der er valgt under "
                        "Filer > Indstillinger. Den engelske oversættelse er ikke lavet endnu")
    p.set_defaults(command=None)
    if not window:
        _add_commands(p)
    return p


def _add_commands(p: argparse.ArgumentParser) -> None:
    from kkrdesk.cli import export as cli_export
    from kkrdesk.cli import imports as cli_import

    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="KOMMANDO")
    i = sub.add_parser("init", help="opret en ny, tom database i STI",
                       description="Opret en ny, tom database (med kommuner, regioner og "
                                   "nationale organisationer) i STI. En fil, der findes, "
                                   "røres ikke.")
    i.add_argument("path", type=place, metavar="STI",
                   help="den nye databasefil (må ikke findes), eller en tom database på en "
                        "server (postgresql+psycopg://ejer@server/kkr): den får skemaet, eller "
                        "opgraderes til dette programs skema; kør det som databasens ejer")
    d = sub.add_parser("demo", help="skriv demodatabasen (mødet 18. juni 2025) til STI")
    d.add_argument("path", type=Path, metavar="STI", help="ny databasefil (overskrives aldrig)")
    d.add_argument("--years", type=_years, default=0, metavar="N",
                   help="tilføj N års syntetisk historik før mødet (møder, deltagere, "
                        "SOR-forslag, projekter; samme N giver samme data)")
    c = sub.add_parser("check", help="kontrollér en database (integritet og skemaversion)")
    c.add_argument("--db", type=place, required=True, dest="check_db", metavar="STI|ADRESSE",
                   help="databasefilen eller serverens adresse der kontrolleres (skal findes; åbnes kun til læsning)")
    cli_export.add_parser(sub)
    cli_import.add_parser(sub)
    from kkrdesk.cli import search as cli_search

    cli_search.add_parser(sub)
    from kkrdesk.cli import copy as cli_copy

    cli_copy.add_parser(sub)
    from kkrdesk.cli import changes as cli_changes

    cli_changes.add_parser(sub)


def _years(text: str) -> int:
    try:
        years = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"antal år skal være et helt tal: {text!r}") from None
    if not 0 <= years <= 50:
        raise argparse.ArgumentTypeError(f"antal år skal være mellem 0 og 50: {years}")
    return years


def _init(args) -> int:
    from kkrdesk.core.errors import KkrDeskError
    from kkrdesk.services.database import open_database

    if isinstance(args.path, str):  # a server: make or upgrade its schema, as its owner
        with open_database(args.path) as store:
            print(f"Databasen er klar (skema {store.schema_revision}): {store.url}")
        return EXIT_OK
    if os.path.lexists(args.path):
        raise KkrDeskError(f"Filen findes allerede og røres ikke: {args.path}. "
                           "Vælg et nyt filnavn til den nye database.")
    open_database(args.path).close()
    print(f"Databasen er oprettet: {args.path}")
    return EXIT_OK


def _demo(args) -> int:
    from kkrdesk.demo.seed import write_demo

    path = write_demo(args.path, years=args.years)
    print(f"Demodatabasen er skrevet: {path}")
    return EXIT_OK


def _check(args) -> int:
    from kkrdesk.core.store import SCHEMA_HEAD
    from kkrdesk.services.database import store_for

    # Read-only, and an older schema is reported rather than refused.
    with store_for(args.check_db, readonly=True, require_head=False) as store:
        problems = store.integrity_problems()
        rev = store.schema_revision
    state = "nyeste" if rev == SCHEMA_HEAD else f"ældre end {SCHEMA_HEAD}; opgraderes ved åbning"
    print(f"Skemaversion: {rev} ({state})")
    if problems:
        for line in problems[:20]:
            print(f"Fejl: {one_line(line)}", file=sys.stderr)
        return EXIT_ERROR
    print("Integritet: i orden")
    return EXIT_OK


def _gui(args) -> int:
    from kkrdesk.ui import import_hook

    import_hook.lighten()  # before the window's modules are imported: see import_hook
    from kkrdesk.ui.app import run

    return run(db=args.db, smoke=args.smoke, screenshot_dir=args.screenshot, lang=args.lang)


def main(argv: list[str] | None = None) -> int:
    from kkrdesk.core.gc_pause import paused

    with paused():  # start-up and short commands run without the cyclic collector
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    from kkrdesk.core.errors import KkrDeskError
    from kkrdesk.core.lib_warnings import route_library_warnings

    argv = sys.argv[1:] if argv is None else argv
    route_library_warnings()  # a library's English remarks go to the log, not the screen
    try:
        args = build_parser(window=window_only(argv)).parse_args(argv)
        handler = getattr(args, "handler", None) or {
            "init": _init, "demo": _demo, "check": _check, None: _gui,
        }[args.command]
        refuse_target(args)
        return handler(args)
    except UsageError as exc:
        error(str(exc))
        return EXIT_USAGE
    except KkrDeskError as exc:
        error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    except OSError as exc:
        from kkrdesk.core.oserrors import describe

        error(describe(exc))
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - last resort: one line, details in the log
        import sqlite3

        log = _write_crash_log()
        if isinstance(exc, sqlite3.Error) or isinstance(getattr(exc, "orig", None), sqlite3.Error):
            from kkrdesk.core.oserrors import sqlite_reason

            error(f"Databasefejl: {sqlite_reason(exc)} (detaljer i {log})")
        else:
            error(f"uventet fejl: {exc.__class__.__name__}: {exc} (detaljer i {log})")
        return EXIT_ERROR


def _write_crash_log() -> str:
    import traceback

    from kkrdesk.core.paths import user_log_dir

    try:
        folder = user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "kkrdesk-fejl.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return str(path)
    except OSError:
        return "loggen kunne ikke skrives"


if __name__ == "__main__":
    raise SystemExit(main())
