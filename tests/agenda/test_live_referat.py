"""The actual times the live view kept, in the referat: "Mødet sluttede kl. 15.12" under
Tid in the header once the meeting's end is known, and, only when asked for (Filer >
Eksportér > Faktiske tider i referatet, ``--actual-times``), each item's actual time
beside its planned slot. The demo's meeting is held here with every item begun on the
quarter hour from 12.00 (the eleventh at 14.30) and the meeting ended at 15.12."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from kkrdesk.cli import main
from kkrdesk.services.agenda import live, meetings
from kkrdesk.views.agenda import DocumentOptions

D18 = dt.date(2025, 6, 18)
QUARTERS = [dt.datetime(2025, 6, 18, 12, 0) + dt.timedelta(minutes=15 * n) for n in range(11)]
ENDED = dt.datetime(2025, 6, 18, 15, 12)


def hold(store, steps) -> int:
    mid = meetings.find_by_date(store, D18).id
    for when in steps:
        live.next_item(store, mid, when)
    return mid


def paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs]


@pytest.fixture
def held(demo_store):
    return demo_store, hold(demo_store, [*QUARTERS, ENDED])


def test_the_header_says_when_the_meeting_ended_and_the_items_keep_their_plan(held):
    from kkrdesk.export.minutes_docx import build_minutes

    store, mid = held
    text = paragraphs(build_minutes(meetings.get_detail(store, mid)))
    assert "Tid:\tkl. 12.00–15.00\nMødet sluttede kl. 15.12" in text
    assert "kl. 12.00–12.10" in text and "kl. 12.10–12.45" in text
    assert not any("faktisk" in p for p in text)  # off by default


def test_the_option_notes_each_items_actual_time(held):
    from kkrdesk.export.minutes_docx import build_minutes

    store, mid = held
    text = paragraphs(build_minutes(meetings.get_detail(store, mid),
                                    options=DocumentOptions(actual_times=True)))
    assert "kl. 12.00–12.10 (faktisk 12.00–12.15)" in text  # Velkomst
    assert "kl. 12.10–12.45 (faktisk 12.15–12.30)" in text  # Meddelelser
    assert "kl. 14.50–15.00 (faktisk 14.30–15.12)" in text  # Eventuelt, the last


def test_nothing_is_claimed_before_the_end_nor_in_the_agenda(demo_store):
    from kkrdesk.export.agenda_docx import build_agenda
    from kkrdesk.export.minutes_docx import build_minutes

    mid = hold(demo_store, QUARTERS[:3])  # three items taken, the third still running
    detail = meetings.get_detail(demo_store, mid)
    minutes = paragraphs(build_minutes(detail, options=DocumentOptions(actual_times=True)))
    assert not any("sluttede" in p for p in minutes)
    assert "kl. 12.00–12.10 (faktisk 12.00–12.15)" in minutes
    assert "kl. 12.45–13.00" in minutes  # running: no end yet, so no actual span
    hold(demo_store, [*QUARTERS[3:], ENDED])
    agenda = paragraphs(build_agenda(meetings.get_detail(demo_store, mid),
                                     options=DocumentOptions(actual_times=True)))
    assert not any("sluttede" in p or "faktisk" in p for p in agenda)


def test_the_command_line_option(demo_path, tmp_path):
    from kkrdesk.services.database import open_database

    store = open_database(demo_path)
    hold(store, [*QUARTERS, ENDED])
    store.close()
    plain, timed = tmp_path / "referat.docx", tmp_path / "referat-tider.docx"
    base = ["export", "minutes", "--db", str(demo_path), "--meeting", "18-06-2025"]
    assert main([*base, "-o", str(plain)]) == 0
    assert main([*base, "-o", str(timed), "--actual-times"]) == 0
    assert "kl. 12.00–12.10" in paragraphs(docx.Document(str(plain)))
    assert "kl. 12.00–12.10 (faktisk 12.00–12.15)" in paragraphs(docx.Document(str(timed)))
    assert main(["export", "agenda", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(tmp_path / "d.docx"), "--actual-times"]) == 2  # the referat's only


def test_the_export_menu_option_is_off_until_ticked_and_remembered(qtbot, held, tmp_path):
    from kkrdesk.ui import export_actions as ex
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    store, _ = held
    win = MainWindow(AppContext(store))
    qtbot.addWidget(win)
    win.refresh()
    win.export_menu.aboutToShow.emit()
    assert not win.actual_times_action.isChecked()
    win.actual_times_action.trigger()  # what a click on the menu entry does
    assert ex.document_options(win.ctx).actual_times
    out = ex.export_word(win, win.ctx, "minutes", tmp_path / "referat.docx")
    text = paragraphs(docx.Document(str(out)))
    assert "kl. 12.00–12.10 (faktisk 12.00–12.15)" in text
    win.actual_times_action.trigger()
    assert not ex.document_options(win.ctx).actual_times
