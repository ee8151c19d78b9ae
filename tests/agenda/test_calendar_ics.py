"""Issue 23, item 4: ``kkrdesk export ics`` writes a meeting as a calendar event that a
calendar shows as the secretary planned it: 18 June 2025 12.00–15.00 in Copenhagen
(10.00–13.00 UTC), the place, the agenda with its slots and presenters, under a UID that
stays the same when the file is sent again; e-mail addresses only when asked for."""

from __future__ import annotations

import datetime as dt
import shutil

import icalendar
from calendar_files import (
    CPH, NOW, UTC, description_lines, give_addresses, ics_lines_ok, meeting_on, one_event,
)

from kkrdesk.cli import main
from kkrdesk.services.agenda import meetings
from kkrdesk.services.database import open_database

PLACE = "KL, Weidekampsgade 10, 2300 København S"
# The seed deck's agenda (DOMAIN.md), as the description must list it: title, then slot
# and presenters; the break unnumbered, as the app and the Word agenda show it.
AGENDA = [
    ("1. Velkomst", "kl. 12.00–12.10 · v. Poul Erik Kristensen, KL"),
    ("2. Meddelelser", "kl. 12.10–12.45 · v. KOMBIT og MedCom"),
    ("3. Orientering vedr. rusmiddelområdet", "kl. 12.45–13.00 · v. Poul Erik Kristensen, KL"),
    ("4. Status for projekt om identitetssløring af sundhedsansatte",
     "kl. 13.00–13.20 · v. Poul Erik Kristensen, KL og Jeanette Jensen, MedCom"),
    ("5. Status på udstilling af kommunale data i Sundhedsjournalen",
     "kl. 13.20–13.35 · v. Kira Christina Ørbekker, MedCom"),
    ("Pause", "kl. 13.35–13.50"),
    ("6. Orientering om etablering af ambassadørkorps og udarbejdelse af e-læringsmateriale "
     "for Sundhedsjournalen", "kl. 13.50–14.05 · v. Iben Søgaard, MedCom"),
    ("7. Opfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder",
     "kl. 14.05–14.20 · v. Jeanette Jensen, MedCom"),
    ("8. Forslag til afholdelse af webinar om, hvordan kommuner kan teste "
     "korrespondancemeddelelser", "kl. 14.20–14.35 · v. Tom Have Kristensen, Aalborg Kommune"),
    ("9. Nyt behandlingstilbud til børn og unge i psykisk mistrivsel",
     "kl. 14.35–14.50 · v. Dorthe Skou Lassen, MedCom"),
    ("10. Eventuelt", "kl. 14.50–15.00 · v. alle"),
]
SUB_ITEM = ("  2.a Aktuel status for FK-OSS", "    v. Sabina Hedefeld Leopold, KOMBIT")


def _export(db, target, *extra) -> bytes:
    assert main(["export", "ics", "--db", str(db), "--meeting", "18-06-2025",
                 "-o", str(target), *extra]) == 0
    return target.read_bytes()


def test_the_meeting_opens_in_a_calendar_as_planned(demo_path, demo_store, june18, tmp_path,
                                                    capsys, monkeypatch):
    meetings.update_meeting(demo_store, june18, place=PLACE)
    monkeypatch.chdir(tmp_path)
    assert main(["export", "ics", "--db", str(demo_path), "--meeting", "2025-06-18"]) == 0
    written = tmp_path / "Møde 18-06-2025.ics"  # named by the date when no -o is given
    assert capsys.readouterr().out == (
        f"Kalenderfilen er gemt: {written.name} (onsdag d. 18. juni 2025 kl. 12.00–15.00, "
        "11 punkter på dagsordenen, uden e-mailadresser)\n")
    raw = written.read_bytes()
    assert ics_lines_ok(raw) == []
    assert b"DTSTART;TZID=Europe/Copenhagen:20250618T120000" in raw
    event = one_event(raw)
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert (start, end) == (dt.datetime(2025, 6, 18, 12, tzinfo=CPH),
                            dt.datetime(2025, 6, 18, 15, tzinfo=CPH))
    assert (start.astimezone(UTC), end.astimezone(UTC)) == (
        dt.datetime(2025, 6, 18, 10, tzinfo=UTC), dt.datetime(2025, 6, 18, 13, tzinfo=UTC))
    assert str(event["summary"]) == "Møde i KKR-digitaliseringsnetværket"
    assert str(event["location"]) == PLACE
    assert event.decoded("dtstamp").tzinfo is not None
    lines = description_lines(event)
    for title, slot in AGENDA:
        assert lines[lines.index(title) + 1] == slot, title
    assert lines[lines.index(SUB_ITEM[0]) + 1] == SUB_ITEM[1]
    assert "Mødeleder: Poul Erik Kristensen" in lines


def _moments(year: int):
    """Noon on the 15th of each month, and the minutes around the changes (01.00 UTC on
    the last Sunday of March and of October, where the time zone database has them)."""
    for month in range(1, 13):
        yield dt.datetime(year, month, 15, 12, tzinfo=UTC)
    for month in (3, 10):
        last = dt.date(year, month, 31)
        sunday = last - dt.timedelta(days=(last.weekday() + 1) % 7)
        for minute in (-61, -1, 0, 1, 60):
            yield dt.datetime.combine(sunday, dt.time(1), UTC) + dt.timedelta(minutes=minute)


def test_the_time_zone_is_written_as_outlook_reads_it(demo_path, tmp_path):
    """A VTIMEZONE by yearly rules, no RDATE lists, and equal to the time zone database
    in every year from 1996 (the EU rule) to 2099, at each change of the clock."""
    cal = icalendar.Calendar.from_ical(_export(demo_path, tmp_path / "m.ics"))
    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Copenhagen"
    assert all("RRULE" in part and "RDATE" not in part for part in zone.subcomponents)
    tz = zone.to_tz(lookup_tzid=False)  # the rules as written, not the name looked up
    for year in range(1996, 2100):
        for moment in _moments(year):
            assert moment.astimezone(tz).utcoffset() == moment.astimezone(CPH).utcoffset(), moment


def _uid_and_sequence(raw: bytes) -> tuple[str, int]:
    event = one_event(raw)
    return str(event["uid"]), int(event["sequence"])


def test_sent_again_the_event_replaces_the_one_the_calendar_has(demo_path, demo_store, tmp_path):
    from kkrdesk.export.ics_meeting import meeting_ics
    first = meeting_on(demo_store)
    uid, seq = _uid_and_sequence(meeting_ics(first, NOW))
    later = meeting_ics(first, NOW + dt.timedelta(days=3))
    assert _uid_and_sequence(later)[0] == uid and _uid_and_sequence(later)[1] > seq
    nov = meetings.find_by_date(demo_store, dt.date(2025, 11, 5))
    moved = dt.date(2025, 11, 12)  # the next meeting moved a week: the same entry moves
    before = _uid_and_sequence(meeting_ics(meeting_on(demo_store, nov.date), NOW))[0]
    meetings.update_meeting(demo_store, nov.id, date=moved, start_time=dt.time(9))
    assert _uid_and_sequence(meeting_ics(meeting_on(demo_store, moved), NOW))[0] == before
    assert before != uid
    copy = tmp_path / "elsewhere" / "kopi.sqlite"  # a copy (a backup, another laptop)
    copy.parent.mkdir()
    shutil.copy(demo_path, copy)
    assert _uid_and_sequence(_export(copy, tmp_path / "k.ics"))[0] == uid


def test_another_networks_meeting_gets_its_own_uid(demo_store, june18, tmp_path):
    from kkrdesk.export.ics_meeting import meeting_ics
    demo_uid = _uid_and_sequence(meeting_ics(meeting_on(demo_store), NOW))[0]
    other = open_database(tmp_path / "andet.sqlite")
    try:
        day = dt.date(2024, 2, 1)
        while (mid := meetings.create_meeting(other, date=day)) < june18:
            day += dt.timedelta(days=30)
        assert mid == june18  # the same meeting number in another database
        other_uid = _uid_and_sequence(meeting_ics(meeting_on(other, day), NOW))[0]
    finally:
        other.close()
    assert other_uid != demo_uid


def test_email_addresses_only_with_contact_data(demo_path, demo_store, tmp_path, capsys):
    give_addresses(demo_store)
    plain = _export(demo_path, tmp_path / "uden.ics")
    assert b"@" not in plain and b"ORGANIZER" not in plain and b"ATTENDEE" not in plain
    capsys.readouterr()
    event = one_event(_export(demo_path, tmp_path / "med.ics", "--with-contact"))
    assert "arrangør med e-mail, 4 deltagere med e-mail" in capsys.readouterr().out
    assert str(event["organizer"]) == "mailto:pek@kl.dk"
    assert event["organizer"].params["CN"] == "Poul Erik Kristensen"
    attendees = {str(a): a.params["CN"] for a in event["attendee"]}
    assert attendees == {"mailto:kristina.farsinsen@aalborg.dk": "Kristina Farsinsen",
                         "mailto:nv@roskilde.dk": "Niels Vingborg",
                         "mailto:suva@ringsted.dk": "Sudarvili Vaithialingam",
                         "mailto:soeren.aakjaer@aeroe.dk": "Søren Ærø-Åkjær"}
