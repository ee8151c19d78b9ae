"""Issue 22's frictions in the SOR-forslag tab, through its widgets: a proposal without
rounds says how to start one (item 9), and the timeline names who recorded a step by the
secretary's name from the one place that will hold it, never by the login of the
operating system (»root«, item 11)."""

from __future__ import annotations

import datetime as dt
import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dialog_driving import drive, ok
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui import context
from kkrdesk.ui.context import AppContext

TODAY = dt.date(2025, 6, 18)


def _tab(qtbot, store):
    from kkrdesk.ui.sor.tab import SorTab

    tab = SorTab(AppContext(store), today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _open_page(qtbot, tab, page) -> None:
    bar = tab.pages.tabBar()
    rect = bar.tabRect(tab.pages.indexOf(page))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.pages.currentWidget() is page


def sentences_in(view) -> list[str]:
    return [w.text() for w in view.viewport().findChildren(QLabel) if w.isVisible() and w.text()]


def test_a_proposal_without_rounds_says_how_to_start_one(qtbot, store):
    sor.create_proposal(store, title="Ny enhedstype: akutteam", on=dt.date(2025, 5, 1))
    tab = _tab(qtbot, store)
    _open_page(qtbot, tab, tab.rounds_pane)
    pane = tab.rounds_pane
    hints = sentences_in(pane.round_view)
    assert any("ingen høringsrunder" in t and "»Ny høringsrunde …«" in t for t in hints), hints
    assert sentences_in(pane.response_view) == []  # no round chosen: nothing to answer yet
    drive(ok, problems := [])
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    qtbot.waitUntil(lambda: pane.rounds.rowCount() == 1)
    assert sentences_in(pane.round_view) == []
    assert any("»Nyt høringssvar …«" in t for t in sentences_in(pane.response_view))


def _record_a_step(qtbot, tab) -> str:
    """Click the first next step, accept its dialog; the timeline's text afterwards."""
    _open_page(qtbot, tab, tab.status_pane)
    before = tab.status_pane.timeline.toPlainText().count("registreret")
    drive(ok, problems := [])
    qtbot.mouseClick(next(iter(tab.status_pane.step_buttons.values())), Qt.MouseButton.LeftButton)
    assert not problems, problems
    qtbot.waitUntil(lambda: tab.status_pane.timeline.toPlainText().count("registreret") > before)
    return tab.status_pane.timeline.toPlainText()


def test_the_timeline_never_names_the_login_of_the_machine(qtbot, store, monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "loginnavn")  # »root« on the reporter's machine
    sor.create_proposal(store, title="Ny enhedstype: akutteam", on=dt.date(2025, 5, 1))
    tab = _tab(qtbot, store)
    text = _record_a_step(qtbot, tab)
    assert "loginnavn" not in text
    assert " af " not in text  # no settings name yet: nobody is named


def test_the_secretary_s_name_comes_from_one_place(qtbot, store, monkeypatch, request):
    """The settings dialog to come changes context.secretary_name only; what it returns
    is what the history records."""
    from kkrdesk.services import recorder

    monkeypatch.setattr(context, "secretary_name", lambda: "Mette Hansen")
    request.addfinalizer(lambda: recorder.set_source(None))  # no name left for later tests
    sor.create_proposal(store, title="Ny enhedstype: akutteam", on=dt.date(2025, 5, 1))
    tab = _tab(qtbot, store)
    text = _record_a_step(qtbot, tab)
    # the new step; the one made before the window opened names nobody
    assert text.count("af Mette Hansen") == 1
