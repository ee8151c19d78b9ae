"""A project's part tables (Risici, Beslutninger …) behind their tabs are measured when
they are shown rather than at every change of project: the user who opens Risici after
picking another project still sees each short text whole in its column, and the project
picked last is the one shown."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kkrdesk.services.projects import parts as project_parts
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.views.projects import ProjectFields

TODAY = dt.date(2025, 6, 18)
# a risk title much wider than "Kort", narrower than the column's cap (300 px)
LONG_RISK = "Leverandøren leverer for sent"


@pytest.fixture
def tab(open_projects_tab, demo_store):
    first = projects.create_project(demo_store, ProjectFields("Aaa testprojekt", ""))
    project_parts.add_part(demo_store, "risk", first, dict(title="Kort", probability=1, impact=1))
    widget = open_projects_tab(demo_store, TODAY)
    QApplication.processEvents()
    return widget


def _select(tab, name: str) -> None:
    model = tab.view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    tab.view.selectRow(row)
    QApplication.processEvents()


def test_a_hidden_part_table_fits_the_project_picked_last_when_opened(qtbot, tab, demo_store):
    second = projects.create_project(demo_store, ProjectFields("Bbb testprojekt", ""))
    project_parts.add_part(demo_store, "risk", second, dict(title=LONG_RISK, probability=2, impact=3))
    tab.refresh()
    _select(tab, "Aaa testprojekt")
    risks = tab.part_panes["risk"]
    assert not risks.isVisible()  # Milepæle is the page shown
    _select(tab, "Bbb testprojekt")
    # the user opens Risici with a click on its tab
    bar = tab.pages.tabBar()
    index = tab.pages.indexOf(risks)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    QApplication.processEvents()
    assert risks.isVisible()
    view, model = risks.view, risks.view.model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts == [LONG_RISK]
    needed = view.fontMetrics().horizontalAdvance(LONG_RISK)
    assert needed < 300 and view.columnWidth(0) >= needed  # whole, not "Leverandør…"
