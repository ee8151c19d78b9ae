"""The database a test runs on. ``pytest --backend=postgresql`` (``make test-pg``) gives
the ``store``, ``demo_store`` and ``seed_demo_store`` fixtures a PostgreSQL database on a
throw-away server (tests/pg_cluster.py) instead of a SQLite file, so the same tests
hold both back ends to the same behaviour. ``pg_cluster`` and ``pg_url`` serve the
tests written for the server itself, whatever the backend option."""

from __future__ import annotations

import pytest

import pg_cluster as clusters

NO_SERVER = ("PostgreSQL er ikke installeret her (initdb, pg_ctl og postgres blev ikke "
             "fundet; Debian: apt-get install postgresql, eller sæt KKRDESK_PG_BIN)")


def pytest_addoption(parser):
    parser.addoption("--backend", default="sqlite", choices=("sqlite", "postgresql"),
                     help="the database the store fixtures open (default sqlite)")


def on_server(request) -> bool:
    return request.config.getoption("--backend") == "postgresql"


def pytest_collection_modifyitems(config, items):
    """On the server, a test marked ``sqlite_only`` (it reads the file itself, its
    pragmas or FTS5) is skipped with its reason."""
    if config.getoption("--backend") != "postgresql":
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else "holds a SQLite file"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(scope="session")
def pg_cluster():
    bin_dir = clusters.find_bin()
    if bin_dir is None:
        pytest.skip(NO_SERVER)
    if not clusters.can_run_server():
        pytest.skip("initdb nægter at køre som root, og her er ingen bruger »postgres« at køre "
                    "den som (Debians postgresql-pakke opretter den)")
    clusters.reap_orphans(bin_dir)
    cluster = clusters.Cluster(bin_dir).start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def own_server():
    """A server apart from ``pg_cluster`` for the tests that stop and start it under an
    open window (a connection lost mid-session, tests/server)."""
    bin_dir = clusters.find_bin()
    if bin_dir is None or not clusters.can_run_server():
        pytest.skip("PostgreSQL kan ikke startes her")
    cluster = clusters.Cluster(bin_dir).start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_fresh_template(pg_cluster) -> str:
    """A database with the schema and the reference organisations, as a new one opens."""
    from kkrdesk.services.database import open_database

    name = pg_cluster.new_database()
    open_database(pg_cluster.url(name)).close()
    return name


def _copied_template(cluster, sqlite_path) -> str:
    from kkrdesk.core.copy_db import copy_database
    from kkrdesk.core.store import Store

    name = cluster.new_database()
    with Store.open_path(sqlite_path, readonly=True) as source, \
            Store(cluster.url(name)) as target:
        copy_database(source, target)
    return name


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster, demo_template) -> str:
    return _copied_template(pg_cluster, demo_template)


@pytest.fixture(scope="session")
def pg_seed_template(pg_cluster, seed_demo_template) -> str:
    return _copied_template(pg_cluster, seed_demo_template)


@pytest.fixture
def pg_url(pg_cluster):
    """The URL of a new, empty database on the test server (dropped afterwards)."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop(name)


def server_store(request, template_fixture: str):
    """A store on a new database made from the template of ``template_fixture``."""
    from kkrdesk.services.database import open_database

    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database(request.getfixturevalue(template_fixture))
    store = open_database(cluster.url(name))
    request.addfinalizer(lambda: cluster.drop(name))
    return store
