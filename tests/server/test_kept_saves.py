"""Text typed while the server is away is kept until it is saved (issue 24, item 10):
a connection lost mid-session loses nothing typed, even when the user goes on to
another agenda item before the server is back. The real window, on a server of the
tests' own that is stopped and started under it; what is saved is read through a
connection of the test's own."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from dialog_driving import drive

TYPED = "Skrevet mens serveren var væk"
ID_ROLE = Qt.ItemDataRole.UserRole + 10  # the agenda model's item id


@pytest.fixture
def agenda(qtbot, own_server, boxes):
    """A window on a new database on ``own_server`` with one meeting of two items: the
    window, the server and the items' ids. The server is running again afterwards."""
    from kkrdesk.services.agenda import items, meetings
    from kkrdesk.services.database import open_database
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    name = own_server.new_database()
    url = own_server.url(name)
    ctx = AppContext(open_database(url))
    mid = meetings.create_meeting(ctx.store, date=dt.date(2026, 12, 10))
    ids = [items.insert_item(ctx.store, mid, title=t) for t in ("Velkomst", "Status på FK-OSS")]
    ctx.meeting_id = mid
    win = MainWindow(ctx)  # closed here, not by qtbot: a failed test's question first
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: ctx.store.shared.listening(0), timeout=5000)
    state = {"paused": False}
    yield win, own_server, name, ids, state
    if state["paused"]:
        own_server.resume()
    close_anyway(win)
    ctx.undo_stack.clear()
    ctx.close()


def close_anyway(win) -> None:
    """Close the window; the question a failed test may leave (changes waiting) is
    answered "Luk alligevel" so that nothing blocks."""
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text() == "&Luk alligevel").click()
    QTimer.singleShot(200, answer)
    win.close()


def pause(qtbot, win, server, state) -> None:
    with qtbot.waitSignal(win.ctx.connection_changed, timeout=5000):
        server.pause()
        state["paused"] = True


def resume(server, state) -> None:
    server.resume()
    state["paused"] = False


def select(qtbot, win, item_id: int) -> None:
    """Click the item in the agenda tree."""
    tab = win.agenda_tab
    rows = [tab.model.index(r, 0) for r in range(tab.model.rowCount())]
    index = next(i for i in rows if i.data(ID_ROLE) == item_id)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.view.visualRect(index).center())
    qtbot.waitUntil(lambda: tab.item_pane.item is not None and tab.item_pane.item.id == item_id)


def type_description(qtbot, win, text: str) -> None:
    field = win.agenda_tab.item_pane.description
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, text)
    qtbot.wait(1500)  # the pause after typing (0.8 s): the field tries to save it


def stored_description(server, name: str, item_id: int) -> str:
    return server.sql(f"SELECT description FROM agenda_item WHERE id = {item_id}",
                      database=name)[0][0]


def waiting_label(win) -> QLabel | None:
    label = win.statusBar().findChild(QLabel, "pending_saves")
    return label if label is not None and label.isVisible() else None


def test_text_typed_while_the_server_is_away_is_saved_after_selecting_another_item(
        qtbot, agenda):
    win, server, name, (first, second), state = agenda
    select(qtbot, win, first)
    pause(qtbot, win, server, state)
    type_description(qtbot, win, TYPED)
    select(qtbot, win, second)
    assert win.agenda_tab.item_pane.description.toPlainText() == ""
    resume(server, state)
    qtbot.waitUntil(lambda: stored_description(server, name, first) == TYPED, timeout=20000)
    assert stored_description(server, name, second) == ""
    select(qtbot, win, first)
    assert win.agenda_tab.item_pane.description.toPlainText() == TYPED


def test_the_status_bar_counts_the_changes_waiting_and_the_record_shows_them(qtbot, agenda):
    win, server, name, (first, second), state = agenda
    select(qtbot, win, first)
    pause(qtbot, win, server, state)
    type_description(qtbot, win, TYPED)
    qtbot.waitUntil(lambda: waiting_label(win) is not None, timeout=3000)
    assert waiting_label(win).text() == "1 ændring venter på at blive gemt"
    select(qtbot, win, second)
    type_description(qtbot, win, "Og her")
    assert waiting_label(win).text() == "2 ændringer venter på at blive gemt"
    select(qtbot, win, first)  # shown again while its save waits: the text typed, not the stored
    assert win.agenda_tab.item_pane.description.toPlainText() == TYPED
    type_description(qtbot, win, " og mere")  # the newer text of the same field takes its place
    assert waiting_label(win).text() == "2 ændringer venter på at blive gemt"
    resume(server, state)
    qtbot.waitUntil(lambda: waiting_label(win) is None, timeout=20000)
    assert (stored_description(server, name, first), stored_description(server, name, second)) \
        == (TYPED + " og mere", "Og her")
    assert win.agenda_tab.item_pane.description.toPlainText() == TYPED + " og mere"
    # saved, each is one step on the undo stack, as a save made at once would be
    assert win.ctx.undo_stack.count() == 2


def test_closing_the_window_with_a_change_waiting_asks_first(qtbot, agenda):
    win, server, _name, (first, _second), state = agenda
    select(qtbot, win, first)
    pause(qtbot, win, server, state)
    type_description(qtbot, win, TYPED)
    asked, problems = [], []

    def answer(button_text):
        def click(box):
            asked.append(box.text())
            next(b for b in box.buttons() if b.text() == button_text).click()
        return click

    drive(answer("Annuller"), problems)
    win.close()
    qtbot.waitUntil(lambda: bool(asked) or not win.isVisible(), timeout=3000)
    assert not problems
    assert asked == ["1 ændring venter på at blive gemt, fordi forbindelsen til serveren er "
                     "tabt. Lukker du nu, går de tabt. Luk alligevel?"]
    assert win.isVisible()
    drive(answer("&Luk alligevel"), problems)
    win.close()
    assert not problems and len(asked) == 2
    assert not win.isVisible()


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes (QMessageBox.warning) said during the test, none left open."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]))
    return seen


def test_a_kept_save_over_a_change_made_meanwhile_is_refused_naming_both_values(
        qtbot, agenda, boxes):
    win, server, name, (first, _second), _state = agenda
    select(qtbot, win, first)
    # Jens changes the description (his own program, no notice to ours), then the server
    # drops our connections: the save typed next is kept, and tried once they are back
    server.sql(f"UPDATE agenda_item SET description = 'Jens skrev', version = version + 1 "
               f"WHERE id = {first}", database=name)
    server.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
               f"WHERE datname = '{name}'")
    type_description(qtbot, win, TYPED)
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    assert boxes == ["»Ret sagsfremstilling til punkt 1« blev ikke gemt, da forbindelsen kom "
                     f"igen: Ændret af en anden – indlæst igen: nu »Jens skrev« (din: »{TYPED}«)."]
    assert stored_description(server, name, first) == "Jens skrev"
    field = win.agenda_tab.item_pane.description
    qtbot.waitUntil(lambda: field.toPlainText() == "Jens skrev")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == TYPED  # ours, back from the field's own undo
