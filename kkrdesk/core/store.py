"""The store: one database, its engine, its sessions, its migrations and its lock.

The store takes a SQLAlchemy URL. SQLite-specific work (pragmas, file checks, the
writer lock, backups) is kept in :mod:`kkrdesk.core.sqlite_file` and
:mod:`kkrdesk.core.writer_lock` and applied only when the URL is a SQLite file; a
PostgreSQL server's (connections, errors, the upgrade lock, the change log) in
:mod:`kkrdesk.core.server_db`, and what several apps on one server do beside the store
(presence, live refresh) in :mod:`kkrdesk.core.shared_use`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kkrdesk.core import (
    change_feed, file_safety, presence, server_db, sqlite_file, stale, writer_lock,
)
from kkrdesk.core.errors import ChangedElsewhere, ServerAway, ServerUnreachable, StoreError
from kkrdesk.core.shared_use import SharedUse
from kkrdesk.core.oserrors import sqlite_reason
from kkrdesk.core.schema import KNOWN_REVISIONS, SCHEMA_HEAD  # noqa: F401 (re-exported)

Listener = Callable[[set[str]], None]
_UNREAD = "?"  # the schema revision is not known before the engine reads it


class Store:
    """An open database. ``transaction()`` gives one session per user action."""

    def __init__(
        self, url: str | URL, *, create: bool = True, migrate: bool = True,
        readonly: bool = False, require_head: bool = True,
    ):
        """Open the database at ``url``. ``readonly`` opens it for reading only (exports
        and checks, even while the app has it open); it is never created or upgraded."""
        self.url = make_url(url)
        self.readonly = readonly
        self.path: Path | None = sqlite_file.path_of(self.url)
        self._listeners: list[Listener] = []
        self._lock = None
        self._registered = False
        self._reader_files: frozenset[str] | None = None
        self.backup_path: Path | None = None
        self.engine: Engine | None = None  # made once the file has passed its checks
        self.on_server = server_db.is_server(self.url)
        self.can_write = not readonly  # False too for a read-only role on a server
        self.origin = change_feed.new_origin()
        self.login, self.machine = presence.who_am_i()
        self.shared: SharedUse | None = None  # presence and the change feed, on a server
        engine_url = self.url
        self._checked_revision: str | None = _UNREAD
        if self.path is not None:
            engine_url = self._check_file(create=create and not readonly)
            # From here on no export may be written over this file or its companions.
            file_safety.register_database(self.path)
            self._registered = True
        try:
            self._open_engine(engine_url)
            self._check_schema(require_head)
            if migrate and self.schema_revision != SCHEMA_HEAD:
                self._upgrade()
            if self.on_server and self.can_write:
                with self.engine.connect() as conn:
                    self.can_write = server_db.can_write(conn)
        except BaseException:
            self.close(remove_lock=True)
            raise

    @classmethod
    def open_path(cls, path: str | Path, **kw) -> Store:
        return cls(URL.create("sqlite", database=str(Path(path))), **kw)

    # -- opening: the file's checks before anything may write, then the engine ------

    def _check_file(self, create: bool) -> URL:
        """Check the SQLite file before any connection may change it; returns the URL the
        engine opens (a read-only one for a reading store)."""
        sqlite_file.check_openable(self.path, create=create, write=not self.readonly)
        found = self._quick_check_reading() if self.readonly else self._quick_check_writing()
        if found not in (None, sqlite_file.NEW_FILE, *KNOWN_REVISIONS):
            self.close(remove_lock=True)
            raise StoreError(_newer_message(found))
        if not self.readonly:  # under the writer lock nobody can change it before we open
            self._checked_revision = None if found == sqlite_file.NEW_FILE else found
        return sqlite_file.readonly_url(self.path) if self.readonly else self.url

    def _quick_check_reading(self) -> str | None:
        # what a read-only connection adds beside the file is removed on close
        self._reader_files = sqlite_file.reader_files(self.path)
        try:
            return sqlite_file.quick_check(self.path, exclusive=False)
        except StoreError:
            self.close()
            raise

    def _quick_check_writing(self) -> str | None:
        self._lock = writer_lock.acquire(self.path)
        try:
            return sqlite_file.quick_check(self.path, exclusive=True)
        except StoreError:
            writer_lock.release(self._lock, remove=True)
            self._lock = None
            raise

    def _open_engine(self, engine_url: URL) -> None:
        if server_db.is_server(engine_url):
            self.engine = create_engine(engine_url, **server_db.engine_options(
                engine_url, self.readonly))
        else:
            self.engine = create_engine(engine_url)
        if self.url.get_backend_name() == "sqlite":
            pragmas = sqlite_file.set_readonly_pragmas if self.readonly else sqlite_file.set_pragmas
            event.listen(self.engine, "connect", pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(server_db.reading_engine(self.engine)
                                           if self.on_server else self.engine,
                                           expire_on_commit=False)
        if self.on_server:  # a stale write names the other person's value
            event.listen(self._sessions, "before_flush", stale.remember)

    def _check_schema(self, require_head: bool) -> None:
        """A newer schema is refused; a reader that needs the newest refuses an older one.
        A writing store on a file has read the revision in the file's check, under its
        writer lock: not asked again (two statements less at every start)."""
        known = self._checked_revision
        self.schema_revision = self._revision() if known is _UNREAD else known
        if self.schema_revision not in (None, *KNOWN_REVISIONS):
            raise StoreError(_newer_message(self.schema_revision))
        if self.readonly and require_head and self.schema_revision != SCHEMA_HEAD:
            raise StoreError(
                "Databasen har et ældre skema; åbn den i KKR Desk én gang for at opgradere den."
            )

    # -- sessions and change notification ------------------------------------------

    @contextlib.contextmanager
    def transaction(self, *areas: str) -> Iterator[Session]:
        """One user action: commit on success, roll back on error, then tell listeners
        which areas changed. While the server is away nothing is tried: the window is
        read-only until the change feed has its connection back."""
        if not self.online:
            raise ServerAway(server_db.OFFLINE_MESSAGE)
        session = self._sessions()
        try:
            yield session
            if areas and self.on_server:
                server_db.record(session, self.origin, set(areas), self.login, self.machine)
            session.commit()
        except StaleDataError as exc:
            fields = session.info.get("changing", [])
            session.rollback()
            with self._sessions() as fresh:
                detail = stale.now_values(fresh, fields)
            if areas:
                self.notify(set(areas))  # the views read the other person's version
            raise ChangedElsewhere(detail) from exc
        except SQLAlchemyError as exc:
            session.rollback()
            if self.on_server and isinstance(exc, DBAPIError) and exc.connection_invalidated:
                raise ServerAway(server_db.OFFLINE_MESSAGE) from exc  # lost before the feed noticed
            raise StoreError(f"Ændringen kunne ikke gemmes: {db_reason(exc)}.") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if areas:
            self.notify(set(areas))

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"Databasen kunne ikke læses: {db_reason(exc)}.") from exc
        finally:
            session.rollback()
            session.close()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def watch(self, deliver: change_feed.Deliver,
              on_presence: Callable[[list[presence.Other]], None] | None = None,
              on_connection: Callable[[bool], None] | None = None) -> None:
        """On a shared database: join the others (presence) and tell, from a worker
        thread, ``deliver`` the areas every other app's commit changed (``None``:
        anything may have) and ``on_connection`` when the server is lost (False) and
        back (True). A SQLite file has one writer (its lock) and nothing to watch."""
        if not self.on_server:
            return
        if self.shared is None:
            self.shared = SharedUse(self.engine, self.origin, self.login, self.machine)
        self.shared.start(deliver, on_presence, on_connection)

    @property
    def online(self) -> bool:
        """False while the change feed has lost the server (always True on a file)."""
        return self.shared is None or self.shared.online

    def notify(self, areas: set[str]) -> None:
        for listener in list(self._listeners):
            listener(areas)

    # -- schema --------------------------------------------------------------------

    def _revision(self) -> str | None:
        try:
            with self.engine.connect() as conn:
                if not inspect(conn).has_table("alembic_version"):
                    tables = inspect(conn).get_table_names()
                    if tables:
                        raise StoreError(
                            "Filen er en SQLite-database, men ikke en KKR Desk-database."
                        )
                    return None
                return conn.execute(text("select version_num from alembic_version")).scalar()
        except SQLAlchemyError as exc:
            if self.on_server and isinstance(exc, OperationalError):  # no connection at all
                raise ServerUnreachable(server_db.unreachable_message(self.url, exc)) from None
            raise StoreError(f"Databasen kunne ikke læses: {db_reason(exc)}.") from exc

    def _upgrade(self) -> None:
        from alembic import command
        from alembic.config import Config

        from kkrdesk.core.paths import migrations_dir

        if self.schema_revision is not None and self.path is not None:
            self.backup_path = sqlite_file.backup(self.path, self.schema_revision)
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        sqlite = self.url.get_backend_name() == "sqlite"
        try:
            with self.engine.connect() as conn:
                if sqlite:
                    # Batch migrations rebuild a table (copy, drop, rename); with foreign
                    # keys on, dropping the old table would cascade-delete its children.
                    # The pragma only takes effect outside a transaction.
                    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                    conn.commit()
                try:
                    with conn.begin():
                        if server_db.is_server(self.url):  # one upgrade at a time
                            server_db.lock_for_upgrade(conn)
                        cfg.attributes["connection"] = conn
                        command.upgrade(cfg, "head")
                        if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                            raise StoreError("Databasen kunne ikke opgraderes: "
                                             "fremmednøgler ville blive brudt.")
                finally:
                    if sqlite:
                        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                        conn.commit()
        except SQLAlchemyError as exc:
            raise StoreError(f"Databasen kunne ikke opgraderes: {db_reason(exc)}.") from exc
        self.schema_revision = SCHEMA_HEAD

    def integrity_problems(self) -> list[str]:
        """Problems found by the database's own integrity check (empty when sound)."""
        if self.url.get_backend_name() != "sqlite":
            return []
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        problems = [r for r in rows if r != "ok"]
        problems += [f"fremmednøgle brudt i tabellen {r[0]} (række {r[1]})" for r in fk]
        return problems

    def close(self, remove_lock: bool = False) -> None:
        if self.shared is not None:
            self.shared.stop()
            self.shared = None
        if self.engine is not None:
            self.engine.dispose()
        if self._lock is not None:
            writer_lock.release(self._lock, remove=remove_lock)
            self._lock = None
        if self._registered:
            self._registered = False
            file_safety.unregister_database(self.path)
        if self._reader_files is not None and not file_safety.is_open(self.path):
            sqlite_file.remove_reader_leftovers(self.path, self._reader_files)
            self._reader_files = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def db_reason(exc: BaseException) -> str:
    """A Danish phrase for a database error, from the server's SQLSTATE or SQLite's code."""
    return server_db.server_reason(exc) or sqlite_reason(exc)


def _newer_message(revision: str) -> str:
    return (f"Databasen er fra en nyere version af KKR Desk (skema {revision}); "
            "opdatér programmet for at åbne den.")

