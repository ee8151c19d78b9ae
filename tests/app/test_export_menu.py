"""Filer > Eksportér from the GUI: Word files of the selected meeting, the template setting."""

from __future__ import annotations

import pytest

from kkrdesk.ui import export_actions as ex
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store):
    win = MainWindow(AppContext(demo_store))
    qtbot.addWidget(win)
    win.refresh()
    return win


def test_export_menu_lists_the_documents(window):
    texts = [a.text() for a in window.export_menu.actions() if a.text()]
    assert texts[:3] == ["&Dagsorden (Word) …", "&Referat (Word) …", "&Oversigt (Excel) …"]


def test_export_agenda_and_minutes_of_the_selected_meeting(window, tmp_path):
    from docx import Document

    for kind, word in (("agenda", "Dagsorden"), ("minutes", "Foreløbigt referat")):
        out = ex.export_word(window, window.ctx, kind, tmp_path / f"{kind}.docx")
        text = "\n".join(p.text for p in Document(out).paragraphs)
        assert word in text and "onsdag d. 18. juni 2025" in text
    assert ex.last_folder(window.ctx) == tmp_path


def test_export_to_a_missing_folder_shows_a_message(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(ex.QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert ex.export_word(window, window.ctx, "agenda", tmp_path / "nope" / "a.docx") is None
    assert "Mappen findes ikke" in shown[0]


def test_a_bad_template_is_refused_and_not_remembered(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(ex.QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "skabelon.docx"
    bad.write_text("not a zip", encoding="utf-8")
    assert ex.choose_template(window, window.ctx, bad) is None
    assert shown and ex.word_template(window.ctx) is None


def test_online_meeting_shows_its_link_and_no_empty_place(demo_store, june18, tmp_path):
    from docx import Document

    from kkrdesk.export.agenda_docx import export_agenda
    from kkrdesk.services.agenda import meetings

    meetings.update_meeting(demo_store, june18, online_url="https://teams.example/kkr")
    out = export_agenda(meetings.get_detail(demo_store, june18), tmp_path / "a.docx")
    head = "\n".join(p.text for p in Document(out).paragraphs[:8])
    assert "Online:\thttps://teams.example/kkr" in head and "Sted:" not in head


def test_minutes_list_an_items_action_under_it_and_in_the_table(demo_store, june18, tmp_path):
    import datetime as dt

    from docx import Document

    from kkrdesk.export.minutes_docx import export_minutes
    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.agenda import minutes

    sor_item = meetings.get_detail(demo_store, june18).items[7]
    minutes.add_action(demo_store, june18, "Følg op på svar fra SDS", who_text="Jeanette Jensen",
                       due=dt.date(2025, 9, 1), item_id=sor_item.id)
    doc = Document(export_minutes(meetings.get_detail(demo_store, june18), tmp_path / "r.docx"))
    from docx_reading import texts as shown

    texts = shown(doc)  # with the numbers Word's list shows
    at = texts.index("7.\tOpfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder (D)")
    following = texts[at:at + 6]
    assert "Opfølgning: Følg op på svar fra SDS (Jeanette Jensen, 01-09-2025)" in following
    table_rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    assert ["Følg op på svar fra SDS", "Jeanette Jensen", "01-09-2025", "Åben"] in table_rows


def test_table_rows_never_break_across_pages(demo_store, june18, tmp_path):
    from docx import Document
    from docx.oxml.ns import qn

    from kkrdesk.export.minutes_docx import export_minutes
    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.agenda import minutes

    minutes.add_action(demo_store, june18, "Følg op", who_text="Jeanette Jensen, MedCom")
    doc = Document(export_minutes(meetings.get_detail(demo_store, june18), tmp_path / "r.docx"))
    rows = [tr for t in doc.tables for tr in t._tbl.tr_lst]
    assert rows and all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows)


def test_item_kinds_written_out_when_chosen_in_the_template_settings(window, tmp_path):
    from docx_reading import texts as shown
    from docx import Document

    submenu = next(a.menu() for a in window.export_menu.actions()
                   if a.menu() and a.text() == "P&unkttyper i Word")
    short, long = submenu.actions()
    assert short.isChecked() and not long.isChecked()  # (O)/(D)/(B) unless chosen
    long.trigger()
    assert long.isChecked() and not short.isChecked()
    body = shown(Document(ex.export_word(window, window.ctx, "agenda", tmp_path / "a.docx")))
    n = next(i for i, t in enumerate(body) if "Forslag til afholdelse af webinar" in t)
    assert not body[n].endswith("(B)")
    assert body[n + 1] == "Til beslutning · v. Tom Have Kristensen, Aalborg Kommune"
    short.trigger()
    body = shown(Document(ex.export_word(window, window.ctx, "agenda", tmp_path / "b.docx")))
    assert any(t.endswith("korrespondancemeddelelser (B)") for t in body)
