"""The one autosave mechanism (kkrdesk.ui.autosave) on bare widgets: only real typing
is an edit, whatever Qt makes of the stored text; the echo of a save leaves the field
as typed; a refused value stays typed; the idle timer, Enter and focus-out save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from kkrdesk.ui.autosave import AUTOSAVE, FILTER, PAUSE_MS, AutoSaveText, Autosave, mark_filter

# Stored text Qt shows otherwise: a leading byte-order mark is dropped by any widget, a
# plain-text editor makes U+2029 and U+2028 line breaks (and toPlainText a no-break
# space a plain one).
ODD = ["\ufeffTitel", "a\u00a0b", "første\u2029anden", "linje\u2028linje", "\ufeff\u00a0\u2029"]


@pytest.fixture
def form(qtbot):
    box = QWidget()
    layout = QVBoxLayout(box)
    line, text, spin, other = QLineEdit(), QPlainTextEdit(), QSpinBox(), QLineEdit()
    for w in (line, text, spin, other):
        layout.addWidget(w)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    saved: list = []
    binds = {w: Autosave(w, lambda v: saved.append(v)) for w in (line, text, spin)}
    return box, line, text, spin, other, binds, saved


@pytest.mark.parametrize("stored", ODD)
def test_showing_odd_stored_text_and_leaving_is_no_edit(form, qtbot, stored):
    _box, line, text, _spin, other, binds, saved = form
    for widget in (line, text):
        binds[widget].reset(stored)
        widget.setFocus()
        other.setFocus()  # focus-out commits, but nothing was typed
        binds[widget].commit()
        binds[widget].load(stored)  # read again after someone else's change: the same
    assert saved == []


def test_typing_saves_after_the_pause_without_leaving(form, qtbot):
    _box, line, _text, _spin, _other, binds, saved = form
    binds[line].reset("Før")
    line.setFocus()
    qtbot.keyClicks(line, " og efter")
    qtbot.wait(PAUSE_MS // 2)
    assert saved == []
    qtbot.waitUntil(lambda: saved == ["Før og efter"], timeout=PAUSE_MS * 3)
    assert line.hasFocus()


def test_enter_and_focus_out_save_at_once(form, qtbot):
    _box, line, text, _spin, other, binds, saved = form
    line.setFocus()
    qtbot.keyClicks(line, "Enter")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    text.setFocus()
    qtbot.keyClicks(text, "tekst\u00a0med hårdt mellemrum")
    other.setFocus()
    assert saved == ["Enter", "tekst\u00a0med hårdt mellemrum"]  # the no-break space is kept


def test_the_echo_of_a_save_leaves_the_field_as_typed(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    stored = []

    def commit(value):  # the service tidies; the refresh shows the tidied value
        stored.append(value.strip())
        bind.load(value.strip())

    bind = Autosave(field, commit)
    bind.reset("")
    qtbot.keyClicks(field, "Titel ")
    bind.commit()
    assert stored == ["Titel"] and field.text() == "Titel " and field.cursorPosition() == 6
    bind.load("Titel")  # another refresh, same stored value: still as typed
    assert field.text() == "Titel "
    bind.load("Fortrudt")  # an undo from the menu: shown
    assert field.text() == "Fortrudt"


def test_a_refused_value_stays_typed_and_retyping_the_stored_one_clears_it(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    calls = []
    bind = Autosave(field, lambda v: calls.append(v) or v != "")
    bind.reset("Navn")
    field.clear()
    bind.commit()
    assert calls == [""] and bind.typing()
    bind.load("Navn")  # a refresh does not overwrite what is being fixed
    assert field.text() == ""
    qtbot.keyClicks(field, "Navn")
    bind.commit()  # the stored value again: asked, so the message can go
    assert calls == ["", "Navn"] and not bind.typing()


def test_a_record_switched_during_the_save_is_not_claimed(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    bind = Autosave(field, lambda v: bind.reset("Næste post"))  # the save moved the selection
    bind.reset("Første")
    qtbot.keyClicks(field, " rettet")
    bind.commit()
    assert field.text() == "Næste post" and not bind.typing()


def test_loading_never_saves(qtbot):
    spin, text = QSpinBox(), AutoSaveText()
    for w in (spin, text):
        qtbot.addWidget(w)
    saved = []
    bind = Autosave(spin, saved.append)
    text.committed.connect(saved.append)
    bind.reset(7)
    text.reset("a\u2029b")
    qtbot.wait(PAUSE_MS + 200)
    assert saved == [] and not bind.timer.isActive()


def test_marks(qtbot):
    field, search = QLineEdit(), QLineEdit()
    Autosave(field, lambda v: None)
    mark_filter(search)
    assert field.property(AUTOSAVE) and not field.property(FILTER)
    assert search.property(FILTER) and not search.property(AUTOSAVE)


@pytest.fixture
def lasting_field():
    """A field that outlives the model tester's own checks at teardown."""
    field = QLineEdit()
    yield field
    field.deleteLater()


def test_the_reference_completer_model_is_updated_in_place(lasting_field, qtmodeltester):
    from kkrdesk.core.enums import SorCodeKind
    from kkrdesk.ui.sor.fields import CODE_ROLE, NAME_ROLE, CodeCompleter
    from kkrdesk.views.sor import SorCodeView

    field = lasting_field
    completer = CodeCompleter(field)
    kind = next(iter(SorCodeKind))
    first = [SorCodeView("550621000005101", "Hjemmesygeplejeenhed", kind),
             SorCodeView("554221000005108", "Bosted", kind)]
    completer.set_codes(first)
    model = completer.model()
    qtmodeltester.check(model, force_py=True)
    completer.set_codes(first + [SorCodeView("900000000000001", "Kommunikationsenhed", kind)])
    qtmodeltester.check(model, force_py=True)
    assert completer.model() is model and model.rowCount() == 3
    index = model.index(2, 0)
    assert (index.data(), index.data(NAME_ROLE), index.data(CODE_ROLE)) == (
        "Kommunikationsenhed (900000000000001) · enhedstype", "Kommunikationsenhed",
        "900000000000001")  # the popup names the kind too (issue 22, item 3)
    assert completer.pathFromIndex(index) == "Kommunikationsenhed"
