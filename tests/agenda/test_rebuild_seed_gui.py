"""The [2/8] acceptance path through the GUI: rebuild the seed's 18 June agenda from an
empty meeting, take minutes, undo a step, and export both Word documents."""

from __future__ import annotations

import datetime as dt

from docx import Document
from PySide6.QtWidgets import QApplication

from kkrdesk.core.enums import ItemKind, MeetingStatus
from kkrdesk.services.agenda import meetings
from kkrdesk.ui import export_actions
from kkrdesk.ui.context import AppContext
from kkrdesk.ui.main_window import MainWindow
from kkrdesk.ui.agenda.columns import COL_DURATION, COL_PRESENTERS, COL_SLOT, COL_TITLE

K = ItemKind
SEED = [  # title, kind, minutes, presenters
    ("Velkomst", K.WELCOME, 10, "Poul Erik Kristensen, KL"),
    ("Meddelelser", K.ANNOUNCEMENT, 35, "KOMBIT; MedCom"),
    ("Orientering vedr. rusmiddelområdet", K.ANNOUNCEMENT, 15, "Poul Erik Kristensen, KL"),
    ("Status for projekt om identitetssløring af sundhedsansatte", K.ANNOUNCEMENT, 20,
     "Poul Erik Kristensen, KL og Jeanette Jensen, MedCom"),
    ("Status på udstilling af kommunale data i Sundhedsjournalen", K.ANNOUNCEMENT, 15,
     "Kira Christina Ørbekker, MedCom"),
    ("Pause", K.BREAK, 15, ""),
    ("Orientering om etablering af ambassadørkorps og udarbejdelse af e-læringsmateriale for "
     "Sundhedsjournalen", K.ANNOUNCEMENT, 15, "Iben Søgaard, MedCom"),
    ("Opfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder", K.DISCUSSION, 15,
     "Jeanette Jensen, MedCom"),
    ("Forslag til afholdelse af webinar om, hvordan kommuner kan teste korrespondancemeddelelser",
     K.DECISION, 15, "Tom Have Kristensen, Aalborg Kommune"),
    ("Nyt behandlingstilbud til børn og unge i psykisk mistrivsel", K.ANNOUNCEMENT, 15,
     "Dorthe Skou Lassen, MedCom"),
    ("Eventuelt", K.ANY_OTHER_BUSINESS, 10, "alle"),
]
SLOTS = ["12.00–12.10", "12.10–12.45", "12.45–13.00", "13.00–13.20", "13.20–13.35",
         "13.35–13.50 (låst)", "13.50–14.05", "14.05–14.20", "14.20–14.35", "14.35–14.50",
         "14.50–15.00"]


def test_rebuild_the_18_june_agenda_take_minutes_and_export(qtbot, demo_store, tmp_path):
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    tab = window.agenda_tab
    mid = tab.meeting_actions.new_meeting({
        "title": "Møde i KKR-digitaliseringsnetværket", "date": dt.date(2025, 6, 17),
        "start_time": dt.time(12), "end_time": dt.time(15), "place": "Online",
        "online_url": "", "status": MeetingStatus.PLANNED, "chair_id": None,
        "minute_taker_id": None})
    model = tab.model
    for row, (title, kind, minutes_, who) in enumerate(SEED):
        tab.insert_item(title, kind)
        model.setData(model.index(row, COL_DURATION), minutes_)
        if who:
            model.setData(model.index(row, COL_PRESENTERS), who)
        QApplication.processEvents()
    model.setData(model.index(5, COL_SLOT), "13.35")  # pin the break
    QApplication.processEvents()
    tab.view.setCurrentIndex(model.index(1, 0))
    tab.insert_sub_item("Aktuel status for FK-OSS")
    model.setData(model.index(0, COL_PRESENTERS, model.index(1, 0)), "Sabina Hedefeld Leopold, KOMBIT")
    QApplication.processEvents()

    assert [model.index(r, COL_TITLE).data() for r in range(11)] == [s[0] for s in SEED]
    assert [model.index(r, COL_SLOT).data() for r in range(11)] == SLOTS
    detail = meetings.get_detail(demo_store, mid)
    assert detail.items[3].presenters_text == "v. Poul Erik Kristensen, KL og Jeanette Jensen, MedCom"
    assert detail.items[1].presenters_text == "v. KOMBIT og MedCom"
    assert detail.items[1].children[0].presenters_text == "v. Sabina Hedefeld Leopold, KOMBIT"

    # minutes: everyone present, a decision, and an undo of one step
    tab.attendance_pane.all_button.click()
    tab.view.setCurrentIndex(model.index(7, 0))
    tab.side.setCurrentWidget(tab.minutes_pane)  # the Referat tab beside the agenda
    tab.minutes_pane.notes.setPlainText("Netværket bakker op om de tilrettede forslag.")
    tab.minutes_pane.notes.commit()
    tab.minutes_pane.standard_buttons[0].click()
    tab.minutes_pane.standard_buttons[1].click()
    assert meetings.get_detail(demo_store, mid).items[7].decision == "Godkendt"
    tab.ctx.undo_stack.undo()
    assert meetings.get_detail(demo_store, mid).items[7].decision == "Taget til efterretning"

    agenda = export_actions.export_word(window, tab.ctx, "agenda", tmp_path / "dagsorden.docx")
    minutes = export_actions.export_word(window, tab.ctx, "minutes", tmp_path / "referat.docx")
    from test_export_docx import texts

    agenda_text = texts(Document(agenda))  # Word list numbers as shown
    assert "tirsdag d. 17. juni 2025" in " ".join(agenda_text)
    assert "kl. 13.35–13.50" in agenda_text and "Pause" in agenda_text  # a break: no number
    minutes_text = "\n".join(p.text for p in Document(minutes).paragraphs)
    assert "Netværket bakker op om de tilrettede forslag." in minutes_text
    assert "Beslutning: Taget til efterretning" in minutes_text
    assert "Deltagere:" in minutes_text
