"""The app never needs the server to be up (issue 24, item 10): a server that cannot be
used at start gives one Danish line and the choice of a local database or another try,
in the window; --smoke and the command line print the line and exit 1. A server lost
mid-session is said in the status bar, the window stays open read-only, and it comes
back by itself once the server is up again."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event
from PySide6.QtWidgets import QApplication

from dialog_driving import drive

NOWHERE = "/tmp/kkrdesk-no-server-here"
REFUSING = f"postgresql+psycopg://mette@/kkr?host={NOWHERE}"
LINE = (f"Serveren {NOWHERE} (databasen kkr) kan ikke bruges: den tager ikke imod "
        "forbindelser – den er måske stoppet.")


def _frame_session(qtbot):
    from kkrdesk.ui import recent_menu
    from kkrdesk.ui.app import Session
    from kkrdesk.ui.main_window import MainWindow

    frame = MainWindow(None, recent_menu.recent())
    qtbot.addWidget(frame)
    frame.show()
    session = Session(QApplication.instance(), interactive=True, frame=frame)
    session.wire(frame)
    return session


def _own_home() -> dict[str, str]:
    """The test's home and user folders (tests/conftest.py): the child's crash trace and
    settings go there, not into the developer's own."""
    return {k: os.environ[k] for k in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
            if k in os.environ}


@pytest.mark.parametrize("args", [["--smoke", "--db", REFUSING], ["log", "--db", REFUSING]])
def test_smoke_and_the_command_line_say_one_line_and_exit_1(args):
    done = subprocess.run([sys.executable, "-m", "kkrdesk", *args], capture_output=True,
                          text=True, timeout=60, env={"QT_QPA_PLATFORM": "offscreen",
                                                      "PATH": "/usr/bin:/bin", **_own_home()})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"kkrdesk: {LINE}"]


def test_a_refusing_server_at_start_offers_a_recent_local_file(qtbot, demo_path):
    from kkrdesk.ui import recent_menu

    recent_menu.remember(demo_path)
    session = _frame_session(qtbot)
    seen, problems = [], []

    def pick_the_file(dialog):
        seen.append(dialog.message.text())
        item = dialog.local.findItems(str(demo_path.resolve()), Qt.MatchFlag.MatchExactly)[0]
        qtbot.mouseClick(dialog.local.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.local.visualItemRect(item).center())
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    drive(pick_the_file, problems)
    try:
        assert session.open(REFUSING)
        assert not problems
        assert seen == [LINE]
        assert session.window.ctx.store.path == demo_path
        assert session.window.meeting_box.count() == 2
    finally:
        session.close()


def test_try_again_opens_the_server_once_it_is_up(qtbot, own_server):
    from kkrdesk.services.database import open_database

    url = own_server.url(own_server.new_database())
    open_database(url).close()
    own_server.pause()
    session = _frame_session(qtbot)
    seen, problems = [], []

    def start_it_and_try_again(dialog):
        seen.append(dialog.message.text())
        own_server.resume()
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)

    drive(start_it_and_try_again, problems)
    try:
        assert session.open(url)
        assert not problems
        assert len(seen) == 1 and "kan ikke bruges: den tager ikke imod forbindelser" in seen[0]
        assert session.window.ctx.store.on_server and session.window.ctx.store.can_write
    finally:
        session.close()


def test_a_lost_server_is_said_the_window_stays_read_only_and_it_reconnects(qtbot, own_server):
    from kkrdesk.core.errors import ServerAway
    from kkrdesk.services.database import open_database
    from kkrdesk.services.participants import people
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow
    from kkrdesk.views.participants import PersonFields

    url = own_server.url(own_server.new_database())
    ctx = AppContext(open_database(url))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: ctx.store.shared.listening(0), timeout=5000)
        with qtbot.waitSignal(ctx.connection_changed, timeout=5000) as lost:
            own_server.pause()
        assert lost.args == [False]
        assert win.statusBar().currentMessage() == "Forbindelsen til serveren er tabt – prøver igen …"
        started = time.monotonic()
        with pytest.raises(ServerAway, match="^Ingen forbindelse til serveren – ændringen er ikke gemt"):
            people.add_person(ctx.store, PersonFields(name="Skrevet Mens Væk"))
        assert time.monotonic() - started < 0.5  # refused at once, no wait on the network
        # a read while away is refused too, without asking the network for a connection
        asked = []
        event.listen(ctx.store.engine, "checkout", lambda *_a: asked.append(1))
        with pytest.raises(ServerAway, match="^Ingen forbindelse til serveren – vises igen"):
            people.list_people(ctx.store)
        assert asked == []
        assert win.isVisible()
        with qtbot.waitSignal(ctx.connection_changed, timeout=20000) as back:
            own_server.resume()
        assert back.args == [True]
        assert win.statusBar().currentMessage() == "Forbundet igen – alt er indlæst igen."
        people.add_person(ctx.store, PersonFields(name="Skrevet Efter"))
        names = [p.name for p in people.list_people(ctx.store)]
        assert "Skrevet Efter" in names and "Skrevet Mens Væk" not in names
        assert asked  # the same read with the server back takes a connection
    finally:
        win.close()
        ctx.close()


def test_a_tab_first_opened_while_the_server_is_away_fills_when_it_is_back(qtbot, own_server):
    from kkrdesk.services.database import open_database
    from kkrdesk.services.participants import people
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow
    from kkrdesk.views.participants import PersonFields

    url = own_server.url(own_server.new_database())
    ctx = AppContext(open_database(url))
    people.add_person(ctx.store, PersonFields(name="Karina Hasager Hedevang"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: ctx.store.shared.listening(0), timeout=5000)
        with qtbot.waitSignal(ctx.connection_changed, timeout=5000):
            own_server.pause()
        bar = win.tabs.tabBar()  # Deltagere, never opened before: built, but cannot read
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
        QApplication.processEvents()
        tab = win.participants_tab
        assert win.tabs.currentWidget() is tab and tab.people.rowCount() == 0
        with qtbot.waitSignal(ctx.connection_changed, timeout=20000):
            own_server.resume()
        qtbot.waitUntil(lambda: tab.people.rowCount() == 1, timeout=5000)
        assert tab.people.row_at(0).name == "Karina Hasager Hedevang"
    finally:
        win.close()
        ctx.close()


@pytest.mark.parametrize("libpq_says, why", [
    ('connection to server at "kkr-server" (10.0.0.5), port 5432 failed: FATAL:  password '
     'authentication failed for user "mette"', "den afviste brugernavnet eller adgangskoden"),
    ('connection to server at "kkr-server" (10.0.0.5), port 5432 failed: Connection refused\n'
     '\tIs the server running on that host and accepting TCP/IP connections?',
     "den tager ikke imod forbindelser – den er måske stoppet"),
    ('connection to server at "kkr-server" (10.0.0.5), port 5432 failed: timeout expired',
     "den svarede ikke inden for 5 sekunder"),
    ('could not translate host name "kkr-server" to address: Name or service not known',
     "servernavnet kendes ikke (er maskinen på netværket?)"),
    ('connection to server at "kkr-server" (10.0.0.5), port 5432 failed: FATAL:  database '
     '"kkr" does not exist', "databasen eller brugeren findes ikke på serveren"),
    ('connection to server at "kkr-server" (10.0.0.5), port 5432 failed: server certificate '
     'for "kkr-server" does not match host name "kkr"', "dens certifikat kunne ikke godkendes"),
])
def test_why_a_server_cannot_be_used_is_said_in_plain_words(libpq_says, why):
    import psycopg
    from sqlalchemy.engine import make_url

    from kkrdesk.core.server_db import unreachable_message

    url = make_url("postgresql+psycopg://mette:hemmelig@kkr-server/kkr?sslmode=verify-full")
    message = unreachable_message(url, psycopg.OperationalError(libpq_says))
    assert message == f"Serveren kkr-server (databasen kkr) kan ikke bruges: {why}."
    assert "hemmelig" not in message
