"""A person typing in the real window (offscreen): into the Referat and Beskrivelse
panes and into the agenda tree's in-place title editor, never pressing Enter. After
each burst it waits until autosave has put the text on disk (read through a
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

FIELDS = ("notes", "description", "title")
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


def stored(db: Path, item_id: int, column: str) -> str:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute(f"SELECT {column} FROM agenda_item WHERE id = ?", (item_id,)).fetchone()[0] or ""


def main(db: Path, seed: int, rounds: int) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from kkrdesk.ui.app import Session, application
    from kkrdesk.ui.agenda.model import COL_TITLE

    app = application()
    session = Session(app, interactive=False)
    if not session.open(db, create=False):
        return 2
    window = session.window
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    tab = window.agenda_tab
    index = tab.model.index(ROW, 0)
    tab.view.setCurrentIndex(index)
    item_id = tab.current_item().id
    print("ITEM " + json.dumps(item_id), flush=True)
    expected = {"notes": stored(db, item_id, "notes"), "description": stored(db, item_id, "description"),
                "title": stored(db, item_id, "title")}

    def title_editor() -> QLineEdit:
        editor = tab.view.focusWidget()
        if isinstance(editor, QLineEdit) and editor.isVisible():
            return editor
        cell = tab.model.index(ROW, COL_TITLE)
        tab.view.scrollTo(cell)
        center = tab.view.visualRect(cell).center()
        QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        QTest.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        deadline = time.monotonic() + 5
        while not isinstance(tab.view.focusWidget(), QLineEdit) and time.monotonic() < deadline:
            QTest.qWait(20)
        editor = tab.view.focusWidget()
        QTest.keyClick(editor, Qt.Key.Key_End)
        return editor

    def target(field: str):
        if field == "title":
            return title_editor()
        pane, widget = ((tab.minutes_pane, tab.minutes_pane.notes) if field == "notes"
                        else (tab.item_pane, tab.item_pane.description))
        tab.side.setCurrentWidget(pane)
        widget.setFocus()
        QTest.qWait(10)
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        return widget

    print("READY", flush=True)
    for field, chunk, pause in plan(seed, rounds):
        widget = target(field)
        QTest.keyClicks(widget, chunk)
        expected[field] = (expected[field] + chunk).strip()
        deadline = time.monotonic() + 10
        while stored(db, item_id, field) != expected[field]:
            if time.monotonic() > deadline:
                print("NOT SAVED " + json.dumps([field, expected[field], stored(db, item_id, field)]),
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
