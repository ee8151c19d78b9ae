"""A server the tests of tests/server may stop and start (a lost connection mid-session),
apart from the suite's shared one: started once, for every module that asks for it."""

from __future__ import annotations

import pytest

import pg_cluster as clusters


@pytest.fixture(scope="session")
def own_server():
    """A server of these tests' own, since they stop and start it."""
    bin_dir = clusters.find_bin()
    if bin_dir is None or not clusters.can_run_server():
        pytest.skip("PostgreSQL kan ikke startes her")
    cluster = clusters.Cluster(bin_dir).start()
    yield cluster
    cluster.stop()
