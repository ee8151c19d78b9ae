"""Dagsorden scenarios for gui_driver.py: picking a presenter from the completer, in
the item pane and in the tree's in-place editor (the same crash class as defect 2),
and viewing items whose stored text Qt shows differently (defect 3's class)."""

from __future__ import annotations

from gui_driver import choose_in_popup, click_row, emit, focus, key, show_tab, undo_stack, wait, wait_until

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
    from kkrdesk.ui.agenda.model import COL_PRESENTERS

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
    from kkrdesk.ui.agenda.model import COL_PRESENTERS, COL_TITLE

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


SCENARIOS = {"agenda_presenter_pick": presenter_pick, "agenda_view_odd_text": view_odd_text}
