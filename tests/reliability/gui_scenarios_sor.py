"""SOR-forslag scenarios for gui_driver.py: picking from the reference completer (the
crash of issue 18, defect 2), and viewing proposals whose stored text Qt shows
differently (defect 3)."""

from __future__ import annotations

from gui_driver import soak, choose_in_popup, click_row, emit, focus, key, show_tab, undo_stack, wait, wait_until
from gui_hostile import Dialogs, differences, dump, enter, expect, rows, type_keys, undo_redo
from hostile import GUI_LONG, GUI_TEXTS

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


def view_all(tab) -> None:
    """Every proposal, every page of it; no typing."""
    for row in range(tab.proxy.rowCount()):
        click_row(tab.list_view, row)
        for page in range(tab.pages.count()):
            tab.pages.setCurrentIndex(page)
            wait(5)
    tab.pages.setCurrentIndex(0)


def _fill(tab, pid: int, n: int) -> None:
    """Paste hostile text into every field of the proposal, pick from the completer and
    the type box, and fix the refused codes."""
    form, samples = tab.form, list(GUI_TEXTS.values())
    sql = "SELECT {} FROM sor_proposal WHERE id = ?"
    for i, field in enumerate(("title", "proposed_name")):
        entered = enter(getattr(form, field), samples[(i + n) % len(samples)], multiline=False)
        expect("text", sql.format(field), [pid], entered, single=True)
    for i, field in enumerate(("definition", "rationale", "open_questions", "notes")):
        text = GUI_LONG if i == n % 4 else samples[(i + 2 + n) % len(samples)]
        entered = enter(form.texts[field], text, multiline=True)
        expect("text", sql.format(field), [pid], entered, single=False)
    for field, good in (("concept_code", "918273645"), ("related_codes", "918273646, 918273647")):
        enter(getattr(form, field), samples[n % len(samples)], multiline=False)
        focus(tab.list_view)
        emit("REFUSAL", {"field": field, "message": form.boxes[field].error.text()})
        focus(getattr(form, field))
        key(getattr(form, field), "Key_A", "ControlModifier")
        type_keys(getattr(form, field), good)
        focus(tab.list_view)
        if field == "related_codes":  # the code: by the pick below
            expect("value", sql.format(field), [pid], value=[good.replace(",", "")])
    _pick(tab, "keys")
    expect("value", sql.format("current_name, concept_code"), [pid], value=[NAME, CODE])
    focus(form.kind)
    key(form.kind, "Key_Down")
    wait(30)
    expect("value", sql.format("kind"), [pid], value=[form.kind.currentData()])


def hostile_walk(window, _arg: str) -> int:
    tab = show_tab(window, "SOR-forslag")
    db, stack = window.ctx.store.path, undo_stack(window)
    dialogs = Dialogs(window)  # noqa: F841 - kept alive for the whole scenario
    seen = dump(db)
    view_all(tab)
    emit("VIEWED", {"phase": "before typing", "diff": differences(seen, dump(db)), "steps": stack.count()})
    before, start = rows(db), stack.index()
    ids = [p.id for p in tab.proposals][:2 * soak()]
    for n, pid in enumerate(ids):
        click_row(tab.list_view, _row_of(tab, pid))
        _fill(tab, pid, n)
    for text in GUI_TEXTS.values():  # the filters: hostile searches, then all again
        enter(tab.search, text, multiline=False)
        wait(20)
    key(tab.search, "Key_A", "ControlModifier")
    key(tab.search, "Key_Delete")
    for box in (tab.status_filter, tab.kind_filter):
        focus(box)
        key(box, "Key_Down")
        key(box, "Key_Up")
    click_row(tab.list_view, _row_of(tab, ids[0]))
    after, seen = rows(db), dump(db)
    steps = stack.index() - start
    view_all(tab)
    emit("VIEWED", {"phase": "after typing", "diff": differences(seen, dump(db)),
                    "steps": stack.index() - start - steps})
    undo_redo(window, tab.list_view, db, steps, before, after)
    return 0


SCENARIOS = {"sor_completer_pick": completer_pick, "sor_view_odd_text": view_odd_text,
             "sor_hostile": hostile_walk}
