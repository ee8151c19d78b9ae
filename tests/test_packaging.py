"""`pip install .` gives a working app: resources/ and db/ travel inside the wheel and
are found there, not in the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--disable-pip-version-check",
         "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    return next(out.glob("kkrdesk-*.whl"))


def test_wheel_carries_resources_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("kkrdesk/resources/reference/kommuner.csv",
                   "kkrdesk/resources/reference/organisations.csv",
                   "kkrdesk/db/env.py", "kkrdesk/db/script.py.mako",
                   "kkrdesk/db/versions/0001_initial_schema.py"):
        assert needed in names


def test_installed_wheel_runs_from_elsewhere(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--disable-pip-version-check", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = ("import kkrdesk, kkrdesk.core.paths as p; "
             "print(kkrdesk.__file__); print(p.resources_dir()); print(p.migrations_dir())")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert all(line.startswith(str(target)) for line in out), out
    db = tmp_path / "demo.sqlite"
    for argv in (["demo", str(db)], ["check", "--db", str(db)]):
        proc = subprocess.run([sys.executable, "-m", "kkrdesk", *argv], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
