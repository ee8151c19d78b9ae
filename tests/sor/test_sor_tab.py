"""A secretary's path through the real SOR-forslag widgets: create a proposal, type a bad
code and a good one, send it in a round, record responses, move its status to sent to
SDS, see the overdue marking, undo; corrections, filters, keys, copying the history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kkrdesk.core.enums import SorStatus
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.sor.dialogs import NewProposalDialog, StepDialog
from kkrdesk.ui.sor.response_dialog import ResponseDialog
from kkrdesk.ui.sor.round_dialogs import RoundDialog
from sor_helpers import drive, ok, sor_tab, type_into  # noqa: F401 (fixture)


@pytest.fixture
def tab(sor_tab):
    return sor_tab


def titles(tab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_follow_one_proposal_from_draft_to_sds(qtbot, tab):
    problems: list = []
    stack = tab.ctx.undo_stack

    # A new proposal through the dialog (an empty title is refused in the dialog).
    def new(d):
        assert isinstance(d, NewProposalDialog)
        ok(d)
        assert d.isVisible() and "Titel skal udfyldes" in d.error.text()
        qtbot.keyClicks(d.title, "Ny enhedstype: akutteam")
        type_into(qtbot, d.created, "02-06-2025")
        ok(d)
    drive(new, problems)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert tab.current.title == "Ny enhedstype: akutteam" and tab.current.status == SorStatus.DRAFT
    pid = tab.current.id

    # A code with a letter gets a message at the field while typing, and is not saved.
    form = tab.form
    type_into(qtbot, form.concept_code, "55062100000510X")
    assert "kun indeholde cifre" in form.boxes["concept_code"].error.text()
    form.concept_code.editingFinished.emit()
    assert sor.get_proposal(tab.ctx.store, pid).concept_code == ""
    assert form.concept_code.text() == "55062100000510X"  # nothing typed is lost
    type_into(qtbot, form.concept_code, "550621000005101")
    assert form.boxes["concept_code"].error.isHidden()
    form.concept_code.editingFinished.emit()
    qtbot.waitUntil(lambda: sor.get_proposal(tab.ctx.store, pid).concept_code == "550621000005101")
    assert stack.undoText().startswith("Ret nuværende kode på »Ny enhedstype")
    form.texts["definition"].setFocus()
    qtbot.keyClicks(form.texts["definition"], "Akutteams i kommunerne.")
    form.texts["definition"].commit()
    assert sor.get_proposal(tab.ctx.store, pid).definition == "Akutteams i kommunerne."

    # Into consultation: a date before the draft is refused in the dialog, then accepted.
    tab.pages.setCurrentWidget(tab.status_pane)
    def step(d):
        assert isinstance(d, StepDialog)
        type_into(qtbot, d.date, "01-01-2020")
        ok(d)
        assert d.isVisible() and "tilbage i tiden" in d.error.text()
        type_into(qtbot, d.date, "12-06-2025")
        ok(d)
    drive(step, problems)
    qtbot.mouseClick(tab.status_pane.step_buttons[SorStatus.IN_CONSULTATION], Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert tab.current.status == SorStatus.IN_CONSULTATION
    # Only sensible next steps are offered.
    assert set(tab.status_pane.step_buttons) == {SorStatus.INPUT_RECEIVED}

    # A round to KL and KKR; a deadline before sending is refused at the field.
    tab.pages.setCurrentWidget(tab.rounds_pane)
    def round_(d):
        assert isinstance(d, RoundDialog)
        for name in ("KL", "KKR"):
            d.recipients.box.setEditText(name)
            d.recipients.add_button.click()
        type_into(qtbot, d.sent, "12-06-2025")
        type_into(qtbot, d.deadline, "01-06-2025")
        ok(d)
        assert d.isVisible() and "Fristen" in d.error.text()
        assert d.deadline.styleSheet()  # the field is marked
        type_into(qtbot, d.deadline, "30-06-2025")
        ok(d)
    drive(round_, problems)
    qtbot.mouseClick(tab.rounds_pane.new_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    rounds = tab.rounds_pane.rounds
    assert rounds.rowCount() == 1 and rounds.index(0, 1).data() == "KKR, KL"

    # The deadline has passed on 10 July: the list and the proposal say so.
    row = tab.proxy.view_index_of(pid).row()
    assert tab.proxy.index(row, tab.model.COL_ALERT).data() == "⚠ Frist overskredet"
    assert tab.banner.isVisible() and "Frist overskredet med 10 dage" in tab.banner.text()
    tab.overdue_only.click()
    assert "Ny enhedstype: akutteam" in titles(tab)
    tab.overdue_only.click()

    # A response from KL (the list holds only the round's recipients); recorded after the
    # deadline, it answers the round, and the proposal has »Input modtaget« that day.
    def response(d):
        assert isinstance(d, ResponseDialog)
        assert d.who.values() == ["KKR", "KL"]
        assert d.received.date() == dt.date(2025, 6, 30)  # the deadline, which has passed
        assert d.closes.isChecked()
        d.who.tick("KL")
        type_into(qtbot, d.received, "11-06-2025")
        ok(d)
        assert d.isVisible() and "før runden blev sendt" in d.error.text()
        type_into(qtbot, d.received, "28-06-2025")
        d.position.setCurrentIndex(d.position.findText("Støtter med bemærkninger"))
        d.text.setPlainText("KL støtter forslaget.")
        ok(d)
    drive(response, problems)
    qtbot.mouseClick(tab.rounds_pane.new_resp_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert tab.rounds_pane.responses.index(0, 2).data() == "Støtter med bemærkninger"
    sor_round = tab.rounds_pane.current_round()
    assert sor_rounds.get_round(tab.ctx.store, sor_round.id).answered_on == dt.date(2025, 6, 28)
    assert (tab.current.status, tab.current.status_since) == (SorStatus.INPUT_RECEIVED, dt.date(2025, 6, 28))
    assert not tab.banner.isVisible()

    # Sent to SDS: the step's date starts at today, as no SDS round says otherwise.
    def go(d):
        assert d.date.date() == dt.date(2025, 7, 10)
        type_into(qtbot, d.date, "01-07-2025")
        ok(d)
    drive(go, problems)
    tab.pages.setCurrentWidget(tab.status_pane)
    qtbot.mouseClick(tab.status_pane.step_buttons[SorStatus.SENT_TO_SDS], Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert tab.current.status == SorStatus.SENT_TO_SDS
    assert tab.proxy.index(tab.proxy.view_index_of(pid).row(), 1).data() == "Sendt til SDS"
    timeline = tab.status_pane.timeline.toPlainText()
    assert "Sendt til SDS" in timeline and "01-07-2025" in timeline

    # Undo the last step from the undo stack: the proposal is back at Input modtaget.
    assert stack.undoText() == "Status »Sendt til SDS« for »Ny enhedstype: akutteam«"
    stack.undo()
    assert tab.current.status == SorStatus.INPUT_RECEIVED
    stack.redo()
    assert tab.current.status == SorStatus.SENT_TO_SDS


def test_rounds_follow_the_selected_proposal(tab):
    tab.list_view.selectRow(4)  # the bostøtte question was not sent to SDS
    assert tab.current.title.startswith("Nye enhedstypers forhold")
    assert tab.rounds_pane.rounds.rowCount() == 1
    tab.list_view.selectRow(0)
    assert tab.rounds_pane.rounds.rowCount() == 2
    sds = tab.rounds_pane.rounds.index(1, 4).data()
    assert sds.startswith("Intet svar fra SDS efter 5 uger")  # 3 June to 10 July
    tab.weeks.setValue(6)
    assert tab.rounds_pane.rounds.index(1, 4).data() == "Afventer svar"
    assert not tab.banner.isVisible()


def test_filters_and_search(tab):
    tab.search.setText("sygepleje")
    assert titles(tab) == ["Hjemmesygepleje omdøbes til kommunal sygepleje"]
    tab.search.setText("")
    tab.status_filter.setCurrentIndex(tab.status_filter.findText("Input modtaget"))
    assert titles(tab) == ["Nye enhedstypers forhold til »bostøtte« og »bosted«"]
    tab.status_filter.setCurrentIndex(0)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findText("Ny specialekode"))
    assert titles(tab) == ["Egen specialekode til kommunikationsenhed"]


def test_timeline_text_can_be_selected_and_copied(tab):
    tab.pages.setCurrentWidget(tab.status_pane)
    view = tab.status_pane.timeline
    view.selectAll()
    view.copy()
    copied = QApplication.clipboard().text()
    assert "Input modtaget" in copied and "30-05-2025" in copied
    tab.status_pane.copy_button.click()
    assert QApplication.clipboard().text().splitlines()[0] == tab.current.title


def test_keys_and_delete_with_undo(qtbot, tab, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tab.list_view.setFocus()
    tab.list_view.selectRow(1)
    qtbot.keyClick(tab.list_view, Qt.Key.Key_F2)
    assert tab.form.title.hasFocus()
    gone = tab.current
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.list_view.setFocus()
    qtbot.keyClick(tab.list_view, Qt.Key.Key_Delete)
    assert gone.title not in titles(tab)
    assert tab.ctx.undo_stack.undoText() == f"Slet forslag »{gone.title[:39]}…«" or \
        tab.ctx.undo_stack.undoText() == f"Slet forslag »{gone.title}«"
    tab.ctx.undo_stack.undo()
    assert gone.title in titles(tab)


def test_typing_then_choosing_another_proposal_saves_on_the_first(qtbot, tab):
    first, second = tab.proposals[0], tab.proposals[1]
    tab.list_view.selectRow(0)
    notes = tab.form.texts["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "Ring til SDS")
    tab.list_view.selectRow(1)  # before the autosave pause has passed
    assert sor.get_proposal(tab.ctx.store, first.id).notes == "Ring til SDS"
    assert sor.get_proposal(tab.ctx.store, second.id).notes == ""
    assert tab.current.id == second.id and notes.toPlainText() == ""


def test_a_long_title_is_refused_at_the_field_and_kept(qtbot, tab):
    before = tab.current.title
    type_into(qtbot, tab.form.title, "x" * 301)
    tab.form.title.editingFinished.emit()
    assert "for lang" in tab.form.boxes["title"].error.text()
    assert tab.form.title.text() == "x" * 301
    assert sor.get_proposal(tab.ctx.store, tab.current.id).title == before


def test_correct_the_latest_step_through_the_dialog(qtbot, tab):
    from kkrdesk.ui.sor.dialogs import CorrectionDialog

    problems: list = []
    tab.list_view.selectRow(0)
    tab.pages.setCurrentWidget(tab.status_pane)

    def fix(d):
        assert isinstance(d, CorrectionDialog)
        options = [d.status.itemText(i) for i in range(d.status.count())]
        assert options == ["Input modtaget", "I høring"]  # what could follow Input modtaget
        d.status.setCurrentIndex(0)
        type_into(qtbot, d.date, "29-05-2025")
        ok(d)
        assert d.isVisible() and "tilbage i tiden" in d.error.text()
        type_into(qtbot, d.date, "04-06-2025")
        d.note.setPlainText("Ikke sendt til SDS endnu.")
        ok(d)
    drive(fix, problems)
    qtbot.mouseClick(tab.status_pane.correct_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert tab.current.status == SorStatus.INPUT_RECEIVED
    text = tab.status_pane.timeline.plain_text()
    assert "[rettet]" in text and "[rettelse af »Sendt til SDS«]" in text
    assert "Ikke sendt til SDS endnu." in text
    assert len(tab.current.history) == 5  # the wrong step stays in the history
    tab.ctx.undo_stack.undo()
    assert tab.current.status == SorStatus.SENT_TO_SDS and len(tab.current.history) == 4


def test_a_recipient_with_a_response_cannot_be_removed_in_the_dialog(qtbot, tab):
    problems: list = []
    tab.list_view.selectRow(0)
    tab.pages.setCurrentWidget(tab.rounds_pane)
    tab.rounds_pane.round_view.selectRow(0)

    def edit(d):
        assert d.recipients.names() == ["KKR-digitaliseringsnetværket", "KKR", "KL"]
        d.recipients.list.item(2).setCheckState(Qt.CheckState.Unchecked)  # KL, who answered
        ok(d)
        assert d.isVisible() and "KL har afgivet høringssvar" in d.error.text()
        assert d.title.text() == "Forslag til nye SOR-enhedstyper og SOR-specialekoder"
    drive(edit, problems)
    qtbot.mouseClick(tab.rounds_pane.edit_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert sor_rounds.list_rounds(tab.ctx.store)[0].recipients == ("KKR-digitaliseringsnetværket", "KKR", "KL")


def test_a_proposal_sds_has_decided_warns_of_nothing(qtbot, tab, tmp_path):
    """A round to KL with a passed deadline and no answered date: once SDS approves the
    proposal, neither the list, the banner, the rounds pane nor the workbook warns."""
    from openpyxl import load_workbook

    from kkrdesk.export.overview_xlsx import export_overview
    from kkrdesk.services.overview.gather import overview_data

    problems: list = []
    store = tab.ctx.store
    title = "Hjemmesygepleje omdøbes til kommunal sygepleje"
    pid = next(p.id for p in sor.list_proposals(store) if p.title == title)
    sor_rounds.create_round(store, title="Opfølgning hos KL", recipients=["KL"], proposal_ids=[pid],
                            sent_on=dt.date(2025, 6, 5), deadline=dt.date(2025, 6, 20))
    tab.weeks.setValue(2)  # SDS counts as late after two weeks
    tab.refresh()
    tab.list_view.selectRow(tab.proxy.view_index_of(pid).row())
    assert "Frist overskredet med 20 dage (Opfølgning hos KL)" in tab.banner.text()

    tab.pages.setCurrentWidget(tab.status_pane)
    def approve(d):
        assert isinstance(d, StepDialog)
        type_into(qtbot, d.date, "08-07-2025")
        ok(d)
    drive(approve, problems)
    qtbot.mouseClick(tab.status_pane.step_buttons[SorStatus.APPROVED], Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert tab.current.id == pid and tab.current.status == SorStatus.APPROVED

    row = tab.proxy.view_index_of(pid).row()
    assert tab.proxy.index(row, 1).data() == "Godkendt"
    assert tab.proxy.index(row, tab.model.COL_ALERT).data() == ""
    assert not tab.banner.isVisible()
    tab.pages.setCurrentWidget(tab.rounds_pane)
    rounds = tab.rounds_pane.rounds
    state = {rounds.index(i, 0).data(): rounds.index(i, 4).data() for i in range(rounds.rowCount())}
    assert state["Opfølgning hos KL"] == "Afgjort af SDS"  # its only proposal is decided
    # the round to SDS still holds three proposals waiting for an answer
    assert state["Tilrettet forslag til nye SOR-enhedstyper og SOR-specialekoder"].startswith(
        "Intet svar fra SDS")

    path = tmp_path / "oversigt.xlsx"
    export_overview(overview_data(store, today=dt.date(2025, 7, 10)), path)
    book = load_workbook(path)

    def table(name):
        rows = list(book[name].iter_rows(values_only=True))
        return [dict(zip(rows[0], r)) for r in rows[1:]]
    proposals = {r["Forslag"]: r for r in table("SOR-forslag")}
    assert not proposals[title]["Advarsel"]
    assert proposals["Ny enhedstype: lettilgængelige tilbud"]["Advarsel"].startswith("Intet svar fra SDS")
    runs = {r["Høringsrunde"]: r for r in table("SOR-høringsrunder")}
    assert runs["Opfølgning hos KL"]["Besvaret"] is None and not runs["Opfølgning hos KL"]["Advarsel"]
