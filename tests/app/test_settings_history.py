"""The secretary's name typed under Filer > Indstillinger is who the SOR history says
recorded a step (the same setting as the documents' author); until a name is typed,
nobody is named, also after OK on the untouched dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from dialog_driving import drive, ok
from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.settings_dialog import SettingsDialog
from settings_driving import ok as press_ok
from settings_driving import type_over


@pytest.fixture
def tab(qtbot, store, request):
    from kkrdesk.services import recorder
    from kkrdesk.ui.sor.tab import SorTab

    request.addfinalizer(lambda: recorder.set_source(None))  # no name left for later tests
    sor.create_proposal(store, title="Ny enhedstype: akutteam", on=dt.date(2025, 5, 1))
    widget = SorTab(AppContext(store), today=dt.date(2025, 6, 18))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settings(qtbot, ctx, name: str | None) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    if name is not None:
        type_over(dialog.author, name)
    press_ok(dialog)
    assert not dialog.isVisible()


def record_a_step(qtbot, tab) -> str:
    bar, pane = tab.pages.tabBar(), tab.status_pane
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab.pages.indexOf(pane)).center())
    before = pane.timeline.toPlainText().count("registreret")
    drive(ok, problems := [])
    qtbot.mouseClick(next(iter(pane.step_buttons.values())), Qt.MouseButton.LeftButton)
    assert not problems, problems
    qtbot.waitUntil(lambda: pane.timeline.toPlainText().count("registreret") > before)
    return pane.timeline.toPlainText()


def test_the_history_names_the_secretary_typed_in_the_settings(qtbot, tab):
    settings(qtbot, tab.ctx, "Mette Hansen")
    assert record_a_step(qtbot, tab).count("af Mette Hansen") == 1


def test_ok_on_the_untouched_dialog_names_nobody(qtbot, tab):
    settings(qtbot, tab.ctx, None)
    text = record_a_step(qtbot, tab)
    assert " af " not in text and "Sekretariatet" not in text
