"""Projects services: the project's fields, its parts with their bad input, the
organisation (with the formand/projektejer question), agenda links, deletion and
undo by snapshot, and the 0003 migration of a filled 0001 database."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from kkrdesk.core.enums import GroupKind, MilestoneStatus, ProjectPhase, Rag, Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import people as participants
from kkrdesk.services.links import projects as project_links
from kkrdesk.services.projects import organisation as project_org
from kkrdesk.services.projects import parts as project_parts
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.views.projects import ProjectFields
from locations import DATA

MASKING = "Identitetssløring i kommunerne"


def _org(store, name):
    return next(oid for oid, n in projects.owners(store) if n == name)


def _person(store, name):
    return next(p.id for p in participants.list_people(store) if p.name == name)


def test_create_and_edit_project_fields(store):
    pid = projects.create_project(store, ProjectFields("  Nyt  projekt\n", "Om noget"))
    p = projects.get_project(store, pid)
    assert (p.name, p.phase, p.rag, p.documents) == ("Nyt  projekt", ProjectPhase.IDEA, None, ())
    old = projects.update_project(store, pid, ProjectFields(
        "Nyt projekt", "Om noget", ProjectPhase.ANALYSIS, _org(store, "KL"), dt.date(2025, 3, 1),
        ("Foranalyse", "PID", "pid", "")))
    assert old.name == "Nyt  projekt"
    p = projects.get_project(store, pid)
    assert (p.phase, p.owner, p.started_on, p.documents) == (
        ProjectPhase.ANALYSIS, "KL", dt.date(2025, 3, 1), ("Foranalyse", "PID"))


def test_project_names_are_unique_and_required(store):
    projects.create_project(store, ProjectFields("A"))
    with pytest.raises(ValidationError) as exc:
        projects.create_project(store, ProjectFields(" a "))
    assert exc.value.field == "name" and "findes allerede" in str(exc.value)
    with pytest.raises(ValidationError, match="skal udfyldes"):
        projects.create_project(store, ProjectFields("\x00 \t"))
    assert [p.name for p in projects.list_projects(store)] == ["A"]


@pytest.mark.parametrize("text, expected", [
    ("250.000", Decimal("250000.00")), ("1.250.000,50", Decimal("1250000.50")),
    ("250000 kr.", Decimal("250000.00")), ("2,5 mio.", Decimal("2500000.00")),
    ("", None), ("75000", Decimal("75000.00")),
])
def test_amounts_the_danish_way(text, expected):
    assert project_parts.parse_amount(text) == expected


@pytest.mark.parametrize("text", ["mange penge", "12,3,4", "=1+1", "-5", "1e9"])
def test_an_amount_that_is_not_a_number_is_refused(text):
    with pytest.raises(ValidationError) as exc:
        project_parts.parse_amount(text)
    assert exc.value.field == "amount"


@pytest.mark.parametrize("text, expected", [
    ("august 2025", (dt.date(2025, 8, 1), True)), ("Aug. 2025", (dt.date(2025, 8, 1), True)),
    ("08-2025", (dt.date(2025, 8, 1), True)), ("17-09-2025", (dt.date(2025, 9, 17), False)),
    ("2025-09-17", (dt.date(2025, 9, 17), False)),
])
def test_a_planned_date_is_a_day_or_a_month(text, expected):
    assert project_parts.parse_day_or_month(text) == expected


@pytest.mark.parametrize("text", ["", "ju 2025", "snart", "31-02-2025"])
def test_a_milestone_without_a_readable_date_is_refused(text):
    with pytest.raises(ValidationError) as exc:
        project_parts.parse_day_or_month(text)
    assert exc.value.field == "planned_on"


def test_milestone_rules(store):
    pid = projects.create_project(store, ProjectFields("P", started_on=dt.date(2025, 3, 1)))
    with pytest.raises(ValidationError) as exc:
        project_parts.add_part(store, "milestone", pid, dict(title="Uden dato"))
    assert exc.value.field == "planned_on"
    with pytest.raises(ValidationError) as exc:
        project_parts.add_part(store, "milestone", pid, dict(
            title="Før start", planned_on=dt.date(2025, 2, 1), actual_on=dt.date(2025, 2, 20)))
    assert exc.value.field == "actual_on" and "01-03-2025" in str(exc.value)
    assert projects.get_project(store, pid).milestones == ()  # nothing half-saved
    mid = project_parts.add_part(store, "milestone", pid, dict(
        title="Styregruppemøde", planned_on=dt.date(2025, 8, 20), planned_month_only=True))
    m = projects.get_project(store, pid).milestones[0]
    assert (m.planned_on, m.due, m.status) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31),
                                               MilestoneStatus.PLANNED)
    assert not m.is_overdue(dt.date(2025, 8, 31)) and m.is_overdue(dt.date(2025, 9, 1))
    project_parts.update_part(store, "milestone", mid, dict(actual_on=dt.date(2025, 8, 28)))
    m = projects.get_project(store, pid).milestones[0]
    assert m.status == MilestoneStatus.REACHED and not m.is_overdue(dt.date(2026, 1, 1))
    # A start date after a reached milestone is refused the same way.
    with pytest.raises(ValidationError) as exc:
        projects.update_project(store, pid, ProjectFields("P", started_on=dt.date(2025, 9, 1)))
    assert exc.value.field == "started_on"


def test_status_notes_are_a_history_and_the_latest_gives_the_rag(store):
    pid = projects.create_project(store, ProjectFields("P"))
    project_parts.add_part(store, "note", pid, dict(noted_on=dt.date(2025, 6, 18), rag=Rag.AMBER,
                                                    text="Forsinket lovhjemmel"))
    project_parts.add_part(store, "note", pid, dict(noted_on=dt.date(2025, 6, 13), rag=Rag.GREEN,
                                                    text="Folkemødet"))
    p = projects.get_project(store, pid)
    assert [n.noted_on.day for n in p.notes] == [13, 18] and p.rag == Rag.AMBER
    with pytest.raises(ValidationError) as exc:
        project_parts.add_part(store, "note", pid, dict(noted_on=None, rag=Rag.RED, text="x"))
    assert exc.value.field == "noted_on"


def test_financing_risk_decision_and_hostile_text(store):
    pid = projects.create_project(store, ProjectFields("P"))
    hostile = "=HYPERLINK(\"x\")\x07<script>alert(1)</script> 🙂 שלום"
    fid = project_parts.add_part(store, "financing", pid, dict(
        source="ØA 2026", model="K-98-løsning", amount_dkk="1.250.000", year="2026", notes=hostile))
    with pytest.raises(ValidationError) as exc:
        project_parts.update_part(store, "financing", fid, dict(amount_dkk="en del"))
    assert exc.value.field == "amount"
    with pytest.raises(ValidationError) as exc:
        project_parts.update_part(store, "financing", fid, dict(year="tyve"))
    assert exc.value.field == "year"
    f = projects.get_project(store, pid).financing[0]
    assert (f.amount_dkk, f.year) == (Decimal("1250000.00"), 2026)
    assert f.notes == hostile.replace("\x07", "")
    with pytest.raises(ValidationError) as exc:
        project_parts.add_part(store, "risk", pid, dict(title="Leverandør", probability=7))
    assert exc.value.field == "probability"
    project_parts.add_part(store, "risk", pid, dict(title="Leverandør", probability=3, impact=4,
                                                    mitigation="Tidlig dialog", is_open=True))
    project_parts.add_part(store, "decision", pid, dict(decided_on=dt.date(2025, 8, 20),
                                                        text="PID godkendt", decided_by="Styregruppen"))
    p = projects.get_project(store, pid)
    assert (p.risks[0].probability, p.risks[0].impact, p.decisions[0].decided_by) == (3, 4, "Styregruppen")


def test_deleting_a_part_and_the_project_can_be_undone_with_the_same_ids(demo_store):
    p = projects.find_by_name(demo_store, "identitet")
    note = p.notes[0]
    snap = project_parts.delete_part(demo_store, "note", note.id)
    assert len(projects.get_project(demo_store, p.id).notes) == 1
    projects.restore_rows(demo_store, snap)
    assert projects.get_project(demo_store, p.id).notes[0] == note
    before = projects.get_project(demo_store, p.id)
    snap = projects.delete_project(demo_store, p.id)
    assert MASKING not in [x.name for x in projects.list_projects(demo_store)]
    projects.restore_rows(demo_store, snap)
    assert projects.get_project(demo_store, p.id) == before


def test_groups_seats_and_the_formand_projektejer_question(store):
    pid = projects.create_project(store, ProjectFields("P"))
    gid = project_org.add_group(store, pid, GroupKind.STEERING_GROUP)
    kl = _org(store, "KL")
    project_org.add_seat(store, gid, organisation_id=kl, role=Role.CHAIR)
    with pytest.raises(project_org.NeedsConfirmation) as exc:
        project_org.add_seat(store, gid, organisation_id=kl, role=Role.PROJECT_OWNER)
    assert exc.value.field == "role" and "KL er allerede formand" in str(exc.value)
    assert len(projects.get_project(store, pid).groups[0].seats) == 1
    project_org.add_seat(store, gid, organisation_id=kl, role=Role.PROJECT_OWNER, confirmed=True)
    with pytest.raises(ValidationError, match="allerede den rolle"):
        project_org.add_seat(store, gid, organisation_id=kl, role=Role.CHAIR)
    with pytest.raises(ValidationError, match="projektgruppe"):
        project_org.add_seat(store, gid, organisation_id=kl, role=Role.SECRETARIAT)
    g = projects.get_project(store, pid).groups[0]
    assert (g.name, [(s.holder, s.role) for s in g.seats]) == (
        "Styregruppe", [("KL", Role.CHAIR), ("KL", Role.PROJECT_OWNER)])


def test_a_persons_project_roles_show_among_their_memberships(demo_store):
    from kkrdesk.services.participants import memberships

    pid = _person(demo_store, "Jørgen Hougaard")
    seats = [(m.group_name, m.role) for m in memberships.memberships_of_person(demo_store, pid)]
    assert ("Projektgruppe – Identitetssløring i kommunerne", Role.PROJECT_MANAGER) in seats


def test_links_both_ways_and_the_latest_status_on_the_item(demo_store, june18):
    p = projects.find_by_name(demo_store, MASKING)
    detail = meetings.get_detail(demo_store, june18)
    item = next(i for i in detail.items if i.start_min == 13 * 60)  # the 13.00 item
    assert [(link.item_id, link.number) for link in p.links] == [(item.id, item.number)]
    assert project_links.projects_of_item(demo_store, item.id) == [(p.id, MASKING)]
    before = project_links.add_latest_status(demo_store, p.id, item.id)
    text = meetings.get_detail(demo_store, june18)
    desc = next(i for i in text.items if i.id == item.id).description
    assert desc.endswith("Status for Identitetssløring i kommunerne pr. 18-06-2025 (grøn): "
                         + p.notes[-1].text)
    with pytest.raises(ValidationError, match="allerede"):
        project_links.add_latest_status(demo_store, p.id, item.id)
    project_links.undo_latest_status(demo_store, p.id, item.id, before)
    again = meetings.get_detail(demo_store, june18)
    assert next(i for i in again.items if i.id == item.id).description == item.description
    assert project_links.projects_of_item(demo_store, item.id) == [(p.id, MASKING)]


def test_migration_upgrades_a_filled_0001_database(tmp_path):
    from alembic import command
    from alembic.config import Config

    from kkrdesk.core import paths
    from kkrdesk.services.database import open_database

    path = tmp_path / "old.sqlite"
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(cfg, "0001")
    con = sqlite3.connect(path)
    con.execute("insert into project (name, description, phase, sort_order) "
                "values ('Gammelt', '', 'analysis', 0)")
    con.execute("insert into milestone (project_id, title, planned_on, planned_month_only, "
                "actual_on, notes) values (1, 'Nået', '2025-06-01', 1, '2025-06-18', '')")
    con.execute("insert into milestone (project_id, title, planned_on, planned_month_only, "
                "actual_on, notes) values (1, 'Senere', '2025-08-01', 1, NULL, '')")
    con.execute("insert into financing (project_id, source, year, notes) values (1, 'ØA', 2026, '')")
    con.commit()
    con.close()
    store = open_database(path)
    try:
        p = projects.get_project(store, 1)
    finally:
        store.close()
    assert [(m.title, m.status) for m in p.milestones] == [
        ("Nået", MilestoneStatus.REACHED), ("Senere", MilestoneStatus.PLANNED)]
    assert (p.documents, p.started_on, p.financing[0].model) == ((), None, "")


def test_the_0001_demo_upgrades_without_losing_a_project_row(tmp_path):
    """The demo written by the 0001 code: every row of the projects area is kept; reached
    milestones (those with an actual date) are marked reached."""
    import shutil
    from pathlib import Path

    from kkrdesk.services.database import open_database

    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "demo-0001.sqlite", path)
    tables = ("project", "project_status_note", "milestone", "financing", "project_decision",
              "risk", "project_item_link", "group", "membership")
    con = sqlite3.connect(path)
    before = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    reached = {r[0] for r in con.execute("select title from milestone where actual_on is not null")}
    con.close()
    store = open_database(path)
    try:
        rows = projects.list_projects(store)
    finally:
        store.close()
    con = sqlite3.connect(path)
    after = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    con.close()
    assert after == before and before["project"] == 4
    assert {m.title for p in rows for m in p.milestones
            if m.status == MilestoneStatus.REACHED} == reached
