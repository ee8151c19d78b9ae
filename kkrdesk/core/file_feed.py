"""Live refresh on one SQLite file: a window that reads a file another window writes
(the read-only second window) hears the writer's commits by polling ``PRAGMA
data_version``, which changes only when another connection has committed. One
connection of its own, once a second (``POLL``), in a worker thread: a few
microseconds per poll, and no traffic at all while nothing changes."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from pathlib import Path

from kkrdesk.core.change_feed import Deliver
from kkrdesk.core.sqlite_file import readonly_flags

POLL = 1.0  # seconds
log = logging.getLogger(__name__)


class FileFeed(threading.Thread):
    def __init__(self, path: Path, deliver: Deliver):
        super().__init__(name="kkrdesk-file-feed", daemon=True)
        self.path, self.deliver = path, deliver
        self._stopping = threading.Event()

    def stop(self, wait: float = 3.0) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join(wait)

    def run(self) -> None:
        uri = f"{self.path.resolve().as_uri()}?{readonly_flags(self.path)}"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            log.info("file feed not started: %s", exc)
            return
        try:
            self._poll(conn)
        finally:
            conn.close()

    def _poll(self, conn: sqlite3.Connection) -> None:
        seen = conn.execute("PRAGMA data_version").fetchone()[0]
        while not self._stopping.wait(POLL):
            try:
                now = conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error as exc:  # busy or gone for a moment: try again
                log.info("file feed poll failed: %s", exc)
                continue
            if now != seen:
                with contextlib.suppress(RuntimeError):  # the window is closing
                    self.deliver(None)
            seen = now
