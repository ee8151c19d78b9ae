"""The store: schema through Alembic, pragmas, the one-writer lock, read-only use,
and upgrading an older database with a backup beside it."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from kkrdesk.core import paths, store as store_mod
from kkrdesk.core.errors import DatabaseLocked, StoreError
from kkrdesk.core.models import Base
from kkrdesk.core.schema import include_name
from kkrdesk.core.store import SCHEMA_HEAD, Store


def test_schema_head_constant_matches_alembic_head():
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    assert ScriptDirectory.from_config(cfg).get_current_head() == SCHEMA_HEAD


def test_migrations_create_exactly_the_models_schema(store):
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_new_database_uses_wal_foreign_keys_and_normal_sync(store):
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def test_second_writer_gets_a_clear_message(tmp_path):
    path = tmp_path / "a.sqlite"
    first = Store.open_path(path)
    try:
        with pytest.raises(DatabaseLocked, match="allerede åben"):
            Store.open_path(path)
        reader = Store.open_path(path, readonly=True)  # exports may still read
        assert reader.schema_revision == SCHEMA_HEAD
        reader.close()
    finally:
        first.close()
    Store.open_path(path).close()  # the lock is released on close


def test_a_hard_link_in_this_process_is_the_same_database(tmp_path):
    """The identity lock is per open file description, so even a second store in the same
    process is refused under another name."""
    import os

    path = tmp_path / "a.sqlite"
    first = Store.open_path(path)
    try:
        os.link(path, tmp_path / "b.sqlite")
        with pytest.raises(DatabaseLocked, match="allerede åben"):
            Store.open_path(tmp_path / "b.sqlite")
        with pytest.raises(DatabaseLocked, match="andet navn"):
            Store.open_path(tmp_path / "b.sqlite", readonly=True)
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "a.sqlite", "a.sqlite-shm", "a.sqlite-wal", "a.sqlite.lock", "b.sqlite"]
    finally:
        first.close()


def test_a_refused_writer_of_a_new_file_leaves_no_empty_database(tmp_path):
    """A new database is made empty (to be locked before SQLite opens it) only once the
    .lock is had: a writer refused (here: an older version holds the .lock) makes nothing."""
    from filelock import FileLock

    path = tmp_path / "ny.sqlite"
    held = FileLock(str(tmp_path / "ny.sqlite.lock"))
    held.acquire()
    try:
        with pytest.raises(DatabaseLocked):
            Store.open_path(path)
        assert not path.exists()
    finally:
        held.release()


def test_readonly_store_refuses_writes(demo_path):
    with Store.open_path(demo_path, readonly=True) as ro, pytest.raises(StoreError):
        with ro.transaction() as s:
            s.execute(text("delete from person"))


def test_transaction_rolls_back_on_error(store):
    from kkrdesk.core.models import Person

    with pytest.raises(RuntimeError):
        with store.transaction() as s:
            s.add(Person(name="Halvt gemt"))
            s.flush()
            raise RuntimeError("boom")
    with store.reading() as s:
        assert s.query(Person).filter_by(name="Halvt gemt").count() == 0


def test_listeners_hear_which_area_changed(store):
    heard = []
    store.subscribe(heard.append)
    with store.transaction("meetings"):
        pass
    assert heard == [{"meetings"}]


def test_older_database_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    # Make a database at the current head with one person in it.
    path = tmp_path / "old.sqlite"
    with Store.open_path(path) as s, s.transaction() as session:
        session.execute(text("insert into person (name, title, email, phone, notes) "
                             "values ('Vivi Orthmann', '', '', '', '')"))
    # A newer build knows a revision after it that adds a column.
    head = store_mod.SCHEMA_HEAD
    migrations = tmp_path / "db"
    shutil.copytree(paths.migrations_dir(), migrations)
    (migrations / "versions" / "9999_test.py").write_text(
        'from alembic import op\nimport sqlalchemy as sa\n'
        f'revision = "9999"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n'
        'def upgrade():\n    op.add_column("person", sa.Column("nickname", sa.String(50)))\n'
        'def downgrade():\n    op.drop_column("person", "nickname")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(paths, "migrations_dir", lambda: migrations)
    monkeypatch.setattr(store_mod, "SCHEMA_HEAD", "9999")
    monkeypatch.setattr(store_mod, "KNOWN_REVISIONS", (*store_mod.KNOWN_REVISIONS, "9999"))

    with Store.open_path(path) as upgraded:
        assert upgraded.schema_revision == "9999"
        backup = upgraded.backup_path
        with upgraded.engine.connect() as conn:
            cols = [r[1] for r in conn.execute(text("PRAGMA table_info(person)"))]
            assert "nickname" in cols
            assert conn.execute(text("select name from person")).scalar() == "Vivi Orthmann"
    assert backup is not None and backup.exists() and backup.parent == path.parent
    old = sqlite3.connect(backup)
    assert old.execute("select version_num from alembic_version").fetchone()[0] == head
    assert old.execute("select name from person").fetchone()[0] == "Vivi Orthmann"
    old.close()


def test_memory_url_works_without_sqlite_file_logic():
    with Store("sqlite://") as s:
        assert s.path is None
        assert s.schema_revision == SCHEMA_HEAD
