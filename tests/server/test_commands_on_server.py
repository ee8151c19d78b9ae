"""The command line on a shared database (issue 24, item 9: exports, imports and the check
work on both back ends): every command that reads or writes a database takes the
server's URL as --db as well as a file's path. On the issue's main the commands took a
path only, and a URL was read as a file name that does not exist."""

from __future__ import annotations

import sqlite3

import docx
from openpyxl import load_workbook

from kkrdesk.cli.entry import main

AGENDA = """Dagsorden
1. Velkomst
2. Status på identitetssløring v. KL
3. Eventuelt
"""


def _person_names(path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {n for (n,) in conn.execute("SELECT name FROM person")}


def test_exports_check_and_search_read_the_server(demo_path, pg_url, tmp_path, capsys):
    assert main(["copy", "--from", str(demo_path), "--to", pg_url]) == 0
    capsys.readouterr()

    assert main(["check", "--db", pg_url]) == 0
    assert "Integritet: i orden" in capsys.readouterr().out

    book = tmp_path / "oversigt.xlsx"
    assert main(["export", "overview", "--db", pg_url, "-o", str(book)]) == 0
    people = load_workbook(book, read_only=True).worksheets[0]
    names = {row[0] for row in people.iter_rows(min_row=2, values_only=True) if row[0]}
    # the members on the sheet are people of the file the server was filled from
    assert names and names <= _person_names(demo_path), names - _person_names(demo_path)

    agenda = tmp_path / "dagsorden.docx"
    assert main(["export", "agenda", "--db", pg_url, "--meeting", "18-06-2025", "-o", str(agenda)]) == 0
    text = "\n".join(p.text for p in docx.Document(agenda).paragraphs).lower()
    assert "onsdag d. 18. juni 2025" in text

    for kind, out in (("sor", "sor.docx"), ("status", "status.docx")):
        assert main(["export", kind, "--db", pg_url, "-o", str(tmp_path / out)]) == 0
        assert (tmp_path / out).stat().st_size > 10_000
    assert main(["export", "ics", "--db", pg_url, "--meeting", "18-06-2025",
                 "-o", str(tmp_path / "m.ics")]) == 0
    assert "BEGIN:VEVENT" in (tmp_path / "m.ics").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["search", "--db", pg_url, "identitetssløring"]) == 0
    assert "identitetssløring" in capsys.readouterr().out.lower()


def test_an_agenda_is_imported_into_the_server(demo_path, pg_url, tmp_path, capsys):
    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.database import open_database
    import datetime as dt

    assert main(["copy", "--from", str(demo_path), "--to", pg_url]) == 0
    source = tmp_path / "dagsorden.txt"
    source.write_text(AGENDA, encoding="utf-8")
    assert main(["import", "agenda", "--db", pg_url, "--date", "2026-01-07", str(source)]) == 0
    with open_database(pg_url) as server:
        made = meetings.find_by_date(server, dt.date(2026, 1, 7))
        titles = [i.title for i in meetings.get_detail(server, made.id).items]
    assert titles[0] == "Velkomst" and titles[-1] == "Eventuelt"
    assert any("identitetssløring" in t.lower() for t in titles)
