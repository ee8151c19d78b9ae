"""Issue 23, item 4: ``kkrdesk export frister`` puts the SOR rounds' deadlines, the day
SDS's answer is due, and the projects' milestones in a calendar: all-day entries on the
right days (a month-only milestone on the month's first day, saying so), reminders on
those still open (two days before a deadline, a week before a milestone, at 09.00)."""

from __future__ import annotations

import datetime as dt

import icalendar
from calendar_files import NOW, ics_lines_ok

from kkrdesk.cli import main
from kkrdesk.export.ics_deadlines import deadlines_ics
from kkrdesk.services.calendar.deadlines import deadlines

ROUND = "Høringsfrist: Forslag til nye SOR-enhedstyper og SOR-specialekoder"
SDS = "Svar fra SDS ventet: Tilrettet forslag til nye SOR-enhedstyper og SOR-specialekoder"
STEERING = "Milepæl: 1. styregruppemøde (Identitetssløring i kommunerne)"
KICKOFF = ("Milepæl: Kickoff med it-leverandører om knapløsning til DNHF "
           "(Digital understøttelse af lettilgængelige tilbud (LTT))")
REACHED = "Milepæl: Foranalyse gennemført og PID udarbejdet (Identitetssløring i kommunerne)"
PILOT = "Milepæl: Pilot og bølge 1 (11 kommuner) (Udrulning af FK-OSS)"


def _events(raw: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(raw)
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def _reminders(event) -> list[dt.datetime]:
    """When the event's reminders go off, in the local time of whoever has the calendar."""
    midnight = dt.datetime.combine(event.decoded("dtstart"), dt.time())
    return [midnight + alarm.decoded("trigger") for alarm in event.walk("VALARM")]


def _day(event) -> tuple[dt.date, dt.date]:
    return event.decoded("dtstart"), event.decoded("dtend")


def test_the_deadlines_fall_on_their_days_with_reminders(demo_store):
    raw = deadlines_ics(deadlines(demo_store, today=dt.date(2025, 6, 10)), NOW)
    assert ics_lines_ok(raw) == []
    events = _events(raw)
    assert len(events) == 12  # 1 round deadline, 1 answer from SDS, 10 milestones
    for event in events.values():  # all-day entries that leave the day free
        start, end = _day(event)
        assert type(start) is dt.date and end == start + dt.timedelta(days=1)
        assert str(event["transp"]) == "TRANSPARENT"
    assert _day(events[ROUND])[0] == dt.date(2025, 5, 30)
    assert _reminders(events[ROUND]) == []  # answered on 30 May
    assert "Besvaret 30-05-2025." in str(events[ROUND]["description"])
    assert _day(events[SDS])[0] == dt.date(2025, 6, 17)  # sent 3 June + 2 weeks
    assert _reminders(events[SDS]) == [dt.datetime(2025, 6, 15, 9)]
    assert _day(events[STEERING])[0] == dt.date(2025, 8, 1)  # "august 2025"
    assert "Planlagt: august 2025 (kun måneden er fastlagt" in str(events[STEERING]["description"])
    assert _reminders(events[STEERING]) == [dt.datetime(2025, 7, 25, 9)]
    assert _day(events[KICKOFF])[0] == dt.date(2025, 9, 17)
    assert "Planlagt: onsdag d. 17. september 2025." in str(events[KICKOFF]["description"])
    assert _reminders(events[KICKOFF]) == [dt.datetime(2025, 9, 10, 9)]
    assert _reminders(events[REACHED]) == []  # reached
    assert _reminders(events[PILOT]) == []  # still open, but its day has passed


def test_exported_again_the_entries_keep_their_uids(demo_store):
    first = _events(deadlines_ics(deadlines(demo_store, today=dt.date(2025, 6, 10)), NOW))
    later = _events(deadlines_ics(deadlines(demo_store, today=dt.date(2025, 9, 1)),
                                  NOW + dt.timedelta(days=90)))
    uids = {name: str(e["uid"]) for name, e in first.items()}
    assert uids == {name: str(e["uid"]) for name, e in later.items()}
    assert len(set(uids.values())) == len(uids)
    assert _reminders(later[STEERING]) == []  # 1 August has passed by 1 September


def test_the_command_writes_frister_ics(demo_path, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "frister", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Fristerne er gemt: Frister.ics (1 høringsfrist, "
                          "1 ventet svar fra SDS, 10 milepæle; ")
    raw = (tmp_path / "Frister.ics").read_bytes()
    assert ics_lines_ok(raw) == []
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["x-wr-calname"]) == "KKR-digitaliseringsnetværket: frister"
    assert len(cal.walk("VEVENT")) == 12


def test_a_database_without_deadlines_writes_nothing(store, tmp_path, capsys):
    store.close()
    db = tmp_path / "fresh.sqlite"  # the fixture's empty database
    assert main(["export", "frister", "--db", str(db), "-o", str(tmp_path / "f.ics")]) == 1
    assert capsys.readouterr().err == (
        "kkrdesk: Der er ingen frister i databasen (ingen høringsrunde med frist og ingen "
        "milepæl med dato); intet er skrevet.\n")
    assert not (tmp_path / "f.ics").exists()


def test_the_answer_from_sds_follows_the_sor_tabs_setting(demo_store):
    events = _events(deadlines_ics(deadlines(demo_store, dt.date(2025, 6, 10), sds_weeks=3), NOW))
    assert _day(events[SDS])[0] == dt.date(2025, 6, 24)  # 3 June + 3 weeks
    assert "Uden svar 3 uger efter afsendelsen" in str(events[SDS]["description"])
