"""The overview read with sqlite3 (no ORM) gives exactly what the ORM path gives, on the
demo, on generated years, and on a database edited by hand into edge cases; the command
line then never imports SQLAlchemy, and its workbook holds the same cells as before."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kkrdesk.cli import main
from kkrdesk.export.overview_xlsx import export_overview
from kkrdesk.services.database import open_for_reading
from kkrdesk.services.overview.gather import overview_data
from kkrdesk.services.overview.sql import read_overview
from locations import DATA

DAYS = (dt.date(2025, 6, 18), dt.date(2031, 1, 1))
HOSTILE = 'O\'Brien "Bobby" <b>&amp;</b>\nanden linje 😀 ; DROP TABLE person; --'


def orm(path: Path, **kw):
    with open_for_reading(path) as store:
        return overview_data(store, **kw)


def assert_same(path: Path, **kw) -> None:
    fast = read_overview(path, **kw)
    assert fast is not None, "the sqlite3 reader refused a sound database at the newest schema"
    slow = orm(path, **kw)
    # field by field first, so a failure names the sheet's area
    for area in ("participants", "sor", "projects", "meetings"):
        assert getattr(fast, area) == getattr(slow, area), area
    assert fast == slow


@pytest.fixture(scope="module", params=[1, 5])
def years_db(request, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp(f"y{request.param}") / "years.sqlite"
    assert main(["demo", "--years", str(request.param), str(path)]) == 0
    return path


@pytest.mark.parametrize("day", DAYS)
def test_same_as_the_orm_on_the_demo(demo_path, day):
    assert_same(demo_path, today=day)
    assert_same(demo_path, today=day, include_contact=True, sds_weeks=5)


def test_same_as_the_orm_on_generated_years(years_db):
    for day in DAYS:
        assert_same(years_db, today=day)


def _one(con, sql, *args):
    return con.execute(sql, args).fetchone()[0]


@pytest.fixture
def edited(demo_path) -> Path:
    """The demo edited by hand (plain SQL) into the cases the ORM path handles."""
    con = sqlite3.connect(demo_path)
    with con:
        network = _one(con, "SELECT id FROM \"group\" WHERE kind = 'network' ORDER BY id")
        seat, person = con.execute(
            "SELECT id, person_id FROM membership WHERE group_id = ? AND person_id IS NOT NULL "
            "AND end_date IS NULL ORDER BY id", (network,)).fetchone()
        # a person without organisation, with hostile text in name, title and notes
        con.execute("UPDATE person SET organisation_id = NULL, name = ?, title = ?, notes = ? "
                    "WHERE id = ?", (HOSTILE, HOSTILE, HOSTILE, person))
        # the seat ended and its holder replaced by a new person (a replacement)
        con.execute("UPDATE membership SET end_date = '2025-03-01' WHERE id = ?", (seat,))
        con.execute("INSERT INTO person (name, title, email, phone, notes) "
                    "VALUES ('Ny Efterfølger', '', 'ny@x.dk', '12 34', '')")
        new = _one(con, "SELECT max(id) FROM person")
        con.execute("INSERT INTO membership (group_id, person_id, role, appointed_by, start_date, "
                    "replaces_id, notes) VALUES (?, ?, 'member', 'KL', '2025-03-01', ?, ?)",
                    (network, new, seat, HOSTILE))
        # a seat without dates, and one held by an organisation without a person
        con.execute("INSERT INTO membership (group_id, person_id, role, appointed_by, notes) "
                    "VALUES (?, ?, 'member', '', '')", (network, new))
        org = _one(con, "SELECT min(id) FROM organisation")
        con.execute("INSERT INTO membership (group_id, organisation_id, role, appointed_by, "
                    "end_date, notes) VALUES (?, ?, 'observer', '', '2024-01-01', '')", (network, org))
        # NULL dates and hostile text around meetings, actions, rounds and projects
        con.execute("UPDATE meeting SET title = ?, place = '' WHERE id = "
                    "(SELECT min(id) FROM meeting)", (HOSTILE,))
        con.execute("UPDATE action_item SET due = NULL, what = ?, who_person_id = NULL, "
                    "who_text = ? WHERE id = (SELECT min(id) FROM action_item)", (HOSTILE, HOSTILE))
        con.execute("UPDATE consultation_round SET sent_on = NULL, deadline = NULL, title = ? "
                    "WHERE id = (SELECT min(id) FROM consultation_round)", (HOSTILE,))
        con.execute("UPDATE milestone SET planned_on = NULL, actual_on = NULL WHERE id = "
                    "(SELECT min(id) FROM milestone)")
        # a proposal without rounds (and without history), a project without milestones
        con.execute("INSERT INTO sor_proposal (title, kind, concept_code, current_name, "
                    "proposed_name, definition, status, notes, rationale, open_questions, "
                    "related_codes) VALUES (?, 'new_unit_type', '', '', ?, ?, 'draft', ?, '', '', '')",
                    (HOSTILE, HOSTILE, HOSTILE, HOSTILE))
        con.execute("INSERT INTO project (name, description, phase, sort_order, documents) "
                    "VALUES (?, ?, 'idea', 99, 'PID\nFoo')", (HOSTILE, HOSTILE))
    con.close()
    return demo_path


def test_same_as_the_orm_on_edge_cases(edited):
    for day in DAYS:
        assert_same(edited, today=day, include_contact=True)
    data = read_overview(edited, today=DAYS[0])
    # the edits are there (so the comparison covered them)
    assert any(p.name == HOSTILE and p.organisation == "" for p in data.participants.people)
    assert any(m.replaces_name == HOSTILE for m in data.participants.memberships)
    assert any(p.title == HOSTILE and p.round_ids == () for p in data.sor.proposals)
    assert any(p.name == HOSTILE and p.milestones == () for p in data.projects.projects)
    assert any(a.what == HOSTILE and a.due is None for a in data.meetings.actions)


def test_leaves_no_files_beside_the_database(demo_path):
    before = sorted(os.listdir(demo_path.parent))
    assert read_overview(demo_path) is not None
    assert sorted(os.listdir(demo_path.parent)) == before


def test_old_schema_or_bad_file_goes_through_the_store(tmp_path):
    old = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", old)
    assert read_overview(old) is None
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    assert read_overview(bad) is None
    assert read_overview(tmp_path / "missing.sqlite") is None


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb}


RUN_CLI = ("import sys\n"
           "from kkrdesk.cli import main\n"  # what `kkrdesk` runs, before it leaves
           "assert main(['export', 'overview', '--db', sys.argv[1], '-o', sys.argv[2]]) == 0\n"
           "print('sqlalchemy' in sys.modules, 'kkrdesk.core.models' in sys.modules)\n")


def test_cli_never_imports_sqlalchemy_and_writes_the_same_workbook(edited, tmp_path):
    out = tmp_path / "cli.xlsx"
    done = subprocess.run([sys.executable, "-c", RUN_CLI, str(edited), str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False False"
    before = tmp_path / "orm.xlsx"
    export_overview(orm(edited), before)  # the ORM path, as the command was before
    ours, theirs = _cells(out), _cells(before)
    assert list(ours) == list(theirs)
    for sheet in theirs:
        assert ours[sheet] == theirs[sheet], sheet


def test_workbook_author_is_the_secretariat(demo_path, tmp_path):
    default, named = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert main(["export", "overview", "--db", str(demo_path), "-o", str(default)]) == 0
    assert main(["export", "overview", "--db", str(demo_path), "-o", str(named),
                 "--author", "Sekretariatet, KKR Nordjylland"]) == 0
    assert openpyxl.load_workbook(default).properties.creator == \
        "Sekretariatet for KKR-digitaliseringsnetværket"
    assert openpyxl.load_workbook(named).properties.creator == "Sekretariatet, KKR Nordjylland"


def test_window_export_reads_the_open_database_without_the_orm(qtbot, demo_store, tmp_path,
                                                               monkeypatch):
    """Filer > Eksportér oversigt while the window holds the database open read-write:
    the sqlite3 reader sees what was just saved, and the author is the template setting."""
    from kkrdesk.services.overview import gather as overview
    from kkrdesk.services.participants import people as participants
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.participants.actions import export_overview as window_export
    from kkrdesk.views.participants import PersonFields

    pid = participants.add_person(demo_store, PersonFields("Åse Ørum-Ænæs", title=HOSTILE))

    def orm_path(*_a, **_k):
        raise AssertionError("the window's export went through the ORM")

    monkeypatch.setattr(overview, "overview_data", orm_path)
    ctx = AppContext(demo_store)
    ctx.settings().setValue("export/author", "Sekretariatet, Region")
    out = tmp_path / "ud"
    out.mkdir()
    before = sorted(os.listdir(demo_store.path.parent))
    path = window_export(None, ctx, str(out / "oversigt.xlsx"), include_contact=False)
    assert sorted(os.listdir(demo_store.path.parent)) == before
    wb = openpyxl.load_workbook(path)
    assert wb.properties.creator == "Sekretariatet, Region"
    assert pid and "Åse Ørum-Ænæs" not in {r[0] for r in wb["Medlemmer"].iter_rows(values_only=True)}
    # a seat held now shows at once
    from kkrdesk.services.participants import memberships
    from kkrdesk.views.participants import MembershipFields

    memberships.add_membership(demo_store, pid, MembershipFields(start_date=dt.date(2025, 1, 1)))
    path = window_export(None, ctx, str(out / "oversigt.xlsx"), include_contact=False)
    names = {r[0] for r in openpyxl.load_workbook(path)["Medlemmer"].iter_rows(values_only=True)}
    assert "Åse Ørum-Ænæs" in names
