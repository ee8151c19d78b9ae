"""Run by tests/app/test_suite_isolation.py in a pytest of its own (never collected by
the suite: its name does not start with test_). With KKRDESK_PLANT_LEAK set, it writes a
file into the home folder the run was started with, as a child process given a bare
environment would; the session's check must then fail the run."""

from __future__ import annotations

import os
from pathlib import Path

STARTED_HOME = Path(os.environ["HOME"])  # read at collection, before any fixture


def test_probe():
    if os.environ.get("KKRDESK_PLANT_LEAK"):
        log = STARTED_HOME / ".local" / "state" / "KKRDesk" / "log"
        log.mkdir(parents=True, exist_ok=True)
        (log / "kkrdesk-crash.log").write_text("KKR Desk startet (planted)\n", encoding="utf-8")
