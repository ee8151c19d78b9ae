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


def _probe_run(home: Path, plant: bool) -> subprocess.CompletedProcess:
    tests = Path(__file__).resolve().parents[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("KKRDESK_PLANT_LEAK", None)
    if plant:
        env["KKRDESK_PLANT_LEAK"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                           str(tests / "app" / "home_leak_probe.py")],
                          cwd=tests.parent, env=env, capture_output=True, text=True, timeout=300)


def test_the_runs_check_fails_on_a_file_planted_in_the_real_home(tmp_path):
    clean = _probe_run(tmp_path / "clean-home", plant=False)
    assert clean.returncode == 0, clean.stdout[-2000:]
    planted = _probe_run(tmp_path / "home", plant=True)
    assert planted.returncode != 0
    assert "wrote into the real home folder" in planted.stdout, planted.stdout[-2000:]
    assert "kkrdesk-crash.log" in planted.stdout
