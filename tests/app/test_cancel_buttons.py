"""Every cancel button in the program's own dialogs says »Annuller«, as Qt's Danish
translation does for its own dialogs: opened through the Dagsorden tab's buttons and
closed with that button, nothing is changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

import kkrdesk
from dialog_driving import drive
from kkrdesk.services.agenda import meetings


def _cancel(dialog) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert button.text() == "Annuller"
    button.click()


@pytest.mark.parametrize("opener", ["next", "edit", "guest"])
def test_the_cancel_button_says_annuller(qtbot, agenda_tab, demo_store, opener):
    tab, problems = agenda_tab, []
    before = [m.id for m in meetings.list_meetings(demo_store)]
    if opener == "guest":
        tab.side.setCurrentWidget(tab.attendance_pane)
        button = tab.attendance_pane.guest_button
    else:
        button = tab.meeting_buttons[opener]
    drive(_cancel, problems)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    assert [m.id for m in meetings.list_meetings(demo_store)] == before


def test_no_other_spelling_of_annuller_in_the_program():
    root = Path(kkrdesk.__file__).parent
    found = [str(p.relative_to(root)) for p in root.rglob("*.py") if "Annullér" in p.read_text("utf-8")]
    assert found == []
