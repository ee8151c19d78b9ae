"""Start a gui_driver.py scenario in a child process and read what it reported; judge
the database it leaves with a connection of the test's own."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from reliability.killing import HERE, ROOT, env

DRIVER = HERE / "gui_driver.py"


@dataclass
class Run:
    name: str
    returncode: int
    lines: list[str]
    stderr: str

    def records(self, tag: str) -> list:
        return [json.loads(line[len(tag) + 1:]) for line in self.lines if line.startswith(tag + " ")]

    def died(self) -> str:
        """How the process ended, in words: "exit 0", "signal SIGSEGV"."""
        if self.returncode < 0:
            return f"signal {signal.Signals(-self.returncode).name}"
        return f"exit {self.returncode}"

    def assert_alive(self) -> None:
        assert self.returncode == 0 and self.records("ALIVE"), (
            f"scenario {self.name} ended with {self.died()}; last lines {self.lines[-3:]}\n"
            f"{self.stderr[-3000:]}")


def run_scenario(name: str, db: Path, arg: str = "", timeout: float = 120) -> Run:
    proc = subprocess.run([sys.executable, str(DRIVER), name, str(db), arg], capture_output=True,
                          text=True, env=env(), cwd=ROOT, timeout=timeout)
    return Run(name, proc.returncode, proc.stdout.splitlines(), proc.stderr)


def dump(db: Path) -> list[str]:
    """Every row of every table, as SQL (what a byte-level diff would see, less noise)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return list(con.iterdump())


def one(db: Path, sql: str, *args):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute(sql, args).fetchone()
