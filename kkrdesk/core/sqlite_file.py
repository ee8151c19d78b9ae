"""SQLite-specific parts of the store: checks made before a file is touched, the
pragmas of every connection and backup copies (the one-writer lock is in
:mod:`kkrdesk.core.writer_lock`).

A file that fails a check is never written to: checks read it through a read-only
connection, and the engine is created only after they pass.
"""

from __future__ import annotations

import datetime as dt
import os

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
import sqlite3
import stat
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from kkrdesk.core import writer_lock
from kkrdesk.core.errors import StoreError
from kkrdesk.core.file_safety import UnsafePathError, check_regular
from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core.oserrors import reason, sqlite_reason

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

HEADER = b"SQLite format 3\x00"


def path_of(url: URL) -> Path | None:
    """The file behind a SQLite URL; None for memory databases and other backends."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _writable(path: Path) -> bool:
    # Mode bits as well as access(): root may write anything, but a file marked
    # read-only by its owner is meant to be left alone.
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & stat.S_IWUSR) and os.access(path, os.W_OK)


def check_openable(path: Path, *, create: bool = True, write: bool = True) -> None:
    """Raise StoreError with a one-sentence reason unless ``path`` can be opened."""
    folder = path.parent if str(path.parent) else Path(".")
    if not _check_place(path, folder, create):
        return
    try:
        size = path.stat().st_size
        fd = os.open(path, os.O_RDONLY)
        try:
            header = os.read(fd, 100)
            if not write:  # a reader under another name than the writer's is refused
                writer_lock.check_reader(path, fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Databasen kan ikke læses: {path} {reason}.").format(
            path=path, reason=reason(exc))) from exc
    _check_header(path, size, header)
    if write and not _writable(path):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Databasen er skrivebeskyttet og kan ikke åbnes til redigering: {path}").format(path=path))
    if write and not _writable(Path(os.path.realpath(path)).parent):
        # the -wal, -shm and .lock files are made beside the file a link leads to
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Databasen ligger i en skrivebeskyttet mappe og kan ikke åbnes til "
            "redigering: {path}").format(path=path))


def _check_place(path: Path, folder: Path, create: bool) -> bool:
    """The folder and the path itself; whether a file is there to read further."""
    if not folder.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Mappen findes ikke: {folder}").format(folder=folder))
    if path.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Stien er en mappe, ikke en databasefil: {path}").format(path=path))
    try:
        # a pipe or a device would block or never end in open(): refuse it unopened
        exists = check_regular(path, QT_TRANSLATE_NOOP("FileSafety", "Databasen"), missing_ok=True)
    except UnsafePathError as exc:
        raise StoreError(message_of(exc)) from None
    if not exists and os.path.lexists(path):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Databasen er en symbolsk henvisning til en fil, der ikke findes: {path}").format(path=path))
    if not exists:
        if not create:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Databasen findes ikke: {path}").format(path=path))
        if not _writable(folder):
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "Der kan ikke oprettes en database i mappen (skrivebeskyttet): {folder}").format(
                folder=folder))
    return exists


def _check_header(path: Path, size: int, header: bytes) -> None:
    """The first 100 bytes: an SQLite database, whole."""
    if size == 0:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Filen er tom og er ikke en KKR Desk-database: {path}").format(path=path))
    if not header.startswith(HEADER):
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Filen er ikke en SQLite-database: {path}").format(path=path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if len(header) < 100 or page_size < 512 or size % page_size or size < page_size:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Databasen er afkortet eller beskadiget: {path}").format(
            path=path))


NEW_FILE = "<new>"


def quick_check(path: Path, *, exclusive: bool) -> str | None:
    """SQLite's own quick check through a read-only connection, and the schema
    revision found (None for an empty database, NEW_FILE when there is no file yet).
    A file with tables but no KKR Desk schema is refused here, before anything could
    write to it. With ``exclusive`` (we hold the writer lock) the file is opened
    immutable, so not even -wal/-shm files are created beside a damaged database."""
    if not path.exists():
        return NEW_FILE
    # immutable=1 creates no -wal/-shm beside a damaged file, but it ignores a -wal
    # left by a crash, so use it only when there is none to read.
    flags = "mode=ro&immutable=1" if (exclusive and not _has_journal(path)) or _unwritable_folder(path) \
        else "mode=ro"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
            tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("select version_num from alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Databasen er beskadiget og kan ikke læses: {path}").format(path=path)) from exc
    problems = [r[0] for r in result if r[0] != "ok"]
    if problems:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Databasen er beskadiget (SQLite's kontrol fandt {count} fejl): {path}").format(
            count=len(problems), path=path))
    if tables and "alembic_version" not in tables:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Filen er en SQLite-database, men ikke en KKR Desk-database: {path}").format(path=path))
    return revision


def _has_journal(path: Path) -> bool:
    return any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))


def _unwritable_folder(path: Path) -> bool:
    """Reading a WAL database needs a -shm file beside it; in a folder nobody may
    write to, and with no -wal to apply, the file is read as immutable instead."""
    return not _writable(path.parent) and not _has_journal(path)


def readonly_flags(path: Path) -> str:
    """The URI flags of a read-only connection to ``path``."""
    return "mode=ro&immutable=1" if _unwritable_folder(path) else "mode=ro"


def readonly_url(path: Path) -> URL:
    from sqlalchemy.engine import URL

    flags = readonly_flags(path)
    return URL.create(
        "sqlite", database=f"{path.resolve().as_uri()}?{flags}", query={"uri": "true"}
    )


def set_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def set_readonly_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


# SQLite's dead-man switch: the byte every connection to a WAL database holds a shared
# lock on in the -shm file for as long as it is open (WALINDEX_LOCK_OFFSET + 8).
_SHM_DMS_BYTE = 128


def reader_files(path: Path) -> frozenset[str]:
    """Which of the -wal and -shm files exist beside ``path`` now."""
    return frozenset(s for s in ("-wal", "-shm") if os.path.lexists(path.with_name(path.name + s)))


def remove_reader_leftovers(path: Path, existed: frozenset[str]) -> None:
    """A read-only connection to a WAL database makes an empty -wal and a -shm it may
    not remove when it closes. Remove them when neither was there before and nobody
    else has the database open, as SQLite's own last connection would: hold the
    -shm's dead-man-switch byte exclusively (every open connection holds it shared)
    while deleting, so no connection can start meanwhile. Open-file-description locks
    are needed for that (Linux); elsewhere the files are left."""
    if existed or not writer_lock.OFD_LOCKS:
        return
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDWR | os.O_NOFOLLOW)
    except OSError:
        return
    try:
        lock = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
        try:
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, lock)
        except OSError:
            return  # another connection is open: the files are its to remove
        try:
            if wal.exists() and wal.stat().st_size:
                return  # never delete a -wal with content
            wal.unlink(missing_ok=True)
            shm.unlink(missing_ok=True)
        except OSError:
            pass
    finally:
        os.close(fd)


def backup(path: Path, revision: str) -> Path:
    """Copy the database beside itself before a migration; return the copy's path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix or '.sqlite'}")
    try:
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Databasen blev ikke opgraderet: sikkerhedskopien kunne ikke laves "
            "({reason}).").format(reason=sqlite_reason(exc))) from exc
    return target
