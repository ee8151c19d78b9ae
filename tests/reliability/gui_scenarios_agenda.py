"""Dagsorden scenarios for gui_driver.py: picking a presenter from the completer, in
the item pane and in the tree's in-place editor (the same crash class as defect 2),
and viewing items whose stored text Qt shows differently (defect 3's class)."""

from __future__ import annotations

from gui_driver import soak, choose_in_popup, click_row, emit, focus, key, show_tab, undo_stack, wait, wait_until
from gui_hostile import Dialogs, differences, dump, enter, expect, rows, type_keys, undo_redo
from hostile import GUI_LONG, GUI_TEXTS

PICK = "Kari"


def open_editor(tab, index):
    """Click, then double-click the cell (Qt 6 wants both), and return its editor."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = tab.view
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    wait_until(lambda: view.focusWidget() not in (None, view), 3, "an in-place editor")
    return view.focusWidget()


def pick_from(field) -> str:
    """Type »Kari« and take the first entry of the popup with Down + Enter."""
    from PySide6.QtTest import QTest

    focus(field)
    key(field, "Key_A", "ControlModifier")
    QTest.keyClicks(field, PICK)
    popup = field.completer().popup()
    wait_until(popup.isVisible, 3, "the presenter popup")
    choose_in_popup(popup, 0)
    wait(150)
    return field.text()


def presenter_pick(window, _arg: str) -> int:
    from kkrdesk.ui.agenda.columns import COL_PRESENTERS

    tab = show_tab(window, "Dagsorden")
    stack = undo_stack(window)
    for row in (3, 4, 6):
        click_row(tab.view, row)
        tab.side.setCurrentWidget(tab.item_pane)
        item_id = tab.current_item().id
        before = stack.count()
        text = pick_from(tab.item_pane.presenters)
        wait_until(lambda: stack.count() > before, 3, "the pick saved")
        emit("PANE", {"id": item_id, "text": text, "steps": stack.count() - before})
    row = 5
    click_row(tab.view, row)
    item_id = tab.current_item().id
    editor = open_editor(tab, tab.model.index(row, COL_PRESENTERS))
    before = stack.count()
    text = pick_from(editor)
    wait_until(lambda: stack.count() > before, 3, "the in-place pick saved")
    emit("IN_PLACE", {"id": item_id, "text": text, "editing": editor.isVisible()})
    key(editor, "Key_Return")
    return 0


def view_odd_text(window, arg: str) -> int:
    """Move between items and back, through the side panes, and open and close the
    tree's editors of the odd item without typing (Escape, then Enter)."""
    from kkrdesk.ui.agenda.columns import COL_PRESENTERS, COL_TITLE

    tab = show_tab(window, "Dagsorden")
    stack = undo_stack(window)
    target = int(arg)
    for _ in range(2):
        for pane in range(tab.side.count()):
            tab.side.setCurrentIndex(pane)
            index = tab.model.index_of(target)
            click_row(tab.view, index.row())
            focus(tab.view)
            key(tab.view, "Key_Down")
            key(tab.view, "Key_Up")
        tab.side.setCurrentIndex(0)
        for column, leave in ((COL_TITLE, "Key_Escape"), (COL_TITLE, "Key_Return"),
                              (COL_PRESENTERS, "Key_Return")):
            editor = open_editor(tab, tab.model.index_of(target).siblingAtColumn(column))
            key(editor, leave)
            wait(20)
    emit("VIEWED", {"steps": stack.count(), "undo_text": stack.undoText()})
    return 0


def view_all(tab) -> None:
    """Every item of the meeting, every side pane; no typing."""
    for row in range(tab.model.rowCount()):
        click_row(tab.view, row)
        for pane in range(tab.side.count()):
            tab.side.setCurrentIndex(pane)
            wait(5)
    tab.side.setCurrentIndex(0)


def _panes(tab, item_id: int, n: int) -> None:
    samples = list(GUI_TEXTS.values())
    item = "WHERE item_id = ? ORDER BY position"
    field = "SELECT {} FROM agenda_item WHERE id = ?"
    tab.side.setCurrentWidget(tab.item_pane)
    pane = tab.item_pane
    if n == 1:  # pasted, then replaced by a pick from the completer (the other item's
        enter(pane.presenters, GUI_TEXTS["rtl"], multiline=False)  # are typed in the tree)
        pick_from(pane.presenters)
        expect("value", "SELECT person.name FROM presenter JOIN person ON person.id = "
               f"presenter.person_id {item}", [item_id], value=["Karina Hasager Hedevang"])
    entered = enter(pane.sub_points, samples[(1 + n) % 5], multiline=True)
    expect("lines", f"SELECT text FROM sub_point {item}", [item_id], entered)
    for i, (widget, name) in enumerate(((pane.description, "description"), (pane.proposal, "proposal"))):
        entered = enter(widget, GUI_LONG if i == n else samples[(2 + i + n) % 5], multiline=True)
        expect("text", field.format(name), [item_id], entered, single=False)
    tab.side.setCurrentWidget(tab.minutes_pane)
    minutes = tab.minutes_pane
    for i, (widget, name) in enumerate(((minutes.notes, "notes"), (minutes.decision, "decision"))):
        entered = enter(widget, samples[(3 + i + n) % 5], multiline=True)
        if not (n == 1 and name == "decision"):
            expect("text", field.format(name), [item_id], entered, single=False)
    if n == 1:  # a standard decision over what was typed
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        button = minutes.standard_buttons[1]
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        expect("value", field.format("decision"), [item_id], value=[button.text()])


def _tree(tab, item_id: int, n: int) -> None:
    from kkrdesk.ui.agenda.columns import COL_DURATION, COL_KIND, COL_PRESENTERS, COL_SLOT, COL_TITLE

    field = "SELECT {} FROM agenda_item WHERE id = ?"
    editor = open_editor(tab, tab.model.index_of(item_id, COL_TITLE))
    entered = enter(editor, list(GUI_TEXTS.values())[n % 5], multiline=False)
    key(editor, "Key_Return")
    expect("text", field.format("title"), [item_id], entered, single=True)
    if n == 0:
        editor = open_editor(tab, tab.model.index_of(item_id, COL_PRESENTERS))
        entered = enter(editor, GUI_TEXTS["emoji"], multiline=False)
        key(editor, "Key_Return")
        expect("lines", "SELECT name FROM presenter WHERE item_id = ? ORDER BY position", [item_id], entered)
    editor = open_editor(tab, tab.model.index_of(item_id, COL_SLOT))
    enter(editor, GUI_TEXTS["controls"], multiline=False)
    key(editor, "Key_Return")  # refused with a message (closed by Dialogs)
    wait(100)
    if tab.view.focusWidget() is not tab.view:
        key(tab.view.focusWidget(), "Key_Escape")
    expect("unchanged", field.format("pinned_start"), [item_id])
    editor = open_editor(tab, tab.model.index_of(item_id, COL_DURATION))
    key(editor, "Key_A", "ControlModifier")
    type_keys(editor, "25")
    key(editor, "Key_Return")
    expect("value", field.format("duration_min"), [item_id], value=[25])
    editor = open_editor(tab, tab.model.index_of(item_id, COL_KIND))
    key(editor, "Key_Down")
    chosen = editor.currentData()
    key(editor, "Key_Return")
    expect("value", field.format("kind"), [item_id], value=[chosen])


def hostile_walk(window, _arg: str) -> int:
    tab = show_tab(window, "Dagsorden")
    db, stack = window.ctx.store.path, undo_stack(window)
    dialogs = Dialogs(window)  # noqa: F841 - kept alive for the whole scenario
    seen = dump(db)
    view_all(tab)
    emit("VIEWED", {"phase": "before typing", "diff": differences(seen, dump(db)), "steps": stack.count()})
    before, start = rows(db), stack.index()
    for n, row in enumerate(range(3, min(tab.model.rowCount(), 3 + 2 * soak()))):
        click_row(tab.view, row)
        item_id = tab.current_item().id
        _panes(tab, item_id, n % 2)
        _tree(tab, item_id, n % 2)
    box = window.meeting_box  # another meeting and back, from the keyboard
    focus(box)
    key(box, "Key_Down")
    wait(50)
    key(box, "Key_Up")
    wait(50)
    after, seen = rows(db), dump(db)
    steps = stack.index() - start
    view_all(tab)
    emit("VIEWED", {"phase": "after typing", "diff": differences(seen, dump(db)),
                    "steps": stack.index() - start - steps})
    undo_redo(window, tab.view, db, steps, before, after)
    return 0


SCENARIOS = {"agenda_presenter_pick": presenter_pick, "agenda_view_odd_text": view_odd_text,
             "agenda_hostile": hostile_walk}
