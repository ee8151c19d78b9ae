"""One schema, two back ends (issue 24, item 1): the migrations make the models' schema
on PostgreSQL as on SQLite, with the search index's triggers on every searched table;
two apps opening a new database at once upgrade it once (an advisory lock, never a
lock that keeps anyone out); the server folds Danish text the way a Danish reader
expects; a search on the server finds by the beginnings of words, æ, ø and å kept."""

from __future__ import annotations

import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from kkrdesk.core.models import Base
from kkrdesk.core.schema import include_name
from kkrdesk.core.store import SCHEMA_HEAD, Store
from kkrdesk.services.database import open_database


def test_a_new_server_database_gets_exactly_the_models_schema(pg_url):
    with Store(pg_url) as store:
        assert store.schema_revision == SCHEMA_HEAD
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": include_name})
            assert compare_metadata(context, Base.metadata) == []
            triggers = conn.execute(text(
                "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'search_%'")).scalar()
            versioned = conn.execute(text(
                "SELECT count(*) FROM information_schema.columns WHERE column_name = 'version' "
                "AND is_nullable = 'NO' AND table_schema = 'public'")).scalar()
    assert triggers == 21  # one per searched table and kind (FOUND_AS in test_search_index)
    assert versioned == 26  # every table a user edits


def test_two_apps_opening_a_new_database_at_once_upgrade_it_once(pg_url):
    opened, failed = [], []

    def open_one():
        try:
            opened.append(Store(pg_url))
        except Exception as exc:  # noqa: BLE001 - collected and shown by the assertion
            failed.append(exc)

    workers = [threading.Thread(target=open_one) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert failed == []
    assert [s.schema_revision for s in opened] == [SCHEMA_HEAD, SCHEMA_HEAD]
    with opened[0].engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    for s in opened:
        s.close()


@pytest.mark.parametrize(("stored", "folded"), [
    ("ÆLDRE Øster ÅRHUS", "ældre øster aarhus"),
    ("Idé-katalog for Müller & Søn", "ide katalog for muller søn"),
    ("a@kl.dk 18-06-2025", "a kl dk 18 06 2025"),
    ("Aabenraa Kommune", "aabenraa kommune"),
])
def test_the_server_folds_text_as_a_danish_reader_reads_it(pg_url, stored, folded):
    with Store(pg_url) as store, store.engine.connect() as conn:
        got = conn.execute(text("SELECT kkr_search_fold(:t)"), {"t": stored}).scalar()
    assert got.split() == folded.split()


def test_a_search_on_the_server_finds_beginnings_and_keeps_the_danish_letters(pg_url):
    from kkrdesk.services.participants import people
    from kkrdesk.services.search.find import search
    from kkrdesk.views.participants import PersonFields

    with open_database(pg_url) as store:
        for name in ("Øster Hansen", "Oster Berg", "Århus Jensen", "Aarhus Nielsen"):
            people.add_person(store, PersonFields(name=name))

        def names(words):
            return {h.title for g in search(store, words).groups for h in g.hits
                    if g.label == "Personer"}

        assert names("øst") == {"Øster Hansen"}
        assert names("OSTER") == {"Oster Berg"}
        assert names("århus") == names("AARHUS") == {"Århus Jensen", "Aarhus Nielsen"}
        assert names("jens år") == {"Århus Jensen"}
