"""Vis > Ændringslog (issue 24, item 5): who changed what when, filtered by person and
period, exported atomically to CSV and Excel; on a SQLite file it says that no log per
person is kept there."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dialog_driving import drive
from kkrdesk.services.database import open_database
from kkrdesk.services.participants import people
from kkrdesk.views.participants import PersonFields


@pytest.fixture
def shared_url(pg_cluster, pg_fresh_template):
    name = pg_cluster.new_database(pg_fresh_template)
    yield pg_cluster.url(name)
    pg_cluster.drop(name)


def test_the_change_model_passes_qt_model_checks(qtmodeltester):
    from kkrdesk.services.change_log import Change
    from kkrdesk.ui.change_log_dialog import change_model

    model = change_model()
    model.set_rows([Change(dt.datetime(2026, 12, 7, 9, 30, 5), "kkr / mette", "PC-2",
                           ("Deltagere",)),
                    Change(dt.datetime(2026, 12, 6, 14, 0), "kkr / jens", "PC-1",
                           ("Dagsorden", "Projekter"))])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "07-12-2026 09.30.05"
    assert model.index(1, 3).data() == "Dagsorden, Projekter"


def _write_as(url: str, login: str, *names: str) -> None:
    with open_database(url) as store:
        store.login, store.machine = login, f"PC-{login}"
        for name in names:
            people.add_person(store, PersonFields(name=name))


def _open_viewer(qtbot, ctx, steps):
    """Vis > Ændringslog through the menu bar with the keyboard, then ``steps``."""
    from kkrdesk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    problems = []
    drive(steps, problems)
    win.view_menu.popup(win.menuBar().mapToGlobal(win.menuBar().actionGeometry(
        win.view_menu.menuAction()).bottomLeft()))
    qtbot.waitUntil(win.view_menu.isVisible)
    qtbot.keyClick(win.view_menu, Qt.Key.Key_L)  # Ændrings&log …
    assert not problems, problems
    return win


def test_the_viewer_filters_by_person_and_exports_csv(qtbot, shared_url, tmp_path, monkeypatch):
    from kkrdesk.ui import export_actions
    from kkrdesk.ui.context import AppContext

    _write_as(shared_url, "jens", "Jens Første", "Jens Anden")
    _write_as(shared_url, "mette", "Mette Første")
    target = tmp_path / "log.csv"
    monkeypatch.setattr(export_actions.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    seen = {}

    def look_filter_and_export(dialog):
        table = dialog.view.model()
        seen["all"] = table.rowCount()
        seen["people"] = [dialog.person.itemText(i) for i in range(dialog.person.count())]
        dialog.person.setFocus()
        qtbot.keyClick(dialog.person, Qt.Key.Key_End)  # the last name: mette
        seen["mette"] = [(table.index(r, 1).data(), table.index(r, 2).data(), table.index(r, 3).data())
                         for r in range(table.rowCount())]
        qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
        seen["note"] = dialog.note.text()
        dialog.reject()

    ctx = AppContext(open_database(shared_url))
    try:
        win = _open_viewer(qtbot, ctx, look_filter_and_export)
        qtbot.waitUntil(lambda: "mette" in seen, timeout=5000)
        assert seen["all"] == 3
        assert seen["people"] == ["Alle", "postgres / jens", "postgres / mette"]
        assert seen["mette"] == [("postgres / mette", "PC-mette", "Deltagere")]
        with open(target, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
        assert rows[0] == ["Tidspunkt", "Bruger", "Maskine", "Faneblade"]
        assert [r[1:] for r in rows[1:]] == [["postgres / mette", "PC-mette", "Deltagere"]]
        assert dt.datetime.strptime(rows[1][0], "%d-%m-%Y %H.%M.%S").date() == dt.date.today()
        assert not list(tmp_path.glob("*.tmp*"))
        win.close()
    finally:
        ctx.close()


def test_the_viewer_exports_excel(qtbot, shared_url, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from kkrdesk.ui import export_actions
    from kkrdesk.ui.context import AppContext

    _write_as(shared_url, "jens", "Jens Første")
    target = tmp_path / "log.xlsx"
    monkeypatch.setattr(export_actions.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    done = []

    def export(dialog):
        qtbot.mouseClick(dialog.xlsx_button, Qt.MouseButton.LeftButton)
        done.append(True)
        dialog.reject()

    ctx = AppContext(open_database(shared_url))
    try:
        win = _open_viewer(qtbot, ctx, export)
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
        sheet = load_workbook(target, read_only=True).worksheets[0]
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert values[0] == ["Tidspunkt", "Bruger", "Maskine", "Faneblade"]
        assert [v[1:] for v in values[1:]] == [["postgres / jens", "PC-jens", "Deltagere"]]
        win.close()
    finally:
        ctx.close()


@pytest.mark.sqlite_only("the database must be a file")
def test_on_a_sqlite_file_the_viewer_says_no_log_is_kept(qtbot, demo_store):
    from kkrdesk.ui.context import AppContext

    seen = {}

    def look(dialog):
        seen["note"] = dialog.note.text()
        seen["rows"] = dialog.view.model().rowCount()
        seen["export"] = dialog.csv_button.isEnabled() or dialog.xlsx_button.isEnabled()
        dialog.reject()

    ctx = AppContext(demo_store)
    win = _open_viewer(qtbot, ctx, look)
    qtbot.waitUntil(lambda: "note" in seen, timeout=5000)
    assert seen["note"].startswith("Denne database er en fil på denne maskine: her føres ingen log")
    assert seen["rows"] == 0 and not seen["export"]
    win.close()
