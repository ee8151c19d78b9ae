"""Issue 18, defect 6: a date enters by many doors and every one of them refuses a year
outside 1900-2100 (or an impossible day) with one Danish line, writes nothing and never
ends in an OverflowError: the text readers, every service that takes a date (and every
date column below them), the command line, the participant and agenda imports. The
overview workbook never gets a negative or pre-1900 day number."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from date_cases import DAYS, FIRST, LAST, MONTHS, TAIL, TWENTY, TYPED, dump
from kkrdesk.cli import main
from kkrdesk.core.dates import parse_clock, parse_date
from kkrdesk.core.enums import GroupKind, Role, SorStatus
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.agenda import lifecycle as meeting_lifecycle
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import memberships, replacements
from kkrdesk.services.agenda import minutes
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import organisation as project_org
from kkrdesk.services.projects import parts as project_parts
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.services.agenda import referat
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import responses as sor_responses
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.services.projects.parts import parse_day_or_month
from kkrdesk.views.participants import MembershipFields
from kkrdesk.views.projects import ProjectFields

_IDS = list(TYPED)


@pytest.mark.parametrize("case", _IDS)
def test_a_typed_date_out_of_range_or_impossible_gets_one_danish_line(case):
    text, message = TYPED[case]
    with pytest.raises(ValueError) as exc:
        parse_date(text)
    assert str(exc.value) == message and "\n" not in message


@pytest.mark.parametrize("case", list(MONTHS))
def test_a_month_out_of_range_gets_the_same_line(case):
    text, message = MONTHS[case]
    with pytest.raises(ValidationError) as exc:
        parse_day_or_month(text)
    assert str(exc.value) == message and exc.value.field == "planned_on"


def test_the_edges_are_accepted_and_clock_times_never_overflow():
    assert parse_date("01-01-1900") == FIRST and parse_date("2100-12-31") == LAST
    assert parse_day_or_month("januar 1900") == (FIRST, True)
    for text in (f"{TWENTY}.00", f"12.{TWENTY}", "99.99", "24.00", f"kl. {TWENTY}"):
        with pytest.raises(ValueError, match="er ikke et klokkeslæt"):
            parse_clock(text)


# -- every service that takes a date ----------------------------------------------------------


def _doors(store, june18):
    """name -> a call of a service with the date given."""
    pid = sor.create_proposal(store, title="Datoforslag", on=dt.date(2025, 1, 2))
    rid = sor_rounds.create_round(store, title="R", recipients=["KL"], proposal_ids=[pid],
                                  sent_on=dt.date(2025, 1, 3)).round_id
    proj = projects.create_project(store, ProjectFields("Datoprojekt"))
    gid = project_org.add_group(store, proj, GroupKind.STEERING_GROUP)
    person = participants.list_people(store)[0]
    seat = memberships.add_membership(store, person.id, MembershipFields(Role.MEMBER))
    other = participants.list_people(store)[1].id
    return {
        "create_meeting": lambda d: meetings.create_meeting(store, date=d),
        "update_meeting": lambda d: meetings.update_meeting(store, june18, date=d),
        "new_from_previous": lambda d: meeting_lifecycle.new_from_previous(store, june18, d),
        "add_topic": lambda d: meetings.add_topic(store, june18, "Emne", target_date=d),
        "add_action": lambda d: minutes.add_action(store, june18, "Opgave", due=d),
        "send_minutes": lambda d: referat.send_minutes(store, june18, d, today=dt.date(2025, 7, 1)),
        "create_proposal": lambda d: sor.create_proposal(store, title="Nyt", on=d),
        "add_step": lambda d: sor.add_step(store, pid, SorStatus.IN_CONSULTATION, d),
        "create_round": lambda d: sor_rounds.create_round(
            store, title="R2", recipients=["KL"], proposal_ids=[pid], deadline=d),
        "add_response": lambda d: sor_responses.add_response(store, rid, respondent="KL", received_on=d),
        "add_membership": lambda d: memberships.add_membership(
            store, person.id, MembershipFields(Role.MEMBER, start_date=d)),
        "replace_member": lambda d: replacements.replace_member(store, seat, [other], d),
        "update_project": lambda d: projects.update_project(store, proj, ProjectFields(
            "Datoprojekt", started_on=d)),
        "add_seat": lambda d: project_org.add_seat(store, gid, person_id=person.id, start_date=d),
        "milestone": lambda d: project_parts.add_part(store, "milestone", proj,
                                                      {"title": "M", "planned_on": d}),
        "status note": lambda d: project_parts.add_part(store, "note", proj,
                                                        {"noted_on": d, "text": "T"}),
        "decision": lambda d: project_parts.add_part(store, "decision", proj,
                                                     {"decided_on": d, "text": "T"}),
    }


def test_every_service_refuses_a_date_out_of_range_and_writes_nothing(demo_store, june18):
    doors = _doors(demo_store, june18)
    before = dump(demo_store.path)
    wrong = []
    for name, call in doors.items():
        for case, (day, message) in DAYS.items():
            try:
                call(day)
            except ValidationError as exc:
                if str(exc) != message:
                    wrong.append(f"{name}, {case}: {exc}")
            else:
                wrong.append(f"{name}, {case}: accepted")
    assert wrong == [] and dump(demo_store.path) == before


def test_every_date_column_refuses_a_date_out_of_range_when_set():
    """The class: a date column added tomorrow is guarded without asking."""
    from sqlalchemy import Date

    from kkrdesk.core.models import Base

    columns = [(m.class_, p.key) for m in Base.registry.mappers for p in m.column_attrs
               if any(isinstance(c.type, Date) and not c.type.__class__.__name__.startswith("DateTime")
                      for c in p.columns)]
    assert len(columns) >= 19
    for cls, key in columns:
        row = cls()
        setattr(row, key, LAST)
        for day, message in DAYS.values():
            with pytest.raises(ValidationError) as exc:
                setattr(row, key, day)
            assert (str(exc.value), exc.value.field) == (message, key)
        assert getattr(row, key) == LAST


# -- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize("case", _IDS)
def test_the_command_line_refuses_a_bad_date_in_one_line_with_exit_2(demo_path, tmp_path, capsys,
                                                                     case):
    text, message = TYPED[case]
    agenda = tmp_path / "d.txt"
    agenda.write_text("1. Velkomst\n2. Eventuelt\n", encoding="utf-8")
    before = dump(demo_path)
    out = tmp_path / "d.docx"
    for argv in (["import", "agenda", "--db", str(demo_path), "--date", text, str(agenda)],
                 ["import", "agenda", "--db", str(demo_path), "--meeting", text, str(agenda)],
                 ["export", "agenda", "--db", str(demo_path), "--meeting", text, "-o", str(out)],
                 ["export", "minutes", "--db", str(demo_path), "--meeting", f"{text} 12.00",
                  "-o", str(out)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("kkrdesk: tilvalget --")
        assert message in err, err
    assert dump(demo_path) == before and not out.exists()


def test_a_twenty_digit_year_in_a_real_process_is_a_usage_error(demo_path, tmp_path):
    from offline_guard import guarded_argv

    before = dump(demo_path)
    for args in (["import", "agenda", "--db", str(demo_path), "--date", f"{TWENTY}-06-18", "-"],
                 ["export", "agenda", "--db", str(demo_path), "--meeting", f"{TWENTY}-06-18",
                  "-o", str(tmp_path / "a.docx")]):
        proc = subprocess.run(guarded_argv(*args), input="1. Punkt\n", capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.count("\n") == 1 and f"året 9999… (20 cifre) {TAIL}" in proc.stderr
        assert "Traceback" not in proc.stderr and "Overflow" not in proc.stderr
    assert dump(demo_path) == before and not (tmp_path / "a.docx").exists()


def test_the_edges_of_the_range_pass_the_command_line(demo_path, tmp_path, capsys):
    agenda = tmp_path / "d.txt"
    agenda.write_text("1. Velkomst\n2. Eventuelt\n", encoding="utf-8")
    for day in ("01-01-1900", "2100-12-31"):
        assert main(["import", "agenda", "--db", str(demo_path), "--date", day, str(agenda)]) == 0
        assert main(["export", "agenda", "--db", str(demo_path), "--meeting", day,
                     "-o", str(tmp_path / "a.docx")]) == 0
    capsys.readouterr()


# -- the imports --------------------------------------------------------------------------


def test_the_participant_import_refuses_each_bad_date_in_its_row(store, tmp_path):
    from kkrdesk.imports.participants_file import read_participants
    from kkrdesk.services.participants import file_import as participant_import

    path = tmp_path / "deltagere.csv"
    lines = [f"Person {i};KL;medlem;;;{text}" for i, (text, _) in enumerate(TYPED.values())]
    path.write_text("Navn;Organisation;Rolle;E-mail;Telefon;Fra\n" + "\n".join(lines) + "\n"
                    "Kant;KL;medlem;;;01-01-1900\n", encoding="utf-8")
    before = dump(store.path)
    preview = participant_import.preview_import(store, read_participants(path))
    problems = {r.line: " ".join(r.problems) for r in preview.invalid}
    assert problems == {i + 2: f"Fra: {message}" for i, (_, message) in enumerate(TYPED.values())}
    assert [r.start_date for r in preview.valid] == [FIRST]
    table = read_participants(path)
    with pytest.raises(ValidationError, match="9 af 10 rækker har fejl; intet er importeret"):
        participant_import.commit_import(store, table)
    assert dump(store.path) == before


@pytest.mark.parametrize("case", ["year 0025", "year 9999", "year 1899", "year 2201"])
def test_an_agenda_dated_out_of_range_has_no_date(case):
    from kkrdesk.imports.agenda_parser import parse_lines

    text = TYPED[case][0]
    agenda = parse_lines([f"Dagsorden {text}", "1. Velkomst", f"Næste møde: {text}"])
    assert agenda.meeting_date is None and agenda.next_meeting_date is None
    assert [i.title for i in agenda.items] == ["Velkomst"]
