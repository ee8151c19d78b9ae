"""Regression tests for issue 7's file defects 1, 2, 3, 6, 9, 10 and 11: each failed on
the code before the fix (see the commit message) and checks what a user would see."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import zipfile

import pytest

from reliability.conftest import assert_one_danish_line, fill, run_guarded, snapshot

JUNE18 = "18-06-2025"


def _is_sqlite(path) -> bool:
    return path.read_bytes()[:16] == b"SQLite format 3\x00"


# -- 1. an export never overwrites the database it reads -----------------------------

def _db_named(demo_path, name):
    target = demo_path.with_name(name)
    shutil.copy(demo_path, target)
    return target


@pytest.mark.parametrize("kind, name, extra", [
    ("overview", "m.xlsx", []),
    ("agenda", "m.docx", ["--meeting", JUNE18]),
    ("minutes", "m.docx", ["--meeting", JUNE18]),
    ("minutes", "m.pdf", ["--meeting", JUNE18]),
    ("sor", "m.docx", []),
])
def test_export_onto_its_own_database_is_refused(cli, demo_path, kind, name, extra):
    db = _db_named(demo_path, name)
    before = snapshot(db.parent)
    code, out, err = cli("export", kind, "--db", db, *extra, "-o", db)
    assert code == 1 and out == ""
    assert_one_danish_line(err, "databasen", "Vælg et andet filnavn")
    assert snapshot(db.parent) == before
    code, out, _ = cli("check", "--db", db)
    assert code == 0 and "Integritet: i orden" in out


@pytest.mark.parametrize("how", ["dotdot", "symlink", "hardlink", "wal", "shm", "lock", "journal"])
def test_every_other_name_for_the_database_is_refused_too(cli, demo_path, tmp_path, how):
    db = _db_named(demo_path, "m.docx")
    (tmp_path / "sub").mkdir()
    target = {
        "dotdot": tmp_path / "sub" / ".." / "m.docx",
        "symlink": tmp_path / "link.docx",
        "hardlink": tmp_path / "hard.docx",
        "wal": tmp_path / "m.docx-wal",
        "shm": tmp_path / "m.docx-shm",
        "lock": tmp_path / "m.docx.lock",
        "journal": tmp_path / "m.docx-journal",
    }[how]
    if how == "symlink":
        target.symlink_to(db)
    elif how == "hardlink":
        os.link(db, target)
    before = snapshot(tmp_path)
    code, _, err = cli("export", "agenda", "--db", db, "--meeting", JUNE18, "-o", target)
    assert code == 1
    assert_one_danish_line(err, "må ikke overskrives")
    assert snapshot(tmp_path) == before


def test_the_window_refuses_to_export_over_the_open_database(qtbot, demo_path, monkeypatch):
    """Filer > Eksportér > Dagsorden with the open database's own name: a warning, the
    database untouched, and the app goes on saving into it."""
    from kkrdesk.services.agenda import meetings
    from kkrdesk.ui import export_actions as ex
    from kkrdesk.ui.app import Session
    from PySide6.QtWidgets import QApplication

    db = _db_named(demo_path, "m.docx")
    session = Session(QApplication.instance(), interactive=True)
    try:
        assert session.open(db)
        window = session.window
        window.show()
        shown = []
        monkeypatch.setattr(ex.QMessageBox, "warning", lambda *a: shown.append(a[2]))
        monkeypatch.setattr(ex.QFileDialog, "getSaveFileName", lambda *a, **k: (str(db), ""))
        before = db.read_bytes()
        action = next(a for a in window.export_menu.actions() if a.text().startswith("&Dagsorden"))
        action.trigger()
        assert len(shown) == 1 and "må ikke overskrives" in shown[0]
        assert db.read_bytes() == before and _is_sqlite(db)
        # still the same database: an edit lands in it
        meetings.update_meeting(session.ctx.store, session.ctx.meeting_id, place="Odense Rådhus")
    finally:
        session.close()
        if session.window is not None:
            session.window.close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from meeting where place = 'Odense Rådhus'").fetchone()[0] == 1
    conn.close()


# -- 2. a FIFO or device as --db is refused before it is opened ------------------------

@pytest.mark.parametrize("args", [
    ["check", "--db", "{db}"],
    ["--smoke", "--db", "{db}"],
    ["export", "overview", "--db", "{db}", "-o", "{out}"],
    ["export", "agenda", "--db", "{db}", "--meeting", JUNE18, "-o", "{out}.docx"],
    ["import", "participants", "--db", "{db}", "{csv}"],
], ids=["check", "smoke", "overview", "agenda", "import"])
def test_a_fifo_as_database_is_refused_and_never_hangs(tmp_path, args):
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    csv = tmp_path / "folk.csv"
    csv.write_text("Navn\nAnne Ås\n", encoding="utf-8")
    argv = [a.format(db=fifo, out=tmp_path / "ud.xlsx", csv=csv) for a in args]
    run = run_guarded(*argv, timeout=30)  # before the fix: blocked in open() forever
    assert run.returncode == 1
    assert_one_danish_line(run.stderr, "navngiven pipe (FIFO)", "ikke en almindelig fil")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folk.csv", "pipe.sqlite"]


def test_a_fifo_chosen_in_the_open_dialog_gives_a_dialog(qtbot, demo_path, tmp_path, monkeypatch,
                                                         fifo_watchdog):
    from PySide6.QtWidgets import QApplication

    from kkrdesk.ui import app as app_mod

    fifo = fifo_watchdog(tmp_path / "pipe.sqlite")
    shown = []
    monkeypatch.setattr(app_mod.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(app_mod.QFileDialog, "getOpenFileName", lambda *a, **k: (str(fifo), ""))
    session = app_mod.Session(QApplication.instance(), interactive=True)
    try:
        assert session.open(demo_path)
        session.window.open_action.trigger()
        assert len(shown) == 1 and "navngiven pipe (FIFO)" in shown[0]
        assert session.ctx.store.path == demo_path  # the open database stays open
    finally:
        session.window.close()
        session.close()


# -- 3. a full disk: one line, exit 1, no partial file, the earlier file intact --------

def _full_disk_case(folder, demo_path, kind):
    out = folder / ("ud.xlsx" if kind == "overview" else "ud.docx")
    extra = [] if kind == "overview" else ["--meeting", JUNE18]
    return out, ["export", kind, "--db", demo_path, *extra, "-o", out]


@pytest.mark.parametrize("kind", ["overview", "agenda"])
def test_a_full_disk_on_a_real_tiny_disk(tiny_disk, demo_path, kind):
    out, argv = _full_disk_case(tiny_disk, demo_path, kind)
    out.write_bytes(b"det tidligere dokument")
    fill(tiny_disk)
    before = snapshot(tiny_disk)
    run = run_guarded(*argv)
    assert run.returncode == 1, run.stderr
    assert_one_danish_line(run.stderr, "disken er fuld")  # before: + 10-80 traceback lines
    assert snapshot(tiny_disk) == before  # no partial file, the earlier one as it was


FULL_DISK_PATCH = """
import errno, io, os
_open = io.open
class _FullDisk:
    def __init__(self, f):
        self._f, self._n = f, 0
    def write(self, b):
        self._n += len(b)
        if self._n > 3000:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._f.write(b)
    def close(self):
        self._f.close()
        if self._n > 3000:
            raise OSError(errno.ENOSPC, "No space left on device")
    def __getattr__(self, name):
        return getattr(self._f, name)
def _open_full(file, mode="r", *a, **k):
    f = _open(file, mode, *a, **k)
    # the exporter's temporary file: a hidden name beside the target
    return _FullDisk(f) if "w" in mode and os.path.basename(str(file)).startswith(".") else f
io.open = _open_full
"""


@pytest.mark.parametrize("kind", ["overview", "agenda"])
def test_a_full_disk_by_patching_the_zip_writes(tmp_path, demo_path, kind):
    """The same where no disk can be mounted: the zip writer's file fails like a full
    disk (on write and again when ZipFile.__del__ closes it)."""
    folder = tmp_path / "ud"
    folder.mkdir()
    out, argv = _full_disk_case(folder, demo_path, kind)
    out.write_bytes(b"det tidligere dokument")
    before = snapshot(folder)
    prelude = FULL_DISK_PATCH
    run = run_guarded(*argv, prelude=prelude)
    assert run.returncode == 1, run.stderr
    assert_one_danish_line(run.stderr, "disken er fuld")
    assert snapshot(folder) == before


# -- 6. exported files can be opened by colleagues -------------------------------------

def test_a_new_export_gets_the_umask_mode_and_a_replaced_one_keeps_its_mode(cli, demo_path, tmp_path):
    old = os.umask(0o022)
    try:
        new = tmp_path / "ny.xlsx"
        assert cli("export", "overview", "--db", demo_path, "-o", new)[0] == 0
        assert stat.S_IMODE(new.stat().st_mode) == 0o644  # before: 0600 (mkstemp)
        shared = tmp_path / "delt.docx"
        shared.write_bytes(b"tidligere")
        shared.chmod(0o664)
        assert cli("export", "minutes", "--db", demo_path, "--meeting", JUNE18, "-o", shared)[0] == 0
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664  # before: 0600
        assert zipfile.is_zipfile(shared)
        os.umask(0o027)
        private = tmp_path / "privat.docx"
        assert cli("export", "agenda", "--db", demo_path, "--meeting", JUNE18, "-o", private)[0] == 0
        assert stat.S_IMODE(private.stat().st_mode) == 0o640
    finally:
        os.umask(old)


# -- 9. OS and SQLite errors in Danish --------------------------------------------------

def test_os_errors_are_said_in_danish(cli, demo_path, tmp_path):
    loop = tmp_path / "ring.docx"
    loop.symlink_to(tmp_path / "ring2.docx")
    (tmp_path / "ring2.docx").symlink_to(loop)
    code, _, err = cli("export", "agenda", "--db", demo_path, "--meeting", JUNE18, "-o", loop)
    assert code == 1
    assert_one_danish_line(err, "peger i ring")  # before: Too many levels of symbolic links
    code, _, err = cli("check", "--db", loop)
    assert code == 1
    assert_one_danish_line(err, "peger i ring")


def test_sqlite_errors_are_said_in_danish(store):
    from kkrdesk.core.errors import StoreError
    from kkrdesk.core.models import Attendance

    with pytest.raises(StoreError) as err:
        with store.transaction() as session:
            session.add(Attendance(meeting_id=999999, person_id=999999))
    message = str(err.value)
    assert "FOREIGN KEY" not in message and "constraint" not in message
    assert message == ("Ændringen kunne ikke gemmes: en række henviser til noget, der ikke findes "
                       "(fremmednøgle).")


@pytest.mark.parametrize("code, english, danish", [
    (787, "FOREIGN KEY constraint failed", "fremmednøgle"),
    (13, "database or disk is full", "databasen eller disken er fuld"),
    (14, "unable to open database file", "databasefilen kan ikke åbnes"),
    (2067, "UNIQUE constraint failed: person.email", "findes allerede"),
    (5, "database is locked", "optaget"),
    (8, "attempt to write a readonly database", "skrivebeskyttet"),
])
def test_every_sqlite_code_a_user_meets_has_danish_words(code, english, danish):
    from kkrdesk.core.oserrors import sqlite_reason

    exc = sqlite3.OperationalError(english)
    exc.sqlite_errorcode = code
    assert danish in sqlite_reason(exc)
    assert danish in sqlite_reason(sqlite3.OperationalError(english))  # found by its text too


@pytest.mark.parametrize("errno_name, danish", [
    ("EACCES", "adgang nægtet"), ("EISDIR", "er en mappe"), ("ENOSPC", "disken er fuld"),
    ("ELOOP", "peger i ring"), ("EROFS", "skrivebeskyttet drev"), ("ENOENT", "findes ikke"),
])
def test_every_os_error_a_user_meets_has_danish_words(errno_name, danish):
    import errno

    from kkrdesk.core.oserrors import describe

    number = getattr(errno, errno_name)
    text = describe(OSError(number, os.strerror(number), "/tmp/referat.docx"))
    assert danish in text and os.strerror(number) not in text


# -- 10. check and exports leave no -wal or -shm behind ---------------------------------

@pytest.mark.parametrize("state", ["sound", "read-only", "damaged"])
@pytest.mark.parametrize("command", ["check", "overview", "minutes"])
def test_reading_leaves_nothing_beside_the_database(cli, demo_path, tmp_path, state, command):
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "kkr.sqlite"
    shutil.copy(demo_path, db)
    if state == "read-only":
        db.chmod(0o444)
    elif state == "damaged":
        data = bytearray(db.read_bytes())
        page = int.from_bytes(data[16:18], "big")
        data[page * 2: page * 4] = b"\xff" * (page * 2)
        db.write_bytes(bytes(data))
    before = snapshot(folder)
    out = tmp_path / ("ud.xlsx" if command == "overview" else "ud.docx")
    argv = {"check": ["check", "--db", db],
            "overview": ["export", "overview", "--db", db, "-o", out],
            "minutes": ["export", "minutes", "--db", db, "--meeting", JUNE18, "-o", out]}[command]
    code, _, err = cli(*argv)
    assert code == (1 if state == "damaged" else 0), err
    assert snapshot(folder) == before  # before: a 0-byte -wal and a 32 KB -shm


def test_a_reader_leaves_the_files_of_a_database_another_process_has_open(demo_path, tmp_path):
    """The -wal and -shm of a database the app has open are the app's: a read-only
    export that started first must not remove them when it ends."""
    import subprocess
    import sys

    from kkrdesk.services.database import open_for_reading

    reader = open_for_reading(demo_path)
    reader.integrity_problems()
    assert demo_path.with_name("demo.sqlite-shm").exists()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, sqlite3; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('pragma journal_mode=wal'); c.execute('select count(*) from person').fetchone(); "
         "print('open', flush=True); sys.stdin.readline(); "
         "c.execute(\"update person set notes = 'efter' where id = (select min(id) from person)\"); "
         "c.commit(); c.close()", str(demo_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        reader.close()
        assert demo_path.with_name("demo.sqlite-shm").exists()
        assert demo_path.with_name("demo.sqlite-wal").exists()
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    conn = sqlite3.connect(demo_path)
    assert conn.execute("select notes from person where id = (select min(id) from person)").fetchone()[0] \
        == "efter"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


# -- 11. sensible years, one line always ------------------------------------------------

@pytest.mark.parametrize("typed", ["18-06-0025", "0025-06-18", "18-06-025", "18-06-1899", "18-06-2101"])
def test_a_year_outside_a_sensible_range_is_refused(cli, demo_path, tmp_path, typed):
    out = tmp_path / "ud.docx"
    code, _, err = cli("export", "agenda", "--db", demo_path, "--meeting", typed, "-o", out)
    assert code == 2  # wrong usage; before: 18-06-0025 was read as 2025 and exported
    assert_one_danish_line(err, typed)
    assert not out.exists()


@pytest.mark.parametrize("where", ["meeting", "db", "output"])
def test_an_argument_with_a_newline_gives_one_error_line(cli, demo_path, tmp_path, where):
    args = {"meeting": ["--db", demo_path, "--meeting", "18-06\n2025", "-o", tmp_path / "a.docx"],
            "db": ["--db", tmp_path / "ny\nmappe" / "x.sqlite", "--meeting", JUNE18, "-o",
                   tmp_path / "a.docx"],
            "output": ["--db", demo_path, "--meeting", JUNE18, "-o", tmp_path / "ny\nmappe" / "a.docx"]}
    code, out, err = cli("export", "agenda", *args[where])
    assert code in (1, 2) and out == ""
    line = assert_one_danish_line(err)
    assert "\\n" in line  # the newline is shown, not acted on


@pytest.mark.parametrize("target_name, what", [("rigtig.sqlite", "er databasen"),
                                               ("rigtig.sqlite-wal", "hjælpefil"),
                                               ("genvej.sqlite.lock", "hjælpefil")])
def test_a_database_opened_through_a_link_is_guarded_under_both_names(cli, demo_path, tmp_path,
                                                                      target_name, what):
    real = tmp_path / "rigtig.sqlite"
    shutil.move(demo_path, real)
    link = tmp_path / "genvej.sqlite"
    link.symlink_to(real)
    before = snapshot(tmp_path)
    code, _, err = cli("export", "overview", "--db", link, "-o", tmp_path / target_name)
    assert code == 1
    assert_one_danish_line(err, what, "må ikke overskrives")
    assert snapshot(tmp_path) == before


def test_an_export_in_the_process_that_has_the_database_open_leaves_its_files(cli, demo_store, tmp_path):
    """The window's own process exporting through a read-only store: the -wal and -shm
    belong to the window's connection and stay; its edits keep landing."""
    from kkrdesk.services.agenda import meetings

    db = demo_store.path
    meetings.list_meetings(demo_store)
    assert db.with_name(db.name + "-shm").exists()
    code, _, err = cli("export", "overview", "--db", db, "-o", tmp_path / "o.xlsx")
    assert code == 0, err
    assert db.with_name(db.name + "-shm").exists() and db.with_name(db.name + "-wal").exists()
    mid = meetings.list_meetings(demo_store)[0].id
    meetings.update_meeting(demo_store, mid, place="Vejle")
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from meeting where place = 'Vejle'").fetchone()[0] == 1
    conn.close()
