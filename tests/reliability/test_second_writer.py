"""One writer per database file, whatever name it is opened under.

A real first writer (``writer_holder.py``, opened as the window opens a database) commits
meetings while a real second process opens the same file under another name: a hard link, a
symbolic link, a relative path, a /proc/self/fd path, a bind mount. The second writer gets the Danish
"already open" line, exit 1, and writes nothing; every row the first writer committed is
there afterwards and SQLite's integrity check passes. A reader under another name
(``check``, an export) reads what the writer committed (a symbolic link leads to the same
-wal) or is refused (a hard link would read the file without the writer's -wal); it never
leaves a -wal or -shm beside the name it was given."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from offline_guard import guarded_argv
from reliability.conftest import assert_one_danish_line, run_guarded
from reliability.killing import HERE, assert_sound, env, query

BATCH = 5


class Holder:
    """The first writer, waiting between its two batches of commits."""

    def __init__(self, db: Path):
        self.db = db
        self.proc = subprocess.Popen([sys.executable, str(HERE / "writer_holder.py"), str(db),
                                      str(BATCH)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env())
        self.committed = []
        for line in self.proc.stdout:
            if line.startswith("committed "):
                self.committed.append(line.removeprefix("committed ").strip())
            if line.strip() == "ready":
                return
        raise AssertionError(f"the first writer did not start: {self.proc.stderr.read()}")

    def finish(self) -> None:
        out, err = self.proc.communicate("go\n", timeout=60)
        assert self.proc.returncode == 0, err
        self.committed += [line.removeprefix("committed ").strip() for line in out.splitlines()
                           if line.startswith("committed ")]
        assert out.splitlines()[-1] == "closed"
        assert len(self.committed) == 2 * BATCH

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate(timeout=30)


@pytest.fixture
def setup(demo_path, tmp_path):
    """The database in its own folder, a second folder for the other names, and a
    participants file the second writer would import."""
    other = tmp_path / "andet"
    other.mkdir()
    csv = tmp_path / "folk.csv"
    csv.write_text("Navn;Organisation\nAnden Skriver;KL\n", encoding="utf-8")
    return demo_path, other, csv


@functools.cache
def _mount_namespace() -> bool:
    """Whether this system lets a test bind-mount a file in a private mount namespace."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    probe = subprocess.run([unshare, "--mount", "--", "sh", "-c", "mount --bind / /mnt"],
                           capture_output=True, timeout=30)
    return probe.returncode == 0


def _bind_mounted(db: Path, target: Path) -> list[str]:
    """A command prefix that runs its command with ``db`` bind-mounted on ``target`` (the
    same file under another name, seen only by that command)."""
    if not _mount_namespace():
        pytest.skip("bind mounts are not allowed here")
    target.touch()
    script = 'mount --bind "$0" "$1" && shift && exec "$@"'
    return [shutil.which("unshare"), "--mount", "--", "sh", "-c", script, str(db), str(target)]


def _other_name(kind: str, db: Path, other: Path) -> tuple[str, Path | None, str]:
    """The name the second process is given, the folder to watch for stray files, and a
    prelude that prepares the name inside the second process."""
    if kind == "hardlink":
        os.link(db, other / "kopi.sqlite")
        return str(other / "kopi.sqlite"), other, ""
    if kind == "symlink":
        (other / "genvej.sqlite").symlink_to(db)
        return str(other / "genvej.sqlite"), other, ""
    if kind == "relative":
        return os.path.relpath(db, other), None, f"import os; os.chdir({str(other)!r})"
    # the second process opens the file itself and is given its /proc/self/fd path
    prelude = (f"import os, sys; fd = os.open({str(db)!r}, os.O_RDONLY); "
               "sys.argv = [f'/proc/self/fd/{fd}' if a == 'FD' else a for a in sys.argv]")
    return "FD", None, prelude


def _names_beside(folder: Path | None) -> set[str]:
    return set(os.listdir(folder)) if folder is not None else set()


@pytest.mark.parametrize("kind", ["hardlink", "symlink", "relative", "proc-fd", "bind-mount"])
def test_a_second_writer_under_another_name_is_refused(setup, kind):
    db, other, csv = setup
    holder = Holder(db)
    try:
        if kind == "bind-mount":
            wrap, name, watch, prelude = _bind_mounted(db, other / "bundet.sqlite"), \
                str(other / "bundet.sqlite"), other, ""
        else:
            wrap = []
            name, watch, prelude = _other_name(kind, db, other)
        before = _names_beside(watch)
        argv = [*wrap, *guarded_argv("import", "participants", "--db", name, csv, prelude=prelude)]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60,
                                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        assert result.returncode == 1, (result.stdout, result.stderr)
        assert_one_danish_line(result.stderr, "allerede åben")
        assert _names_beside(watch) == before  # no -wal, -shm or .lock beside the other name
        holder.finish()
    finally:
        holder.kill()
    found = {r[0] for r in query(db, "SELECT title FROM meeting WHERE title LIKE 'Første skriver %'")}
    assert found == set(holder.committed)
    assert query(db, "SELECT count(*) FROM person WHERE name = 'Anden Skriver'") == [(0,)]
    assert_sound(db)


def test_the_window_under_a_hard_link_is_refused(setup):
    db, other, _ = setup
    holder = Holder(db)
    try:
        name, watch, _ = _other_name("hardlink", db, other)
        result = run_guarded("--smoke", "--db", name)
        assert result.returncode == 1, (result.stdout, result.stderr)
        assert_one_danish_line(result.stderr, "allerede åben")
        assert _names_beside(watch) == {"kopi.sqlite"}
        holder.finish()
    finally:
        holder.kill()
    found = {r[0] for r in query(db, "SELECT title FROM meeting WHERE title LIKE 'Første skriver %'")}
    assert found == set(holder.committed)
    assert_sound(db)


def _workbook_text(path: Path) -> str:
    wb = load_workbook(path, read_only=True)
    return "\n".join(str(cell) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                     for cell in row if cell is not None)


def test_readers_under_other_names_read_what_the_writer_committed_or_are_refused(setup, tmp_path):
    """Through a hard link SQLite would look for the -wal beside the link, miss what the
    writer committed and make an empty -wal and -shm there: refused. A symbolic link
    leads SQLite to the writer's -wal: read, with every commit."""
    db, other, _ = setup
    holder = Holder(db)
    try:
        hard, _, _ = _other_name("hardlink", db, other)
        soft, _, _ = _other_name("symlink", db, other)
        out = tmp_path / "ud"
        out.mkdir()
        for argv in (["check", "--db", hard],
                     ["export", "overview", "--db", hard, "-o", out / "oversigt.xlsx"],
                     ["export", "minutes", "--db", hard, "--meeting", "18-06-2025",
                      "-o", out / "referat.docx"]):
            result = run_guarded(*argv)
            assert result.returncode == 1, (argv, result.stdout, result.stderr)
            assert_one_danish_line(result.stderr, "allerede åben", "andet navn")
            assert _names_beside(other) == {"kopi.sqlite", "genvej.sqlite"}, argv
        assert os.listdir(out) == []
        result = run_guarded("export", "overview", "--db", soft, "-o", out / "oversigt.xlsx")
        assert result.returncode == 0, result.stderr
        text = _workbook_text(out / "oversigt.xlsx")
        assert all(meeting in text for meeting in holder.committed)
        result = run_guarded("check", "--db", soft)
        assert result.returncode == 0 and "Integritet: i orden" in result.stdout, result.stderr
        assert _names_beside(other) == {"kopi.sqlite", "genvej.sqlite"}
        holder.finish()
    finally:
        holder.kill()
    assert_sound(db)


def test_the_lock_is_free_again_under_every_name_after_the_writer_closes(setup):
    db, other, csv = setup
    holder = Holder(db)
    holder.finish()
    os.link(db, other / "kopi.sqlite")
    result = run_guarded("import", "participants", "--db", other / "kopi.sqlite", csv)
    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT count(*) FROM person WHERE name = 'Anden Skriver'") == [(1,)]
    shutil.rmtree(other)
    assert_sound(db)
