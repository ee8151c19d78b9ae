"""The README's "First steps on an empty database", done from the keyboard alone (issue 23,
items 6 and 8): two people, a meeting, its agenda, the Word agenda. Nothing here uses the
mouse: every step is a key a user presses, into whatever has the keyboard at that moment.

On the issue's main the new-meeting and new-proposal dialogs opened with the keyboard on
OK (their buttons came first in the tab chain), and after a new meeting the keyboard was
left on the tab bar, so Ctrl+Enter could not add the first item."""

from __future__ import annotations

import sqlite3

import docx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from keyboard_driving import CTRL, SHIFT, Keyboard


def _person(keys: Keyboard, name: str, title: str, organisation: str) -> None:
    def steps(dialog):
        assert isinstance(QApplication.focusWidget(), QLineEdit), "the name field has the keyboard"
        keys.type(name)
        keys.press(Qt.Key.Key_Tab)
        keys.type(title)
        keys.press(Qt.Key.Key_Tab)
        keys.type(organisation)
        keys.press(Qt.Key.Key_Return)  # takes the completion and saves
        if dialog.isVisible():
            keys.press(Qt.Key.Key_Return)
        assert not dialog.isVisible()
    problems = keys.in_dialog(steps)
    keys.press(Qt.Key.Key_N, CTRL)
    assert not problems, problems


def _meeting(keys: Keyboard) -> None:
    def steps(dialog):
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit) and focused.text().startswith("Møde i KKR"), \
            "the new meeting opens with the keyboard in its title"
        keys.press(Qt.Key.Key_Tab)  # the suggested title stands
        keys.type("05-11-2025")
        keys.press(Qt.Key.Key_Tab)
        keys.type("13.00")  # starts at 13.00; Qt's time field moves on at the separator
        keys.press(Qt.Key.Key_Tab)
        keys.type("16.00")
        keys.press(Qt.Key.Key_Tab)
        keys.type("KL, Weidekampsgade 10, 2300 København S")
        keys.press(Qt.Key.Key_Tab, times=3)  # past Online and Status to Mødeleder
        keys.type("Mette")  # a list box finds the entry by its first letters
        keys.press(Qt.Key.Key_Return)
        assert not dialog.isVisible()
    problems = keys.in_dialog(steps)
    keys.press(Qt.Key.Key_N, CTRL)
    assert not problems, problems


def _save_as(keys: Keyboard, path) -> list:
    def steps(dialog):
        assert isinstance(dialog, QFileDialog), dialog
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert QApplication.focusWidget() is name, "the file dialog opens in its name field"
        keys.press(Qt.Key.Key_A, CTRL)
        keys.type(str(path))
        keys.press(Qt.Key.Key_Return)
    return keys.in_dialog(steps)


def test_first_steps_on_an_empty_database_from_the_keyboard(qtbot, store, tmp_path, monkeypatch):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    # Qt's own file dialog (not the desktop's), so the keys reach it offscreen too
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: _own_dialog_name(*a, **k))
    ctx = AppContext(store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.refresh()
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    keys = Keyboard(qtbot, window)

    keys.press(Qt.Key.Key_Tab, CTRL | SHIFT)  # from Dagsorden back round to Deltagere
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Deltagere"
    _person(keys, "Mette Hansen", "Sekretariatsleder", "KL")
    _person(keys, "Niels Rygaard", "Digitaliseringschef", "Aalb")  # the first letters

    keys.press(Qt.Key.Key_Tab, CTRL)  # round to Dagsorden
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Dagsorden"
    _meeting(keys)
    for title in ("Velkomst", "Status på identitetssløring", "Eventuelt"):
        keys.press(Qt.Key.Key_Return, CTRL)  # Nyt punkt: its title opens for typing
        assert isinstance(keys.focus(), QLineEdit), "a new item's title is open for typing"
        keys.press(Qt.Key.Key_A, CTRL)
        keys.type(title)
        keys.press(Qt.Key.Key_Return)
    QTest.qWait(50)  # the edit is committed once the editor has closed

    con = sqlite3.connect(store.path)
    people = con.execute("SELECT p.name, p.title, o.name FROM person p JOIN organisation o "
                         "ON o.id = p.organisation_id ORDER BY p.name").fetchall()
    assert people == [("Mette Hansen", "Sekretariatsleder", "KL"),
                      ("Niels Rygaard", "Digitaliseringschef", "Aalborg Kommune")]
    meeting = con.execute("SELECT m.date, m.start_time, m.end_time, m.place, p.name FROM meeting m "
                          "JOIN person p ON p.id = m.chair_id").fetchall()
    assert [(d, s[:5], e[:5], place, chair) for d, s, e, place, chair in meeting] == [
        ("2025-11-05", "13:00", "16:00", "KL, Weidekampsgade 10, 2300 København S", "Mette Hansen")]
    titles = [t for (t,) in con.execute("SELECT title FROM agenda_item ORDER BY position")]
    assert titles == ["Velkomst", "Status på identitetssløring", "Eventuelt"]
    con.close()

    # each new item takes 15 minutes: the slots follow from 13.00, worked out by hand
    tab = window.tabs.currentWidget()
    slot = next(c for c in range(tab.model.columnCount())
                if tab.model.headerData(c, Qt.Orientation.Horizontal) == "Tidspunkt")
    shown = [tab.model.index(row, slot).data() for row in range(tab.model.rowCount())]
    assert shown == ["13.00–13.15", "13.15–13.30", "13.30–13.45"], shown

    out = tmp_path / "Dagsorden 5. november.docx"
    problems = _save_as(keys, out)
    keys.press(Qt.Key.Key_E, CTRL)  # the Dagsorden tab's Ctrl+E: the Word agenda
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert not problems, problems
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    text += "\n".join(c.text for t in docx.Document(out).tables for r in t.rows for c in r.cells)
    assert "onsdag d. 5. november 2025" in text.lower()
    for title in ("Velkomst", "Status på identitetssløring", "Eventuelt"):
        assert title in text


def _own_dialog_name(parent, caption, folder, file_filter, *_a, **_k):
    """QFileDialog.getSaveFileName through Qt's own dialog, shown modal like the real one."""
    dialog = QFileDialog(parent, caption, folder, file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def test_every_new_record_dialog_opens_in_its_first_field_with_ok_after_the_fields(qtbot, store):
    """Ctrl+N on each tab: the keyboard starts in the dialog's first text field, and Tab
    walks the fields before it reaches OK (on main the meeting and SOR dialogs began on OK)."""
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.refresh()
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    keys = Keyboard(qtbot, window)
    seen: dict[str, tuple] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)

        def steps(dialog, name=window.tabs.tabText(index)):
            first = QApplication.focusWidget()
            walked = []
            for _ in range(30):
                keys.press(Qt.Key.Key_Tab)
                walked.append(QApplication.focusWidget())
                if isinstance(walked[-1], QAbstractButton) and walked[-1].parent() is dialog.findChild(QDialogButtonBox):
                    break
            seen[name] = (type(first).__name__, len(walked))
        problems = keys.in_dialog(steps)
        keys.press(Qt.Key.Key_N, CTRL)
        assert not problems, problems
    assert {name: kind for name, (kind, _) in seen.items()} == {
        "Dagsorden": "QLineEdit", "SOR-forslag": "QLineEdit", "Projekter": "QLineEdit", "Deltagere": "QLineEdit"}
    assert all(steps_to_ok >= 2 for _, steps_to_ok in seen.values()), seen
