"""Every released schema revision's database (tests/data/schema-NNNN.sqlite, written
by tests/data/make_revision_db.py with that release's code) opens in this version:
upgraded after a backup copy beside it, with everything the manifest lists intact.
A new migration's file is picked up without touching this test."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from reliability.killing import ROOT, assert_sound

DATA = ROOT / "tests" / "data"
FILES = sorted(DATA.glob("schema-*.sqlite"))
sys.path.insert(0, str(DATA))
from make_revision_db import manifest  # noqa: E402


def _revision(path: Path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _rows(path: Path) -> dict[str, list]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}


def test_every_released_revision_is_kept():
    from kkrdesk.core.store import KNOWN_REVISIONS

    assert FILES, "tests/data holds no schema-NNNN.sqlite"
    kept = {_revision(f) for f in FILES}
    assert kept == set(KNOWN_REVISIONS), \
        f"make a database for each released revision: missing {set(KNOWN_REVISIONS) - kept}"


def _open_and_check(source: Path, tmp_path: Path) -> Path:
    from kkrdesk.core.store import SCHEMA_HEAD
    from kkrdesk.services.database import open_database

    db = tmp_path / source.name
    shutil.copy(source, db)
    revision, before = _revision(db), _rows(db)
    store = open_database(db, create=False)
    try:
        if revision != SCHEMA_HEAD:
            backups = list(tmp_path.glob(f"{db.stem}.backup-{revision}-*"))
            assert [store.backup_path] == backups, "no backup copy beside the database"
            assert _revision(backups[0]) == revision and _rows(backups[0]) == before
        else:
            assert store.backup_path is None and not list(tmp_path.glob("*.backup-*"))
        expected = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
        assert manifest(store) == expected
    finally:
        store.close()
    assert _revision(db) == SCHEMA_HEAD
    assert_sound(db)
    return db


@pytest.mark.parametrize("source", FILES, ids=[f.stem for f in FILES])
def test_a_released_database_opens_intact_in_this_version(source, tmp_path):
    _open_and_check(source, tmp_path)


def test_an_upgrade_writes_the_backup_first(tmp_path, monkeypatch):
    """The backup path, exercised now on the oldest file as if a newer head existed
    (until a real 0002 makes the test above do it)."""
    from kkrdesk.core import store as store_module

    oldest = FILES[0]
    newer = f"{int(_revision(oldest)) + 1:04d}"
    monkeypatch.setattr(store_module, "SCHEMA_HEAD", newer)
    monkeypatch.setattr(store_module, "KNOWN_REVISIONS", (*store_module.KNOWN_REVISIONS, newer))
    from kkrdesk.services.database import open_database

    db = tmp_path / oldest.name
    shutil.copy(oldest, db)
    before = _rows(db)
    store = open_database(db, create=False)
    try:
        backups = list(tmp_path.glob(f"{db.stem}.backup-{_revision(oldest)}-*"))
        assert backups and store.backup_path == backups[0]
        assert _rows(backups[0]) == before
    finally:
        store.close()
