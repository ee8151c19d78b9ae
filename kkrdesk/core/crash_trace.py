"""The crash trace: when the window's process dies of a fatal signal (a segmentation
fault or an abort in Qt, say) once its frame is painted, Python's ``faulthandler`` writes
the Python stack of every thread to ``kkrdesk-crash.log`` in the user's log folder, so the
crash leaves something the user can send. Each start adds one line (version, process id, time) so a trace can be
matched to its start; past ``KEEP_BYTES`` the file is moved to ``kkrdesk-crash.log.1``.

This file is appended to, not written atomically like every other file of the app: at a
crash nothing else can run, and the trace must reach the disk as the process dies."""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
from pathlib import Path

FILE_NAME = "kkrdesk-crash.log"
KEEP_BYTES = 1024 * 1024
_open_files = []  # the trace file stays open for the life of the process


def enable(version: str) -> Path | None:
    """Send fatal-signal traces to the log folder; returns the file. Leaves things as they
    are (None) when traces are already on (PYTHONFAULTHANDLER, ``python -X faulthandler``,
    a test runner) or the folder cannot be written."""
    from kkrdesk.core.paths import user_log_dir

    if faulthandler.is_enabled():
        return None
    path = user_log_dir() / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > KEEP_BYTES:
            os.replace(path, path.with_name(FILE_NAME + ".1"))
        trace = path.open("a", encoding="utf-8")
    except OSError:
        return None
    _open_files.append(trace)
    faulthandler.enable(file=trace, all_threads=True)
    started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    trace.write(f"KKR Desk {version} startet {started}, proces {os.getpid()}\n")
    trace.flush()
    return path
