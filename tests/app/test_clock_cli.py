"""The command line writes the clock as the window's setting does: 12.00 (Danish
standard) unless ``--clock 12:00`` is given, in the Word referat, the calendar file's
description and the invitation's body."""

from __future__ import annotations

from docx import Document
from icalendar import Calendar

from kkrdesk.cli import main


def _referat(path) -> str:
    return "\n".join(p.text for p in Document(path).paragraphs)


def test_the_referat_with_and_without_clock(demo_path, tmp_path):
    plain, colon = tmp_path / "a.docx", tmp_path / "b.docx"
    assert main(["export", "minutes", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(plain)]) == 0
    assert main(["export", "minutes", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(colon), "--clock", "12:00"]) == 0
    assert "Tid:\tkl. 12.00–15.00" in _referat(plain) and "12:00" not in _referat(plain)
    assert "Tid:\tkl. 12:00–15:00" in _referat(colon) and "kl. 12.00" not in _referat(colon)


def test_the_calendar_and_the_invitation_with_clock(demo_path, tmp_path, capsys):
    ics, eml = tmp_path / "m.ics", tmp_path / "i.eml"
    assert main(["export", "ics", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(ics), "--clock", "12:00"]) == 0
    assert "kl. 12:00–15:00" in capsys.readouterr().out
    event = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")[0]
    assert "1. Velkomst\nkl. 12:00–12:10" in str(event["DESCRIPTION"])
    assert main(["export", "invitation", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(eml), "--fra", "sekretariat@kl.dk", "--clock", "12:00"]) == 0
    import email
    from email import policy

    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = message.get_body(("plain",)).get_content()
    assert "Tid: kl. 12:00–15:00" in body and "kl. 12.00" not in body


def test_a_wrong_clock_is_a_usage_error(demo_path, tmp_path, capsys):
    assert main(["export", "minutes", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(tmp_path / "a.docx"), "--clock", "12-00"]) == 2
    assert "--clock" in capsys.readouterr().err
