"""The autosave walk for gui_driver.py (issue 18, defect 4): every tab, every page of
every tab widget in it, every visible, enabled, editable text widget, and every
in-place editor of an editable view. Each must carry the autosave mark or the filter
mark (a search field holds no data). Into each autosaving one a marker is typed; the
walk then waits, without leaving the field, until the marker is in the database
(read with a sqlite3 connection of its own) and reports how long that took.

Reports ``FOUND [tab, page, name, kind]`` per widget and ``SAVED`` / ``LOST`` per typing."""

from __future__ import annotations

import sqlite3
import time

from gui_driver import click_row, emit, focus, key, show_tab, wait, wait_until

TABS = ("Dagsorden", "SOR-forslag", "Projekter", "Deltagere")
AUTOSAVE, FILTER = "kkrdesk_autosave", "kkrdesk_filter"
# what to type where free text would be refused, and what the database then holds
SAMPLES = {"sor.concept_code": ("918273645", "918273645"),
           "sor.related_codes": ("918273646 918273647", "918273646 918273647"),
           "projects.started_on": ("17-09-2019", "2019-09-17"),  # before any milestone
           "Tidspunkt": ("13.37", "13:37"), "Minutter": ("47", ("duration_min", 47))}


def editable(w) -> bool:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(w, QLineEdit):
        return not w.isReadOnly() and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    if isinstance(w, (QAbstractSpinBox, QPlainTextEdit, QTextEdit)):
        return not w.isReadOnly()
    return isinstance(w, QComboBox) and w.isEditable()


def describe(w) -> str:
    return w.objectName() or f"{type(w).__name__}@{w.parent().__class__.__name__}"


def found_in(root) -> list:
    from PySide6.QtWidgets import QWidget

    return [w for w in root.findChildren(QWidget) if editable(w) and w.isVisible() and w.isEnabled()]


def pages(root):
    """Each page of each tab widget under ``root`` in turn (yields its title)."""
    from PySide6.QtWidgets import QTabWidget

    yield "(first)"
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            wait(20)
            yield tabs.tabText(i)
        tabs.setCurrentIndex(0)


class Database:
    """Finds a value in any column of any table, through its own connection."""

    def __init__(self, path):
        self.path = path
        with self._con() as con:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            self.columns = [(t, c[1]) for t in tables for c in con.execute(f'PRAGMA table_info("{t}")')]

    def _con(self):
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)

    def count(self, value) -> int:
        """Cells holding ``value``: text containing it, or (column, number) equal to it."""
        found = 0
        with self._con() as con:
            for table, column in self.columns:
                if isinstance(value, tuple):
                    if column == value[0]:
                        sql = f'SELECT count(*) FROM "{table}" WHERE "{column}" = ?'
                        found += con.execute(sql, (value[1],)).fetchone()[0]
                    continue
                sql = f'SELECT count(*) FROM "{table}" WHERE instr("{column}", ?) > 0'
                found += con.execute(sql, (value,)).fetchone()[0]
        return found


def type_and_wait(db: Database, widget, name: str, n: int) -> None:
    """Type a marker into ``widget`` (no Enter, no leaving) and wait until one more
    cell of the database holds it."""
    from PySide6.QtTest import QTest

    text, stored = SAMPLES.get(name, (f"Zqx{n} autosave", f"Zqx{n} autosave"))
    if name == "Minutter" and widget.value() == stored[1]:
        text, stored = "52", ("duration_min", 52)
    before = db.count(stored)
    focus(widget)
    key(widget, "Key_A", "ControlModifier")
    QTest.keyClicks(widget, text)
    started = time.monotonic()
    ok = wait_until(lambda: db.count(stored) > before, 6.0, name)
    emit("SAVED" if ok else "LOST", {"name": name, "typed": text, "kept_focus": widget.hasFocus(),
                                     "seconds": round(time.monotonic() - started, 2)})


def walk_views(tab, tab_name: str, db: Database, n: int) -> int:
    """The in-place editors of every editable view: open each column's editor on the
    first row (click, then double-click), type, wait."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView

    for view in tab.findChildren(QAbstractItemView):
        if (not view.isVisible() or isinstance(view, QHeaderView)
                or view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers):
            continue
        model = view.model()
        for column in range(model.columnCount()):
            index = model.index(0, column)
            if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                continue
            header = str(model.headerData(column, Qt.Orientation.Horizontal))
            click_row(view, 0, column)
            QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
            wait_until(lambda: view.focusWidget() is not view and view.focusWidget() is not None, 3, header)
            editor = view.focusWidget()
            kind = "autosave" if editor.property(AUTOSAVE) else "unmarked"
            emit("FOUND", [tab_name, "in-place", header, kind])
            if not isinstance(editor, QComboBox):  # a choice, not typing
                n += 1
                type_and_wait(db, editor, header, n)
            key(editor, "Key_Escape")
            wait(20)
    return n


def autosave_walk(window, _arg: str) -> int:
    db = Database(window.ctx.store.path)
    n = 0
    for tab_name in TABS:
        tab = show_tab(window, tab_name)
        for view_name in ("view", "list_view", "people_view"):  # select the first record
            view = getattr(tab, view_name, None)
            if view is not None and view.model().rowCount():
                click_row(view, 0)
        seen: set[int] = set()
        for page in pages(tab):
            for widget in found_in(tab):
                if id(widget) in seen:
                    continue
                seen.add(id(widget))
                kind = ("filter" if widget.property(FILTER) else
                        "autosave" if widget.property(AUTOSAVE) else "unmarked")
                emit("FOUND", [tab_name, page, describe(widget), kind])
                if kind != "filter":  # an unmarked one is tried too: does it save?
                    n += 1
                    type_and_wait(db, widget, describe(widget), n)
        n = walk_views(tab, tab_name, db, n)
    return 0


SCENARIOS = {"autosave_walk": autosave_walk}
