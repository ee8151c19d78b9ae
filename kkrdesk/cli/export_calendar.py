"""``kkrdesk export ics|frister``: a meeting as a calendar event, and the SOR and project
deadlines as a calendar (the invitation, a mail draft, is ``export_invitation``'s).

The database is opened read-only (so this works while the app has it open); the files
are written atomically and never over the database. Contact data (e-mail addresses)
goes into the meeting's .ics only with --with-contact, as in the Excel overview."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kkrdesk.cli.export_docx import add_lang, meeting_when
from kkrdesk.cli.places import place

HELP = {
    "ics": "skriv et møde som kalenderfil (.ics) med sted, tid og dagsorden",
    "frister": "skriv SOR-høringsfrister, ventede svar fra SDS og projekternes milepæle som "
               "kalenderfil (.ics) med påmindelser",
}
DB_HELP = "databasefilen eller serverens adresse (postgresql+psycopg://…); skal findes; åbnes kun til læsning"
MEETING_HELP = ("mødets dato, fx 2025-06-18 eller 18-06-2025; har to møder samme dato, også "
                "tidspunktet: »18-06-2025 09.00«")


def add_parsers(kinds) -> None:
    p = kinds.add_parser("ics", help=HELP["ics"], description=HELP["ics"])
    p.add_argument("--db", type=place, required=True, dest="export_db", metavar="STI|ADRESSE", help=DB_HELP)
    p.add_argument("--meeting", type=meeting_when, required=True, metavar="DATO", help=MEETING_HELP)
    p.add_argument("-o", "--output", type=Path, metavar="FIL.ics",
                   help="kalenderfilen; standard: »Møde DD-MM-ÅÅÅÅ.ics« i den aktuelle mappe")
    p.add_argument("--with-contact", action="store_true",
                   help="tag mødelederen som arrangør og medlemmerne som deltagere med deres "
                        "e-mailadresser (personoplysninger)")
    p.add_argument("--clock", choices=("12.00", "12:00"), default="12.00",
                   help="klokkeslæt som 12.00 (dansk standard) eller 12:00")
    add_lang(p)
    p.set_defaults(handler=_ics)
    f = kinds.add_parser("frister", help=HELP["frister"], description=HELP["frister"])
    f.add_argument("--db", type=place, required=True, dest="export_db", metavar="STI|ADRESSE", help=DB_HELP)
    f.add_argument("-o", "--output", type=Path, metavar="FIL.ics",
                   help="kalenderfilen; standard: »Frister.ics« i den aktuelle mappe")
    f.set_defaults(handler=_frister)


def counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def checked_suffix(path: Path, suffix: str, what: str) -> Path:
    from kkrdesk.core.errors import KkrDeskError

    if path.suffix.lower() != suffix:
        raise KkrDeskError(f"{what} skal gemmes som {suffix}, ikke »{path.suffix or path.name}«.")
    return path


def _ics(args) -> int:
    from kkrdesk.core.danish import long_date, short_date
    from kkrdesk.export.agenda_plain import meeting_time
    from kkrdesk.export.ics_meeting import export_meeting_ics
    from kkrdesk.services.agenda.meetings import find_by_date
    from kkrdesk.services.calendar.meeting import calendar_meeting
    from kkrdesk.services.database import open_for_reading

    with open_for_reading(args.export_db) as store:
        meeting_id = find_by_date(store, *args.meeting).id
        cm = replace(calendar_meeting(store, meeting_id, with_contact=args.with_contact),
                     time_sep=args.clock[2], lang=args.lang)
        m = cm.detail.meeting
        target = args.output or Path(f"Møde {short_date(m.date)}.ics")
        path = export_meeting_ics(cm, checked_suffix(target, ".ics", "Kalenderfilen"))
    who = (f"arrangør {'med' if cm.organizer else 'uden'} e-mail, "
           f"{counted(len(cm.attendees), 'deltager', 'deltagere')} med e-mail"
           if args.with_contact else "uden e-mailadresser")
    items = counted(len(cm.detail.items), "punkt", "punkter")
    print(f"Kalenderfilen er gemt: {path} ({long_date(m.date)} {meeting_time(m, cm.time_sep)}, "
          f"{items} på dagsordenen, {who})")
    return 0


def _frister(args) -> int:
    from kkrdesk.export.ics_deadlines import export_deadlines_ics, reminded
    from kkrdesk.services.calendar.deadlines import deadlines
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.views.calendar import DeadlineKind

    with open_for_reading(args.export_db) as store:
        data = deadlines(store)
        if not data.entries:
            from kkrdesk.core.errors import KkrDeskError

            raise KkrDeskError("Der er ingen frister i databasen (ingen høringsrunde med frist og "
                               "ingen milepæl med dato); intet er skrevet.")
        path = export_deadlines_ics(data, checked_suffix(args.output or Path("Frister.ics"), ".ics",
                                                  "Kalenderfilen"))
    count = {k: sum(1 for e in data.entries if e.kind == k) for k in DeadlineKind}
    print(f"Fristerne er gemt: {path} ("
          f"{counted(count[DeadlineKind.ROUND], 'høringsfrist', 'høringsfrister')}, "
          f"{counted(count[DeadlineKind.SDS_ANSWER], 'ventet svar', 'ventede svar')} fra SDS, "
          f"{counted(count[DeadlineKind.MILESTONE], 'milepæl', 'milepæle')}; "
          f"{reminded(data)} med påmindelse)")
    return 0
