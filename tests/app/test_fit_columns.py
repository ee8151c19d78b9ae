"""A list's columns are as wide as the texts a user sees first (ui/widgets.fit_columns):
every text of a short list, the first MEASURED_ROWS rows of a long one (ten years of
proposals: measuring all 300 rows was most of opening the wing), and a list filled while
hidden is fitted when it is shown, to the rows it has then."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from kkrdesk.ui.table_model import Column, RowTableModel
from kkrdesk.ui.widgets import MEASURED_ROWS, fit_columns, sortable_table

NAMES = ["Mette Frederiksen", "Jens Jensen", "Kira Christina Ørbekker"]


def _table(rows: list[str]):
    model = RowTableModel([Column("Navn", lambda r: r), Column("Nr.", lambda r: str(len(r)))])
    view, _proxy = sortable_table(model)
    model.set_rows(rows)
    return view, model


def _fits(view, text: str) -> bool:
    return view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(text)


def test_a_short_list_fits_every_text(qtbot):
    longest = "Poul Erik Kristensen, Kommunernes Landsforening"
    view, _model = _table(NAMES + [longest])
    qtbot.addWidget(view)
    view.show()
    fit_columns(view)
    assert _fits(view, longest)


def test_a_long_list_fits_the_rows_seen_first(qtbot):
    early = "Dorthe Skou Lassen, MedCom og Sundhedsdatastyrelsen"
    late = "W" * 60  # far down the list, wider than the column's cap anyway
    rows = [f"Person {i}" for i in range(MEASURED_ROWS + 50)]
    rows[10], rows[MEASURED_ROWS + 40] = early, late
    view, _model = _table(rows)
    qtbot.addWidget(view)
    view.show()
    fit_columns(view, max_width=600)
    assert _fits(view, early)
    assert not _fits(view, late) and view.columnWidth(0) < 600


def test_a_hidden_list_is_fitted_when_shown_to_the_rows_it_has_then(qtbot):
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Dagsorden")
    view, model = _table(["Kort"])
    tabs.addTab(view, "Deltagere")
    tabs.show()
    fit_columns(view)  # hidden: nothing measured yet
    longer = "Karina Hasager Hedevang, MedCom"
    model.set_rows(["Kort", longer])  # the rows change while it is hidden
    fit_columns(view)
    tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert _fits(view, longer)
