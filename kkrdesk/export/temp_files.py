"""The temporary files of ``atomic_write``, and cleaning up after a writer that was killed.

An export is written to a hidden file beside its target and renamed into place; a
process killed meanwhile leaves that file behind. Only KKR Desk names a file

    .kkrdesk-<target name>.<pid>-<host>.<8 hex digits>.tmp

so a leftover can be told from anybody else's file. ``remove_leftovers`` deletes such a
file when its writer is gone: the process ``pid`` no longer runs on this host, or the
file has not changed for ``STALE_AFTER`` seconds (a writer on another computer sharing
the folder, or a pid taken by another process since). Nothing that does not match the
pattern exactly is ever removed. It runs before every export into a folder and once at
start-up for the folder of the last export.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

PREFIX = ".kkrdesk-"
STALE_AFTER = 30 * 60  # seconds without a change
_TARGET_BYTES = 100  # the target's name in the temporary name, cut to fit any file system
_PATTERN = re.compile(r"\.kkrdesk-.+\.(\d{1,10})-(\w{0,40})\.[0-9a-f]{8}\.tmp", re.ASCII)


def host_tag() -> str:
    """This computer's name, as letters, digits and underscores (empty when unknown)."""
    node = os.uname().nodename if os.name == "posix" else os.environ.get("COMPUTERNAME", "")
    return re.sub(r"\W", "_", node, flags=re.ASCII)[:40]


def temp_name(target: Path) -> str:
    """A fresh temporary name for writing ``target`` (in the same folder)."""
    short = target.name.encode("utf-8", "surrogateescape")[:_TARGET_BYTES]
    short = short.decode("utf-8", "ignore") or "fil"
    return f"{PREFIX}{short}.{os.getpid()}-{host_tag()}.{secrets.token_hex(4)}.tmp"


def _running(pid: int) -> bool:
    """Whether process ``pid`` runs here. Only asked on POSIX: on Windows ``os.kill``
    with signal 0 would end the process, so a writer there is judged by age alone."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process (or a pid we cannot ask about): leave it
    return True


def _is_leftover(name: str, mtime: float, now: float) -> bool:
    match = _PATTERN.fullmatch(name)
    if match is None:
        return False
    if now - mtime > STALE_AFTER:
        return True
    pid, host = int(match.group(1)), match.group(2)
    return os.name == "posix" and host == host_tag() and not _running(pid)


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete the temporary files of killed KKR Desk writers in ``folder``; return them.
    Never raises: a folder that cannot be read or a file that cannot be deleted is left."""
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(PREFIX):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if _is_leftover(entry.name, entry.stat(follow_symlinks=False).st_mtime, now):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
