"""The command line: entry (parser and dispatch), export, imports, messages. Never loads Qt
except through the lazy start of the window in entry."""

from __future__ import annotations

import os
import sys

from kkrdesk.cli.entry import main

__all__ = ["main", "run"]


def run() -> None:
    """The process entry of ``kkrdesk`` and ``python -m kkrdesk``: run the command, flush
    what it printed, and end the process without the interpreter's teardown.

    Every file and database is closed by the command itself before it returns (stores in
    ``with`` blocks, the window's session closed when the window is; Qt settings are
    written when changed). What is left at that point is freeing hundreds of thousands
    of objects one by one (modules, SQLAlchemy's mappers, Qt's wrappers), which measured
    0.35-0.45 s of CPU after every window and every export on the build machines, with
    nothing to show for it. ``main`` stays an ordinary function for callers in-process."""
    try:
        code = main()
    except SystemExit:  # --help and --version leave through argparse: the usual way
        raise
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (| head): nothing more to say
            pass
    os._exit(code)
