"""The store: one database, its engine, its sessions, its lock and who else is using it.

The store takes a SQLAlchemy URL. SQLite-specific work (pragmas, file checks, the
writer lock, backups) is kept in :mod:`kkrdesk.core.sqlite_file` and
:mod:`kkrdesk.core.writer_lock` and applied only when the URL is a SQLite file; a
PostgreSQL server's (connections, errors, the upgrade lock, the change log) in
:mod:`kkrdesk.core.server_db`, and what several apps on one server do beside the store
(presence, live refresh) in :mod:`kkrdesk.core.shared_use`; the schema's revision,
upgrade and integrity check in :mod:`kkrdesk.core.store_schema`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from kkrdesk.core import (
    change_feed,
    file_safety,
    presence,
    server_db,
    shown,
    sqlite_file,
    store_schema,
    writer_lock,
)
from kkrdesk.core.errors import ServerAway, StoreError
from kkrdesk.core.file_feed import FileFeed
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.row_versions import RowVersions
from kkrdesk.core.schema import KNOWN_REVISIONS, SCHEMA_HEAD  # noqa: F401 (re-exported)
from kkrdesk.core.shared_use import SharedUse
from kkrdesk.core.store_schema import db_reason, newer_message  # noqa: F401 (db_reason re-exported)

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session

    from kkrdesk.core.orm_sessions import OrmSessions

Listener = Callable[[set[str]], None]
OFFLINE_READ_MESSAGE = QT_TRANSLATE_NOOP("Store", "Ingen forbindelse til serveren – vises igen, når "
                                         "der er forbindelse.")
_UNREAD = "?"  # the schema revision is not known before the engine reads it
_FIRST_ORM_USE = threading.Lock()
OFFLINE_MESSAGE = QT_TRANSLATE_NOOP("Store", "Ingen forbindelse til serveren – ændringen er ikke gemt; "
                                    "prøv igen, når der er forbindelse igen.")
READ_FAILED = QT_TRANSLATE_NOOP("Store", "Databasen kunne ikke læses: {reason}.")


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
        self.versions = RowVersions()  # the rows' versions this app has seen
        self.file_feed: FileFeed | None = None  # another window's commits, on a file
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
            raise StoreError(newer_message(found))
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
        self.read_engine = server_db.reading_engine(self.engine) if self.on_server else self.engine
        self._sessions: OrmSessions | None = None  # the ORM's, made at their first use

    def _orm(self) -> OrmSessions:
        if self._sessions is None:
            with _FIRST_ORM_USE:  # one set of sessions even if two threads ask at once
                if self._sessions is None:
                    from kkrdesk.core.orm_sessions import OrmSessions  # the ORM, at its first use

                    self._sessions = OrmSessions(self)
        return self._sessions

    def _check_schema(self, require_head: bool) -> None:
        """A newer schema is refused; a reader that needs the newest refuses an older one.
        A writing store on a file has read the revision in the file's check, under its
        writer lock: not asked again (two statements less at every start)."""
        known = self._checked_revision
        self.schema_revision = self._revision() if known is _UNREAD else known
        if self.schema_revision not in (None, *KNOWN_REVISIONS):
            raise StoreError(newer_message(self.schema_revision))
        if self.readonly and require_head and self.schema_revision != SCHEMA_HEAD:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "Databasen har et ældre skema; åbn den i KKR Desk én gang for at opgradere den."))

    # -- sessions and change notification ------------------------------------------

    def transaction(self, *areas: str) -> AbstractContextManager[Session]:
        """One user action: commit on success, roll back on error, then tell listeners
        which areas changed (core/orm_sessions.py). While the server is away nothing is
        tried: the window is read-only until the change feed has its connection back."""
        if not self.online:
            if (basis := shown.current()) is not None:
                basis.lost = True  # the typing is kept and tried again once it is back
            raise ServerAway(OFFLINE_MESSAGE)
        return self._orm().transaction(areas)

    def reading(self) -> AbstractContextManager[Session]:
        """A session to read in. While the server is away a read is refused at once
        (ServerAway), as a write is, instead of waiting up to the connect timeout for a
        network that is gone; everything is read again when it is back."""
        if not self.online:
            raise ServerAway(OFFLINE_READ_MESSAGE)
        return self._orm().reading()

    @contextlib.contextmanager
    def rows(self) -> Iterator[Connection]:
        """A connection to read plain rows in (SQLAlchemy Core: tables' columns, never
        entities), refused as ``reading()`` is. It needs no ORM: the first screen is read
        this way before the models are mapped (kkrdesk.core.models.base)."""
        if not self.online:
            raise ServerAway(OFFLINE_READ_MESSAGE)
        try:
            with self.read_engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(READ_FAILED.format(reason=db_reason(exc))) from exc

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
        back (True). On a SQLite file: another window's commits (a read-only window
        beside the writer), heard by polling the file's data version."""
        if not self.on_server:
            if self.path is not None and self.readonly and self.file_feed is None:
                self.file_feed = FileFeed(self.path, deliver)
                self.file_feed.start()
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

    # -- schema (kkrdesk.core.store_schema) ------------------------------------------

    def _revision(self) -> str | None:
        return store_schema.read_revision(self.engine, self.url)

    def _upgrade(self) -> None:
        if self.schema_revision is not None and self.path is not None:
            self.backup_path = sqlite_file.backup(self.path, self.schema_revision)
        store_schema.upgrade(self.engine, self.url)
        self.schema_revision = SCHEMA_HEAD

    def integrity_problems(self) -> list[str]:
        """Problems found by the database's own integrity check (empty when sound)."""
        return store_schema.integrity_problems(self.engine, self.url)

    def close(self, remove_lock: bool = False) -> None:
        if self.file_feed is not None:
            self.file_feed.stop()
            self.file_feed = None
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

