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


WIDE_TEXTS = ["iiiiiiiiiiiiiiiiiiii", "WWWWWWWW", "Kira Christina Ørbekker", "12.345.678",
              "to linjer\nden anden linje er længere end den første", "", "ÆØÅ æøå",
              "Mette", "MMMMMMMMMMM", "l" * 40]


def _every_row_width(view, column: int) -> int:
    """A long list's column as fit_columns first fitted it: every one of the first
    MEASURED_ROWS cells measured by the delegate."""
    header = view.horizontalHeader()
    return max(header.sectionSizeHint(column), max(
        view.sizeHintForIndex(view.model().index(r, column)).width()
        for r in range(MEASURED_ROWS)) + 1) + 12


def _varied_table(n: int):
    model = RowTableModel([Column("Navn", lambda r: WIDE_TEXTS[r % len(WIDE_TEXTS)] * (1 + r % 3)),
                           Column("Nr.", lambda r: str(r * 7919)),
                           Column("Tekst", lambda r: WIDE_TEXTS[(r * 3) % len(WIDE_TEXTS)])])
    view, _proxy = sortable_table(model)
    model.set_rows(list(range(n)))
    return view, model


def test_a_long_list_is_as_wide_as_measuring_each_of_its_first_rows(qtbot):
    view, _model = _varied_table(MEASURED_ROWS + 80)
    qtbot.addWidget(view)
    view.show()
    fit_columns(view, max_width=2000)
    assert [view.columnWidth(c) for c in range(3)] == [_every_row_width(view, c) for c in range(3)]


def test_fitting_a_long_list_measures_few_cells(qtbot, monkeypatch):
    """The delegate measures a cell from some ten roles of the model; a long list's
    column is measured on the rows whose text is widest, not on every first row."""
    view, model = _varied_table(MEASURED_ROWS + 80)
    qtbot.addWidget(view)
    view.show()
    asked: list[int] = []
    real = RowTableModel.data

    def data(self, index, role=0):
        asked.append(role)
        return real(self, index, role)

    monkeypatch.setattr(RowTableModel, "data", data)
    fit_columns(view, max_width=2000)
    beyond_text = [role for role in asked if role != 0]
    assert len(beyond_text) < MEASURED_ROWS * 3  # under one per measured cell


def test_the_people_list_is_as_wide_as_measuring_each_of_its_first_rows(qtbot, years_store):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.participants.tab import ParticipantsTab

    tab = ParticipantsTab(AppContext(years_store))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    view = tab.people_view
    assert view.model().rowCount() > MEASURED_ROWS
    header = view.horizontalHeader()
    for c in range(header.count()):
        if header.sectionResizeMode(c) != header.ResizeMode.Stretch:
            assert view.columnWidth(c) == min(_every_row_width(view, c), 360), c
    tab.close()


def test_a_short_list_is_as_wide_as_qt_fits_it_to_its_contents(qtbot):
    view, _model = _varied_table(MEASURED_ROWS - 40)
    qtbot.addWidget(view)
    view.show()
    fit_columns(view, max_width=2000)
    fitted = [view.columnWidth(c) for c in range(3)]
    view.resizeColumnsToContents()  # Qt's own measure of every cell
    assert fitted == [view.columnWidth(c) + 12 for c in range(3)]


def test_an_empty_list_is_as_wide_as_its_headers(qtbot):
    view, model = _varied_table(0)
    qtbot.addWidget(view)
    view.show()
    fit_columns(view, max_width=2000)
    fitted = [view.columnWidth(c) for c in range(3)]
    view.resizeColumnsToContents()
    assert fitted == [view.columnWidth(c) + 12 for c in range(3)]
