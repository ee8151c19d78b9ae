"""The chair's live view writes its times with the clock separator of the settings
(12.00 or 12:00), like the agenda, the documents and the calendar files. On main it
always wrote 12.00, whatever the setting said. The figures are the demo's agenda of
18 June 2025: Velkomst 12.00–12.10, Meddelelser from 12.10, the meeting from 12.00."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kkrdesk.core.clock import ManualClock
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store):
    ctx = AppContext(demo_store)
    ctx.clock = ManualClock(dt.datetime(2025, 6, 18, 11, 58))
    ctx.time_sep = ":"  # Indstillinger > Klokkeslæt: 12:00
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.refresh()
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_live_view_follows_the_colon_setting(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    view = window.ctx.live_view
    shown = {name: label.text() for name, label in view.panel.labels.items() if label.isVisible()}
    assert shown["clock"] == "kl. 11:58"
    assert shown["behind"] == "Mødet begynder kl. 12:00"
    assert shown["next"] == "Næste: 2. Meddelelser · v. KOMBIT og MedCom · kl. 12:10"
    assert "planlagt kl. 12:00–12:10" in shown["countdown_note"]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
