"""Every kind of bad --db gets a one-sentence message, and the file stays byte for byte."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys

import pytest

from kkrdesk.cli import main
from kkrdesk.core.errors import StoreError
from kkrdesk.services.database import open_database


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _not_sqlite(tmp_path, demo_path):
    p = tmp_path / "notes.sqlite"
    p.write_text("Referat fra mødet – ikke en database\n" * 50, encoding="utf-8")
    return p, "ikke en SQLite-database"


def _truncated(tmp_path, demo_path):
    p = tmp_path / "truncated.sqlite"
    data = demo_path.read_bytes()
    p.write_bytes(data[: len(data) // 2 + 100])
    return p, "afkortet eller beskadiget"


def _corrupt_pages(tmp_path, demo_path):
    p = tmp_path / "corrupt.sqlite"
    data = bytearray(demo_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2: page * 4] = b"\xff" * (page * 2)  # wipe two b-tree pages
    p.write_bytes(bytes(data))
    return p, "beskadiget"


def _empty(tmp_path, demo_path):
    p = tmp_path / "empty.sqlite"
    p.write_bytes(b"")
    return p, "tom"


def _newer(tmp_path, demo_path):
    p = tmp_path / "newer.sqlite"
    p.write_bytes(demo_path.read_bytes())
    conn = sqlite3.connect(p)
    conn.execute("update alembic_version set version_num = '9999'")
    conn.commit()
    conn.close()
    return p, "nyere version"


def _foreign_sqlite(tmp_path, demo_path):
    p = tmp_path / "other.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("create table recipes (name text)")
    conn.commit()
    conn.close()
    return p, "ikke en KKR Desk-database"


def _read_only(tmp_path, demo_path):
    p = tmp_path / "readonly.sqlite"
    p.write_bytes(demo_path.read_bytes())
    p.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return p, "skrivebeskyttet"


CASES = [_not_sqlite, _truncated, _corrupt_pages, _empty, _newer, _foreign_sqlite, _read_only]


@pytest.mark.parametrize("make", CASES, ids=[c.__name__.strip("_") for c in CASES])
def test_bad_file_is_refused_and_left_unchanged(make, tmp_path, demo_path):
    path, words = make(tmp_path, demo_path)
    before = _digest(path)
    with pytest.raises(StoreError, match=words):
        open_database(path)
    assert _digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="Mappen findes ikke"):
        open_database(tmp_path / "no" / "such" / "folder" / "db.sqlite")
    assert not (tmp_path / "no").exists()


def test_folder_given_as_database(tmp_path):
    with pytest.raises(StoreError, match="mappe"):
        open_database(tmp_path)


@pytest.mark.parametrize("make", [_not_sqlite, _truncated, _empty, _newer, _read_only],
                         ids=["not_sqlite", "truncated", "empty", "newer", "read_only"])
def test_cli_smoke_and_check_print_one_line_and_exit_1(make, tmp_path, demo_path, capsys):
    path, words = make(tmp_path, demo_path)
    before = _digest(path)
    for argv in (["--smoke", "--db", str(path)], ["check", "--db", str(path)]):
        if make is _read_only and argv[0] == "check":
            continue  # checking only reads, so a read-only file is fine for it
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert _digest(path) == before


def test_bad_database_in_a_real_process_has_no_traceback(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "kkrdesk", "--smoke", "--db", str(bad)],
        capture_output=True, text=True, timeout=120, env={**__import__("os").environ},
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("kkrdesk: ") and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0


def test_a_second_process_is_refused_while_the_first_writes(demo_path):
    first = open_database(demo_path)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "kkrdesk", "--smoke", "--db", str(demo_path)],
            capture_output=True, text=True, timeout=120,
        )
        assert proc.returncode == 1 and "allerede åben" in proc.stderr
        reader = subprocess.run(  # reading (export, check) is still allowed
            [sys.executable, "-m", "kkrdesk", "check", "--db", str(demo_path)],
            capture_output=True, text=True, timeout=120,
        )
        assert reader.returncode == 0, reader.stderr
    finally:
        first.close()
