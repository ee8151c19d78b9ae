"""Moving a database (issue 24, item 6): ``kkrdesk copy`` takes a SQLite file to a
PostgreSQL server and back unchanged, every row with its id, checked by counts and
checksums; a target that holds rows is refused unless --replace; ids go on after the
copy's highest, never from 1."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from kkrdesk.cli.entry import main

SKIPPED = {"alembic_version", "sqlite_sequence", "app_session"}


def rows_of(path) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file, read with the standard library (not
    with the product's copy), the search index's own tables left out."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%'")
            if n not in SKIPPED]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1, 2').fetchall() for n in names}


def sequences_of(path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return dict(conn.execute("SELECT name, seq FROM sqlite_sequence WHERE name <> 'app_session'"))


def test_a_database_moves_to_the_server_and_back_unchanged(demo_path, pg_url, tmp_path, capsys):
    back = tmp_path / "back.sqlite"
    assert main(["copy", "--from", str(demo_path), "--to", pg_url]) == 0
    assert "kontrolleret" in capsys.readouterr().out
    assert main(["copy", "--from", pg_url, "--to", str(back)]) == 0
    before, after = rows_of(demo_path), rows_of(back)
    assert sum(len(r) for r in before.values()) > 250
    assert after == before
    assert sequences_of(back) == sequences_of(demo_path)


def test_a_search_on_the_server_finds_what_it_finds_in_the_file(demo_path, pg_url):
    from kkrdesk.services.database import open_database
    from kkrdesk.services.search.find import search

    assert main(["copy", "--from", str(demo_path), "--to", pg_url]) == 0
    for words in ("aarhus", "ÅRHUS", "æld", "18-06-2025", "sundhed data"):
        with open_database(demo_path) as file, open_database(pg_url) as server:
            on_file, on_server = search(file, words), search(server, words)
        # the same groups and hits; the order may differ (bm25 there, ts_rank here)
        assert {g.label for g in on_server.groups} == {g.label for g in on_file.groups}, words
        assert {h.record_id for g in on_server.groups for h in g.hits} == \
            {h.record_id for g in on_file.groups for h in g.hits}, words


def test_new_rows_on_the_server_take_ids_after_the_copied_ones(demo_path, pg_url):
    from kkrdesk.services.database import open_database
    from kkrdesk.services.participants import people
    from kkrdesk.views.participants import PersonFields

    highest = max(r[0] for r in rows_of(demo_path)["person"])
    assert main(["copy", "--from", str(demo_path), "--to", pg_url]) == 0
    with open_database(pg_url) as store:
        assert people.add_person(store, PersonFields(name="Ny Person")) == highest + 1


def test_a_target_that_holds_rows_is_refused_and_kept(demo_path, pg_url, capsys):
    from kkrdesk.services.database import open_database

    open_database(pg_url).close()  # the reference organisations: rows already
    assert main(["copy", "--from", str(demo_path), "--to", pg_url]) == 1
    err = capsys.readouterr().err
    assert "ikke tom" in err and "--replace" in err
    assert main(["copy", "--from", str(demo_path), "--to", pg_url, "--replace"]) == 0


def test_the_file_to_a_file_and_onto_itself(demo_path, tmp_path, capsys):
    copy = tmp_path / "copy.sqlite"
    assert main(["copy", "--from", str(demo_path), "--to", str(copy)]) == 0
    assert rows_of(copy) == rows_of(demo_path)
    assert main(["copy", "--from", str(demo_path), "--to", f"sqlite:///{demo_path}"]) == 1
    assert "samme database" in capsys.readouterr().err


def test_a_server_that_is_not_there_is_one_danish_line(demo_path, tmp_path, capsys):
    nowhere = f"postgresql+psycopg://kkr@/kkr?host={tmp_path}"
    assert main(["copy", "--from", str(demo_path), "--to", nowhere]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"Serveren {tmp_path} (databasen kkr) kan ikke bruges: den tager" in err


@pytest.fixture
def demo_path(demo_template, tmp_path):
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target
