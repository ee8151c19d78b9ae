"""A database is created only on purpose: ``kkrdesk init PATH``, ``kkrdesk demo PATH``,
Filer > Ny database, the user's default database on the first start, or a --db the user
agreed to create when the window asked. A mistyped --db, an export or a check of a
missing file creates nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kkrdesk.cli import main
from kkrdesk.ui import app as app_mod

JUNE18 = "18-06-2025"


def _one_line(err: str, *needles: str) -> None:
    assert err.startswith("kkrdesk: ") and err.count("\n") == 1, err
    for needle in needles:
        assert needle in err, err


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_creates_an_empty_database_that_check_accepts(tmp_path, capsys):
    path = tmp_path / "ny.sqlite"
    assert main(["init", str(path)]) == 0
    assert f"Databasen er oprettet: {path}" in capsys.readouterr().out
    assert main(["check", "--db", str(path)]) == 0
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM meeting").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM person").fetchone() == (0,)
        # the reference organisations: 98 municipalities at least
        assert con.execute("SELECT count(*) FROM organisation").fetchone()[0] >= 98


def test_init_never_touches_an_existing_file(demo_path, tmp_path, capsys):
    before = _digest(demo_path)
    assert main(["init", str(demo_path)]) == 1
    _one_line(capsys.readouterr().err, "findes allerede", str(demo_path))
    assert _digest(demo_path) == before
    other = tmp_path / "noter.txt"
    other.write_text("ikke en database", encoding="utf-8")
    assert main(["init", str(other)]) == 1
    assert other.read_text(encoding="utf-8") == "ikke en database"


def test_init_in_a_missing_folder_says_so(tmp_path, capsys):
    assert main(["init", str(tmp_path / "findes-ikke" / "ny.sqlite")]) == 1
    _one_line(capsys.readouterr().err, "Mappen findes ikke")
    assert os.listdir(tmp_path) == []


COMMANDS = {
    "check": lambda db, out: ["check", "--db", db],
    "agenda": lambda db, out: ["export", "agenda", "--db", db, "--meeting", JUNE18, "-o", out / "d.docx"],
    "minutes-pdf": lambda db, out: ["export", "minutes", "--db", db, "--meeting", JUNE18,
                                    "-o", out / "r.pdf"],
    "overview": lambda db, out: ["export", "overview", "--db", db, "-o", out / "o.xlsx"],
    "sor": lambda db, out: ["export", "sor", "--db", db, "-o", out / "s.docx"],
    "status": lambda db, out: ["export", "status", "--db", db, "-o", out / "p.docx"],
    "import-agenda": lambda db, out: ["import", "agenda", "--db", db, "--date", "2026-01-07",
                                      out / "dagsorden.txt"],
    "import-agenda-dry": lambda db, out: ["import", "agenda", "--db", db, "--dry-run",
                                          out / "dagsorden.txt"],
    "import-participants": lambda db, out: ["import", "participants", "--db", db, out / "folk.csv"],
    "smoke": lambda db, out: ["--smoke", "--db", db],
    "search": lambda db, out: ["search", "--db", db, "velkomst"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_missing_database_is_refused_and_nothing_is_created(command, tmp_path, capsys):
    folder, out = tmp_path / "db", tmp_path / "ud"
    folder.mkdir()
    out.mkdir()
    (out / "dagsorden.txt").write_text("1. Velkomst\n2. Eventuelt\n", encoding="utf-8")
    (out / "folk.csv").write_text("Navn\nAnne Ås\n", encoding="utf-8")
    db = folder / "stavefejl.sqlite"
    assert main([str(a) for a in COMMANDS[command](db, out)]) == 1
    _one_line(capsys.readouterr().err, "findes ikke")
    assert os.listdir(folder) == []
    assert sorted(os.listdir(out)) == ["dagsorden.txt", "folk.csv"]


def test_smoke_on_a_missing_database_names_init(tmp_path, capsys):
    assert main(["--smoke", "--db", str(tmp_path / "ny.sqlite")]) == 1
    _one_line(capsys.readouterr().err, "kkrdesk init")
    assert main(["init", str(tmp_path / "ny.sqlite")]) == 0
    assert main(["--smoke", "--db", str(tmp_path / "ny.sqlite")]) == 0


def _answer(qtbot, button_text: str, seen: list) -> None:
    """Click ``button_text`` in the question once it is shown (a real mouse click); give
    up after two seconds without one."""
    tries = iter(range(400))

    def go():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:
                QTimer.singleShot(5, go)
            return
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, go)


def _close_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, app_mod.MainWindow):
            widget.close()
            widget.deleteLater()


def test_the_window_asks_and_annuller_leaves_no_file(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)  # never wait on a window here
    seen = []
    db = tmp_path / "stavefejl.sqlite"
    _answer(qtbot, "Annuller", seen)
    try:
        assert app_mod.run(db=db) == 1
    finally:
        _close_windows()
    assert len(seen) == 1
    text, path, buttons = seen[0]
    assert (text, path, sorted(buttons)) == ("Databasen findes ikke. Opret en ny?", str(db),
                                             ["&Ja", "Annuller"])
    assert os.listdir(tmp_path) == []


def test_the_window_asks_and_ja_creates_the_database(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)  # the window opened: stop here
    seen = []
    db = tmp_path / "ny.sqlite"
    _answer(qtbot, "Ja", seen)
    try:
        assert app_mod.run(db=db) == 0
        opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, app_mod.MainWindow)
                  and w.isVisible()]
        assert any(str(db) in w.db_label.text() for w in opened)
    finally:
        _close_windows()
    assert len(seen) == 1
    assert main(["check", "--db", str(db)]) == 0


def test_an_existing_database_opens_without_a_question(qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    asked = []
    monkeypatch.setattr(app_mod.Session, "confirm_new", lambda self, path: asked.append(path))
    try:
        assert app_mod.run(db=demo_path) == 0
    finally:
        _close_windows()
    assert asked == []
