"""Suite part 3: hostile files and paths. Whatever a user (or a colleague's shared
folder) hands the command line as ``--db``, as an import file or as an export
target, the answer is one Danish line, exit 1, and nothing changed: every file in
the folders involved is hashed before and after, so a new -wal, a half-written file
or a touched database fails the test. The window answers a bad database with one
dialog and keeps the database it had open."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from openpyxl import Workbook

from reliability.conftest import assert_one_danish_line, mknod_or_skip, snapshot

JUNE18 = "18-06-2025"
MB = 1024 * 1024


def _sparse(path: Path, size: int = 100 * MB, head: bytes = b"") -> Path:
    """A 100 MB file made in no time (a sparse file: the zeros are not written)."""
    with path.open("wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _loop(folder: Path, name: str) -> Path:
    a, b = folder / name, folder / f"ring-{name}"
    a.symlink_to(b)
    b.symlink_to(a)
    return a


def _workbook(path: Path, rows=(("Navn",), ("Anne Ås",))) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


# -- hostile --db ------------------------------------------------------------------------

DB_CASES = {
    "directory": (lambda f, fifo: (f / "mappe.sqlite").mkdir() or f / "mappe.sqlite", "mappe"),
    "fifo": (lambda f, fifo: fifo(f / "pipe.sqlite"), "navngiven pipe (FIFO)"),
    "dev-zero": (lambda f, fifo: Path("/dev/zero"), "en enhed"),
    "dev-null": (lambda f, fifo: Path("/dev/null"), "en enhed"),
    "symlink-loop": (lambda f, fifo: _loop(f, "ring.sqlite"), "peger i ring"),
    "dangling-link": (lambda f, fifo: (f / "væk.sqlite").symlink_to(f / "flyttet.sqlite")
                      or f / "væk.sqlite", "henvisning til en fil, der ikke findes"),
    "100MB-zeros": (lambda f, fifo: _sparse(f / "nuller.sqlite"), "ikke en SQLite-database"),
    "100MB-header-only": (lambda f, fifo: _sparse(f / "hoved.sqlite", head=b"SQLite format 3\x00"),
                          "afkortet eller beskadiget"),
    "spreadsheet": (lambda f, fifo: _workbook(f / "regneark.sqlite"), "ikke en SQLite-database"),
    "missing-folder": (lambda f, fifo: f / "findes-ikke" / "kkr.sqlite", "Mappen findes ikke"),
    "missing-file": (lambda f, fifo: f / "findes-ikke.sqlite", "findes ikke"),
}

DB_COMMANDS = {
    "check": lambda db, out, csv: ["check", "--db", db],
    "overview": lambda db, out, csv: ["export", "overview", "--db", db, "-o", out / "o.xlsx"],
    "minutes": lambda db, out, csv: ["export", "minutes", "--db", db, "--meeting", JUNE18,
                                     "-o", out / "r.docx"],
    "import": lambda db, out, csv: ["import", "participants", "--db", db, csv],
}


@pytest.mark.parametrize("command", list(DB_COMMANDS))
@pytest.mark.parametrize("case", list(DB_CASES))
def test_a_hostile_database_path_is_refused(cli, tmp_path, fifo_watchdog, case, command):
    folder, out = tmp_path / "db", tmp_path / "ud"
    folder.mkdir()
    out.mkdir()
    csv = out / "folk.csv"
    csv.write_text("Navn;Organisation\nAnne Ås;Aarhus Kommune\n", encoding="utf-8")
    make, needle = DB_CASES[case]
    db = make(folder, fifo_watchdog)
    before, before_out = snapshot(folder), snapshot(out)
    code, stdout, err = cli(*DB_COMMANDS[command](db, out, csv))
    assert code == 1, err
    assert_one_danish_line(err, needle)
    assert snapshot(folder) == before and snapshot(out) == before_out
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_the_window_shows_one_dialog_for_each_bad_database(qtbot, demo_path, tmp_path, monkeypatch,
                                                           fifo_watchdog):
    from PySide6.QtWidgets import QApplication

    from kkrdesk.ui import app as app_mod

    shown = []
    monkeypatch.setattr(app_mod.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    session = app_mod.Session(QApplication.instance(), interactive=True)
    folder = tmp_path / "db"
    folder.mkdir()
    try:
        assert session.open(demo_path)
        for case, (make, needle) in DB_CASES.items():
            db = make(folder, fifo_watchdog)
            before = snapshot(folder)
            shown.clear()
            session._switch(db, create=False)  # what Filer > Åbn and Seneste do
            assert len(shown) == 1 and needle in shown[0], (case, shown)
            assert session.ctx.store.path == demo_path
            assert snapshot(folder) == before, case
    finally:
        session.window.close()
        session.close()


# -- the writer lock: stale or held -------------------------------------------------------

def test_a_stale_lock_file_does_not_stand_in_the_way(cli, demo_path, tmp_path):
    """A .lock left by a killed process holds no lock: import and check go on."""
    lock = demo_path.with_name(demo_path.name + ".lock")
    lock.write_bytes(b"")
    csv = tmp_path / "folk.csv"
    csv.write_text("Navn;Organisation\nÅse Ærø;Aarhus Kommune\n", encoding="utf-8")
    code, out, err = cli("import", "participants", "--db", demo_path, csv)
    assert code == 0, err
    assert "Importeret: 1 person" in out
    code, out, _ = cli("check", "--db", demo_path)
    assert code == 0 and "i orden" in out


def test_a_held_lock_refuses_the_writer_and_lets_readers_read(cli, demo_path, tmp_path):
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from filelock import FileLock; l = FileLock(sys.argv[1]); l.acquire(); "
         "print('held', flush=True); sys.stdin.readline()", str(demo_path) + ".lock"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        (tmp_path / "filer").mkdir()
        csv = tmp_path / "filer" / "folk.csv"
        csv.write_text("Navn\nÅse Ærø\n", encoding="utf-8")
        before = snapshot(demo_path.parent)
        code, _, err = cli("import", "participants", "--db", demo_path, csv)
        assert code == 1
        assert_one_danish_line(err, "allerede åben")
        assert snapshot(demo_path.parent) == before
        out = tmp_path / "filer" / "ud.xlsx"
        code, _, err = cli("export", "overview", "--db", demo_path, "-o", out)
        assert code == 0 and out.exists(), err
    finally:
        holder.communicate("\n", timeout=30)


# -- hostile import files ------------------------------------------------------------------

def _docx_as_xlsx(f: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Referat")
    doc.save(f / "referat.xlsx")
    return f / "referat.xlsx"


def zip_bomb(path: Path, megabytes: int = 64) -> Path:
    """A workbook whose sheet unpacks to ``megabytes`` MB (a few hundred KB packed)."""
    import zipfile

    src = _workbook(path.with_name("kilde.xlsx"))
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(info.filename, zin.read(info.filename))
        row = b'<row><c t="inlineStr"><is><t>Anne</t></is></c></row>'
        with zout.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     b"<sheetData>")
            block = row * (MB // len(row))
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</sheetData></worksheet>")
    src.unlink()
    return path


def entity_bomb(path: Path) -> Path:
    """A workbook whose sheet is a billion-laughs XML entity bomb."""
    import zipfile

    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    sheet = ('<?xml version="1.0"?><!DOCTYPE worksheet [' + entities + ']>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a9;</t></is></c></row>'
             '</sheetData></worksheet>')
    src = _workbook(path.with_name("kilde2.xlsx"))
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = sheet.encode() if info.filename == "xl/worksheets/sheet1.xml" else zin.read(info)
            zout.writestr(info.filename, data)
    src.unlink()
    return path


IMPORT_CASES = {
    "directory": (lambda f, fifo: (f / "mappe.csv").mkdir() or f / "mappe.csv", "mappe"),
    "fifo": (lambda f, fifo: fifo(f / "pipe.csv"), "navngiven pipe (FIFO)"),
    "dev-zero": (lambda f, fifo: Path("/dev/zero"), "en enhed"),
    "dev-null": (lambda f, fifo: Path("/dev/null"), "en enhed"),
    "symlink-loop": (lambda f, fifo: _loop(f, "ring.csv"), "peger i ring"),
    "missing": (lambda f, fifo: f / "findes-ikke.csv", "findes ikke"),
    "empty": (lambda f, fifo: _write(f / "tom.csv", b""), "tom"),
    "100MB": (lambda f, fifo: _sparse(f / "stor.csv"), "for stor"),
    "picture-as-xlsx": (lambda f, fifo: _write(f / "billede.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20),
                        "ikke et Excel-regneark"),
    "word-as-xlsx": (lambda f, fifo: _docx_as_xlsx(f), "Excel"),
    "old-xls": (lambda f, fifo: _write(f / "gammel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000),
                ".xls"),
    "binary-csv": (lambda f, fifo: _write(f / "binær.csv", b"Navn\n" + bytes(range(256)) * 40),
                   "hverken et regneark"),
    "zip-bomb": (lambda f, fifo: zip_bomb(f / "bombe.xlsx"), "zip-bombe"),
    "entity-bomb": (lambda f, fifo: entity_bomb(f / "latter.xlsx"), "XML-bombe"),
}


@pytest.mark.parametrize("case", list(IMPORT_CASES))
def test_a_hostile_import_file_is_refused_and_the_database_untouched(cli, demo_path, tmp_path,
                                                                     fifo_watchdog, case):
    folder = tmp_path / "filer"
    folder.mkdir()
    make, needle = IMPORT_CASES[case]
    source = make(folder, fifo_watchdog)
    db_before, files_before = snapshot(demo_path.parent / "."), snapshot(folder)
    code, out, err = cli("import", "participants", "--db", demo_path, source)
    assert code == 1, (out, err)
    assert_one_danish_line(err, needle)
    assert snapshot(demo_path.parent / ".") == db_before and snapshot(folder) == files_before


def test_the_database_itself_as_an_import_file_is_refused(cli, demo_path):
    before = snapshot(demo_path.parent)
    code, _, err = cli("import", "participants", "--db", demo_path, demo_path)
    assert code == 1
    assert_one_danish_line(err)
    assert snapshot(demo_path.parent) == before


# -- hostile export targets ----------------------------------------------------------------

def _readonly_folder(f: Path) -> Path:
    ro = f / "låst"
    ro.mkdir()
    ro.chmod(0o555)
    return ro / "ud.{ext}"


def _readonly_file(f: Path) -> Path:
    target = f / "låst.{ext}"
    return target


TARGET_CASES = {
    "directory": (lambda f, fifo: (f / "mappe.{ext}"), "mappe"),
    "missing-folder": (lambda f, fifo: f / "findes-ikke" / "ud.{ext}", "Mappen findes ikke"),
    "read-only-folder": (lambda f, fifo: _readonly_folder(f), "skrivebeskyttet"),
    "read-only-file": (lambda f, fifo: _readonly_file(f), "skrivebeskyttet"),
    "fifo": (lambda f, fifo: f / "pipe.{ext}", "navngiven pipe (FIFO)"),
    "device": (lambda f, fifo: f / "null.{ext}", "en enhed"),
    "symlink-loop": (lambda f, fifo: f / "ring.{ext}", "peger i ring"),
    "wrong-suffix": (lambda f, fifo: f / "ud.txt", "skal gemmes som"),
    "name-too-long": (lambda f, fifo: f / ("x" * 300 + ".{ext}"), "for langt navn"),
}


@pytest.mark.parametrize("kind", ["overview", "agenda"])
@pytest.mark.parametrize("case", list(TARGET_CASES))
def test_a_hostile_export_target_is_refused_and_nothing_changes(cli, demo_path, tmp_path,
                                                                fifo_watchdog, case, kind):
    folder = tmp_path / "ud"
    folder.mkdir()
    ext = "xlsx" if kind == "overview" else "docx"
    make, needle = TARGET_CASES[case]
    target = Path(str(make(folder, fifo_watchdog)).replace("{ext}", ext))
    if case == "directory":
        target.mkdir()
    elif case == "read-only-file":
        target.write_bytes(b"tidligere")
        target.chmod(0o444)
    elif case == "fifo":
        fifo_watchdog(target)
    elif case == "device":
        mknod_or_skip(target, 1, 3)  # our own node, never the system's /dev/null
    elif case == "symlink-loop":
        target.symlink_to(folder / f"ring2.{ext}")
        (folder / f"ring2.{ext}").symlink_to(target)
    db_before, before = snapshot(demo_path.parent), snapshot(folder)
    extra = [] if kind == "overview" else ["--meeting", JUNE18]
    code, out, err = cli("export", kind, "--db", demo_path, *extra, "-o", target)
    assert code == 1, (out, err)
    assert_one_danish_line(err, needle)
    assert snapshot(folder) == before and snapshot(demo_path.parent) == db_before


# -- bombs: refused with bounded memory ------------------------------------------------------

MEASURE = """
import contextlib, io, json, os, resource, sys, tracemalloc
sys.path.insert(0, {tests!r})
import offline_guard
offline_guard.arm()
import kkrdesk.imports.participants_file as pf
from kkrdesk.cli import main
read, peaks = pf.read_participants, []
def measured(path):
    tracemalloc.start()
    try:
        return read(path)
    finally:
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
pf.read_participants = measured
results = []
for source in sys.argv[2:]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["import", "participants", "--db", sys.argv[1], source])
    results.append([code, err.getvalue(), peaks[-1]])
assert not offline_guard.disarm()
# VmHWM is this process's own peak: ru_maxrss would also count the pages of the (large)
# test process it was forked from, which the kernel carries over into the child's figure
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({{"results": results, "rss_kb": hwm}}))
"""


def test_bombs_and_a_100mb_file_are_refused_in_bounded_memory(demo_path, tmp_path):
    """Peak memory (tracemalloc around reading the file, in a fresh process) of refusing
    a 64 MB zip bomb, a billion-laughs workbook and a 100 MB file stays within a few MB
    of reading a two-line workbook: nothing is unpacked or read whole. Memory, not
    time, is checked."""
    import json
    import subprocess
    import sys

    folder = tmp_path / "filer"
    folder.mkdir()
    (tmp_path / "db").mkdir()
    db = Path(shutil.move(demo_path, tmp_path / "db" / "demo.sqlite"))
    cases = [("zip", zip_bomb(folder / "bombe.xlsx"), "zip-bombe"),
             ("xml", entity_bomb(folder / "latter.xlsx"), "XML-bombe"),
             ("big", _sparse(folder / "stor.csv"), "for stor")]
    small = _workbook(folder / "lille.xlsx", rows=(("Navn", "Organisation"), ("Åse Ærø", "KL")))
    code = MEASURE.format(tests=str(Path(__file__).resolve().parents[1]))
    # the bombs first, the harmless workbook last (it would import into the database)
    run = subprocess.run([sys.executable, "-c", code, str(db), *(str(c[1]) for c in cases), str(small)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.splitlines()[-1])
    *refused, (small_code, small_err, baseline) = report["results"]
    assert small_code == 0, small_err  # the harmless one is read and imported
    for (name, _, needle), (exit_code, stderr, peak) in zip(cases, refused, strict=True):
        assert exit_code == 1, stderr
        assert_one_danish_line(stderr, needle)
        assert peak < baseline + 8 * MB, (name, peak, baseline)
        print(f"{name}: peak {peak / MB:.1f} MB (two-line workbook {baseline / MB:.1f} MB)")
    assert report["rss_kb"] * 1024 < 400 * MB


TEMPLATE_CASES = {
    "fifo": (lambda f, fifo: fifo(f / "pipe.docx"), "navngiven pipe (FIFO)"),
    "dev-zero": (lambda f, fifo: Path("/dev/zero"), "en enhed"),
    "directory": (lambda f, fifo: (f / "mappe.docx").mkdir() or f / "mappe.docx", "mappe"),
    "symlink-loop": (lambda f, fifo: _loop(f, "ring.docx"), "peger i ring"),
    "spreadsheet": (lambda f, fifo: _workbook(f / "regneark.docx"), "kan ikke læses som et Word-dokument"),
}


@pytest.mark.parametrize("case", list(TEMPLATE_CASES))
def test_a_hostile_word_template_is_refused(cli, demo_path, tmp_path, fifo_watchdog, case):
    folder = tmp_path / "ud"
    folder.mkdir()
    make, needle = TEMPLATE_CASES[case]
    template = make(folder, fifo_watchdog)
    before = snapshot(folder)
    code, _, err = cli("export", "agenda", "--db", demo_path, "--meeting", JUNE18,
                       "-o", folder / "dagsorden.docx", "--template", template)
    assert code == 1
    assert_one_danish_line(err, needle)
    assert snapshot(folder) == before


def test_a_database_in_a_read_only_folder_is_read_but_never_written(cli, demo_path, tmp_path):
    folder = tmp_path / "låst"
    folder.mkdir()
    db = Path(shutil.move(demo_path, folder / "kkr.sqlite"))
    (tmp_path / "filer").mkdir()
    csv = tmp_path / "filer" / "folk.csv"
    csv.write_text("Navn\nÅse Ærø\n", encoding="utf-8")
    folder.chmod(0o555)
    try:
        before = snapshot(folder)
        code, _, err = cli("import", "participants", "--db", db, csv)
        assert code == 1
        assert_one_danish_line(err, "skrivebeskyttet")
        code, out, err = cli("check", "--db", db)
        assert code == 0 and "i orden" in out, err
        code, _, err = cli("export", "overview", "--db", db, "-o", tmp_path / "filer" / "o.xlsx")
        assert code == 0, err
        assert snapshot(folder) == before
    finally:
        folder.chmod(0o755)


AGENDA_CASES = {k: IMPORT_CASES[k] for k in ("directory", "fifo", "dev-zero", "dev-null", "symlink-loop",
                                              "missing", "empty", "100MB")}


@pytest.mark.parametrize("case", list(AGENDA_CASES))
def test_a_hostile_agenda_file_is_refused_and_the_database_untouched(cli, demo_path, tmp_path,
                                                                     fifo_watchdog, case):
    folder = tmp_path / "filer"
    folder.mkdir()
    make, needle = AGENDA_CASES[case]
    source = make(folder, fifo_watchdog)
    db_before, files_before = snapshot(demo_path.parent / "."), snapshot(folder)
    code, out, err = cli("import", "agenda", "--db", demo_path, "--date", "17-09-2025", source)
    assert code == 1, (out, err)
    assert_one_danish_line(err, needle)
    assert snapshot(demo_path.parent / ".") == db_before and snapshot(folder) == files_before
