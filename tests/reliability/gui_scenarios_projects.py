"""Projekter scenario for gui_driver.py: hostile text in every field of Stamdata and in a
new risk (its dialog), a refused start date, the combo boxes and a document box,
the filters; viewing before and after; every step undone and redone."""

from __future__ import annotations

from gui_driver import soak, click_row, emit, focus, key, show_tab, undo_stack, wait
from gui_hostile import Dialogs, differences, dump, enter, expect, in_dialog, press_ok, rows, type_keys, undo_redo
from hostile import GUI_LONG, GUI_TEXTS


def view_all(tab) -> None:
    for row in range(tab.proxy.rowCount()):
        click_row(tab.view, row)
        for page in range(tab.pages.count()):
            tab.pages.setCurrentIndex(page)
            wait(5)
    tab.pages.setCurrentIndex(0)


def _stamdata(tab, pid: int, n: int) -> None:
    g, samples = tab.general, list(GUI_TEXTS.values())
    sql = "SELECT {} FROM project WHERE id = ?"
    tab.pages.setCurrentWidget(g)
    entered = enter(g.name, samples[2 + n] + f" {g.project.id}", multiline=False)  # unique
    expect("text", sql.format("name"), [pid], entered, single=True)
    entered = enter(g.description, GUI_LONG if n == 0 else samples[1], multiline=True)
    expect("text", sql.format("description"), [pid], entered, single=False)
    enter(g.started, samples[0], multiline=False)
    focus(g.name)
    emit("REFUSAL", {"field": "started_on", "message": g.errors["started_on"].text()})
    focus(g.started)
    key(g.started, "Key_A", "ControlModifier")
    type_keys(g.started, "01-01-2001")
    focus(g.name)
    expect("value", sql.format("started_on"), [pid], value=["2001-01-01"])
    entered = enter(g.other_docs, GUI_TEXTS["emoji"], multiline=False)
    focus(g.name)
    expect("contains_line", sql.format("documents"), [pid], entered)
    for box in (g.phase, g.owner):  # a choice from the keyboard
        focus(box)
        key(box, "Key_Down")
        wait(20)
    expect("value", sql.format("phase"), [pid], value=[str(g.phase.currentData())])
    expect("value", sql.format("owner_id"), [pid], value=[g.owner.currentData()])


def _risk(tab, pid: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    tab.pages.setCurrentWidget(tab.part_panes["risk"])
    entered = {}

    def fill(d):
        entered["title"] = enter(d.widgets["title"], GUI_TEXTS["rtl"], multiline=False)
        entered["mitigation"] = enter(d.widgets["mitigation"], GUI_TEXTS["controls"], multiline=True)
        press_ok(d)
    pane = tab.part_panes["risk"]
    in_dialog(fill, lambda: QTest.mouseClick(pane.add_button, Qt.MouseButton.LeftButton))
    newest = "SELECT {} FROM risk WHERE project_id = ? ORDER BY id DESC LIMIT 1"
    expect("text", newest.format("title"), [pid], entered["title"], single=True)
    expect("text", newest.format("mitigation"), [pid], entered["mitigation"], single=False)


def hostile_walk(window, _arg: str) -> int:
    tab = show_tab(window, "Projekter")
    db, stack = window.ctx.store.path, undo_stack(window)
    dialogs = Dialogs(window)  # noqa: F841 - kept alive for the whole scenario
    seen = dump(db)
    view_all(tab)
    emit("VIEWED", {"phase": "before typing", "diff": differences(seen, dump(db)), "steps": stack.count()})
    before, start = rows(db), stack.index()
    for n in range(min(tab.proxy.rowCount(), 2 * soak())):
        click_row(tab.view, n)
        pid = tab.project.id
        _stamdata(tab, pid, n % 2)
        if n == 0:
            _risk(tab, pid)
    for text in GUI_TEXTS.values():
        enter(tab.search, text, multiline=False)
        wait(20)
    key(tab.search, "Key_A", "ControlModifier")
    key(tab.search, "Key_Delete")
    for box in (tab.phase_filter, tab.rag_filter, tab.owner_filter, tab.span_box):
        focus(box)
        key(box, "Key_Down")
        key(box, "Key_Up")
    click_row(tab.view, 0)
    after, seen = rows(db), dump(db)
    steps = stack.index() - start
    view_all(tab)
    emit("VIEWED", {"phase": "after typing", "diff": differences(seen, dump(db)),
                    "steps": stack.index() - start - steps})
    undo_redo(window, tab.view, db, steps, before, after)
    return 0


SCENARIOS = {"projects_hostile": hostile_walk}
