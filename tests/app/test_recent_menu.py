"""Filer > Seneste: the databases opened last, newest first; one that has gone is shown
greyed with a note when the menu opens, and *Ryd liste* empties the list (also for
the next start). ``--lang`` is taken on the command line and kept for the run."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QApplication

from kkrdesk.ui.app import Session
from offline_guard import guarded_argv


@pytest.fixture
def session(qtbot):
    s = Session(QApplication.instance(), interactive=True)
    yield s
    if s.window is not None:
        s.window.close()
    s.close()


def shown(qtbot, menu) -> list[tuple[str, bool]]:
    """Open the menu as a click on Filer > Seneste does; (text, enabled) of each entry."""
    menu.popup(QPoint(10, 10))
    qtbot.waitUntil(menu.isVisible)
    entries = [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]
    menu.hide()
    return entries


def test_a_vanished_database_is_greyed_with_a_note(qtbot, session, demo_path, tmp_path):
    moved = tmp_path / "flyttes.sqlite"
    shutil.copy(demo_path, moved)
    assert session.open(moved) and session.open(demo_path)
    moved.unlink()  # moved away while the app runs
    entries = shown(qtbot, session.window.recent_menu)
    assert entries == [(str(demo_path.resolve()), True),
                       (f"{moved.resolve()}  (findes ikke)", False),
                       ("Ryd liste", True)]
    missing = [a for a in session.window.recent_menu.actions() if "findes ikke" in a.text()][0]
    assert missing.toolTip().startswith("Filen findes ikke længere")


def test_ryd_liste_empties_the_list_also_for_the_next_start(qtbot, session, demo_path):
    assert session.open(demo_path)
    menu = session.window.recent_menu
    menu.popup(QPoint(10, 10))
    qtbot.waitUntil(menu.isVisible)
    clear = [a for a in menu.actions() if a.text() == "Ryd liste"][0]
    clear.trigger()  # as a click on the entry does
    menu.hide()
    assert QSettings().value("recent_databases") is None
    assert shown(qtbot, menu) == [("(ingen databaser endnu)", False), ("Ryd liste", False)]


def test_lang_is_taken_and_a_wrong_one_is_refused(demo_path):
    ok = subprocess.run(guarded_argv("--lang", "en", "--smoke", "--db", demo_path),
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    wrong = subprocess.run(guarded_argv("--lang", "fr", "--smoke", "--db", demo_path),
                           capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == ("kkrdesk: tilvalget --lang: ugyldigt valg: 'fr' (vælg mellem "
                                    "'da', 'en') (se 'kkrdesk --help')")


def test_the_run_knows_its_language_and_the_dialog_says_so(qtbot, demo_path):
    from kkrdesk.ui import app as gui
    from kkrdesk.ui.qt_setup import language_override
    from kkrdesk.ui.settings_dialog import SettingsDialog

    seen = {}

    def on_frame(window):
        seen["language"] = language_override()

    assert gui.run(db=demo_path, smoke=True, on_frame=on_frame, lang="en") == 0
    assert seen["language"] == "en"
    from kkrdesk.services.database import open_database
    from kkrdesk.ui.context import AppContext

    ctx = AppContext(open_database(demo_path))
    try:
        dialog = SettingsDialog(ctx, language_now=language_override())
        qtbot.addWidget(dialog)
        notes = [w.text() for w in dialog.tabs.widget(2).findChildren(type(dialog.error))]
        # the run is in English now (ui/i18n), and so is the dialog built in it
        assert any(t.endswith("This time the program was started with --lang en.") for t in notes)
        assert dialog.language.currentText() == "Dansk"  # the stored choice is not changed
    finally:
        ctx.close()
        gui.set_language_override(QApplication.instance(), None)


def test_a_server_url_is_remembered_without_its_password(qapp):
    from kkrdesk.ui import recent_menu

    kept = recent_menu.remember("postgresql+psycopg://mette:hemmelig@kkr-server:5432/kkr")
    assert kept[0] == "postgresql+psycopg://mette@kkr-server:5432/kkr"
    assert "hemmelig" not in " ".join(recent_menu.recent())


def test_a_remembered_server_is_offered_and_opened_by_its_url(qtbot, session, demo_path, monkeypatch):
    """A server's URL is not a file: it is never greyed as gone, and choosing it opens the
    URL itself (on main it was greyed "findes ikke", and opening it mangled the URL into
    a file path with one slash)."""
    from kkrdesk.ui import recent_menu

    url = "postgresql+psycopg://mette@kkr-server:5432/kkr?sslmode=verify-full"
    recent_menu.remember(url)
    assert session.open(demo_path)
    entries = shown(qtbot, session.window.recent_menu)
    assert entries[:2] == [(str(demo_path.resolve()), True), (url, True)]
    asked = []
    monkeypatch.setattr(session, "open", lambda place, create=True: asked.append((place, create)))
    server = [a for a in session.window.recent_menu.actions() if a.text() == url][0]
    server.trigger()  # as a click on the entry does
    assert asked == [(url, False)]
