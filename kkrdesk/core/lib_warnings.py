"""The libraries' own warnings go to the app's log, never to the user's screen.

pypdf reports each repair it makes to a broken PDF through ``logging`` ("Ignoring wrong
pointing object 6 0 …"), and openpyxl and others use the ``warnings`` module; with
nothing set up, Python prints both on stderr in English, in the middle of the Danish
output. Once :func:`route_library_warnings` has run, every logging record of level
WARNING or above and every warning shown by the ``warnings`` module is written to
``kkrdesk-biblioteker.log`` in the user's log folder (beside ``kkrdesk-fejl.log``, the
command line's unexpected errors, and ``kkrdesk-crash.log``, the window's fault trace). The file is opened at the first record only, and it is
rotated at MAX_LOG_BYTES so a file that warns a million times cannot fill the disk.

Every process calls it at its start (``kkrdesk.cli.entry.main``), and the readers that
use such a library call it again before they start, for callers that bypass the entry.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kkrdesk.core.paths import user_log_dir

LOG_NAME = "kkrdesk-biblioteker.log"
MAX_LOG_BYTES = 1_000_000  # one broken PDF can warn for each of its objects
KEPT_LOGS = 1  # the file before the last rotation is kept as .1
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


def log_path() -> Path:
    return user_log_dir() / LOG_NAME


class _LazyFileHandler(logging.Handler):
    """Writes to a rotating file made at the first record (``logging.handlers``, the
    file and its folder are all left until a library has something to say: most runs
    never do, and every start would pay for them). A log that cannot be written is given
    up silently: the user's work must never fail for a library's remark."""

    def __init__(self, path: Path):
        super().__init__(logging.WARNING)
        self.baseFilename = str(path.absolute())
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            try:
                Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
            except OSError:
                return
            self._file = logging.handlers.RotatingFileHandler(
                self.baseFilename, maxBytes=MAX_LOG_BYTES, backupCount=KEPT_LOGS,
                encoding="utf-8", delay=True)
            self._file.setFormatter(self.formatter)
            self._file.handleError = lambda _record: None  # never a traceback on stderr
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass  # never a traceback on stderr


def route_library_warnings() -> Path:
    """Send library warnings to the log (one handler per process; a later call only
    follows a log folder that has moved, as it does between tests). Returns the log
    file's path."""
    global _handler
    path = log_path()
    if _handler is not None and Path(_handler.baseFilename) != path.absolute():
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _handler is None:
        handler = _LazyFileHandler(path)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logging.getLogger().addHandler(handler)  # the root: any library's logger reaches it
        _handler = handler
    logging.captureWarnings(True)  # warnings.warn(...) -> logger "py.warnings" -> the file
    return Path(_handler.baseFilename)
