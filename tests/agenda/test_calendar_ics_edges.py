"""The meeting's .ics at its edges: no place, only an online link, no usable end, no
agenda yet, a cancelled meeting; and the command's refusals, each one Danish line with
the export commands' exit codes (1 for a refusal, 2 for wrong usage), nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys

from calendar_files import CPH, NOW, description_lines, ics_lines_ok, meeting_on, one_event

from kkrdesk.cli import main
from kkrdesk.core.enums import MeetingStatus
from kkrdesk.export.ics_meeting import meeting_ics
from kkrdesk.services.agenda import meetings

TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"


def test_a_meeting_without_a_place_has_no_location(demo_store):
    raw = meeting_ics(meeting_on(demo_store), NOW)  # the demo names no place
    event = one_event(raw)
    assert "location" not in event and "url" not in event
    assert ics_lines_ok(raw) == []


def test_an_online_meeting_is_located_online_with_its_link(demo_store, june18):
    meetings.update_meeting(demo_store, june18, online_url=TEAMS)
    event = one_event(meeting_ics(meeting_on(demo_store), NOW))
    assert str(event["location"]) == "Online"
    assert str(event["url"]) == TEAMS
    assert f"Online: {TEAMS}" in description_lines(event)


def test_a_link_that_is_no_web_address_stays_text(demo_store, june18):
    meetings.update_meeting(demo_store, june18, online_url="Teams (link følger)")
    event = one_event(meeting_ics(meeting_on(demo_store), NOW))
    assert "url" not in event and str(event["location"]) == "Online"
    assert "Online: Teams (link følger)" in description_lines(event)


def test_a_meeting_without_a_usable_end_is_its_start_alone(demo_store):
    """The schema requires an end after the start; a meeting read from a file made by
    other means may lack it: then the event has its start, no end, and the text says
    'kl. 12.00' rather than inventing an end."""
    cm = meeting_on(demo_store)
    for end in (dt.time(12), dt.time(11), None):
        broken = dataclasses.replace(cm, detail=dataclasses.replace(
            cm.detail, meeting=dataclasses.replace(cm.detail.meeting, end_time=end)))
        raw = meeting_ics(broken, NOW)
        event = one_event(raw)
        assert "dtend" not in event and "duration" not in event
        assert event.decoded("dtstart") == dt.datetime(2025, 6, 18, 12, tzinfo=CPH)
        assert ics_lines_ok(raw) == []


def test_a_meeting_without_an_agenda_says_so(demo_store):
    day = dt.date(2026, 2, 4)
    meetings.create_meeting(demo_store, date=day, title="Ekstraordinært møde",
                            start_time=dt.time(9, 30), end_time=dt.time(10, 15))
    event = one_event(meeting_ics(meeting_on(demo_store, day), NOW))
    assert event.decoded("dtstart") == dt.datetime(2026, 2, 4, 9, 30, tzinfo=CPH)
    assert event.decoded("dtend") == dt.datetime(2026, 2, 4, 10, 15, tzinfo=CPH)  # winter: +1
    assert description_lines(event)[-1] == "Dagsordenen er ikke lagt endnu."


def test_a_cancelled_meeting_is_cancelled_in_the_calendar(demo_store, june18):
    meetings.update_meeting(demo_store, june18, status=MeetingStatus.CANCELLED)
    assert str(one_event(meeting_ics(meeting_on(demo_store), NOW))["status"]) == "CANCELLED"


def _refused(argv, capsys) -> tuple[int, str]:
    rc = main(argv)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("kkrdesk: ")
    return rc, captured.err


def test_refusals_are_one_danish_line_and_write_nothing(demo_path, tmp_path, capsys):
    base = ["export", "ics", "--db", str(demo_path)]
    rc, err = _refused([*base, "--meeting", "19-06-2025", "-o", str(tmp_path / "a.ics")], capsys)
    assert (rc, err) == (1, "kkrdesk: Der er intet møde den 19-06-2025.\n")
    rc, err = _refused([*base, "--meeting", "18-06-2025", "-o", str(demo_path)], capsys)
    assert rc == 1 and "må ikke overskrives" in err
    rc, err = _refused([*base, "--meeting", "18-06-2025", "-o", str(tmp_path / "a.docx")], capsys)
    assert (rc, err) == (1, "kkrdesk: Kalenderfilen skal gemmes som .ics, ikke ».docx«.\n")
    rc, err = _refused([*base, "--meeting", "18-06-2025", "-o", str(tmp_path / "nej" / "a.ics")],
                       capsys)
    assert rc == 1 and "Mappen findes ikke" in err
    rc, err = _refused([*base, "--meeting", "31-02-2025"], capsys)
    assert rc == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]


def test_a_failed_export_leaves_the_earlier_file(demo_path, tmp_path, capsys, monkeypatch):
    """The disk fills up half-way: the earlier file is as it was, no partial file stays."""
    from kkrdesk.export import ics_common

    target = tmp_path / "møde.ics"
    target.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    real = ics_common.atomic_write

    def half_then_full(path, write, **kw):
        def failing(tmp):
            tmp.write_bytes(b"BEGIN:VCAL")
            raise OSError(28, "No space left on device")
        return real(path, failing, **kw)

    monkeypatch.setattr(ics_common, "atomic_write", half_then_full)
    rc, err = _refused(["export", "ics", "--db", str(demo_path), "--meeting", "18-06-2025",
                        "-o", str(target)], capsys)
    assert rc == 1 and "Filen kunne ikke gemmes" in err
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", "møde.ics"]


def test_the_calendar_commands_load_no_qt(demo_path, tmp_path):
    code = ("import sys; from kkrdesk.cli import main; "
            f"rc = main(['export', 'ics', '--db', {str(demo_path)!r}, '--meeting', '18-06-2025', "
            f"'-o', {str(tmp_path / 'm.ics')!r}]) or main(['export', 'frister', '--db', "
            f"{str(demo_path)!r}, '-o', {str(tmp_path / 'f.ics')!r}]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; "
            "sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
