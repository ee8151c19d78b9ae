"""Filer > Eksportér > Oversigt (Excel) suggests a file name with the date written as the
secretariat writes it, like every other export (»Dagsorden 18-06-2025.docx«), not as an
ISO date (issue 22, item 13): read from the save dialog the user sees."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFileDialog, QLineEdit

from dialog_driving import drive
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow


def suggested_name(qtbot, action) -> str:
    """Trigger ``action``, read the name its save dialog offers, and cancel."""
    seen: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
        dialog.reject()
    drive(read, problems := [])
    action.trigger()
    assert not problems, problems
    return seen[0]


def test_the_overview_is_named_with_a_danish_date(qtbot, demo_store, june18):
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    window.refresh()
    window.ctx.select_meeting(june18)
    today = dt.date.today()
    danish = f"{today.day:02d}-{today.month:02d}-{today.year}"
    assert suggested_name(qtbot, window.overview_action) == f"KKR-oversigt {danish}.xlsx"
    agenda = window.export_menu.actions()[0]  # Dagsorden (Word) …: the form it matches
    assert suggested_name(qtbot, agenda) == "Dagsorden 18-06-2025.docx"


def test_a_project_named_with_a_slash_is_one_file_name_not_a_folder(qtbot, demo_store):
    """»Statusrapport for det valgte projekt« on a project called »Data/AI-pilot«: the
    suggested file stays in the export folder, its name keeps the whole project name."""
    from kkrdesk.services.projects import portfolio
    from kkrdesk.views.projects import ProjectFields

    pid = portfolio.create_project(demo_store, ProjectFields(name="Data/AI-pilot"))
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    window.refresh()
    window.tabs.setCurrentIndex(2)  # Projekter
    assert window.projects_tab.show_record(pid)
    chosen = [a for a in window.export_menu.actions() if "valgte projekt" in a.text()][0]
    today = dt.date.today()
    name = suggested_name(qtbot, chosen)
    assert name == f"Statusrapport Data-AI-pilot {today.day:02d}-{today.month:02d}-{today.year}.docx"
