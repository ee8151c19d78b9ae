"""``kkrdesk import agenda --db PATH FILE|- [--date D | --meeting D] [--dry-run]``.

Prints the parsed agenda with its slots, how much it reads as an agenda, and a report of
doubtful and unread lines. ``--date`` creates a new meeting on that day, ``--meeting``
appends to the meeting held that day; without either the date written in the agenda is
used. Nothing is written with ``--dry-run``, nor when no item was understood, the text
does not read as an agenda ("Teksten ligner ikke en dagsorden: …", exit 1) or a line
begins with a time no clock shows ("24.00 Punkt": exit 1, the line named). Unknown
presenters stay names on their items: the command line never adds people to the register.
What is printed is :mod:`kkrdesk.cli.agenda_report`'s."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kkrdesk.cli.places import place


def _date(text: str) -> dt.date:
    from kkrdesk.core.dates import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:  # a one-line usage error (exit 2)
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parser(kinds) -> None:
    p = kinds.add_parser("agenda", help="importér en dagsorden fra tekst, Word, PowerPoint eller PDF",
                         description="Læs en dagsorden (.txt, .docx, .pptx, .pdf, eller - for "
                                     "standard input) og opret den som møde.")
    p.add_argument("--db", type=place, required=True, dest="import_db", metavar="STI|ADRESSE",
                   help="databasefilen eller serverens adresse der importeres til (skal findes; en ny oprettes med "
                        "»kkrdesk init STI«)")
    p.add_argument("file", metavar="FIL", help="dagsordenen (.txt, .docx, .pptx, .pdf) eller - for standard input")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--date", type=_date, metavar="DATO", help="opret et nyt møde på datoen, fx 2025-06-18")
    where.add_argument("--meeting", type=_date, metavar="DATO", help="føj punkterne til mødet på datoen")
    p.add_argument("--dry-run", action="store_true", help="vis kun resultatet; skriv intet")
    p.set_defaults(handler=_run)


def _read(name: str):
    from kkrdesk.imports.agenda_sources import from_stream, read_agenda_source

    if name == "-":  # never read whole: a gigabyte piped in stops at the limit
        return from_stream(sys.stdin.buffer, "standard input")
    return read_agenda_source(Path(name))


def _run(args) -> int:
    from kkrdesk.cli.agenda_report import report
    from kkrdesk.imports.agenda_parser import read_agenda
    from kkrdesk.services.agenda import file_import as agenda_import
    from kkrdesk.services.database import open_database, open_for_reading

    source = _read(args.file)  # file problems: one line, exit 1, no database opened
    agenda = read_agenda(source)  # the path the window takes too
    opener = open_for_reading if args.dry_run else (lambda p: open_database(p, create=False))
    with opener(args.import_db) as store:
        register = agenda_import.load_register(store)
        for line in report(source, agenda, register):
            print(line)
        if problem := agenda_import.refusal(agenda):
            print(f"kkrdesk: {problem}", file=sys.stderr)
            return 1
        if args.dry_run:
            print("Prøvekørsel: intet er skrevet.")
            return 0
        if agenda.bad_times:  # the command line cannot ask: a wrong time is not guessed at
            print(f"kkrdesk: {_bad_times(agenda.bad_times)}", file=sys.stderr)
            return 1
        return _write(store, agenda, args)


def _write(store, agenda, args) -> int:
    """Create the meeting (or add to the one named) and say so; 2 when no date is known."""
    from kkrdesk.core.danish import short_date
    from kkrdesk.imports.parsed_agenda import default_end, default_start
    from kkrdesk.services.agenda import file_import as agenda_import
    from kkrdesk.services.agenda import meetings
    from kkrdesk.views.agenda_import import NewMeeting

    day = args.date or (None if args.meeting else agenda.meeting_date)
    if args.meeting:
        target = meetings.find_by_date(store, args.meeting)
        result = agenda_import.commit_import(store, agenda, meeting_id=target.id)
    elif day is None:
        print("kkrdesk: teksten nævner ingen mødedato; angiv --date eller --meeting "
              "(intet er skrevet).", file=sys.stderr)
        return 2
    else:
        start = default_start(agenda)
        end = default_end(agenda, start)
        result = agenda_import.commit_import(store, agenda, new_meeting=NewMeeting(
            day, dt.time(start // 60, start % 60), _clock(end)))
    verb = "oprettet" if result.created_meeting else "udvidet"
    print(f"Mødet den {short_date(args.meeting or day)} er {verb}: {len(result.item_ids)} punkter og "
          "underpunkter importeret.")
    return 0


def _bad_times(bad: dict[int, str]) -> str:
    """'Linje 4: »24.00« er ikke et klokkeslæt (og 2 linjer mere); ret …' in one line."""
    first = bad[min(bad)].rstrip(".")
    more = f" (og {len(bad) - 1} {'linje' if len(bad) == 2 else 'linjer'} mere)" if len(bad) > 1 else ""
    return f"{first}{more}; ret tiden i filen, og prøv igen. Intet er skrevet."


def _clock(minutes: int) -> dt.time:
    minutes = min(minutes, 23 * 60 + 59)
    return dt.time(minutes // 60, minutes % 60)
