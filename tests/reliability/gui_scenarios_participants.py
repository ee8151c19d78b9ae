"""Deltagere scenario for gui_driver.py: the tab edits through dialogs, so hostile text
goes into the person dialog (an existing person and a new one); the search field and
the filters get it too; every person and page is viewed before and after; every step
is undone and redone."""

from __future__ import annotations

from gui_driver import soak, click_row, emit, focus, key, show_tab, undo_stack, wait
from gui_hostile import Dialogs, differences, dump, enter, expect, in_dialog, press_ok, rows, undo_redo
from hostile import GUI_LONG, GUI_TEXTS


def view_all(tab) -> None:
    for page in range(tab.pages.count()):
        tab.pages.setCurrentIndex(page)
        wait(5)
    tab.pages.setCurrentIndex(0)
    for row in range(tab.people_proxy.rowCount()):
        click_row(tab.people_view, row)


def _person(tab, button, fill_names: dict) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    entered = {}

    def fill(d):
        for field, (attr, text, multiline) in fill_names.items():
            entered[field] = enter(getattr(d, attr), text, multiline=multiline)
        press_ok(d)
    in_dialog(fill, lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton))
    return entered


def hostile_walk(window, _arg: str) -> int:
    tab = show_tab(window, "Deltagere")
    db, stack = window.ctx.store.path, undo_stack(window)
    dialogs = Dialogs(window)  # noqa: F841 - kept alive for the whole scenario
    seen = dump(db)
    view_all(tab)
    emit("VIEWED", {"phase": "before typing", "diff": differences(seen, dump(db)), "steps": stack.count()})
    before, start = rows(db), stack.index()
    samples = list(GUI_TEXTS.values())
    for n in range(min(soak(), tab.people_proxy.rowCount())):  # more people under KKRDESK_SOAK
        click_row(tab.people_view, n)
        pid = tab.selected_person().id
        entered = _person(tab, tab.edit_button, {
            "name": ("name", samples[(3 + n) % 5] + f" {pid}", False),
            "title": ("title_edit", samples[(4 + n) % 5], False),
            "notes": ("notes", GUI_LONG if n == 0 else samples[n % 5], True)})
        for field, text in entered.items():
            expect("text", f"SELECT {field} FROM person WHERE id = ?", [pid], text,
                   single=field != "notes")
    entered = _person(tab, tab.new_button, {"name": ("name", GUI_TEXTS["controls"], False),
                                            "notes": ("notes", GUI_TEXTS["spaces"], True)})
    newest = "SELECT {} FROM person ORDER BY id DESC LIMIT 1"
    expect("text", newest.format("name"), [], entered["name"], single=True)
    expect("text", newest.format("notes"), [], entered["notes"], single=False)
    for text in GUI_TEXTS.values():
        enter(tab.search, text, multiline=False)
        wait(20)
    key(tab.search, "Key_A", "ControlModifier")
    key(tab.search, "Key_Delete")
    for box in (tab.org_filter, tab.region_filter, tab.role_filter, tab.status_filter):
        focus(box)
        key(box, "Key_Down")
        key(box, "Key_Up")
    after, seen = rows(db), dump(db)
    steps = stack.index() - start
    view_all(tab)
    emit("VIEWED", {"phase": "after typing", "diff": differences(seen, dump(db)),
                    "steps": stack.index() - start - steps})
    undo_redo(window, tab.people_view, db, steps, before, after)
    return 0


SCENARIOS = {"participants_hostile": hostile_walk}
