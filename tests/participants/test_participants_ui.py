"""The Deltagere tab's item models through qtmodeltester, the filters, and the
read-only views on the demo database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kkrdesk.imports.participants_file import read_participants
from kkrdesk.services.participants import attendance as attendance_overview
from kkrdesk.services.participants import memberships
from kkrdesk.services.participants import file_import as participant_import
from kkrdesk.services.participants import people as participants
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.participants.import_dialog import PREVIEW_COLUMNS
from kkrdesk.ui.participants.attendance_grid_model import AttendanceGridModel
from kkrdesk.ui.table_model import SORT_ROLE, RowTableModel
from kkrdesk.ui.participants.filter import CURRENT, FORMER, NEVER, NO_REGION
from kkrdesk.ui.participants.panels import ORG_RATE_COLUMNS, PERSON_MEMBERSHIP_COLUMNS
from kkrdesk.ui.participants.tab import PEOPLE_COLUMNS, ParticipantsTab

D18 = dt.date(2025, 6, 18)


@pytest.fixture
def tab(qtbot, demo_store):
    ctx = AppContext(demo_store)
    widget = ParticipantsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh(today=D18)
    return widget


def names(tab) -> set[str]:
    proxy = tab.people_proxy
    return {proxy.index(r, 0).data() for r in range(proxy.rowCount())}


def test_attendance_grid_model_passes_modeltester(qtmodeltester, demo_store):
    model = AttendanceGridModel()
    model.set_grid(attendance_overview.attendance_grid(demo_store, D18))
    assert model.rowCount() == 11 and model.columnCount() == 4
    assert model.headerData(2, Qt.Orientation.Horizontal) == "18-06-2025"
    assert model.index(0, 2).data() == "✓" and model.index(0, 3).data() == "100 %"
    assert model.index(0, 3).data(SORT_ROLE) == 1.0
    qtmodeltester.check(model, force_py=True)
    model.set_grid(None)
    qtmodeltester.check(model, force_py=True)


def test_row_models_of_the_tab_pass_modeltester(qtmodeltester, demo_store, tmp_path):
    pek = next(p.id for p in participants.list_people(demo_store) if p.name == "Poul Erik Kristensen")
    path = tmp_path / "d.csv"
    path.write_text("Navn;Organisation\nA;KL\n;Ukendt\n", encoding="utf-8")
    preview = participant_import.preview_import(demo_store, read_participants(path))
    for columns, rows in [
        (PEOPLE_COLUMNS, participants.list_people(demo_store)),
        (PERSON_MEMBERSHIP_COLUMNS, memberships.memberships_of_person(demo_store, pek)),
        (ORG_RATE_COLUMNS, attendance_overview.attendance_grid(demo_store, D18).organisations),
        (PREVIEW_COLUMNS, participant_import.sorted_preview_rows(preview)),
    ]:
        model = RowTableModel(columns)
        model.set_rows(rows)
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_filter_proxy_passes_modeltester(qtmodeltester, tab):
    tab.people_proxy.set_criteria(status=CURRENT)
    qtmodeltester.check(tab.people_proxy, force_py=True)


def test_filters_by_organisation_region_role_and_status(tab):
    everyone = names(tab)
    assert len(everyone) == 23
    tab.org_filter.setCurrentIndex(tab.org_filter.findText("Aalborg Kommune"))
    assert names(tab) == {"Kristina Farsinsen", "Niels Rygaard", "Tom Have Kristensen"}
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(CURRENT))
    assert names(tab) == {"Kristina Farsinsen"}
    tab.org_filter.setCurrentIndex(0)
    assert names(tab) == {"Kristina Farsinsen", "Niels Vingborg", "Sudarvili Vaithialingam",
                          "Poul Erik Kristensen"}
    tab.region_filter.setCurrentIndex(tab.region_filter.findText("KKR Sjælland"))
    assert names(tab) == {"Niels Vingborg", "Sudarvili Vaithialingam"}
    tab.region_filter.setCurrentIndex(tab.region_filter.findData(NO_REGION))
    assert names(tab) == {"Poul Erik Kristensen"}
    tab.region_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(FORMER))
    assert names(tab) == {"Niels Rygaard", "Vivi Orthmann"}
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(NEVER))
    assert "Niels Rygaard" not in names(tab) and "Tom Have Kristensen" in names(tab)
    tab.status_filter.setCurrentIndex(0)
    tab.role_filter.setCurrentIndex(tab.role_filter.findText("Sekretariat"))
    assert names(tab) == {"Poul Erik Kristensen"}
    tab.role_filter.setCurrentIndex(0)
    assert names(tab) == everyone


def test_search_as_you_type_matches_every_word(tab, qtbot):
    qtbot.keyClicks(tab.search, "niels sjæl")
    assert names(tab) == {"Niels Vingborg"}
    tab.search.clear()
    qtbot.keyClicks(tab.search, "  MEDCOM ")
    assert len(names(tab)) == 5


def test_selecting_a_person_shows_their_memberships_and_a_seat_its_history(tab):
    assert tab.select_person(next(p.id for p in tab.people.rows() if p.name == "Kristina Farsinsen"))
    panel = tab.memberships
    groups = {panel.model.index(r, 0).data() for r in range(panel.model.rowCount())}
    assert groups == {"KKR-digitaliseringsnetværket",
                      "Projektgruppe – Identitetssløring i kommunerne"}
    assert panel.title.text() == "Medlemskaber – Kristina Farsinsen"
    assert panel.edit_button.isEnabled()
    hist = tab.history_panel
    tab.pages.setCurrentWidget(hist)
    row = next(r for r in range(hist.proxy.rowCount())
               if hist.proxy.index(r, 0).data() == "Sudarvili Vaithialingam")
    hist.view.selectRow(row)
    assert hist.seat.text() == ("Pladsens historik: Vivi Orthmann (til 18-06-2025) → Niels Vingborg "
                                "og Sudarvili Vaithialingam (fra 18-06-2025)")
    assert hist.replace_button.isEnabled()
    vivi = next(r for r in range(hist.proxy.rowCount()) if hist.proxy.index(r, 0).data() == "Vivi Orthmann")
    hist.view.selectRow(vivi)
    assert not hist.replace_button.isEnabled()  # already replaced


def test_attendance_page(tab):
    tab.pages.setCurrentWidget(tab.attendance)
    assert tab.attendance.model.rowCount() == 11
    assert tab.attendance.org_model.rowCount() == 6


def test_no_english_in_the_tab(tab):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    texts = [w.text() for w in tab.findChildren(QAbstractButton)]
    texts += [w.text() for w in tab.findChildren(QLabel)]
    for box in tab.findChildren(QComboBox):
        texts += [box.itemText(i) for i in range(min(box.count(), 20))]
    texts += [tab.pages.tabText(i) for i in range(tab.pages.count())]
    english = {"Save", "Cancel", "Delete", "Edit", "New", "Import", "Export", "Name", "Role", "All"}
    assert not {w for t in texts for w in t.replace("…", " ").split()} & english


def test_rates_per_organisation_count_meetings_not_person_attendances(demo_store):
    """The demo holds attendance for one meeting (18 June) where five MedCom people took
    part: the window says 1 meeting, as the workbook does, and 5 in the attendances."""
    model = RowTableModel(ORG_RATE_COLUMNS)
    model.set_rows(attendance_overview.attendance_grid(demo_store, D18).organisations)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "MedCom")
    cell = {h: model.index(row, c).data() for c, h in enumerate(headers)}
    assert cell["Møder"] == "1"
    assert cell["Deltog"] == "5"
