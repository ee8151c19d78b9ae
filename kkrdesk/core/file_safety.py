"""Checks on paths before anything is opened or written.

- ``check_regular``: a path the app reads or writes must be a regular file (or not
  exist yet). A named pipe, a device or a socket would block in ``open()`` or swallow
  the data, so it is refused before anything opens it.
- ``refuse_database_target``: no file is ever written over an open database or its
  companions (-wal, -shm, -journal, .lock). Paths are compared resolved (``dir/../``,
  symbolic links) and with ``os.path.samefile`` (hard links). The store registers every
  database it opens here, so every writer that asks (``export.atomic.atomic_write``
  does) is protected without knowing which database is open.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterable
from pathlib import Path

from kkrdesk.core.errors import KkrDeskError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.oserrors import reason

COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")


class UnsafePathError(KkrDeskError):
    """A path the app must not read or write (a pipe, a device, the open database)."""


_open_lock = threading.Lock()
_open_databases: dict[Path, int] = {}


def register_database(path: Path) -> None:
    """The store calls this on open: from now on nothing may be written over ``path``."""
    key = Path(os.path.abspath(path))
    with _open_lock:
        _open_databases[key] = _open_databases.get(key, 0) + 1


def unregister_database(path: Path) -> None:
    key = Path(os.path.abspath(path))
    with _open_lock:
        left = _open_databases.get(key, 0) - 1
        if left > 0:
            _open_databases[key] = left
        else:
            _open_databases.pop(key, None)


def open_databases() -> list[Path]:
    with _open_lock:
        return list(_open_databases)


def is_open(path: Path) -> bool:
    """Whether a store in this process has ``path`` open."""
    with _open_lock:
        return Path(os.path.abspath(path)) in _open_databases


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, RuntimeError, ValueError):
        return Path(os.path.abspath(path))


def _same(a: Path, b: Path) -> bool:
    if os.path.normcase(_resolved(a)) == os.path.normcase(_resolved(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def database_file(path: str | Path, databases: Iterable[str | Path] = ()) -> tuple[Path, str] | None:
    """(the file, its suffix: "" for the database itself, "-wal", ".lock", ...) when
    ``path`` is one of ``databases`` (or a database open in this process) or a file
    beside it, by any name (a symbolic or hard link included); None otherwise."""
    path = Path(path)
    given = {Path(os.path.abspath(db)) for db in databases}
    for db in given | set(open_databases()):
        # SQLite keeps -wal/-shm beside the resolved file, and so does the writer lock its
        # .lock; versions before it put the .lock beside the path given
        for base in (db, _resolved(db)):
            for suffix in COMPANIONS:
                name = base.with_name(base.name + suffix)
                if _same(path, name):
                    return name, suffix
    return None


def refuse_database_target(target: str | Path, databases: Iterable[str | Path] = ()) -> None:
    """Raise UnsafePathError if writing ``target`` would overwrite one of ``databases``
    (or a database open in this process) or a file beside it."""
    found = database_file(target, databases)
    if found is not None:
        name, suffix = found
        what = (QT_TRANSLATE_NOOP("FileSafety", "databasens hjælpefil") if suffix
                else QT_TRANSLATE_NOOP("FileSafety", "databasen"))
        raise UnsafePathError(QT_TRANSLATE_NOOP(
            "FileSafety", "Filen {target} er {what} {name}; den må ikke overskrives. Vælg et "
            "andet filnavn.").format(target=target, what=what, name=name))


def check_regular(path: str | Path, what: str | None = None, *, missing_ok: bool = False) -> bool:
    """Refuse anything but a regular file without opening it. Returns whether the file
    exists (False only when ``missing_ok``). ``what`` names it first in a sentence ("Filen",
    "Databasen"), marked so the window translates it with the sentence."""
    path = Path(path)
    what = QT_TRANSLATE_NOOP("FileSafety", "Filen") if what is None else what
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if missing_ok:
            return False
        raise UnsafePathError(QT_TRANSLATE_NOOP("FileSafety", "{what} findes ikke: {path}").format(
            what=what, path=path)) from None
    except OSError as exc:
        raise UnsafePathError(QT_TRANSLATE_NOOP("FileSafety", "{what} kan ikke bruges: {path} {reason}.").format(
            what=what, path=path, reason=reason(exc))) from None
    except ValueError:  # a NUL byte in the name
        raise UnsafePathError(QT_TRANSLATE_NOOP("FileSafety", "{what} har et ugyldigt navn (et NUL-tegn).").format(
            what=what)) from None
    if stat.S_ISREG(mode):
        return True
    if stat.S_ISDIR(mode):
        raise UnsafePathError(QT_TRANSLATE_NOOP("FileSafety", "Stien er en mappe, ikke en fil: {path}").format(
            path=path))
    kind = (QT_TRANSLATE_NOOP("FileSafety", "en navngiven pipe (FIFO)") if stat.S_ISFIFO(mode)
            else QT_TRANSLATE_NOOP("FileSafety", "en enhed") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else QT_TRANSLATE_NOOP("FileSafety", "en sokkel") if stat.S_ISSOCK(mode)
            else QT_TRANSLATE_NOOP("FileSafety", "ikke en almindelig fil"))
    raise UnsafePathError(QT_TRANSLATE_NOOP("FileSafety", "{what} er {kind}, ikke en almindelig fil: {path}").format(
        what=what, kind=kind, path=path))
