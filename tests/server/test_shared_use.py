"""Several people on one PostgreSQL database (issue 24): a write based on a row another
person changed since is refused with "Ændret af en anden – indlæst igen" and writes
nothing; each app sees the others' commits within a second; each sees who else is
open; a reader's role cannot write; every commit is logged with who and when."""

from __future__ import annotations

import queue
import time

import pytest
from sqlalchemy import select

from kkrdesk.core.errors import ChangedElsewhere, StoreError
from kkrdesk.core.models import Person
from kkrdesk.services.database import open_database
from kkrdesk.services.participants import people
from kkrdesk.views.participants import PersonFields


@pytest.fixture
def two(pg_cluster, pg_fresh_template):
    """Two apps (stores) on the same new database: Mette's and Jens's."""
    name = pg_cluster.new_database(pg_fresh_template)
    url = pg_cluster.url(name)
    a, b = open_database(url), open_database(url)
    a.login, a.machine, b.login, b.machine = "mette", "PC-1", "jens", "PC-2"
    yield a, b
    a.close()
    b.close()
    pg_cluster.drop(name)


def test_a_stale_write_is_refused_and_the_other_value_kept(two):
    mette, jens = two
    pid = people.add_person(mette, PersonFields(name="Anne Holm"))
    with pytest.raises(ChangedElsewhere) as refused:
        with mette.transaction("participants") as s:
            person = s.get(Person, pid)  # Mette read it ...
            people.update_person(jens, pid, PersonFields(name="Anne Holm-Berg"))  # ... Jens saved
            person.name = "Anne Holm Jensen"
    assert str(refused.value) == ("Ændret af en anden – indlæst igen: nu »Anne Holm-Berg« "
                                  "(din: »Anne Holm Jensen«).")
    assert people.person_fields(mette, pid).name == "Anne Holm-Berg"


def test_each_app_hears_the_others_commits_within_a_second(two):
    mette, jens = two
    heard: queue.Queue = queue.Queue()
    mette.watch(heard.put)
    assert mette.shared.listening(5)
    people.add_person(mette, PersonFields(name="Egen Ændring"))  # her own: not heard
    started = time.monotonic()
    people.add_person(jens, PersonFields(name="Jens Skrev"))
    assert heard.get(timeout=5) == {"participants"}
    assert time.monotonic() - started < 1.0
    assert heard.empty()


def test_who_else_is_open_and_a_closed_app_leaves(two):
    from kkrdesk.core.presence import also_open

    mette, jens = two
    seen: queue.Queue = queue.Queue()
    jens.watch(lambda _areas: None)
    mette.watch(lambda _areas: None, seen.put)
    assert also_open(seen.get(timeout=5)) == "Også åben: jens (PC-2)"
    jens.close()
    assert mette.shared.others() == []


def test_a_crashed_apps_row_expires(two, pg_cluster):
    from kkrdesk.core.presence import STALE, Presence

    mette, _jens = two
    gone = Presence(mette.engine, "ghost", "PC-9")
    gone.join()
    with mette.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE app_session SET last_seen = last_seen - INTERVAL '{STALE + 1} "
                             f"seconds' WHERE id = {gone.row_id}")
    here = Presence(mette.engine, "mette", "PC-1")
    here.join()
    here.touch()
    assert [o.who for o in here.others()] == []


def test_every_commit_is_logged_with_who_and_when(two):
    mette, jens = two
    people.add_person(jens, PersonFields(name="Logget Person"))
    with mette.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT who, machine, areas FROM change_log").all()
    assert ("postgres / jens", "PC-2", "participants") in rows


def test_the_log_is_viewable_and_exportable(two, capsys):
    from kkrdesk.cli.entry import main

    mette, jens = two
    people.add_person(jens, PersonFields(name="Logget Person"))
    assert main(["log", "--db", str(mette.url.render_as_string(hide_password=False)),
                 "--csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Tidspunkt;Bruger;Maskine;Faneblade"
    assert lines[1].split(";")[1:] == ["postgres / jens", "PC-2", "Deltagere"]


def test_a_reader_role_opens_read_only_and_cannot_write(pg_cluster, pg_fresh_template):
    name = pg_cluster.new_database(pg_fresh_template)
    pg_cluster.sql("DO $$ BEGIN CREATE ROLE kkr_laeser LOGIN; EXCEPTION WHEN duplicate_object "
                   "THEN NULL; END $$")
    pg_cluster.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO kkr_laeser",
                   "GRANT INSERT, UPDATE, DELETE ON app_session TO kkr_laeser",
                   "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kkr_laeser", database=name)
    with open_database(pg_cluster.url(name, user="kkr_laeser")) as reader:
        assert not reader.can_write
        with reader.reading() as s:
            assert s.scalars(select(Person)).all() == []
        with pytest.raises(StoreError, match="rettighed"):
            people.add_person(reader, PersonFields(name="Må Ikke"))
    pg_cluster.drop(name)
