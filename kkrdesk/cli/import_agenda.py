"""``kkrdesk import agenda --db PATH FILE|- [--date D | --meeting D] [--dry-run]``.

Prints the parsed agenda with its slots, how much it reads as an agenda, and a report of
doubtful and unread lines. ``--date`` creates a new meeting on that day, ``--meeting``
appends to the meeting held that day; without either the date written in the agenda is
used. Nothing is written with ``--dry-run``, nor when no item was understood, the text
does not read as an agenda ("Teksten ligner ikke en dagsorden: …", exit 1) or a line
begins with a time no clock shows ("24.00 Punkt": exit 1, the line named). Unknown
presenters stay names on their items: the command line never adds people to the register."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


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
    p.add_argument("--db", type=Path, required=True, dest="import_db", metavar="STI",
                   help="databasefilen der importeres til (skal findes; en ny oprettes med "
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


def report(source, agenda, register) -> list[str]:
    """The parsed agenda as lines of text: items with slots, then what is doubtful,
    unknown or not understood."""
    out = [f"Dagsorden fra »{source.name}« ({source.kind}, {len(source.lines)} linjer): "
           f"{len(agenda.items)} punkter."]
    if source.note:
        out.append(source.note)
    if agenda.items:
        out.append(f"Ligner en dagsorden: {round(100 * agenda.confidence)} %"
                   + (f" ({'; '.join(agenda.evidence)})." if agenda.evidence else "."))
    return out + _items(agenda, register) + _remarks(agenda, register)


def _items(agenda, register) -> list[str]:
    from kkrdesk.core.danish import short_date
    from kkrdesk.core.enums import label
    from kkrdesk.imports.parsed_agenda import clock, slots

    out = [f"Mødedato i teksten: {short_date(agenda.meeting_date)}"] if agenda.meeting_date else []
    when = slots(agenda)
    for n, item in enumerate(agenda.items, start=1):
        rows = [(str(n), item)] + [(f"{n}.{chr(97 + k) if k < 26 else k + 1}", c)
                                   for k, c in enumerate(item.children)]
        for number, it in rows:
            start, end = when[id(it)]
            top = "." not in number
            slot = f"kl. {clock(start)}–{clock(end)}" if top or it.duration_min else " " * 16
            who = " og ".join(register.match(p.name, p.organisation).text for p in it.presenters)
            mark = "?" if it.doubtful else " "
            minutes = f", {it.duration_min} min." if it.duration_min else ""
            out.append(f"{mark} {number:<5} {slot}  {it.title} ({label(it.kind).lower()}{minutes})"
                       + (f" v. {who}" if who else ""))
            out += [f"{'':>8}• {point.text}" for point in it.sub_points]
    return out


def _remarks(agenda, register) -> list[str]:
    """The next meeting, the doubtful items, unknown presenters, lines not understood or skipped."""
    from kkrdesk.core.danish import short_date

    out = []
    if agenda.next_meeting_date or agenda.topics:
        day = short_date(agenda.next_meeting_date) if agenda.next_meeting_date else "uden dato"
        out.append(f"Næste møde: {day}" + (": " + "; ".join(t.text for t in agenda.topics)
                                           if agenda.topics else ""))
    doubtful = agenda.doubtful_items()
    if doubtful:
        out.append(f"Tvivlsomme punkter ({len(doubtful)}):")
        for it in doubtful:
            lines = ", ".join(str(n + 1) for n in sorted(it.lines))
            out.append(f"  »{it.title}« (linje {lines}): " + " ".join(it.doubts))
    unknown = _unknown(register, agenda)
    if unknown:
        out.append("Ukendte oplægsholdere (står som navn på punktet, oprettes ikke): "
                   + "; ".join(m.text for m in unknown))
    if agenda.unread:
        out.append(f"Ikke forstået ({_lines(len(agenda.unread))}):")
        out += [f"  linje {n + 1}: {agenda.lines[n].strip()}" for n in agenda.unread]
    skipped = agenda.shown_skipped()
    if skipped:
        out.append(f"Sprunget over ({_lines(len(skipped))}): " + ", ".join(agenda.skipped_ranges()))
    return out


def _lines(count: int) -> str:
    return f"{count} linje" if count == 1 else f"{count} linjer"


def _unknown(register, agenda):
    from kkrdesk.services.agenda.file_import import unknown_presenters

    return unknown_presenters(register, agenda)
