"""Issue 22, item 5: several proposals pasted from a spreadsheet (columns by tab) or a
slide (one per line) become proposals in one step, after a preview that says what will
be made, where a title or type is fixed first; cancel keeps nothing; one undo step.
Expected rows are written by hand from the pasted text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from dialog_driving import drive
from kkrdesk.core.enums import SorProposalKind as K
from kkrdesk.core.enums import SorStatus as S
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui.context import AppContext

JUNE18 = dt.date(2025, 6, 18)
SLIDE = """\
• Forslag sendt til KKR-digitaliseringsnetværket den 6. maj 2025 (frist input 30. maj)
• Input fra KKR og KL: 
• Tekstrettelser:
• Kommunikationsenhed – præciseret: 
o Enhedstypen dækker kommunale organisationer, som håndterer udstyr og teknologiske hjælpemidler til 
brug for kommunikation, samt specialundervisning til børn og voksne
o Der bør oprettes en specialekode til ”kommunikationsenhed” – ”hjælpemiddelenhed” er ikke godt nok. 
• Rettelser til eksisterende enhedstype
• Fra hjemmesygepleje til kommunal sygepleje
• Ny enhedstype
• Lettilgængelige tilbud – obs. specialekode egen eller ”børn og unge”?
OBS! 
Hvordan nye enhedstyper implementeres i forhold til de eksisterende, ex. ”bostøtte” og 
”bosted”
18-06-202568
"""
SHEET = ("Titel\tType\tNuværende navn\tNuværende kode\tForeslået navn\n"
         "Kommunal akutfunktion\tNy enhedstype\t\t\tKommunal akutfunktion\n"
         "Hjemmesygepleje bliver kommunal sygepleje\tOmdøbning\tHjemmesygepleje\t550621000005101\t"
         "Kommunal sygepleje\n")


def test_the_deck_s_slide_reads_as_five_proposals():
    from kkrdesk.imports.sor_paste import parse

    found = parse(SLIDE)
    got = [(p.title, p.kind, p.current_name, p.proposed_name, p.definition[:20], p.rationale[:20],
            p.open_questions[:20]) for p in found.proposals]
    assert got == [
        ("Kommunikationsenhed – præciseret", K.DEFINITION, "", "Kommunikationsenhed",
         "Enhedstypen dækker k", "", ""),
        ("Ny specialekode: kommunikationsenhed", K.NEW_SPECIALTY, "", "Kommunikationsenhed", "",
         "Der bør oprettes en ", ""),
        ("Hjemmesygepleje omdøbes til kommunal sygepleje", K.RENAME, "Hjemmesygepleje",
         "Kommunal sygepleje", "", "", ""),
        ("Ny enhedstype: lettilgængelige tilbud", K.NEW_UNIT_TYPE, "", "Lettilgængelige tilbud",
         "", "", "Specialekode egen el"),
        ("Hvordan nye enhedstyper implementeres i forhold til de eksisterende, ex. ”bostøtte” og "
         "”bosted”", K.QUESTION, "", "", "", "", "Hvordan nye enhedsty"),
    ]
    assert found.proposals[0].definition.endswith("til brug for kommunikation, samt "
                                                  "specialundervisning til børn og voksne")
    assert found.skipped == [(1, "forløb – føres som høringsrunde"),
                             (2, "forløb – føres som høringsrunde"), (15, "sidefod")]


def test_a_spreadsheet_s_columns_go_to_their_fields():
    from kkrdesk.imports.sor_paste import parse

    with_header = parse(SHEET)
    assert [(p.title, p.kind, p.current_name, p.concept_code, p.proposed_name)
            for p in with_header.proposals] == [
        ("Kommunal akutfunktion", K.NEW_UNIT_TYPE, "", "", "Kommunal akutfunktion"),
        ("Hjemmesygepleje bliver kommunal sygepleje", K.RENAME, "Hjemmesygepleje",
         "550621000005101", "Kommunal sygepleje")]
    bare = parse("Kommunal akutfunktion\tNy enhedstype\nBosted og bostøtte\tAfklaring\t554221000005108\n")
    assert [(p.title, p.kind, p.concept_code) for p in bare.proposals] == [
        ("Kommunal akutfunktion", K.NEW_UNIT_TYPE, ""),
        ("Bosted og bostøtte", K.QUESTION, "554221000005108")]


def _tab(qtbot, store):
    from kkrdesk.ui.sor.tab import SorTab

    tab = SorTab(AppContext(store), today=JUNE18)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _paste(qtbot, tab, fill) -> None:
    def active(d):
        d.activateWindow()  # as the window system does for a dialog that opens
        qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=2000)
        fill(d)
    drive(active, problems := [])
    tab.activateWindow()  # back from the last dialog
    qtbot.waitUntil(tab.isActiveWindow)
    tab.list_view.setFocus()
    qtbot.keyClick(tab.list_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not problems, problems


def _ok(d):
    d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_paste_previews_lets_fix_and_cancel_then_makes_all_in_one_step(qtbot, store):
    from kkrdesk.ui.sor.paste_model import COL_CREATE, COL_KIND, COL_TITLE

    tab = _tab(qtbot, store)
    QApplication.clipboard().setText(SLIDE)

    def cancel(d):
        assert d.model.rowCount() == 5 and d.ok_button.text() == "Opret 5 forslag"
        assert "Sprunget over: linje 1 og 2 (forløb – føres som høringsrunde); linje 15 (sidefod)" \
            in d.summary.text()
        d.reject()
    _paste(qtbot, tab, cancel)
    assert sor.list_proposals(store) == []  # cancel keeps nothing

    def fix(d):
        view, model = d.view, d.model
        view.edit(model.index(4, COL_TITLE))
        editor = view.viewport().focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, "Forholdet til bostøtte og bosted")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # Qt closes it queued
        kind = view.visualRect(model.index(0, COL_KIND)).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=kind)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=kind)
        qtbot.waitUntil(lambda: view.viewport().findChild(QComboBox) is not None)
        box = view.viewport().findChild(QComboBox)
        box.setCurrentIndex(box.findText("Ny enhedstype"))
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
        model.setData(model.index(1, COL_CREATE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        assert d.ok_button.text() == "Opret 4 forslag"
        _ok(d)
        assert not d.isVisible(), d.error.text()
    _paste(qtbot, tab, fix)
    made = sor.list_proposals(store)
    assert [(p.title, p.kind, p.status) for p in made] == [
        ("Kommunikationsenhed – præciseret", K.NEW_UNIT_TYPE, S.DRAFT),
        ("Hjemmesygepleje omdøbes til kommunal sygepleje", K.RENAME, S.DRAFT),
        ("Ny enhedstype: lettilgængelige tilbud", K.NEW_UNIT_TYPE, S.DRAFT),
        ("Forholdet til bostøtte og bosted", K.QUESTION, S.DRAFT)]
    assert made[1].concept_code == "550621000005101"  # the unit type known as hjemmesygepleje
    assert tab.selected_ids() == [p.id for p in made]
    stack = tab.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Indsæt 4 forslag"
    stack.undo()
    assert sor.list_proposals(store) == []
    stack.redo()
    assert [p.id for p in sor.list_proposals(store)] == [p.id for p in made]


def test_a_refused_row_is_named_and_nothing_is_made(qtbot, store):
    tab = _tab(qtbot, store)
    QApplication.clipboard().setText("Ny enhedstype: akutteam\n" + "x" * 301 + "\n")

    def bad(d):
        _ok(d)
        assert d.isVisible() and d.error.text().startswith("Forslag 2 (»Ny enhedstype: xxx")
        assert "for lang" in d.error.text()
        d.reject()
    _paste(qtbot, tab, bad)
    assert sor.list_proposals(store) == [] and tab.ctx.undo_stack.count() == 0
