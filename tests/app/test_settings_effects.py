"""What each setting does once OK is pressed in Filer > Indstillinger: the referat's
author and clock, the calendar file's clock and its contact data, the overview's
contact columns, and the folder every save dialog starts in. The settings are chosen
through the dialog's widgets; the files are read back with python-docx, icalendar and
openpyxl, and compared with texts written out here."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from kkrdesk.ui import calendar_actions as cal
from kkrdesk.ui import export_actions as ex
from kkrdesk.ui.participants import actions as people_actions
from settings_driving import choose, ok, open_and, type_over


@pytest.fixture
def window(shown_laptop_window, june18):
    shown_laptop_window.ctx.select_meeting(june18)
    return shown_laptop_window


def settle(qtbot, window, steps) -> None:
    def run(d):
        steps(d)
        ok(d)

    assert open_and(qtbot, window, run) == []


def no_questions(monkeypatch) -> None:
    def asked(*args, **kwargs):
        raise AssertionError(f"asked although the settings say: {args[2]}")

    monkeypatch.setattr(QMessageBox, "question", asked)


def test_the_referat_has_the_chosen_author_and_clock(qtbot, window, tmp_path):
    from docx import Document

    settle(qtbot, window, lambda d: (type_over(d.author, "KKR Sekretariatet Syd"),
                                     choose(d.time_sep, 1)))
    out = ex.export_word(window, window.ctx, "minutes", tmp_path / "referat.docx")
    doc = Document(out)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert doc.core_properties.author == "KKR Sekretariatet Syd"
    assert "kl. 12:00–15:00" in text  # Tid in the header
    assert "kl. 12:00–12:10" in text  # the first item's slot
    assert "kl. 12.00" not in text


def test_the_referat_keeps_the_danish_standard_by_default(window, tmp_path):
    from docx import Document

    out = ex.export_word(window, window.ctx, "minutes", tmp_path / "referat.docx")
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "kl. 12.00–12.10" in text and "12:00" not in text


def test_the_calendar_file_has_the_clock_and_no_addresses_when_never(qtbot, window, demo_store,
                                                                      tmp_path, monkeypatch):
    from icalendar import Calendar

    from calendar_files import give_addresses

    give_addresses(demo_store)
    settle(qtbot, window, lambda d: (choose(d.time_sep, 1), choose(d.contact, 2)))
    no_questions(monkeypatch)
    out = cal.export_meeting_ics(window, window.ctx, tmp_path / "møde.ics")
    event = Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert "kl. 12:00–12:10" in str(event["DESCRIPTION"])
    assert "ATTENDEE" not in event and "ORGANIZER" not in event


def test_always_puts_the_addresses_in_without_asking(qtbot, window, demo_store, tmp_path,
                                                     monkeypatch):
    from icalendar import Calendar
    from openpyxl import load_workbook

    from calendar_files import give_addresses

    give_addresses(demo_store)
    settle(qtbot, window, lambda d: choose(d.contact, 1))  # Altid med
    no_questions(monkeypatch)
    out = cal.export_meeting_ics(window, window.ctx, tmp_path / "møde.ics")
    event = Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert str(event["ORGANIZER"]) == "mailto:pek@kl.dk" and len(event["ATTENDEE"]) == 4
    book = people_actions.export_overview(window, window.ctx, str(tmp_path / "oversigt.xlsx"))
    headers = [c.value for c in next(load_workbook(book).worksheets[0].iter_rows(max_row=1))]
    assert "E-mail" in headers and "Telefon" in headers


def test_never_leaves_the_overview_without_contact_columns(qtbot, window, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    settle(qtbot, window, lambda d: choose(d.contact, 2))  # Aldrig med
    no_questions(monkeypatch)
    book = people_actions.export_overview(window, window.ctx, str(tmp_path / "oversigt.xlsx"))
    headers = [c.value for c in next(load_workbook(book).worksheets[0].iter_rows(max_row=1))]
    assert "E-mail" not in headers and "Telefon" not in headers


def test_every_save_dialog_starts_in_the_chosen_export_folder(qtbot, window, tmp_path, monkeypatch):
    chosen, elsewhere = tmp_path / "Eksport", tmp_path / "Andet"
    chosen.mkdir()
    elsewhere.mkdir()
    settle(qtbot, window, lambda d: type_over(d.folder, str(chosen)))
    ex.export_word(window, window.ctx, "agenda", elsewhere / "dagsorden.docx")
    offered = []
    monkeypatch.setattr(ex.QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: (offered.append(start), ("", ""))[1])
    monkeypatch.setattr(people_actions.QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: (offered.append(start), ("", ""))[1])
    ex.export_word(window, window.ctx, "minutes")
    people_actions.export_overview(window, window.ctx)
    assert [str(p).rsplit("/", 1)[0] for p in offered] == [str(chosen), str(chosen)]


def test_without_a_folder_the_last_one_used_is_offered(window, tmp_path, monkeypatch):
    ex.export_word(window, window.ctx, "agenda", tmp_path / "dagsorden.docx")
    offered = []
    monkeypatch.setattr(people_actions.QFileDialog, "getSaveFileName",
                        lambda parent, title, start, *a: (offered.append(start), ("", ""))[1])
    people_actions.export_overview(window, window.ctx)
    assert offered[0].rsplit("/", 1)[0] == str(tmp_path)
