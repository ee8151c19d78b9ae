"""Issue 22, item 1: no date field simply starts at today when the context says better. A
round is sent the day it is registered, or on the meeting's date when it is sent from an
agenda item; its deadline is the sent date plus the round's usual period (a setting, 24
days by default, the deck's 6 May -> 30 May; SDS: the weeks it has to answer); a
response arrives on the round's answer or its passed deadline; a status step takes the
date of the round that caused it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dialog_driving import drive, ok
from kkrdesk.core.enums import SorStatus as S
from kkrdesk.services.sor import proposals as sor
from kkrdesk.services.sor import rounds as sor_rounds
from kkrdesk.ui.context import AppContext

JUNE18 = dt.date(2025, 6, 18)


def _tab(qtbot, store, today=JUNE18):
    from kkrdesk.ui.sor.tab import SorTab

    tab = SorTab(AppContext(store), today=today)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    return tab


def _typed(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_round_s_deadline_follows_its_sent_date_by_the_usual_period(qtbot, store):
    sor.create_proposal(store, title="Ny enhedstype: akutteam", on=dt.date(2025, 5, 1))
    tab = _tab(qtbot, store)
    tab.list_view.selectRow(0)
    seen: dict = {}

    def look(d):
        seen["start"] = (d.sent.date(), d.deadline.date(), d.recipients.names())
        _typed(qtbot, d.sent, "06-05-2025")
        seen["typed"] = d.deadline.date()
        d.recipients.list.tick("Sundhedsdatastyrelsen")
        seen["sds"] = d.deadline.date()
        _typed(qtbot, d.deadline, "01-06-2025")
        _typed(qtbot, d.sent, "07-05-2025")
        seen["own"] = d.deadline.date()
    drive(look, problems := [])
    qtbot.mouseClick(tab.round_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert seen["start"] == (JUNE18, dt.date(2025, 7, 12), ["KKR-digitaliseringsnetværket"])
    assert seen["typed"] == dt.date(2025, 5, 30)  # 6 May + 24 days, as in the deck
    assert seen["sds"] == dt.date(2025, 5, 20)  # SDS among them: its two weeks
    assert seen["own"] == dt.date(2025, 6, 1)  # a deadline typed stays

    tab.round_days.setValue(21)  # the secretariat's usual period is a setting

    def again(d):
        seen["setting"] = d.deadline.date()
    drive(again, problems)
    qtbot.mouseClick(tab.round_button, Qt.MouseButton.LeftButton)
    assert seen["setting"] == dt.date(2025, 7, 9)
    assert tab.ctx.settings().value("sor/round_days") in (21, "21")


def test_a_round_sent_from_an_agenda_item_is_sent_on_the_meeting_s_date(qtbot, demo_store, june18):
    from kkrdesk.services.agenda import meetings
    from kkrdesk.ui.sor.item_links import SorItemLinks

    item = next(i for i in meetings.get_detail(demo_store, june18).items if "SOR" in i.title)
    links = SorItemLinks(AppContext(demo_store))
    qtbot.addWidget(links)
    links.show_item(item.id)
    seen: dict = {}

    def look(d):
        seen["values"] = (d.sent.date(), d.deadline.date(), len(d.proposal_ids()))
    drive(look, problems := [])
    qtbot.mouseClick(links.round_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert seen["values"] == (JUNE18, dt.date(2025, 7, 12), 5)


def test_a_response_starts_at_what_the_round_says(qtbot, store):
    pid = sor.create_proposal(store, title="Forslag", on=dt.date(2025, 5, 1))
    rid = sor_rounds.create_round(store, title="Høring", recipients=["KL"], proposal_ids=[pid],
                                  sent_on=dt.date(2025, 6, 10), deadline=dt.date(2025, 7, 4)).round_id
    tab = _tab(qtbot, store)
    tab.pages.setCurrentWidget(tab.rounds_pane)
    seen: list = []

    def look(d):
        seen.append((d.received.date(), d.closes.isChecked(), d.who.ticked()))
    for _ in range(2):
        drive(look, problems := [])
        qtbot.mouseClick(tab.rounds_pane.new_resp_button, Qt.MouseButton.LeftButton)
        assert not problems, problems
        sor_rounds.update_round(store, rid, answered_on=dt.date(2025, 6, 16))
    # before the deadline: today, the round stays open; once answered: the answer's day
    assert seen == [(JUNE18, False, ["KL"]), (dt.date(2025, 6, 16), False, ["KL"])]


def test_a_status_step_starts_at_the_date_its_round_gives(qtbot, store):
    from kkrdesk.services.sor import responses as sor_responses

    pid = sor.create_proposal(store, title="Forslag", on=dt.date(2025, 5, 1))
    rid = sor_rounds.create_round(store, title="Høring", recipients=["KKR", "KL"], proposal_ids=[pid],
                                  sent_on=dt.date(2025, 5, 6), deadline=dt.date(2025, 5, 30)).round_id
    sor_responses.add_response(store, rid, respondent="KL", received_on=dt.date(2025, 5, 28))
    tab = _tab(qtbot, store)
    tab.pages.setCurrentWidget(tab.status_pane)
    seen: list = []

    def look(d):
        seen.append(d.date.date())
        ok(d)
    drive(look, problems := [])
    qtbot.mouseClick(tab.status_pane.step_buttons[S.INPUT_RECEIVED], Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert seen == [dt.date(2025, 5, 28)]  # KL's input, not today
    assert sor.get_proposal(store, pid).status_since == dt.date(2025, 5, 28)
