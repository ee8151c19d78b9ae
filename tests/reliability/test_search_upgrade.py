"""A database of every earlier schema revision (tests/data/schema-NNNN.sqlite) gets its
search index when it is upgraded: what its manifest lists (written with that release's
code) is found by a word from it, the index is sound, later writes are indexed, and the
readers that open a file read-only (exports, ``check``, the overview's sqlite3 reader,
``kkrdesk search``) still read it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3

import pytest

from reliability.killing import ROOT

DATA = ROOT / "tests" / "data"
OLDER = [f for f in sorted(DATA.glob("schema-*.sqlite")) if f.stem < "schema-0005"]  # before the index


def _groups(store, words: str) -> dict[str, set[str]]:
    from kkrdesk.services.search.find import search

    return {g.label: {h.title for h in g.hits} for g in search(store, words, per_kind=500).groups}


@pytest.fixture(params=OLDER, ids=[f.stem for f in OLDER])
def upgraded(request, tmp_path):
    from kkrdesk.services.database import open_database

    db = tmp_path / request.param.name
    shutil.copy(request.param, db)
    manifest = json.loads(request.param.with_suffix(".json").read_text(encoding="utf-8"))
    store = open_database(db, create=False)
    yield store, manifest
    store.close()


def test_an_upgraded_database_finds_what_its_manifest_lists(upgraded):
    store, manifest = upgraded
    for name in manifest["people"]:
        assert name in _groups(store, name).get("Personer", set()), name
    for meeting in manifest["meetings"]:
        day = dt.date.fromisoformat(meeting["date"])
        assert meeting["title"] in _groups(store, f"{day:%d-%m-%Y}").get("Møder", set())
        for _number, title in meeting["items"]:
            assert title in _groups(store, title).get("Dagsordenspunkter", set()), title
    with store.engine.begin() as conn:  # FTS5's own check of the index against its texts
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('integrity-check')")


def test_an_upgraded_database_indexes_later_writes(upgraded):
    from kkrdesk.services.participants import people
    from kkrdesk.views.participants import PersonFields

    store, _manifest = upgraded
    people.add_person(store, PersonFields(name="Åge Ærøskøbing"))
    assert _groups(store, "aage ærø")["Personer"] == {"Åge Ærøskøbing"}


def test_the_read_only_readers_read_a_database_with_the_index(demo_path, tmp_path):
    """While the app holds the file (the writer's lock), the overview's sqlite3 reader and
    a read-only store (exports, check, search) read it; SQLite's own check passes."""
    from kkrdesk.core.store import Store
    from kkrdesk.services.database import open_database
    from kkrdesk.services.overview.sql import read_overview
    from kkrdesk.services.search.find import search

    writer = open_database(demo_path)
    try:
        assert read_overview(demo_path) is not None  # None would mean: fell back to the store
        with Store.open_path(demo_path, readonly=True) as reader:
            assert [g.label for g in search(reader, "Velkomst").groups] == ["Dagsordenspunkter"]
            assert reader.integrity_problems() == []
    finally:
        writer.close()
    with sqlite3.connect(f"file:{demo_path}?mode=ro", uri=True) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
