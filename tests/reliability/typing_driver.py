"""A person typing in the real window (offscreen): into the Referat and Beskrivelse
panes and the agenda tree's in-place title editor, the SOR proposal's Titel and
Foreslået navn, and the project's Navn (Projekter > Stamdata), never pressing Enter.
After each burst it waits until autosave has put the text on disk (read through a
connection of its own) and prints ``SAVED [field, text]``.

    python typing_driver.py DB SEED ROUNDS
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import time
from pathlib import Path

FIELDS = ("notes", "description", "title", "sor_title", "sor_proposed_name", "project_name")
# field -> (table, column) where autosave puts it
COLUMNS = {"notes": ("agenda_item", "notes"), "description": ("agenda_item", "description"),
           "title": ("agenda_item", "title"), "sor_title": ("sor_proposal", "title"),
           "sor_proposed_name": ("sor_proposal", "proposed_name"), "project_name": ("project", "name")}
WORDS = ("møde", "Ærø", "KL", "aftale", "punkt", "Åbenrå", "opfølgning", "beslutning", "sag")
ROW = 3  # the item typed into: the fourth top-level item of 18 June 2025


def plan(seed: int, rounds: int) -> list[tuple[str, str, float]]:
    """(field, text typed, pause after it) per burst; the same for the killing test."""
    rnd = random.Random(seed)
    out = []
    for i in range(rounds):
        chunk = " " + " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 3))) + f" {i}"
        field = "title" if i == 0 else rnd.choice(FIELDS)  # the in-place editor first, always
        out.append((field, chunk, rnd.uniform(0.0, 0.3)))
    return out


def stored(db: Path, ids: dict, field: str) -> str:
    table, column = COLUMNS[field]
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute(f"SELECT {column} FROM {table} WHERE id = ?", (ids[table],)).fetchone()[0] or ""


class Typist:
    """Finds the field of each burst in the window and puts the cursor at its end."""

    def __init__(self, window):
        self.window = window
        self.agenda, self.sor, self.projects = window.agenda_tab, window.sor_tab, window.projects_tab

    def ids(self) -> dict:
        tab = self.agenda
        tab.view.setCurrentIndex(tab.model.index(ROW, 0))
        ids = {"agenda_item": tab.current_item().id}
        for other, view in ((self.sor, self.sor.list_view), (self.projects, self.projects.view)):
            self.window.tabs.setCurrentWidget(other)
            view.selectRow(0)
        self.window.tabs.setCurrentWidget(tab)
        return ids | {"sor_proposal": self.sor.current.id, "project": self.projects.project.id}

    def title_editor(self):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit

        from kkrdesk.ui.agenda.columns import COL_TITLE

        view = self.agenda.view
        editor = view.focusWidget()
        if isinstance(editor, QLineEdit) and editor.isVisible():
            return editor
        cell = self.agenda.model.index(ROW, COL_TITLE)
        view.scrollTo(cell)
        center = view.visualRect(cell).center()
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        deadline = time.monotonic() + 5
        while not isinstance(view.focusWidget(), QLineEdit) and time.monotonic() < deadline:
            QTest.qWait(20)
        editor = view.focusWidget()
        QTest.keyClick(editor, Qt.Key.Key_End)
        return editor

    def field_widget(self, field: str):
        tabs = self.window.tabs
        if field in ("notes", "description"):
            tab = self.agenda
            tabs.setCurrentWidget(tab)
            pane, widget = ((tab.minutes_pane, tab.minutes_pane.notes) if field == "notes"
                            else (tab.item_pane, tab.item_pane.description))
            tab.side.setCurrentWidget(pane)
            return widget
        if field.startswith("sor_"):
            tabs.setCurrentWidget(self.sor)
            self.sor.pages.setCurrentIndex(0)
            return getattr(self.sor.form, field[4:])
        tabs.setCurrentWidget(self.projects)
        self.projects.pages.setCurrentWidget(self.projects.general)
        return self.projects.general.name

    def target(self, field: str):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if field == "title":
            self.window.tabs.setCurrentWidget(self.agenda)
            return self.title_editor()
        widget = self.field_widget(field)
        widget.setFocus()
        QTest.qWait(10)
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        return widget


def main(db: Path, seed: int, rounds: int) -> int:
    from PySide6.QtTest import QTest

    from kkrdesk.ui.app import Session, application

    app = application()
    session = Session(app, interactive=False)
    if not session.open(db, create=False):
        return 2
    window = session.window
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    typist = Typist(window)
    ids = typist.ids()
    print("IDS " + json.dumps(ids), flush=True)
    expected = {field: stored(db, ids, field) for field in FIELDS}
    print("READY", flush=True)
    for field, chunk, pause in plan(seed, rounds):
        QTest.keyClicks(typist.target(field), chunk)
        expected[field] = (expected[field] + chunk).strip()
        deadline = time.monotonic() + 10
        while stored(db, ids, field) != expected[field]:
            if time.monotonic() > deadline:
                print("NOT SAVED " + json.dumps([field, expected[field], stored(db, ids, field)]),
                      flush=True)
                return 3
            QTest.qWait(25)
        print("SAVED " + json.dumps([field, expected[field]]), flush=True)
        QTest.qWait(int(pause * 1000))
    print("DONE", flush=True)
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
