"""The Dagsorden tab's reads as rows on PostgreSQL (issue 24, item 9): for every meeting
of the finished demo and the ten-year demo copied to the server, the same read models
and the same row versions recorded as main's ORM reads (tests/agenda_read_checks.py),
so a stale write is refused on the server as before."""

from __future__ import annotations

import pytest

from agenda_read_checks import same_for_every_meeting


@pytest.fixture(scope="module")
def decade_path(tmp_path_factory):
    from kkrdesk.demo.seed import write_demo

    return write_demo(tmp_path_factory.mktemp("decade") / "decade.sqlite", years=10)


def _open(cluster, name: str):
    from kkrdesk.services.database import open_database

    return open_database(cluster.url(name))


def test_every_meeting_of_the_demo_reads_as_before_on_the_server(pg_cluster, pg_demo_template):
    name = pg_cluster.new_database(pg_demo_template)
    try:
        with _open(pg_cluster, name) as store:
            seen = same_for_every_meeting(store)
        assert seen["actions"] and seen["bilag"] and seen["presenter person"], seen
    finally:
        pg_cluster.drop(name)


def test_every_meeting_of_the_ten_year_demo_reads_as_before_on_the_server(pg_cluster, decade_path):
    from kkrdesk.core.copy_db import copy_database
    from kkrdesk.core.store import Store

    name = pg_cluster.new_database()
    try:
        with Store.open_path(decade_path, readonly=True) as source, \
                Store(pg_cluster.url(name)) as target:
            copy_database(source, target, replace=True)
        with _open(pg_cluster, name) as store:
            seen = same_for_every_meeting(store)
        del seen["approved by"]  # none in the ten-year demo (compared on SQLite)
        assert all(seen.values()), seen
    finally:
        pg_cluster.drop(name)
