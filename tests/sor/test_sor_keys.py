"""A SOR proposal from the keyboard alone (issue 23: "the main tasks can be done from the
keyboard alone"): Ctrl+N on SOR-forslag, its fields in the detail pane (the current name
and code picked through the completer), a round sent to two recipients with a deadline,
and a response. Every step is a key pressed into whatever has the keyboard."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from keyboard_driving import CTRL, Keyboard, show_window

SENT = dt.date.today()  # a new proposal's first step is today: the round goes out today
DEADLINE = SENT + dt.timedelta(days=30)


def where(keys: Keyboard) -> str:
    w = keys.focus()
    return f"{type(w).__name__} {w.accessibleName()!r} {w.objectName()!r}" if w else "None"


def tab_to(keys: Keyboard, found, limit: int = 60, back: bool = False) -> None:
    """Tab (Shift+Tab) until ``found(focus widget)``: the way a user walks to a control."""
    for _ in range(limit):
        if found(QApplication.focusWidget()):
            return
        keys.press(Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; the keyboard is on {where(keys)}")


def test_a_proposal_a_round_and_a_response_from_the_keyboard(qtbot, store):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext(store))
    keys = show_window(qtbot, window)
    keys.press(Qt.Key.Key_Tab, CTRL)  # Dagsorden → SOR-forslag
    assert window.tabs.tabText(window.tabs.currentIndex()) == "SOR-forslag"

    def new(dialog):
        keys.type("Lettilgængelige tilbud")
        keys.press(Qt.Key.Key_Return)
    problems = keys.in_dialog(new)
    keys.press(Qt.Key.Key_N, CTRL)
    assert not problems, problems
    tab = window.sor_tab
    assert isinstance(keys.focus(), QLineEdit) and keys.focus() is tab.form.title
    keys.press(Qt.Key.Key_Backtab)  # back to Type
    assert keys.focus() is tab.form.kind
    keys.type("Omd")  # a list box finds Omdøbning by its first letters
    keys.press(Qt.Key.Key_Tab, times=2)  # past the title to Nuværende navn
    keys.type("Behandlingscenter for stof")
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)  # the completion: name and code in one step
    qtbot.wait(50)
    tab_to(keys, lambda w: w is tab.form.proposed_name)
    keys.type("Lettilgængelig misbrugsbehandling")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is tab.form.texts["definition"]
    keys.type("Tilbud uden visitation, hvor borgeren selv møder op.")
    keys.press(Qt.Key.Key_Tab)
    qtbot.wait(50)  # the definition is saved as the keyboard leaves it
    tab_to(keys, lambda w: w is tab.pages.tabBar())
    keys.press(Qt.Key.Key_Right, times=2)
    assert tab.pages.currentWidget() is tab.rounds_pane
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is tab.rounds_pane.new_button

    def round_steps(dialog):
        assert keys.focus() is dialog.title, "the round opens in its title"
        keys.press(Qt.Key.Key_Tab)  # the suggested title stands; to Modtagere
        keys.press(Qt.Key.Key_Home)
        keys.press(Qt.Key.Key_Space)  # the network is ticked already: not this time
        keys.press(Qt.Key.Key_Down, times=3)
        keys.press(Qt.Key.Key_Space)  # Sundhedsdatastyrelsen
        keys.press(Qt.Key.Key_Tab)
        keys.type("Aalborg Kommune")  # a recipient outside the list
        keys.press(Qt.Key.Key_Return)
        tab_to(keys, lambda w: w is dialog.sent)
        keys.press(Qt.Key.Key_A, CTRL)
        keys.type(f"{SENT:%d-%m-%Y}")
        keys.press(Qt.Key.Key_Tab)
        keys.press(Qt.Key.Key_A, CTRL)
        keys.type(f"{DEADLINE:%d-%m-%Y}")
        keys.press(Qt.Key.Key_Return)
        assert not dialog.isVisible(), dialog.error.text()
    problems = keys.in_dialog(round_steps)
    keys.press(Qt.Key.Key_Space)
    assert not problems, problems
    pane = tab.rounds_pane
    tab_to(keys, lambda w: w is pane.new_resp_button)

    def response_steps(dialog):
        tab_to(keys, lambda w: w is dialog.who)  # past the round's name, shown read-only
        keys.type("Aalb")  # the list finds Aalborg Kommune by its first letters
        keys.press(Qt.Key.Key_Space)
        keys.press(Qt.Key.Key_Tab, times=2)  # the received date stands: Holdning
        assert keys.focus() is dialog.position
        keys.press(Qt.Key.Key_Down, times=2)  # past (ikke angivet) and Støtter
        assert dialog.position.currentText() == "Støtter med bemærkninger"
        tab_to(keys, lambda w: w is dialog.text)
        keys.type("Aalborg støtter forslaget, men vil se definitionen igen.")
        tab_to(keys, lambda w: w is dialog.buttons.buttons()[0])
        keys.press(Qt.Key.Key_Space)
        assert not dialog.isVisible(), dialog.error.text()
    problems = keys.in_dialog(response_steps)
    keys.press(Qt.Key.Key_Space)
    assert not problems, problems

    con = sqlite3.connect(store.path)
    proposal = con.execute("SELECT kind, title, current_name, concept_code, proposed_name, "
                           "definition FROM sor_proposal").fetchall()
    # the name and code as the shipped reference list has them (resources/reference/sor_codes.csv)
    assert proposal == [("rename", "Lettilgængelige tilbud", "Behandlingscenter for stofmisbrugere",
                         "20078004", "Lettilgængelig misbrugsbehandling",
                         "Tilbud uden visitation, hvor borgeren selv møder op.")]
    rounds = con.execute("SELECT r.sent_on, r.deadline, p.title FROM consultation_round r "
                         "JOIN round_proposal rp ON rp.round_id = r.id "
                         "JOIN sor_proposal p ON p.id = rp.proposal_id").fetchall()
    assert rounds == [(SENT.isoformat(), DEADLINE.isoformat(), "Lettilgængelige tilbud")]
    recipients = [n for (n,) in con.execute("SELECT name FROM round_recipient ORDER BY name")]
    assert recipients == ["Aalborg Kommune", "Sundhedsdatastyrelsen"]
    responses = con.execute("SELECT coalesce(o.name, x.respondent), x.position, x.text "
                            "FROM consultation_response x "
                            "LEFT JOIN organisation o ON o.id = x.organisation_id").fetchall()
    assert responses == [("Aalborg Kommune", "supports_with_remarks",
                          "Aalborg støtter forslaget, men vil se definitionen igen.")]
    con.close()
    shown = [pane.response_view.model().index(0, c).data() for c in range(3)]
    assert shown[0] == "Aalborg Kommune" and shown[2] == "Støtter med bemærkninger", shown
