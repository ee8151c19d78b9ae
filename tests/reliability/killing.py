"""Shared helpers of the kill tests: start a real process, kill it with SIGKILL at a
seeded random moment, and judge the database it leaves behind.

The number of kills per scenario is ``rounds(n)``: ``n`` in ``make test``, and
``n * KKRDESK_SOAK`` (an integer) in ``make soak``. ``KKRDESK_SEED`` changes the
random moments (the default is fixed, so a failure can be replayed)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TALLY = Path(os.environ.get("KKRDESK_RELIABILITY_TALLY", "")) if os.environ.get(
    "KKRDESK_RELIABILITY_TALLY") else None


def rounds(n: int) -> int:
    return n * max(1, int(os.environ.get("KKRDESK_SOAK", "1") or 1))


def rng(name: str) -> random.Random:
    return random.Random(f"{os.environ.get('KKRDESK_SEED', '7')}-{name}")


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["QT_QPA_PLATFORM"] = "offscreen"
    e["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), e.get("PYTHONPATH", "")]))
    e["PYTHONUNBUFFERED"] = "1"
    return e


def kkrdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "kkrdesk", *args]


@dataclass
class Killed:
    """What a killed process printed before it died, line by line, and whether the
    kill came before it finished by itself."""

    lines: list[str] = field(default_factory=list)
    killed: bool = False
    returncode: int | None = None
    stderr: str = ""

    def records(self, tag: str) -> list[list]:
        return [json.loads(line[len(tag) + 1:]) for line in self.lines if line.startswith(tag + " ")]


def run_and_kill(cmd: list[str], delay: float, *, ready: str | None = None, timeout: float = 60.0,
                 cwd: Path | None = None) -> Killed:
    """Run ``cmd``; ``delay`` seconds after it printed ``ready`` (or after start),
    kill it with SIGKILL unless it has ended by then."""
    out = Killed()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env(), cwd=cwd or ROOT)
    started = threading.Event()
    if ready is None:
        started.set()

    def read():
        for line in proc.stdout:
            line = line.rstrip("\n")
            out.lines.append(line)
            if ready is not None and line == ready:
                started.set()
        started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not started.wait(timeout):
        proc.kill()
        raise AssertionError(f"{cmd[-1]} never became ready: {proc.stderr.read()[-2000:]}")
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.005)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        out.killed = True
    out.returncode = proc.wait(timeout)
    reader.join(timeout)
    out.stderr = proc.stderr.read()
    proc.stderr.close()
    proc.stdout.close()
    return out


def integrity(db: Path) -> str:
    """SQLite's own full check (it replays a -wal left by the kill, as the app does)."""
    with sqlite3.connect(db) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def kkrdesk_check(db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(kkrdesk("check", "--db", str(db)), capture_output=True, text=True,
                          env=env(), cwd=ROOT, timeout=120)


def assert_sound(db: Path) -> None:
    assert integrity(db) == "ok"
    result = kkrdesk_check(db)
    assert result.returncode == 0, result.stderr
    assert "Integritet: i orden" in result.stdout


def query(db: Path, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute(sql, args).fetchall()


def tally(scenario: str, kills: int, checks: int, **more: int) -> None:
    """Add this run's figures to the file named by KKRDESK_RELIABILITY_TALLY (the
    README's figures come from ``make soak``)."""
    if TALLY is None:
        return
    data = json.loads(TALLY.read_text()) if TALLY.exists() else {}
    entry = data.setdefault(scenario, {"kills": 0, "checks": 0})
    for key, value in {"kills": kills, "checks": checks, **more}.items():
        entry[key] = entry.get(key, 0) + value
    TALLY.write_text(json.dumps(data, indent=2, sort_keys=True))
