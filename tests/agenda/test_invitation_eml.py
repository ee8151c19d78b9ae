"""Issue 23, item 4: ``kkrdesk export invitation`` writes the invitation as a mail draft
that Outlook and Thunderbird open ready to send: X-Unsent, the members as recipients, a
Danish subject and text, the meeting as a calendar invitation and the Word agenda."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from email import message_from_bytes
from email.policy import default

import icalendar
from calendar_files import ADDRESSES, CPH, SOREN, give_addresses, ics_lines_ok, one_event
from docx import Document

from kkrdesk.cli import main
from kkrdesk.services.agenda import meetings

SUBJECT = "Indkaldelse: Møde i KKR-digitaliseringsnetværket onsdag d. 18. juni 2025"
PLACE = "Aalborg Rådhus, Boulevarden 13"
SENDER = "sekretariat@kl.dk"


def _invite(db, target, *extra) -> int:
    return main(["export", "invitation", "--db", str(db), "--meeting", "18-06-2025",
                 "-o", str(target), "--fra", SENDER, *extra])


def _parts(msg) -> dict[str, object]:
    return {part.get_content_type(): part for part in msg.iter_attachments()}


def test_the_draft_opens_addressed_and_ready_to_send(demo_path, demo_store, june18, tmp_path,
                                                    capsys):
    give_addresses(demo_store)
    meetings.update_meeting(demo_store, june18, place=PLACE)
    target = tmp_path / "indkaldelse.eml"
    assert _invite(demo_path, target, "--author", "Åse Ødegård, KL") == 0
    assert capsys.readouterr().out == (
        f"Indkaldelsen er gemt: {target} (5 modtagere). "
        "Åbn den i Outlook eller Thunderbird, og send den derfra.\n")
    raw = target.read_bytes()
    raw.decode("ascii")  # UTF-8 throughout, encoded as mail requires: 7-bit clean on disk
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998  # RFC 5322's hard limit
    msg = message_from_bytes(raw, policy=default)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == SUBJECT
    assert (msg["From"].addresses[0].display_name, msg["From"].addresses[0].addr_spec) == (
        "Åse Ødegård, KL", SENDER)
    to = {a.addr_spec: a.display_name for a in msg["To"].addresses}
    assert to == {**{address: name for name, address in ADDRESSES.items()}, SOREN[1]: SOREN[0]}
    assert msg.get_content_type() == "multipart/mixed"


def test_the_text_says_when_where_and_what(demo_path, demo_store, june18, tmp_path):
    from test_calendar_ics import AGENDA

    give_addresses(demo_store)
    meetings.update_meeting(demo_store, june18, place=PLACE)
    assert _invite(demo_path, tmp_path / "i.eml") == 0
    msg = message_from_bytes((tmp_path / "i.eml").read_bytes(), policy=default)
    text = msg.get_body(("plain",)).get_content()
    lines = text.splitlines()
    assert lines[:2] == ["Kære medlemmer af KKR-digitaliseringsnetværket", ""]
    for line in ("Dato: onsdag d. 18. juni 2025", "Tid: kl. 12.00–15.00", f"Sted: {PLACE}"):
        assert line in lines
    for title, slot in AGENDA:
        assert lines[lines.index(title) + 1] == slot
    assert lines[-2:] == ["Med venlig hilsen", "Sekretariatet for KKR-digitaliseringsnetværket"]


def test_the_attached_invitation_is_a_meeting_request(demo_path, demo_store, june18, tmp_path):
    give_addresses(demo_store)
    meetings.update_meeting(demo_store, june18, place=PLACE)
    assert _invite(demo_path, tmp_path / "i.eml") == 0
    msg = message_from_bytes((tmp_path / "i.eml").read_bytes(), policy=default)
    parts = _parts(msg)
    ics = parts["text/calendar"]
    assert ics.get_param("method") == "REQUEST" and ics.get_content_charset() == "utf-8"
    assert ics.get_filename() == "Indkaldelse 18-06-2025.ics"
    raw = ics.get_content().encode("utf-8") if isinstance(ics.get_content(), str) else ics.get_content()
    assert ics_lines_ok(raw) == []
    assert str(icalendar.Calendar.from_ical(raw)["method"]) == "REQUEST"
    event = one_event(raw)
    assert event.decoded("dtstart") == dt.datetime(2025, 6, 18, 12, tzinfo=CPH)
    assert event.decoded("dtend") == dt.datetime(2025, 6, 18, 15, tzinfo=CPH)
    assert str(event["location"]) == PLACE
    assert str(event["organizer"]) == f"mailto:{SENDER}"
    asked = {str(a): a.params["RSVP"] for a in event["attendee"]}
    assert asked == {f"mailto:{x}": "TRUE" for x in [*ADDRESSES.values(), SOREN[1]]}
    docx = parts["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
    assert docx.get_filename() == "Dagsorden 18-06-2025.docx"
    words = [p.text for p in Document(io.BytesIO(docx.get_content())).paragraphs]
    assert "Dagsorden" in words and any("Velkomst" in w for w in words)


def test_members_without_a_usable_address_are_counted_and_named(demo_path, demo_store, tmp_path,
                                                               capsys):
    ids = give_addresses(demo_store, soren=False)
    demo_store.close()
    with sqlite3.connect(demo_path) as raw:  # written past the app's own check, as a file may be
        raw.execute("UPDATE person SET email = ? WHERE id = ?",
                    ("nv@roskilde.dk\r\nBcc: spion@example.com", ids["Niels Vingborg"]))
        raw.execute("UPDATE person SET email = '' WHERE id = ?", (ids["Kristina Farsinsen"],))
    raw.close()
    target = tmp_path / "i.eml"
    assert _invite(demo_path, target) == 0
    assert ("(2 modtagere; 2 medlemmer uden brugbar e-mailadresse: Kristina Farsinsen og "
            "Niels Vingborg)") in capsys.readouterr().out
    data = target.read_bytes()
    msg = message_from_bytes(data, policy=default)
    assert {a.addr_spec for a in msg["To"].addresses} == {"pek@kl.dk", "suva@ringsted.dk"}
    assert b"spion" not in data and "Bcc" not in msg


def test_no_member_with_an_address_still_gives_a_draft(demo_path, tmp_path, capsys):
    target = tmp_path / "i.eml"
    assert _invite(demo_path, target) == 0
    out = capsys.readouterr().out
    assert "(0 modtagere; 4 medlemmer uden brugbar e-mailadresse:" in out
    msg = message_from_bytes(target.read_bytes(), policy=default)
    assert msg["To"] is None and msg["X-Unsent"] == "1"


def test_wrong_sender_or_target_is_refused(demo_path, tmp_path, capsys):
    argv = ["export", "invitation", "--db", str(demo_path), "--meeting", "18-06-2025"]
    assert main([*argv, "-o", str(tmp_path / "i.eml"), "--fra", "sekretariatet"]) == 2
    assert "er ikke en e-mailadresse" in capsys.readouterr().err
    assert main([*argv, "-o", str(tmp_path / "i.msg"), "--fra", SENDER]) == 1
    assert capsys.readouterr().err == "kkrdesk: Mailkladden skal gemmes som .eml, ikke ».msg«.\n"
    assert main([*argv, "-o", str(demo_path.with_name("demo.sqlite-wal")), "--fra", SENDER]) == 1
    assert "må ikke overskrives" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]
