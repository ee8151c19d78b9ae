"""The program leaves without the interpreter's slow teardown (kkrdesk.cli.run): what a
user relies on must still be there afterwards — every line printed, the exit code, the
database closed cleanly, the opened database remembered under Filer > Seneste."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _kkrdesk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kkrdesk", *args], capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def test_a_command_prints_everything_and_keeps_its_exit_code(demo_path, tmp_path):
    from kkrdesk.core.schema import SCHEMA_HEAD

    ok = _kkrdesk("check", "--db", str(demo_path))
    assert ok.returncode == 0
    assert ok.stdout.splitlines() == [f"Skemaversion: {SCHEMA_HEAD} (nyeste)", "Integritet: i orden"]
    missing = _kkrdesk("check", "--db", str(tmp_path / "findes-ikke.sqlite"))
    assert missing.returncode == 1
    assert missing.stderr.startswith("kkrdesk: Databasen findes ikke")
    assert _kkrdesk("export", "overview").returncode == 2  # wrong usage


def test_a_long_output_reaches_the_pipe_whole(demo_path):
    """The agenda import's report is long; every line arrives before the process ends."""
    text = "\n".join(f"{12 + i // 6}.{(i % 6) * 10:02d} Punkt nummer {i}" for i in range(60))
    proc = subprocess.run([sys.executable, "-m", "kkrdesk", "import", "agenda", "--db",
                           str(demo_path), "--dry-run", "-"], input=text, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    for i in range(60):
        assert f"Punkt nummer {i}" in proc.stdout


def test_the_window_closes_the_database_and_remembers_it(demo_path):
    proc = _kkrdesk("--smoke", "--db", str(demo_path))
    assert proc.returncode == 0, proc.stderr
    # closed cleanly: the write-ahead log was checkpointed and removed
    assert not Path(f"{demo_path}-wal").exists()
    assert not Path(f"{demo_path}-shm").exists()
    # and the next start offers it under Filer > Seneste (QSettings written before leaving)
    conf = Path(os.environ["XDG_CONFIG_HOME"]) / "KKRDesk" / "KKR Desk.conf"
    assert str(demo_path.resolve()) in conf.read_text(encoding="utf-8")
