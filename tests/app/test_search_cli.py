"""``kkrdesk search --db PATH ORD`` in a process of its own: grouped Danish output, exit 0
when found, 1 when not, 2 without a word; read-only, so it runs while the app holds the
file and leaves it byte for byte as it was."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from kkrdesk.cli import main


def kkrdesk(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kkrdesk", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(db) -> dict[str, str]:
    """The database and its -wal, byte for byte (the -shm is SQLite's shared memory, where
    every reader of a WAL database notes what it reads)."""
    return {p.name: _digest(p) for p in db.parent.iterdir()
            if p.is_file() and not p.name.endswith("-shm")}


def test_a_word_in_capitals_finds_the_project_that_mentions_it(demo_path):
    run = kkrdesk("search", "--db", demo_path, "ÆLDRELOVEN")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "Søgning efter »ÆLDRELOVEN«: 1 fund"
    assert lines[2] == "Projekter (1)"
    assert lines[3].startswith("  DP10 EOJ-data til Sundhedsjournalen  (")
    assert "ældreloven" in lines[4] and run.stderr == ""


def test_groups_name_where_each_hit_is(demo_path):
    run = kkrdesk("search", "--db", demo_path, "Farsinsen")
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Personer (1)\n  Kristina Farsinsen  (Aalborg Kommune" in out
    assert "Referat (1)\n  Velkomst  (Referat, punkt 1 · møde 18-06-2025)" in out
    assert out.index("Personer (1)") < out.index("Referat (1)")  # the name leads


def test_aa_and_aa_are_one_letter(demo_path):
    for word in ("Århus", "aarhus"):
        run = kkrdesk("search", "--db", demo_path, word)
        assert "Organisationer (1)\n  Aarhus Kommune  (Kommune · KKR Midtjylland)" in run.stdout


def test_nothing_found_exits_1_and_says_so(demo_path):
    run = kkrdesk("search", "--db", demo_path, "zqxyvw", "ældre")
    assert run.returncode == 1
    assert run.stdout == "Intet fundet for »zqxyvw ældre«.\n" and run.stderr == ""


def test_no_word_is_wrong_usage(demo_path, capsys):
    assert main(["search", "--db", str(demo_path), "–", "»«"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kkrdesk: der er intet ord at søge efter") and err.count("\n") == 1
    assert main(["search", "--db", str(demo_path)]) == 2  # ORD is required
    assert main(["search", "--db", str(demo_path), "a", "--limit", "0"]) == 2


def test_limit_shows_how_many_more(demo_path, capsys):
    import re
    import sqlite3

    with sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True) as con:
        rows = con.execute("SELECT name, short_name, region, kkr FROM organisation").fetchall()
    n = sum(1 for r in rows if re.search(r"\bkommune", " ".join(filter(None, r)), re.I))
    assert main(["search", "--db", str(demo_path), "kommune", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert f"Organisationer ({n})\n" in out and f"  … og {n - 1} flere\n" in out


def test_a_missing_database_is_one_line_and_exit_1(tmp_path, capsys):
    assert main(["search", "--db", str(tmp_path / "findes-ikke.sqlite"), "ord"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kkrdesk: ") and "findes ikke" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_it_reads_while_the_app_holds_the_file_and_changes_nothing(demo_path):
    from kkrdesk.services.database import open_database

    app = open_database(demo_path)  # the window's store: the writer's lock
    try:
        with app.engine.begin() as conn:  # what the app wrote last is in its -wal
            conn.exec_driver_sql("UPDATE person SET name = 'Zqxlæst Ørsted' WHERE id = 1")
        before = _files(demo_path)
        run = kkrdesk("search", "--db", demo_path, "zqxlæst")
        assert run.returncode == 0, run.stderr
        assert "Personer (1)\n  Zqxlæst Ørsted" in run.stdout
        assert _files(demo_path) == before
    finally:
        app.close()


def test_an_older_schema_is_refused_read_only_with_one_line(tmp_path, capsys):
    import shutil

    from locations import ROOT

    db = tmp_path / "gammel.sqlite"
    shutil.copy(ROOT / "tests" / "data" / "schema-0004.sqlite", db)
    before = _digest(db)
    assert main(["search", "--db", str(db), "velkomst"]) == 1
    assert "ældre skema" in capsys.readouterr().err
    assert _digest(db) == before
