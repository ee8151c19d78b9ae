"""The Projekter tab's item models under qtmodeltester, and the list's filters: phase,
status, owner and "only overdue milestones", as a user would check them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kkrdesk.core.enums import ProjectPhase, Rag
from kkrdesk.services.projects import portfolio as projects
from kkrdesk.ui.projects.list_model import ProjectFilter, columns
from kkrdesk.ui.projects.part_columns import part_columns
from kkrdesk.ui.table_model import RowTableModel

TODAY = dt.date(2025, 10, 1)


@pytest.fixture
def rows(demo_store):
    return projects.list_projects(demo_store)


def test_list_model_and_filter_pass_modeltester(qtmodeltester, rows):
    model = RowTableModel(columns(TODAY))
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)


def test_filter_proxy_passes_modeltester(qtmodeltester, rows):
    model = RowTableModel(columns(TODAY))
    model.set_rows(rows)
    proxy = ProjectFilter(TODAY)
    proxy.setSourceModel(model)
    proxy.set_filter(only_overdue=True)
    qtmodeltester.check(proxy, force_py=True)


@pytest.mark.parametrize("kind", ["note", "milestone", "financing", "risk", "decision"])
def test_part_models_pass_modeltester(qtmodeltester, rows, kind):
    cols, rows_of, _ = part_columns(TODAY)[kind]
    model = RowTableModel(cols)
    model.set_rows([x for p in rows for x in rows_of(p)] or [])
    qtmodeltester.check(model, force_py=True)


def _names(proxy):
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_filters_narrow_the_list(rows):
    model = RowTableModel(columns(TODAY))
    model.set_rows(rows)
    proxy = ProjectFilter(TODAY)
    proxy.setSourceModel(model)
    assert len(_names(proxy)) == 4
    proxy.set_filter(phase=ProjectPhase.ANALYSIS)
    assert _names(proxy) == ["Identitetssløring i kommunerne"]
    proxy.set_filter(rag=Rag.AMBER)
    assert _names(proxy) == ["DP10 EOJ-data til Sundhedsjournalen"]
    proxy.set_filter(owner="KOMBIT")
    assert _names(proxy) == ["Udrulning af FK-OSS"]
    # On 1 October 2025: the August steering-group meeting (not held), the MedCom
    # consultant from August, the 17 September kickoff and the FK-OSS waves of June.
    proxy.set_filter(only_overdue=True)
    assert _names(proxy) == ["Identitetssløring i kommunerne",
                             "Digital understøttelse af lettilgængelige tilbud (LTT)",
                             "Udrulning af FK-OSS"]
    proxy.set_filter(text="sundhedsjournal")
    assert _names(proxy) == ["DP10 EOJ-data til Sundhedsjournalen"]


def test_list_shows_the_next_milestone_and_marks_overdue_red(rows):
    model = RowTableModel(columns(dt.date(2025, 7, 1)))
    model.set_rows(rows)
    masking = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Identitet"))
    assert model.index(masking, 3).data() == "1. styregruppemøde (august 2025)"
    assert model.index(masking, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    late = RowTableModel(columns(dt.date(2025, 9, 1)))
    late.set_rows(rows)
    assert late.index(masking, 3).data().endswith("– forsinket")
    assert late.index(masking, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert late.index(masking, 2).data() == "Grøn"
    assert late.index(masking, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
