"""The calendar and mail exports from the window (ui/calendar_actions.py): the dialogs
they open are answered with the keyboard and mouse as a user would, and the files they
write are the ones the command line writes."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.policy import default

import icalendar
import pytest
from calendar_files import ADDRESSES, CPH, give_addresses, one_event
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from kkrdesk.ui import calendar_actions as cal
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(AppContext(demo_store))
    qtbot.addWidget(win)
    win.refresh()
    return win


def answer(kind, fill, problems: list, tries: int = 2000) -> None:
    """Run ``fill(dialog)`` on the next modal dialog of type ``kind`` once it shows (for
    ten seconds at most: a dialog that never came is a problem, not a later test's)."""
    def go(left=tries):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            if left:
                QTimer.singleShot(5, lambda: go(left - 1))
            else:
                problems.append(f"no {kind.__name__} was shown")
            return
        try:
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test afterwards
            problems.append(exc)
            dialog.reject()
    QTimer.singleShot(0, go)


def _click(qtbot, box: QMessageBox, button) -> None:
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("contact", [True, False])
def test_the_meeting_as_a_calendar_file_asks_about_addresses(qtbot, window, demo_store, tmp_path,
                                                             contact):
    give_addresses(demo_store)
    problems: list = []
    button = QMessageBox.StandardButton.Yes if contact else QMessageBox.StandardButton.No
    answer(QMessageBox, lambda box: _click(qtbot, box, button), problems)
    written = cal.export_meeting_ics(window, window.ctx, tmp_path / "møde.ics")
    assert not problems, problems
    event = one_event(written.read_bytes())
    assert event.decoded("dtstart") == dt.datetime(2025, 6, 18, 12, tzinfo=CPH)
    assert ("organizer" in event) is contact and ("attendee" in event) is contact
    assert window.statusBar().currentMessage() == f"Kalenderfilen er gemt: {written}"


def _type_sender(qtbot, text: str):
    def fill(dialog: QInputDialog) -> None:
        field = dialog.findChild(QLineEdit)
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    return fill


def test_the_invitation_asks_for_the_sender_once_and_names_who_lacks_an_address(
        qtbot, window, demo_store, tmp_path):
    ids = give_addresses(demo_store, soren=False)
    from kkrdesk.services.participants import people
    from kkrdesk.views.participants import PersonFields

    f = people.person_fields(demo_store, ids["Niels Vingborg"])
    people.update_person(demo_store, ids["Niels Vingborg"], PersonFields(f.name, email=""))
    problems, told = [], []
    answer(QInputDialog, _type_sender(qtbot, "sekretariat@kl.dk"), problems)

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        _click(qtbot, box, QMessageBox.StandardButton.Ok)

    QTimer.singleShot(0, lambda: answer(QMessageBox, read_and_close, problems))
    written = cal.export_invitation(window, window.ctx, tmp_path / "indkaldelse.eml")
    assert not problems, problems
    assert told and told[0].startswith("1 af netværkets medlemmer har ingen brugbar "
                                       "e-mailadresse og står ikke som modtagere: Niels Vingborg.")
    msg = message_from_bytes(written.read_bytes(), policy=default)
    assert msg["From"].addresses[0].addr_spec == "sekretariat@kl.dk" and msg["X-Unsent"] == "1"
    expected = {a for name, a in ADDRESSES.items() if name != "Niels Vingborg"}
    assert {a.addr_spec for a in msg["To"].addresses} == expected
    seen = []

    def remembered(dialog: QInputDialog) -> None:
        seen.append(dialog.findChild(QLineEdit).text())
        dialog.reject()

    answer(QInputDialog, remembered, problems)
    assert cal.export_invitation(window, window.ctx, tmp_path / "igen.eml") is None
    assert seen == ["sekretariat@kl.dk"] and not (tmp_path / "igen.eml").exists()


def test_a_sender_that_is_no_address_is_refused(qtbot, window, tmp_path):
    problems, told = [], []
    answer(QInputDialog, _type_sender(qtbot, "sekretariatet"), problems)
    QTimer.singleShot(0, lambda: answer(QMessageBox, lambda box: (
        told.append(box.text()), _click(qtbot, box, QMessageBox.StandardButton.Ok)), problems))
    assert cal.export_invitation(window, window.ctx, tmp_path / "i.eml") is None
    assert not problems, problems
    assert told == ["»sekretariatet« er ikke en e-mailadresse, et mailprogram kan sende fra "
                    "(skriv fx sekretariat@kl.dk)."]
    assert not (tmp_path / "i.eml").exists()


def test_the_deadlines_follow_the_sor_tabs_weeks(window, tmp_path):
    window.ctx.settings().setValue(cal.SDS_WEEKS_KEY, 3)
    written = cal.export_deadlines_ics(window, window.ctx, tmp_path / "frister.ics")
    events = icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    due = {e.decoded("dtstart") for e in events if str(e["summary"]).startswith("Svar fra SDS")}
    assert due == {dt.date(2025, 6, 24)} and len(events) == 12
    assert window.statusBar().currentMessage().startswith(f"Fristerne er gemt: {written} (12 frister")


def test_the_three_are_in_the_export_menu_and_write_from_there(qtbot, window, demo_store,
                                                               tmp_path, monkeypatch):
    """Filer > Eksportér: each entry opens the save dialog with a Danish file name and
    writes the file the command line writes."""
    from kkrdesk.ui import export_actions

    give_addresses(demo_store)
    offered: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        offered.append(suggested.rsplit("/", 1)[-1])
        return str(tmp_path / offered[-1]), ""

    monkeypatch.setattr(export_actions.QFileDialog, "getSaveFileName", save_as)
    entries = {a.text(): a for a in window.export_menu.actions()}
    problems: list = []
    answer(QMessageBox, lambda box: _click(qtbot, box, QMessageBox.StandardButton.No), problems)
    entries["Mødet som &kalenderfil (.ics) …"].trigger()
    entries["Fr&ister som kalenderfil (.ics) …"].trigger()
    answer(QInputDialog, _type_sender(qtbot, "sekretariat@kl.dk"), problems)
    entries["Mødeindkaldelse som m&ailkladde (.eml) …"].trigger()
    assert not problems, problems
    assert offered == ["Møde 18-06-2025.ics", "Frister.ics", "Indkaldelse 18-06-2025.eml"]
    event = one_event((tmp_path / offered[0]).read_bytes())
    assert event.decoded("dtstart") == dt.datetime(2025, 6, 18, 12, tzinfo=CPH)
    deadlines = icalendar.Calendar.from_ical((tmp_path / offered[1]).read_bytes())
    assert len(deadlines.walk("VEVENT")) >= 1
    mail = message_from_bytes((tmp_path / offered[2]).read_bytes(), policy=default)
    assert mail["X-Unsent"] == "1" and mail["Subject"]
