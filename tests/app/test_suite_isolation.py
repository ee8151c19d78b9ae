"""The suite keeps out of the developer's own KKR Desk: a fixture shared by a module (set
up before any test's own fixtures) that starts the program in a child process must
write its settings under the run's temporary folder, never into the real home's
~/.config/KKRDesk. Before tests/conftest.py's session fixture, the English window walk
and the English documents did: a developer's `make test` left the document language at
English and two temporary databases in their recent-files list."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# read at collection, before any fixture: the environment `make test` was started in
REAL_HOME = Path(os.environ.get("HOME") or Path.home())
REAL_CONFIG = Path(os.environ.get("XDG_CONFIG_HOME") or REAL_HOME / ".config")
PROBE = "tests/isolation_probe"
CHILD = (
    "from PySide6.QtCore import QSettings\n"
    "s = QSettings('KKRDesk', 'KKR Desk')\n"
    f"s.setValue({PROBE!r}, 'written by a module fixture')\n"
    "s.sync()\n"
    "print(s.fileName())\n"
)


def _real_settings_text() -> str:
    path = REAL_CONFIG / "KKRDesk" / "KKR Desk.conf"
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""


@pytest.fixture(scope="module")
def written_by_module_fixture():
    before = _real_settings_text()
    child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                           timeout=60, check=True)
    return before, Path(child.stdout.strip())


def test_a_module_fixture_writes_settings_under_the_runs_own_folder(written_by_module_fixture,
                                                                    tmp_path_factory):
    before, written = written_by_module_fixture
    assert written.is_file() and PROBE.split("/")[1] in written.read_text(encoding="utf-8")
    assert written.is_relative_to(tmp_path_factory.getbasetemp()), written
    assert _real_settings_text() == before  # the real settings, untouched
    assert PROBE.split("/")[1] not in before
