"""Filer > Indstillinger (Ctrl+,) driven through its widgets: every field refuses a bad
value with a Danish sentence at the field and stores nothing; Annuller changes nothing;
OK applies at once, and each setting is seen where it acts. The expected texts are
written out here by hand."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt

from kkrdesk.ui import preferences
from kkrdesk.ui.agenda.columns import COL_SLOT
from dialog_driving import drive
from settings_driving import cancel, choose, errors, ok, open_and, page, type_over

AUTHOR = "Sekretariatet for KKR-digitaliseringsnetværket"


@pytest.fixture
def window(shown_laptop_window, june18):
    shown_laptop_window.ctx.select_meeting(june18)
    return shown_laptop_window


def stored() -> dict:
    s = QSettings()
    return {key: s.value(key) for key in s.allKeys() if key in preferences.KEYS.values()}


def first_slot(window) -> str:
    return window.agenda_tab.model.index(0, COL_SLOT).data()


def test_the_dialog_shows_the_settings_as_they_are(qtbot, window):
    seen = {}

    def look(d):
        seen.update(author=d.author.text(), sep=d.time_sep.currentText(), start=d.start.text(),
                    minutes=d.minutes.text(), days=d.round_days.text(), weeks=d.sds_weeks.text(),
                    folder=d.folder.placeholderText(), lang=d.language.currentText(),
                    title=d.windowTitle(), tabs=[d.tabs.tabText(i) for i in range(d.tabs.count())])
        cancel(d)

    assert open_and(qtbot, window, look) == []
    assert seen == {"author": AUTHOR, "sep": "12.00 (dansk standard)", "start": "12.00",
                    "minutes": "180", "days": "24", "weeks": "2",
                    "folder": "Den senest brugte mappe", "lang": "Dansk", "title": "Indstillinger",
                    "tabs": ["Dokumenter og eksport", "Møder og SOR", "Sprog"]}


def test_every_bad_value_is_explained_at_its_field_and_nothing_is_stored(qtbot, window, tmp_path):
    seen = {}

    def fill(d):
        type_over(d.author, "")
        type_over(d.template, str(tmp_path / "mangler.docx"))
        type_over(d.folder, str(tmp_path / "findes-ikke"))
        page(d, 1)
        type_over(d.start, "25.00")
        type_over(d.minutes, "tre timer")
        type_over(d.round_days, "0")
        type_over(d.sds_weeks, "")
        ok(d)
        seen.update(errors=errors(d), open=d.isVisible(), tab=d.tabs.currentIndex(),
                    focus=d.focusWidget() is d.author, typed=d.minutes.text())
        cancel(d)

    assert open_and(qtbot, window, fill) == []
    assert seen["open"] and seen["tab"] == 0 and seen["focus"]  # back to the first wrong field
    assert seen["typed"] == "tre timer"  # nothing typed is lost
    assert seen["errors"] == {
        "Sekretariatets navn": "Skriv sekretariatets navn: det står som forfatter på dokumenterne "
                               "og ved hvert trin i forløbets historik.",
        "Word-skabelon": f"Skabelonen findes ikke: {tmp_path / 'mangler.docx'}",
        "Eksportmappe": f"Mappen findes ikke: {tmp_path / 'findes-ikke'}. Vælg en mappe, der "
                        "findes, eller lad feltet stå tomt (så bruges den senest brugte mappe).",
        "Nyt møde starter kl.": "»25.00« er ikke et klokkeslæt (skriv fx 12.00).",
        "Nyt mødes længde i minutter": "»tre timer« er ikke et helt antal minutter fra 15 til 720.",
        "Høringsfrist i dage": "»0« er ikke et helt antal dage fra 1 til 180.",
        "Svar fra SDS ventes inden, uger": "Feltet er tomt; skriv et helt antal uger fra 1 til 52.",
    }
    assert stored() == {}


def test_a_meeting_past_midnight_is_refused_at_the_length(qtbot, window):
    seen = {}

    def fill(d):
        page(d, 1)
        type_over(d.start, "22.00")
        type_over(d.minutes, "180")
        ok(d)
        seen.update(errors=errors(d), tab=d.tabs.currentIndex())
        cancel(d)

    assert open_and(qtbot, window, fill) == []
    assert seen == {"tab": 1, "errors": {"Nyt mødes længde i minutter": (
        "Et møde med den start og længde ville slutte efter midnat. Vælg en tidligere start "
        "eller en kortere længde.")}}
    assert stored() == {}


def _fill_all(d, folder) -> None:
    type_over(d.author, "KKR Sekretariatet Syd")
    choose(d.time_sep, 1)  # 12:00
    type_over(d.folder, str(folder))
    choose(d.contact, 2)  # Aldrig med
    page(d, 1)
    type_over(d.start, "9.30")
    type_over(d.minutes, "150")
    type_over(d.round_days, "30")
    type_over(d.sds_weeks, "4")
    page(d, 2)
    choose(d.language, 1)  # English


def test_annuller_changes_nothing(qtbot, window, tmp_path):
    problems = open_and(qtbot, window, lambda d: (_fill_all(d, tmp_path), cancel(d)))
    assert problems == []
    assert stored() == {}
    assert first_slot(window) == "12.00–12.10"
    assert window.sor_tab.weeks.value() == 2


def test_ok_applies_every_setting_at_once(qtbot, window, tmp_path):
    def fill(d):
        _fill_all(d, tmp_path)
        ok(d)

    assert open_and(qtbot, window, fill) == []
    assert {k: str(v) for k, v in stored().items()} == {
        "export/author": "KKR Sekretariatet Syd", "format/time_separator": ":",
        "export/folder": str(tmp_path), "export/with_contact": "never",
        "meeting/default_start": "09:30", "meeting/default_minutes": "150",
        "sor/round_days": "30", "sor/sds_weeks": "4", "ui/language": "en"}
    # the screen at once: the agenda's clock and the header, the SOR list's two periods
    assert first_slot(window) == "12:00–12:10"
    assert window.agenda_tab.subtitle.text().startswith("kl. 12:00–15:00")
    assert (window.sor_tab.round_days.value(), window.sor_tab.weeks.value()) == (30, 4)
    assert window.statusBar().currentMessage() == "Indstillingerne er gemt."


def test_the_language_waits_for_the_next_start(qtbot, window):
    from kkrdesk.ui.qt_setup import language_override

    seen = {}

    def fill(d):
        page(d, 2)
        seen["note"] = _note(d)
        choose(d.language, 1)
        ok(d)

    assert open_and(qtbot, window, fill) == []
    assert seen["note"].startswith("Sproget skifter, næste gang KKR Desk startes.")
    assert QSettings().value("ui/language") == "en"
    assert language_override() is None  # this run is not switched


def _note(d) -> str:
    from PySide6.QtWidgets import QLabel

    texts = [w.text() for w in d.tabs.widget(2).findChildren(QLabel)]
    return next(t for t in texts if t.startswith("Sproget"))


def test_a_new_meeting_gets_the_default_start_and_length(qtbot, window, demo_store):
    problems = open_and(qtbot, window, lambda d: (page(d, 1), type_over(d.start, "9.30"),
                                                   type_over(d.minutes, "150"), ok(d)))
    assert problems == []
    seen = {}

    def new_meeting(d):
        seen.update(start=d.start.text(), end=d.end.text())
        type_over(d.title, "Ekstra møde om SOR")
        ok(d)

    drive(new_meeting, problems)
    qtbot.mouseClick(window.agenda_tab.meeting_buttons["new"], Qt.MouseButton.LeftButton)
    assert problems == []
    assert seen == {"start": "09.30", "end": "12.00"}
    with sqlite3.connect(f"file:{demo_store.path}?mode=ro", uri=True) as con:
        row = con.execute("SELECT start_time, end_time FROM meeting WHERE title = ?",
                          ("Ekstra møde om SOR",)).fetchone()
    assert row == ("09:30:00.000000", "12:00:00.000000")


def test_the_agenda_writes_every_clock_with_the_chosen_separator(qtbot, window):
    problems = open_and(qtbot, window, lambda d: (choose(d.time_sep, 1), ok(d)))
    assert problems == []
    tab = window.agenda_tab
    rows = [tab.model.index(r, COL_SLOT).data() for r in range(tab.model.rowCount())]
    assert rows[:2] == ["12:00–12:10", "12:10–12:45"]
    assert "13:35–13:50 (låst)" in rows  # the break, pinned in the demo
    brk = rows.index("13:35–13:50 (låst)")
    slot = tab.model.index(brk, COL_SLOT)
    assert slot.data(Qt.ItemDataRole.EditRole) == "13:35"
    assert slot.data(Qt.ItemDataRole.ToolTipRole).startswith("Låst til kl. 13:35")
    tab.model.setData(slot, "14.00")  # typed the Danish way: read all the same
    qtbot.waitUntil(lambda: tab.model.index(brk, COL_SLOT).data() == "14:00–14:15 (låst)")
    assert window.ctx.undo_stack.undoText() == "Lås »Pause« til kl. 14:00"
    assert tab.summary.text().startswith("11 punkter · 180 min. i alt · planlagt slut kl. 15:25 "
                                         "(mødet slutter kl. 15:00)")
