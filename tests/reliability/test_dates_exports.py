"""Issue 18, defect 6: the overview workbook never holds a negative or pre-1900 day
number. Read back from a database with the extreme dates the app accepts (1 January 1900,
31 December 2100) and from one an older version filled with years 0025 and 9999; the
project timeline of such a database still paints."""

from __future__ import annotations

import datetime as dt
import sqlite3

import openpyxl

from date_cases import FIRST, LAST
from kkrdesk.cli import main
from kkrdesk.core.enums import Role
from kkrdesk.services.agenda import meetings
from kkrdesk.services.participants import memberships
from kkrdesk.services.participants import people as participants
from kkrdesk.services.projects import parts as project_parts
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.services.database import open_database
from kkrdesk.views.participants import MembershipFields
from kkrdesk.views.projects import ProjectFields


def _columns(path) -> dict[str, dict[str, list[object]]]:
    """sheet -> header -> the values below it."""
    wb = openpyxl.load_workbook(path)
    out: dict[str, dict[str, list[object]]] = {}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows())
        for i, head in enumerate(rows[0]):
            out.setdefault(ws.title, {})[head.value] = [r[i].value for r in rows[1:]]
    return out


def _date_cells(path) -> list[dt.datetime]:
    """Every cell Excel shows as a date (a day number with a date format)."""
    wb = openpyxl.load_workbook(path)
    return [c.value for ws in wb.worksheets for row in ws.iter_rows(min_row=2) for c in row
            if c.is_date]


def _fill_with_the_edges(path) -> None:
    store = open_database(path)
    try:
        meetings.create_meeting(store, date=FIRST, title="Første mulige")
        meetings.create_meeting(store, date=LAST, title="Sidste mulige")
        person = participants.list_people(store)[0]
        memberships.add_membership(store, person.id, MembershipFields(Role.MEMBER, "",
                                                                       FIRST, LAST))
        pid = projects.create_project(store, ProjectFields("Kanter", started_on=FIRST))
        project_parts.add_part(store, "milestone", pid, {"title": "Start", "planned_on": FIRST,
                                                         "actual_on": FIRST})
        day, month = project_parts.parse_day_or_month("december 2100")
        project_parts.add_part(store, "milestone", pid, {"title": "Slut", "planned_on": day,
                                                         "planned_month_only": month})
        proposal = sor.create_proposal(store, title="Kant", on=FIRST)
        sor_rounds.create_round(store, title="Kant", recipients=["KL"], proposal_ids=[proposal],
                                sent_on=FIRST, deadline=LAST)
    finally:
        store.close()


def test_the_extreme_dates_the_app_accepts_are_real_dates_in_excel(demo_path, tmp_path, capsys):
    _fill_with_the_edges(demo_path)
    out = tmp_path / "oversigt.xlsx"
    assert main(["export", "overview", "--db", str(demo_path), "-o", str(out)]) == 0
    capsys.readouterr()
    values, columns = _date_cells(out), _columns(out)
    assert min(values) == dt.datetime(1900, 1, 1) and max(values) == dt.datetime(2100, 12, 31)
    for sheet, header in (("Møder", "Dato"), ("Medlemshistorik", "Fra"), ("Milepæle", "Planlagt"),
                          ("Milepæle", "Nået"), ("SOR-høringsrunder", "Sendt")):
        assert dt.datetime(1900, 1, 1) in columns[sheet][header], (sheet, header)
    assert dt.datetime(2100, 12, 31) in columns["SOR-høringsrunder"]["Frist"]
    assert dt.datetime(2100, 12, 1) in columns["Milepæle"]["Planlagt"]  # "december 2100"


def test_years_an_older_version_stored_are_text_never_a_negative_day_number(demo_path, tmp_path,
                                                                             capsys):
    conn = sqlite3.connect(demo_path)
    ids = [r[0] for r in conn.execute("select id from milestone order by id limit 2")]
    conn.execute("update milestone set planned_on = '0025-08-01', planned_month_only = 0 "
                 "where id = ?", (ids[0],))
    conn.execute("update milestone set planned_on = '9999-12-31', planned_month_only = 0 "
                 "where id = ?", (ids[1],))
    conn.commit()
    conn.close()
    out = tmp_path / "oversigt.xlsx"
    assert main(["export", "overview", "--db", str(demo_path), "-o", str(out)]) == 0
    capsys.readouterr()
    planned = _columns(out)["Milepæle"]["Planlagt"]
    assert "01-08-0025" in planned  # as text: Excel has no day number for it
    assert dt.datetime(9999, 12, 31) in planned  # Excel's own last day is a day number
    assert min(_date_cells(out)) >= dt.datetime(1900, 1, 1)


def test_a_timeline_with_years_an_older_version_stored_still_paints(qapp):
    from kkrdesk.core.enums import MilestoneStatus
    from kkrdesk.export.timeline_paint import timeline_image
    from kkrdesk.views.projects import MilestoneView, TimelineData

    data = TimelineData("Gammelt projekt", milestones=(
        MilestoneView(1, "Langt ude", dt.date(9999, 12, 1), True, None, MilestoneStatus.PLANNED, ""),
        MilestoneView(2, "Langt tilbage", dt.date(1, 1, 1), False, None, MilestoneStatus.PLANNED, ""),
        MilestoneView(3, "Styregruppe", dt.date(2025, 9, 17), False, None,
                      MilestoneStatus.PLANNED, "")), notes=())
    for span in ("today", "whole", "past", "next"):
        img = timeline_image(data, dt.date(2025, 10, 1), 1200, 380, 1.0, span)
        assert img.width() == 1200 and not img.isNull(), span
