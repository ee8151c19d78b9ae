"""The Projekter list reads what it shows (issue 19): opening the wing reads each
project's own fields, latest status and open milestones, and only the selected project
whole (its notes, milestones, groups …). What a user sees must not change: every cell,
tool tip and colour of the list is what the whole projects say, the editor shows the
whole selected project, and a change is shown at once."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event
from sqlalchemy.orm import Session

from kkrdesk.services import row_views
from kkrdesk.services.projects import parts
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.ui.projects.list_model import columns
from kkrdesk.ui.table_model import ROW_ROLE

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole)


@pytest.fixture
def whole_views(monkeypatch):
    """The projects read whole (every part), by id, as the tab reads them."""
    built: list[int] = []
    real = row_views.project_view

    def counted(p, links):
        built.append(p.id)
        return real(p, links)

    monkeypatch.setattr(row_views, "project_view", counted)
    return built


def _shown(view, cols, row) -> list:
    return [[_plain(view.model().index(row, c).data(role)) for role in ROLES]
            for c in range(len(cols))]


def _plain(value):
    return value.name() if hasattr(value, "name") and callable(value.name) else value


def _expected(project, cols) -> list:
    """The cells the list shows for ``project``, from its whole read model."""
    return [[col.text(project), (col.tooltip(project) or None) if col.tooltip else None,
             _plain(col.foreground(project)) if col.foreground else None,
             _plain(col.background(project)) if col.background else None] for col in cols]


@pytest.mark.parametrize("today", [dt.date(2025, 10, 1), dt.date(2026, 6, 1)])
def test_every_cell_of_the_list_is_what_the_whole_project_says(open_projects_tab, years_store,
                                                               today):
    whole = {p.id: p for p in projects.list_projects(years_store)}
    assert len(whole) >= 10
    assert any(p.overdue(today) for p in whole.values())  # late milestones are shown too
    tab = open_projects_tab(years_store, today)
    cols = columns(today)
    assert tab.proxy.rowCount() == len(whole)
    for row in range(tab.proxy.rowCount()):
        pid = tab.proxy.index(row, 0).data(ROW_ROLE).id
        assert _shown(tab.view, cols, row) == _expected(whole[pid], cols), whole[pid].name
    tab.overdue_filter.setChecked(True)
    assert tab.proxy.rowCount() == sum(bool(p.overdue(today)) for p in whole.values())


def test_opening_reads_only_the_selected_project_whole(open_projects_tab, years_store,
                                                       whole_views):
    """Ten years are 54 projects with 3,700 parts: the list must not read them all
    (which is what made the first opening of Projekter slow)."""
    tab = open_projects_tab(years_store)
    first = tab.proxy.index(0, 0).data(ROW_ROLE).id
    assert set(whole_views) == {first}  # once per reading of the list (shown, then read)
    assert tab.project == projects.get_project(years_store, first)  # (a read of its own)
    whole_views.clear()
    tab.view.selectRow(3)
    fourth = tab.proxy.index(3, 0).data(ROW_ROLE).id
    assert whole_views == [fourth]
    tab.search.setText(tab.project.name)  # the same project stays selected: not read again
    assert whole_views == [fourth]
    assert tab.project == projects.get_project(years_store, fourth)  # (a read of its own)
    assert tab.title.text() == tab.project.name
    assert tab.part_panes["note"].model.rowCount() == len(tab.project.notes)


def test_a_change_shows_in_the_list_and_the_selected_project(qtbot, open_projects_tab,
                                                             years_store):
    tab = open_projects_tab(years_store)
    tab.view.selectRow(2)
    pid = tab.project.id
    parts.add_part(years_store, "note", pid, {"noted_on": dt.date(2025, 9, 30), "rag": "red",
                                              "text": "Leverandøren er forsinket"})
    qtbot.waitUntil(lambda: tab.project.latest.text == "Leverandøren er forsinket")
    assert tab.project.id == pid
    row = next(r for r in range(tab.proxy.rowCount())
               if tab.proxy.index(r, 0).data(ROW_ROLE).id == pid)
    assert tab.proxy.index(row, 2).data() == "Rød"
    assert tab.proxy.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) == "Leverandøren er forsinket"


def test_the_list_model_over_list_rows_passes_modeltester(qtmodeltester, open_projects_tab,
                                                          years_store):
    tab = open_projects_tab(years_store)
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)


def test_opening_the_wing_loads_no_orm_object(open_projects_tab, years_store):
    """The list and the selected project are read as plain rows: through the ORM, ten
    years were 3,700 objects (and fourteen statements compiled) at the first opening."""
    loaded: list[str] = []

    def seen(_session, obj) -> None:
        loaded.append(obj.__table__.name)

    event.listen(Session, "loaded_as_persistent", seen)
    try:
        tab = open_projects_tab(years_store)
        tab.view.selectRow(2)
    finally:
        event.remove(Session, "loaded_as_persistent", seen)
    assert tab.project is not None and tab.project.milestones
    assert loaded == []
