"""The workbook follows the meetings: Møder and Opfølgning sheets."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from kkrdesk.core.enums import ActionStatus
from kkrdesk.export.overview_xlsx import export_overview
from kkrdesk.services.agenda import minutes
from kkrdesk.services.overview.gather import overview_data

D18, NOV5 = dt.date(2025, 6, 18), dt.date(2025, 11, 5)


def _rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_moeder_sheet_has_every_meeting_and_its_referat(demo_store, tmp_path):
    path = tmp_path / "o.xlsx"
    export_overview(overview_data(demo_store, today=dt.date(2025, 7, 1)), path)
    ws = load_workbook(path)["Møder"]
    rows = _rows(ws)
    assert rows[0] == ["Dato", "Titel", "Status", "Sted", "Mødeleder", "Referent", "Referat",
                       "Udsendt", "Godkendt", "Godkendt på mødet"]
    june = dict(zip(rows[0], rows[1]))
    assert june["Dato"].date() == D18 and ws.cell(2, 1).is_date
    assert (june["Status"], june["Referat"], june["Referent"]) == (
        "Referat udsendt", "Udsendt", "Jeanette Jensen")
    assert june["Udsendt"].date() == dt.date(2025, 6, 25) and june["Godkendt"] is None
    nov = dict(zip(rows[0], rows[2]))
    assert nov["Dato"].date() == NOV5 and nov["Referat"] == "Udkast"
    assert len(ws.tables) == 1


def test_opfoelgning_sheet_lists_open_ones_first_with_date_cells(demo_store, june18, tmp_path):
    closed = minutes.add_action(demo_store, june18, "Sende referatet", who_text="Sekretariatet",
                                due=dt.date(2025, 6, 25))
    minutes.update_action(demo_store, closed, status=ActionStatus.DONE, closed_on=dt.date(2025, 6, 25))
    path = tmp_path / "o.xlsx"
    export_overview(overview_data(demo_store), path)
    ws = load_workbook(path)["Opfølgning"]
    rows = _rows(ws)
    head = rows[0]
    assert head == ["Møde", "Punkt", "Hvad", "Hvem", "Hvornår", "Status", "Lukket"]
    body = [dict(zip(head, r)) for r in rows[1:]]
    assert [r["Status"] for r in body] == ["Åben", "Åben", "Åben", "Lukket"]
    assert body[-1]["Hvad"] == "Sende referatet" and body[-1]["Lukket"].date() == dt.date(2025, 6, 25)
    dues = [r["Hvornår"].date() for r in body[:3]]
    assert dues == sorted(dues)  # the most urgent first
    webinar = next(r for r in body if r["Hvad"].startswith("Planlægge webinar"))
    assert webinar["Punkt"].startswith("8. Forslag til afholdelse af webinar")
    assert webinar["Hvem"] == "Tom Have Kristensen"
    col = head.index("Hvornår") + 1
    assert all(ws.cell(r, col).is_date for r in range(2, ws.max_row + 1))
