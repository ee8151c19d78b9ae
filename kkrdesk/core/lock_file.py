"""The .lock file beside a database: an exclusive, non-blocking lock on a small file of
its own, as the ``filelock`` library takes it (``flock`` on POSIX, ``msvcrt.locking``
on Windows), so KKR Desk versions that used the library and this one keep each other out.

Written here rather than imported: the library loads asyncio for its async variant, and
that cost 80 ms of every start on the laptops measured, for the few lines below."""

from __future__ import annotations

import os
import sys

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class Held(Exception):
    """Another process holds the lock."""


class LockFile:
    """An exclusive lock on the file ``path`` (made if missing), held until ``release``
    or the process ends; the file itself stays unless the caller removes it."""

    def __init__(self, path: str | os.PathLike):
        self.lock_file = str(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock now or raise Held; OSError if the file cannot be made."""
        fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            raise Held(self.lock_file) from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
