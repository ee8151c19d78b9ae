"""Links between SOR proposals and agenda items through the real widgets: one click
jumps both ways, the agenda item gets the standard status lines, a proposal links to
another item and back; a code added to the reference list; the Filer menu entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kkrdesk.services.sor import proposals as sor
from kkrdesk.ui.context import AppContext
from sor_helpers import drive, ok, sor_tab, type_into  # noqa: F401 (fixture)


@pytest.fixture
def tab(sor_tab):
    return sor_tab



def test_one_click_jumps_from_proposal_to_item_and_back(qtbot, demo_store):
    from kkrdesk.ui.main_window import MainWindow

    ctx = AppContext(demo_store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    window.tabs.setCurrentWidget(window.sor_tab)
    meetings = window.sor_tab.meetings_pane
    window.sor_tab.pages.setCurrentWidget(meetings)
    item_id = meetings.list.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(meetings.go_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.agenda_tab
    assert window.agenda_tab.current_item().id == item_id
    links = window.sor_links
    assert "Tilrettet forslag sendt til SDS den 3. juni – foreløbig ikke modtaget svar" in links.text.text()
    links.text.linkActivated.emit("sor:3")
    assert window.tabs.currentWidget() is window.sor_tab and window.sor_tab.current.id == 3
    # Presenting adds the standard status lines to the item as sub-points (one undo step).
    window.tabs.setCurrentWidget(window.agenda_tab)
    links.line_button.click()
    assert ctx.undo_stack.undoText() == "Indsæt SOR-statuslinje på dagsordenspunkt"
    item = window.agenda_tab.current_item()
    assert "Input modtaget fra KKR og KL" in item.sub_points


def test_link_to_another_agenda_item_and_remove_it(qtbot, tab):
    from kkrdesk.ui.sor.dialogs import ItemChoiceDialog

    problems: list = []
    tab.list_view.selectRow(0)
    pane = tab.meetings_pane
    tab.pages.setCurrentWidget(pane)

    def pick(d):
        assert isinstance(d, ItemChoiceDialog)
        qtbot.keyClicks(d.search, "webinar")
        assert "webinar" in d.list.currentItem().text()
        ok(d)
    drive(pick, problems)
    qtbot.mouseClick(pane.link_button, Qt.MouseButton.LeftButton)
    assert not problems, problems
    texts = [pane.list.item(i).text() for i in range(pane.list.count())]
    assert len(texts) == 2 and any("webinar" in t for t in texts)
    assert tab.ctx.undo_stack.undoText().startswith("Knyt »Kommunikationsenhed")
    pane.list.setCurrentRow(next(i for i, t in enumerate(texts) if "webinar" in t))
    qtbot.mouseClick(pane.unlink_button, Qt.MouseButton.LeftButton)
    assert pane.list.count() == 1


def test_add_a_code_to_the_reference_list_and_pick_it(qtbot, tab):
    from kkrdesk.ui.sor.dialogs import CodeDialog

    problems: list = []
    tab.list_view.selectRow(3)  # lettilgængelige tilbud: no current code
    type_into(qtbot, tab.form.current_name, "Kommunikationsenhed")

    def add(d):
        assert isinstance(d, CodeDialog)
        assert d.name.text() == "Kommunikationsenhed"
        type_into(qtbot, d.code, "12 34")
        ok(d)
        assert d.isVisible() and "mellemrum" in d.error.text()
        type_into(qtbot, d.code, "900000000000001")
        ok(d)
    drive(add, problems)
    qtbot.mouseClick(tab.form.add_code, Qt.MouseButton.LeftButton)
    assert not problems, problems
    completions = tab.form.current_name.completer().model()
    texts = [completions.index(i, 0).data() for i in range(completions.rowCount())]
    assert "Kommunikationsenhed (900000000000001) · enhedstype" in texts
    field = tab.form.current_name  # pick it from the popup with a click
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "kommunikations")
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    entry = next(popup.model().index(r, 0) for r in range(popup.model().rowCount())
                 if popup.model().index(r, 0).data() == "Kommunikationsenhed (900000000000001) · enhedstype")
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(entry).center())
    pid = tab.current.id
    qtbot.waitUntil(lambda: (sor.get_proposal(tab.ctx.store, pid).current_name,
                             sor.get_proposal(tab.ctx.store, pid).concept_code)
                    == ("Kommunikationsenhed", "900000000000001"))
    assert (field.text(), tab.form.concept_code.text()) == ("Kommunikationsenhed", "900000000000001")


def test_file_menu_has_the_sor_summary(qtbot, demo_store):
    from kkrdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    assert "&SOR-forslag (Word) …" in [a.text() for a in window.export_menu.actions()]

def test_the_item_s_status_line_follows_a_new_meeting_date(qtbot, demo_store):
    """The section on the agenda item dates the proposal's steps from the meeting's point
    of view ("3. juni" in the same year, "3. juni 2025" otherwise): moving the meeting to
    another year shows the year, without reselecting the item."""
    import datetime as dt

    from kkrdesk.services.agenda import meetings as meeting_service
    from kkrdesk.ui.main_window import MainWindow

    ctx = AppContext(demo_store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    tab = window.agenda_tab
    tab.view.setCurrentIndex(tab.model.index(7, 0))  # the SOR item of 18 June
    links = window.sor_links
    assert "sendt til SDS den 3. juni – foreløbig" in links.text.text()
    meeting_service.update_meeting(demo_store, ctx.meeting_id, date=dt.date(2026, 1, 14))
    assert "sendt til SDS den 3. juni 2025 – foreløbig" in links.text.text()
