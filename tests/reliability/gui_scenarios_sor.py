"""SOR-forslag scenarios for gui_driver.py: picking from the reference completer (the
crash of issue 18, defect 2), and viewing proposals whose stored text Qt shows
differently (defect 3)."""

from __future__ import annotations

from gui_driver import choose_in_popup, click_row, emit, focus, key, show_tab, undo_stack, wait, wait_until

PICK = "sygep"
NAME, CODE = "Hjemmesygeplejeenhed", "550621000005101"


def _row_of(tab, proposal_id: int) -> int:
    return tab.proxy.view_index_of(proposal_id).row()


def _popup_row(popup, startswith: str) -> int:
    model = popup.model()
    return next(r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith(startswith))


def _pick(tab, how: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field = tab.form.current_name
    focus(field)
    key(field, "Key_A", "ControlModifier")
    QTest.keyClicks(field, PICK)
    popup = field.completer().popup()
    wait_until(popup.isVisible, 3, "the completer's popup")
    if how == "pause":  # the typed letters are autosaved before the pick
        wait(1100)
    row = _popup_row(popup, NAME + " (")
    if how == "click":
        index = popup.model().index(row, 0)
        popup.scrollTo(index)
        QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center())
    else:
        choose_in_popup(popup, row)
    wait(150)


def completer_pick(window, _arg: str) -> int:
    """Type »sygep« in Nuværende navn and pick Hjemmesygeplejeenhed from the popup:
    with Down+Enter, with a click, and after a pause (autosave of the letters first)."""
    tab = show_tab(window, "SOR-forslag")
    stack = undo_stack(window)
    ids = [p.id for p in tab.proposals]
    for proposal_id, how in ((ids[0], "keys"), (ids[3], "click"), (ids[1], "pause")):
        click_row(tab.list_view, _row_of(tab, proposal_id))
        before = stack.count()
        _pick(tab, how)
        tab.form.grab().save(f"{window.ctx.store.path}.{how}.png")
        emit("PICKED", {"id": proposal_id, "how": how, "name": tab.form.current_name.text(),
                        "code": tab.form.concept_code.text(), "steps": stack.count() - before,
                        "undo_text": stack.undoText()})
    click_row(tab.list_view, _row_of(tab, ids[1]))
    focus(tab.list_view)
    key(tab.list_view, "Key_Z", "ControlModifier")  # Rediger > Fortryd
    wait(50)
    emit("UNDONE", {"id": ids[1], "name": tab.form.current_name.text(),
                    "code": tab.form.concept_code.text()})
    return 0


def view_odd_text(window, arg: str) -> int:
    """Move between proposals and back, by keyboard and by mouse, and through the
    pages of the proposal; report the undo stack (viewing must add nothing)."""
    tab = show_tab(window, "SOR-forslag")
    stack = undo_stack(window)
    target = int(arg)
    for _ in range(3):
        click_row(tab.list_view, _row_of(tab, target))
        focus(tab.list_view)
        key(tab.list_view, "Key_Down")
        key(tab.list_view, "Key_Up")
        for page in range(tab.pages.count()):
            tab.pages.setCurrentIndex(page)
            wait(10)
        tab.pages.setCurrentIndex(0)
        click_row(tab.list_view, (_row_of(tab, target) + 1) % tab.proxy.rowCount())
    click_row(tab.list_view, _row_of(tab, target))
    emit("VIEWED", {"steps": stack.count(), "undo_text": stack.undoText(),
                    "title": tab.form.title.text()})
    return 0


SCENARIOS = {"sor_completer_pick": completer_pick, "sor_view_odd_text": view_odd_text}
