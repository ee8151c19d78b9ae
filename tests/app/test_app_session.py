"""Opening, switching and refusing databases from the GUI (Filer > Ny, Åbn, Seneste)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kkrdesk.ui import app as app_mod
from kkrdesk.ui.app import Session


@pytest.fixture
def session(qtbot):
    s = Session(QApplication.instance(), interactive=True)
    yield s
    if s.window is not None:
        s.window.close()
    s.close()


def test_open_switch_and_remember_recent(session, demo_path, tmp_path):
    assert session.open(demo_path)
    assert session.window.meeting_box.count() == 2
    other = tmp_path / "ny.sqlite"
    session._switch(other)
    assert session.ctx.store.path == other
    recent = [a.text() for a in session.window.recent_menu.actions()]
    assert recent[:2] == [str(other.resolve()), str(demo_path.resolve())]
    # the first database is closed again, so another process may open it
    from kkrdesk.services.database import open_database

    open_database(demo_path).close()


def test_a_bad_file_shows_a_dialog_and_keeps_the_open_database(session, demo_path, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(app_mod.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert session.open(demo_path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all")
    session._switch(bad)
    assert "ikke en SQLite-database" in shown[0]
    assert session.ctx.store.path == demo_path
    assert bad.read_bytes() == b"not a database at all"


def test_new_database_refuses_an_existing_file(session, demo_path, monkeypatch):
    shown = []
    monkeypatch.setattr(app_mod.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(app_mod.QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo_path), ""))
    assert session.open(demo_path.with_name("first.sqlite"))
    session._ask_new()
    assert "findes allerede" in shown[0]


def test_a_vanished_recent_database_is_reported_not_recreated(session, demo_path, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(app_mod.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert session.open(demo_path)
    gone = tmp_path / "flyttet.sqlite"
    session.window.open_database_requested.emit(str(gone))
    assert "findes ikke" in shown[0] and not gone.exists()
    assert session.ctx.store.path == demo_path
