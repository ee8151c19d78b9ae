"""Helpers for the tests of the English documents: the text a reader sees in each file
(read with python-docx, openpyxl, email and icalendar, never with the exporters' own
functions), the user data of a database (every text it holds, read with sqlite3), and a
list of Danish document words written down here by hand, not taken from the product's
catalogue.

``documents(db, out)`` writes the five documents of the demo's meeting of 18 June 2025
with a fixed day and clock and returns their text; ``tests/data/danish_documents_main.json``
holds what main (before the English option) wrote, made with the same function."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

D18 = dt.date(2025, 6, 18)
TODAY = dt.date(2025, 7, 1)
NOW = dt.datetime(2025, 6, 2, 8, 30, tzinfo=dt.timezone.utc)

# Words of a Danish document that no English one may show once the user's data is
# taken out (all lower case; words that are English too, "status", "online", "side",
# "november", are not here).
DANISH_WORDS = set("""
dagsorden dagsordenen referat referatet dato tid sted mødeleder referent deltagere fremmøde
afbud næste møde mødet mødets møder emner beslutning opfølgning opfølgningspunkter bilag
sagsfremstilling indstilling udkast foreløbigt godkendt udsendt godkendes af og kl v
til orientering drøftelse bemærk ingen mangler mandag tirsdag onsdag torsdag fredag lørdag
søndag januar februar marts maj juni juli oktober
hvad hvem hvornår indkaldelse kære medlemmer hermed venlig hilsen vedhæftet ja nej navn
rolle medlem gæst gæster deltog fraværende stedfortræder planlagt afholdt åben lukket projekt
projekter fase milepæl milepæle forslag høringsrunde høringsrunder høringssvar frist
advarsel oversigt udskrevet ikke angivet registreret sluttede netværksmøde uger uge dage dag
intet svar sendt nuværende tidligere kommende titel beløb kilde gruppe punkt punkter grøn
gul rød aflyst faktisk uden titel fra hele runden holdning gælder modtaget nået forsinket
måned ved pause velkomst eventuelt deltager personer
""".split())
_WORD = re.compile(r"[^\W\d_]+")


def data_strings(db: Path) -> list[str]:
    """Every text the database holds, and each of its lines and paragraphs, longest
    first: what a document may show as the user typed it."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    found: set[str] = set()
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            if table.startswith(("sqlite_", "search")) or "fts" in table:
                continue
            for row in con.execute(f'select * from "{table}"'):
                for value in row:
                    if isinstance(value, str) and value.strip():
                        found.add(value.strip())
                        found.update(x.strip() for x in re.split(r"\n+", value) if x.strip())
    finally:
        con.close()
    return sorted(found, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    for value in data:
        if len(value) >= 2 and value in text:
            text = text.replace(value, " ")
    return text


def danish_left(text: str, data: list[str]) -> list[str]:
    """The Danish words and æ/ø/å letters in ``text`` once the user's data is out."""
    rest = without_data(text, data)
    words = sorted({w for w in _WORD.findall(rest) if w.casefold() in DANISH_WORDS})
    letters = sorted(set(re.findall(r"[æøåÆØÅ]", rest)))
    return words + letters


# -- the text of each file -----------------------------------------------------------------

def docx_text(doc) -> str:
    """Paragraphs, table cells, page headers and footers, title and subject."""
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines += [c.text for c in row.cells]
    for s in doc.sections:
        lines += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    lines += [doc.core_properties.title or "", doc.core_properties.subject or ""]
    return "\n".join(lines)


def xlsx_text(path: Path) -> dict[str, list[list[str]]]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        rows = [[("" if v is None else str(v)) for v in row] for row in ws.iter_rows(values_only=True)]
        out[ws.title] = rows + [[ws.oddFooter.center.text or "", ws.oddHeader.left.text or ""]]
    return out


def eml_text(data: bytes) -> dict[str, object]:
    import email
    import email.policy

    msg = email.message_from_bytes(data, policy=email.policy.default)
    return {"subject": str(msg["Subject"]), "body": msg.get_body(("plain",)).get_content(),
            "files": [p.get_filename() for p in msg.iter_attachments()]}


def ics_text(data: bytes) -> dict[str, str]:
    import icalendar

    ev = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
    return {k: str(ev.get(k, "")) for k in ("summary", "location", "description")}


# -- the five documents --------------------------------------------------------------------

def documents(db: Path, out: Path, lang: str | None = None) -> dict[str, object]:
    """The agenda, the referat, the overview, the .ics and the invitation of 18 June 2025
    from ``db``; ``lang`` None: as main's exporters take their options (no language)."""
    import dataclasses

    from kkrdesk.export.agenda_docx import build_agenda
    from kkrdesk.export.ics_meeting import meeting_ics
    from kkrdesk.export.invitation_eml import invitation_message
    from kkrdesk.export.minutes_docx import build_minutes
    from kkrdesk.export.overview_xlsx import export_overview
    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.calendar.meeting import calendar_meeting, invitation
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.services.overview.read import overview_of_file
    from kkrdesk.views.agenda import DocumentOptions
    from kkrdesk.views.calendar import Contact

    extra = {} if lang is None else {"lang": lang}
    options = DocumentOptions(**extra)
    with open_for_reading(db) as store:
        mid = meetings.find_by_date(store, D18).id
        detail = meetings.get_detail(store, mid)
        cm = dataclasses.replace(calendar_meeting(store, mid), **extra)
        inv = invitation(store, mid, Contact("Sekretariatet", "sek@kl.dk"))
        inv = dataclasses.replace(inv, meeting=dataclasses.replace(inv.meeting, **extra))
    data = overview_of_file(db, today=TODAY)
    data = dataclasses.replace(data, options=dataclasses.replace(data.options, **extra))
    xlsx = export_overview(data, out / "overview.xlsx").path
    return {
        "agenda": docx_text(build_agenda(detail, options=options)),
        "minutes": docx_text(build_minutes(detail, today=TODAY, options=options)),
        "overview": xlsx_text(xlsx),
        "ics": ics_text(meeting_ics(cm, NOW)),
        "invitation": eml_text(invitation_message(inv, NOW).as_bytes()),
    }


if __name__ == "__main__":  # python tests/english_docs.py OUT.json: the Danish snapshot anew
    import json
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).parent))
    from finished_referat import finish

    from kkrdesk.demo.seed import write_demo

    scratch = Path(tempfile.mkdtemp())
    write_demo(scratch / "demo.sqlite")
    finish(scratch / "demo.sqlite")
    text = documents(scratch / "demo.sqlite", scratch)
    Path(sys.argv[1]).write_text(json.dumps(text, ensure_ascii=False, indent=1, sort_keys=True),
                                 encoding="utf-8")
