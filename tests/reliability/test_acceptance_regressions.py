"""Findings of the fresh-user acceptance run, kept from coming back."""

from __future__ import annotations

import datetime as dt

import pytest

from kkrdesk.cli import main
from kkrdesk.core.dates import parse_clock
from kkrdesk.services.agenda import lifecycle as meeting_lifecycle
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import people as participants
from conftest import empty_next_meeting


def test_an_unclosed_quote_in_a_csv_is_an_error_not_one_giant_name(demo_path, tmp_path, capsys):
    bad = tmp_path / "quote.csv"
    bad.write_text('Navn;Organisation\n"Hans Unclosed;Odense Kommune\nIda;Odense Kommune\n',
                   encoding="utf-8")
    assert main(["import", "participants", "--db", str(demo_path), str(bad)]) == 1
    assert "anførselstegn lukkes aldrig" in capsys.readouterr().err


def test_a_row_without_rolle_is_a_contact_not_a_member(store, tmp_path, capsys):
    f = tmp_path / "kontakter.csv"
    f.write_text("Navn;Organisation;Rolle\nIda Holm;Odense Kommune;\nBo Berg;KL;Medlem\n",
                 encoding="utf-8")
    store.close()
    assert main(["import", "participants", "--db", str(store.path), str(f)]) == 0
    from kkrdesk.services.database import open_database

    with open_database(store.path) as s2:
        people = {p.name: p for p in participants.list_people(s2)}
    assert not people["Ida Holm"].is_current_member and people["Bo Berg"].is_current_member


def test_an_ambiguous_meeting_date_is_refused(demo_store, demo_path, tmp_path, capsys):
    meetings.create_meeting(demo_store, date=dt.date(2025, 6, 18), start_time=dt.time(9),
                            end_time=dt.time(10), title="Formøde")
    demo_store.close()
    out = tmp_path / "x.docx"
    assert main(["export", "agenda", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "2 møder den 18-06-2025" in err and not out.exists()
    assert "skriv også tidspunktet" in err and err.count("\n") == 1
    # With the start time the user can pick either meeting of the day.
    from docx import Document

    for when, title in (("18-06-2025 09.00", "Formøde"), ("18-06-2025 kl. 12.00", "Møde i")):
        assert main(["export", "agenda", "--db", str(demo_path), "--meeting", when,
                     "-o", str(out)]) == 0
        assert any(p.text.startswith(title) for p in Document(out).paragraphs), when
    assert main(["export", "agenda", "--db", str(demo_path), "--meeting", "18-06-2025 17.00",
                 "-o", str(out)]) == 1
    assert "intet møde den 18-06-2025 kl. 17.00" in capsys.readouterr().err


def test_next_meeting_from_previous_does_not_copy_a_pinned_time(demo_store, june18):
    empty_next_meeting(demo_store)
    mid = meeting_lifecycle.new_from_previous(demo_store, june18, dt.date(2025, 11, 5))
    pause = next(i for i in meetings.get_detail(demo_store, mid).items if i.title == "Pause")
    assert pause.pinned_start is None and pause.gap_before_min == 0


def test_kl_before_a_clock_time_is_understood():
    assert parse_clock("kl. 13.45") == dt.time(13, 45) == parse_clock("Kl 13:45")


@pytest.mark.parametrize("argv, words", [
    (["--screenshot", "{file}"], "findes allerede"),
    (["export", "agenda", "--db", "{db}", "--meeting", "2025-06-18", "-o", "{tmp}/a.txt"], ".docx"),
])
def test_file_errors_are_danish(argv, words, demo_path, tmp_path, capsys):
    a_file = tmp_path / "fil.txt"
    a_file.write_text("x", encoding="utf-8")
    argv = [a.format(file=a_file, db=demo_path, tmp=tmp_path) for a in argv]
    if argv[0] == "--screenshot":
        argv += ["--db", str(demo_path)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert words in err and "exists" not in err and "directory" not in err


def test_a_damaged_database_message_has_no_english(tmp_path, demo_path, capsys):
    data = bytearray(demo_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2: page * 4] = b"\xff" * (page * 2)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(bytes(data))
    assert main(["check", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "beskadiget" in err and "malformed" not in err


def test_minutes_without_attendance_do_not_contradict_themselves(demo_store, tmp_path):
    from docx import Document

    from kkrdesk.export.minutes_docx import export_minutes

    nov = meetings.find_by_date(demo_store, dt.date(2025, 11, 5)).id
    doc = Document(export_minutes(meetings.get_detail(demo_store, nov), tmp_path / "r.docx"))
    head = "\n".join(p.text for p in doc.paragraphs[:12])
    assert "Fremmøde:\tIkke registreret" in head and "Afbud:" not in head and "Deltagere:" not in head


def test_search_narrows_the_membership_history(qtbot, demo_store):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.participants.tab import ParticipantsTab

    tab = ParticipantsTab(AppContext(demo_store))
    qtbot.addWidget(tab)
    tab.show()
    tab.pages.setCurrentWidget(tab.history_panel)
    tab.refresh()
    proxy = tab.history_panel.proxy
    assert proxy.rowCount() == 6
    qtbot.keyClicks(tab.search, "Vivi")
    names = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert "Vivi Orthmann" in names and "Poul Erik Kristensen" not in names
