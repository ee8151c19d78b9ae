"""Issue 22, item 2: a change of a round's status drives its proposals' status in one undo
step (sent: drafts »I høring«; to SDS: »Sendt til SDS«; answered: »Input modtaget«), and a
status that waits on someone shows until when and turns overdue by itself, also without
a round (»Sendt til SDS« with the configured weeks)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dialog_driving import drive, ok
from kkrdesk.core.enums import SorStatus as S
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.context import AppContext

JUNE18 = dt.date(2025, 6, 18)
MAY1, MAY6, MAY30, JUNE3 = dt.date(2025, 5, 1), dt.date(2025, 5, 6), dt.date(2025, 5, 30), dt.date(2025, 6, 3)


def _tab(qtbot, store, today=JUNE18):
    from kkrdesk.ui.sor.tab import SorTab

    tab = SorTab(AppContext(store), today=today)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    return tab


def _course(store, pid) -> list[tuple[S, dt.date]]:
    return [(h.status, h.changed_on) for h in sor.get_proposal(store, pid).history]


def _two_drafts(store) -> list[int]:
    return [sor.create_proposal(store, title=t, on=MAY1) for t in ("Ny enhedstype: akutteam",
                                                                   "Ny specialekode: akutsygepleje")]


def _select_all(tab) -> None:
    tab.list_view.selectAll()
    assert len(tab.selected_ids()) == tab.proxy.rowCount()


def test_marking_a_round_sent_puts_its_drafts_in_consultation_in_one_undo_step(qtbot, store):
    ids = _two_drafts(store)
    tab = _tab(qtbot, store)
    _select_all(tab)

    def unsent(d):
        d.sent.clear()  # registered before it goes out
        ok(d)
    drive(unsent, problems := [])
    qtbot.mouseClick(tab.round_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert [_course(store, pid) for pid in ids] == [[(S.DRAFT, MAY1)]] * 2
    pane = tab.rounds_pane
    assert pane.sent_button.isEnabled()
    qtbot.mouseClick(pane.sent_button, Qt.MouseButton.LeftButton)
    (r,) = sor_rounds.list_rounds(store)
    assert (r.sent_on, r.deadline) == (JUNE18, dt.date(2025, 7, 12))  # 24 days, the usual period
    assert [_course(store, pid) for pid in ids] == [[(S.DRAFT, MAY1), (S.IN_CONSULTATION, JUNE18)]] * 2
    stack = tab.ctx.undo_stack
    assert stack.undoText().startswith("Markér »Forslag til nye SOR-") and stack.undoText().endswith("som sendt")
    steps = [h.id for pid in ids for h in sor.get_proposal(store, pid).history]
    stack.undo()
    assert sor_rounds.list_rounds(store)[0].sent_on is None
    assert [_course(store, pid) for pid in ids] == [[(S.DRAFT, MAY1)]] * 2
    assert [sor.get_proposal(store, pid).status for pid in ids] == [S.DRAFT, S.DRAFT]
    stack.redo()
    assert [h.id for pid in ids for h in sor.get_proposal(store, pid).history] == steps


def test_a_round_to_sds_moves_proposals_with_input_to_sent_to_sds(qtbot, store):
    ids = _two_drafts(store)
    for pid in ids:
        sor.add_step(store, pid, S.IN_CONSULTATION, MAY6)
        sor.add_step(store, pid, S.INPUT_RECEIVED, MAY30)
    tab = _tab(qtbot, store)
    _select_all(tab)

    def to_sds(d):
        assert d.recipients.names() == ["Sundhedsdatastyrelsen"]  # proposals with input go on
        d.sent.setFocus()
        d.sent.selectAll()
        qtbot.keyClicks(d.sent, "03-06-2025")
        assert d.deadline.date() == dt.date(2025, 6, 17)  # two weeks for SDS
        ok(d)
    drive(to_sds, problems := [])
    qtbot.mouseClick(tab.round_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert [sor.get_proposal(store, pid).status for pid in ids] == [S.SENT_TO_SDS] * 2
    assert all(_course(store, pid)[-1] == (S.SENT_TO_SDS, JUNE3) for pid in ids)
    tab.ctx.undo_stack.undo()  # one step: the round and both steps
    assert sor_rounds.list_rounds(store) == []
    assert [sor.get_proposal(store, pid).status for pid in ids] == [S.INPUT_RECEIVED] * 2


def test_input_after_the_deadline_answers_the_round_and_moves_the_proposals(qtbot, store):
    ids = _two_drafts(store)
    rid = sor_rounds.create_round(store, title="Høring", recipients=["KKR-digitaliseringsnetværket",
                                  "KKR", "KL"], proposal_ids=ids, sent_on=MAY6, deadline=MAY30).round_id
    assert [sor.get_proposal(store, pid).status for pid in ids] == [S.IN_CONSULTATION] * 2
    tab = _tab(qtbot, store)
    tab.pages.setCurrentWidget(tab.rounds_pane)

    def answer(d):
        assert d.received.date() == MAY30 and d.closes.isChecked()
        d.who.tick("KKR")
        d.who.tick("KL")
        ok(d)
    drive(answer, problems := [])
    qtbot.mouseClick(tab.rounds_pane.new_resp_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    r = sor_rounds.get_round(store, rid)
    assert r.answered_on == MAY30 and [x.respondent for x in r.responses] == ["KKR", "KL"]
    assert all(_course(store, pid)[-1] == (S.INPUT_RECEIVED, MAY30) for pid in ids)
    assert tab.ctx.undo_stack.undoText() == "Høringssvar fra KKR og KL"
    tab.ctx.undo_stack.undo()
    r = sor_rounds.get_round(store, rid)
    assert (r.answered_on, r.responses) == (None, ())
    assert [sor.get_proposal(store, pid).status for pid in ids] == [S.IN_CONSULTATION] * 2


@pytest.mark.parametrize("today, overdue", [(dt.date(2025, 6, 10), False), (JUNE18, True)])
def test_sent_to_sds_without_a_round_shows_when_and_turns_red_by_itself(qtbot, store, today, overdue):
    pid = sor.create_proposal(store, title="Ny enhedstype: akutteam", on=MAY1)
    for status, day in ((S.IN_CONSULTATION, MAY6), (S.INPUT_RECEIVED, MAY30), (S.SENT_TO_SDS, JUNE3)):
        sor.add_step(store, pid, status, day)
    tab = _tab(qtbot, store, today)
    tab.list_view.selectRow(0)
    assert "Svar fra SDS ventes senest 17. juni 2025" in tab.status_pane.now.text()
    due = tab.proxy.index(0, tab.model.COL_ALERT).data()
    if overdue:
        assert due == "⚠ Intet svar fra SDS"
        assert tab.banner.isVisible()
        assert tab.banner.text() == "⚠ Intet svar fra SDS efter 2 uger (sendt 3. juni 2025)"
        tab.weeks.setValue(3)  # three weeks for SDS: not late yet
        assert not tab.banner.isVisible()
        assert "Svar fra SDS ventes senest 24. juni 2025" in tab.status_pane.now.text()
    else:
        assert due == "senest 17-06-2025" and not tab.banner.isVisible()


def test_in_consultation_without_a_round_waits_the_usual_period(qtbot, store):
    pid = sor.create_proposal(store, title="Ny enhedstype: akutteam", on=MAY1)
    sor.add_step(store, pid, S.IN_CONSULTATION, MAY6)
    tab = _tab(qtbot, store)
    tab.list_view.selectRow(0)
    assert "Input ventes senest 30. maj 2025" in tab.status_pane.now.text()
    assert tab.banner.text() == "⚠ Frist for input overskredet med 19 dage"
    tab.round_days.setValue(60)
    assert not tab.banner.isVisible()
