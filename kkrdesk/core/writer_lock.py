"""The one-writer lock: one process at a time writes to a database file, whatever name
it is opened under, and a reader never reads it behind a writer's back.

A writer takes two locks, both let go when the store closes or the process dies:

- **The file's identity** (Linux; a file system that refuses such locks leaves the
  .lock file alone): an open-file-description (OFD) write lock on one byte
  of the database file itself, at ``IDENTITY_OFFSET`` (0x4B4B5244, "KKRD" in ASCII). A
  lock belongs to the file (its inode), not to a name, so every second opener is refused:
  a hard link, a symbolic link, a relative path, a /proc/self/fd path, a bind mount.
  Why that byte: SQLite's own locks on the file (its unix VFS) are POSIX locks on
  0x40000000 (the pending byte), 0x40000001 (reserved) and 0x40000002..0x400001FF (the
  shared range). POSIX and OFD locks on the same bytes conflict even within one process,
  so ours stays well clear of them; an advisory lock stops nobody reading or writing the
  byte, so a database that grows past it (1.26 GB) is unaffected. Why OFD and not a POSIX
  lock: a POSIX lock is dropped as soon as the process closes *any* descriptor of the
  file (SQLite and Python's ``open()`` both do), an OFD lock only with its own
  descriptor. Why not ``flock()`` on the database: on NFS and the BSDs it becomes a
  whole-file lock that conflicts with SQLite's byte locks in other processes.
- **The .lock file** beside the database's resolved path (``core/lock_file.py``), on every
  system, taken before the identity lock and let go after it. Where OFD locks are missing (macOS, Windows) it is the only lock: it covers
  the same name, relative paths and symbolic links, not hard links or bind mounts. It
  also keeps out older KKR Desk versions, which take only this one.

A database that does not exist yet is created empty (mode 0644 under the umask, as
SQLite creates one) so it can be locked before SQLite touches it; if the open fails
while it is still empty, it is removed again.

Readers (exports, ``kkrdesk check``) take no lock, so they work while the window has
the file open. SQLite finds a database's -wal by the name it was given, so a reader
under another name than the writer's (a hard link) would read the file without the
writer's latest commits and leave a -wal and -shm beside its name: ``check_reader``
refuses it. Under the writer's own name (or a symbolic link to it, which SQLite
resolves) the reader sees everything committed.
"""

from __future__ import annotations

import errno
import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

from kkrdesk.core.errors import DatabaseLocked, StoreError
from kkrdesk.core.lock_file import Held, LockFile
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.oserrors import reason

IDENTITY_OFFSET = 0x4B4B5244  # "KKRD"; SQLite's lock bytes are 0x40000000..0x400001FF
OFD_LOCKS = fcntl is not None and sys.platform.startswith("linux")
_FLOCK = "hhqqi4x"  # struct flock: l_type, l_whence, l_start, l_len, l_pid


def locked_message(path: Path) -> str:
    return QT_TRANSLATE_NOOP("Store", "Databasen er allerede åben i et andet KKR Desk-vindue: {path}. "
                             "Luk det først, eller åbn en anden database.").format(path=path)


def other_name_message(path: Path) -> str:
    return QT_TRANSLATE_NOOP(
        "Store", "Databasen er allerede åben i KKR Desk under et andet navn (en hård henvisning "
        "eller en anden sti til samme fil): {path}. Brug det navn, den er åbnet under, "
        "eller luk den først.").format(path=path)


def _cannot_lock(path: Path, exc: OSError) -> str:
    return QT_TRANSLATE_NOOP("Store", "Databasen kan ikke låses til redigering: {path} ({reason})").format(
        path=path, reason=reason(exc))


@dataclass
class WriterLock:
    """What a writer holds: the .lock file, and the descriptor carrying the identity lock."""

    path: Path
    file_lock: LockFile
    fd: int | None = None
    created: bool = False  # the file was made empty here, to be locked before SQLite opened it


def lock_path(path: Path) -> Path:
    """The .lock file: beside the resolved path, so a symbolic link finds the same one."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + ".lock")


def _flock(kind: int) -> bytes:
    return struct.pack(_FLOCK, kind, os.SEEK_SET, IDENTITY_OFFSET, 1, 0)


def _open_for_lock(path: Path) -> tuple[int, bool]:
    """A read-write descriptor of the database; a missing file is created empty."""
    flags = os.O_RDWR  # not inherited by child processes (Python's default)
    try:
        return os.open(path, flags), False
    except FileNotFoundError:
        pass
    try:
        return os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o644), True
    except FileExistsError:  # made by somebody else this instant
        return os.open(path, flags), False


def _lock_identity(path: Path) -> tuple[int | None, bool]:
    """Take the OFD write lock on the database's own bytes; (None, created) where the
    file system has no such locks (then the .lock file alone serves)."""
    try:
        fd, created = _open_for_lock(path)
    except OSError as exc:
        raise StoreError(_cannot_lock(path, exc)) from exc
    try:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, _flock(fcntl.F_WRLCK))
    except OSError as exc:
        os.close(fd)
        if exc.errno in (errno.EAGAIN, errno.EACCES):
            raise DatabaseLocked(locked_message(path)) from exc
        if created:
            os.unlink(path)
        if exc.errno in (errno.EINVAL, errno.ENOLCK, errno.EOPNOTSUPP):
            return None, False
        raise StoreError(_cannot_lock(path, exc)) from exc
    return fd, created


def _lock_file(path: Path) -> LockFile:
    lock = LockFile(lock_path(path))
    try:
        lock.acquire()
    except Held as exc:
        raise DatabaseLocked(locked_message(path)) from exc
    except OSError as exc:
        raise StoreError(_cannot_lock(path, exc)) from exc
    return lock


def acquire(path: Path) -> WriterLock:
    """Take the locks that let one process at a time write to ``path``: the .lock file
    first, the identity lock last (and let go first), so a reader never sees the identity
    held without the .lock and takes the writer for one under another name."""
    file_lock = _lock_file(path)
    try:
        fd, created = _lock_identity(path) if OFD_LOCKS else (None, False)
    except BaseException:
        file_lock.release()  # and leave no .lock beside a name the writer does not use
        Path(file_lock.lock_file).unlink(missing_ok=True)
        raise
    return WriterLock(path, file_lock, fd, created)


def _drop_identity(path: Path, fd: int | None, remove_empty: bool) -> None:
    """Let the identity lock go; first remove the file if it was made here and is still
    empty (the lock is held meanwhile, so nobody else has started using it)."""
    if fd is None:
        return
    try:
        if remove_empty:
            mine, now = os.fstat(fd), os.stat(path)
            if mine.st_size == 0 and (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino):
                os.unlink(path)
    except OSError:
        pass
    finally:
        os.close(fd)


def release(lock: WriterLock, *, remove: bool = False) -> None:
    """Let both locks go. ``remove`` (the open failed): also delete the .lock file and a
    database file made empty by ``acquire``."""
    _drop_identity(lock.path, lock.fd, remove and lock.created)
    lock.fd = None
    lock.file_lock.release()
    if remove:
        Path(lock.file_lock.lock_file).unlink(missing_ok=True)


def writer_holds(fd: int) -> bool:
    """Whether any process (this one included) holds the identity lock of the file open
    as ``fd``. Always False where there are no OFD locks."""
    if not OFD_LOCKS:
        return False
    try:
        found = fcntl.fcntl(fd, fcntl.F_OFD_GETLK, _flock(fcntl.F_RDLCK))
    except OSError:
        return False
    return struct.unpack(_FLOCK, found)[0] != fcntl.F_UNLCK


def _lock_file_held(lock: Path) -> bool:
    """Whether a writer holds ``lock`` (an exclusive flock, see core/lock_file.py). Asked
    with a descriptor of our own, so nothing of anybody else's is let go; a missing file
    is not made."""
    try:
        fd = os.open(lock, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def check_reader(path: Path, fd: int) -> None:
    """Refuse to read ``path`` (open as ``fd``) while a writer has the file open under
    another name: its -wal sits beside that name, and this reader would not see it."""
    if writer_holds(fd) and not _lock_file_held(lock_path(path)):
        raise DatabaseLocked(other_name_message(path))
