"""A kill during an export leaves its temporary file beside the target; the next export
into that folder, or the next start of the window (for the folder of the last export),
removes it. Only files named as KKR Desk names its own are ever removed."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from kkrdesk.cli import main
from reliability.killing import ROOT, env, kkrdesk

FOREIGN = {
    ".rapport-1a2b3c4d.xlsx.tmp": b"an older version's or another program's temporary file",
    ".kkrdesk-noter.txt": b"a name that starts like ours but is not one",
    "rapport.tmp": b"somebody's file",
    ".kkrdesk-ud.xlsx.1-vaert.0123abcd.tmp.bak": b"ours, with something after it",
}


@pytest.fixture(scope="module")
def big_demo(tmp_path_factory) -> Path:
    """Two synthetic years: its overview takes long enough to write (a few tenths of a
    second here) for a kill to land while the temporary file exists."""
    db = tmp_path_factory.mktemp("years") / "to-aar.sqlite"
    subprocess.run(kkrdesk("demo", "--years", "2", str(db)), check=True, capture_output=True,
                   env=env(), cwd=ROOT, timeout=120)
    return db


def _kill_while_writing(db: Path, folder: Path) -> tuple[int, set[str]]:
    """Start ``export overview`` into ``folder`` and SIGKILL it as soon as a new file
    appears there (before the export is in place); return its pid and the files left."""
    before = set(os.listdir(folder))
    for _ in range(5):
        proc = subprocess.Popen(kkrdesk("export", "overview", "--db", str(db), "-o",
                                        str(folder / "ud.xlsx")),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=env(), cwd=ROOT)
        while proc.poll() is None:
            new = set(os.listdir(folder)) - before - {"ud.xlsx"}
            if new:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(30)
                return proc.pid, set(os.listdir(folder)) - before
            time.sleep(0.001)
        (folder / "ud.xlsx").unlink(missing_ok=True)  # it finished first: try again
    raise AssertionError("the export always finished before the kill")


def _plant_foreign(folder: Path) -> dict[str, bytes]:
    for name, data in FOREIGN.items():
        (folder / name).write_bytes(data)
    return {name: (folder / name).read_bytes() for name in FOREIGN}


def test_the_next_export_removes_what_a_killed_export_left(big_demo, demo_path, tmp_path):
    folder = tmp_path / "eksport"
    folder.mkdir()
    planted = _plant_foreign(folder)
    pid, left = _kill_while_writing(big_demo, folder)
    assert left and "ud.xlsx" not in left, left
    assert main(["export", "minutes", "--db", str(demo_path), "--meeting", "18-06-2025",
                 "-o", str(folder / "referat.docx")]) == 0
    assert set(os.listdir(folder)) == set(planted) | {"referat.docx"}
    assert {name: (folder / name).read_bytes() for name in FOREIGN} == planted
    # the leftover was named as only KKR Desk names a file, with its writer's pid
    assert all(name.startswith(".kkrdesk-ud.xlsx.") and f".{pid}-" in name for name in left), left


def test_a_running_writers_file_is_left_alone(demo_path, tmp_path):
    """A temporary file of a process that still runs and was changed recently is another
    export in progress."""
    folder = tmp_path / "eksport"
    folder.mkdir()
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        busy = folder / f".kkrdesk-ud.xlsx.{sleeper.pid}-{_host()}.0123abcd.tmp"
        busy.write_bytes(b"half a workbook")
        assert main(["export", "minutes", "--db", str(demo_path), "--meeting", "18-06-2025",
                     "-o", str(folder / "referat.docx")]) == 0
        assert busy.read_bytes() == b"half a workbook"
    finally:
        sleeper.kill()
        sleeper.wait()


def _host() -> str:
    import re

    return re.sub(r"[^A-Za-z0-9_]", "_", os.uname().nodename)[:40]


def test_the_window_cleans_the_last_export_folder_at_start(demo_path, tmp_path):
    """A leftover of another computer (or of a pid long reused) goes once it is old."""
    from PySide6.QtCore import QSettings

    from kkrdesk import APP_NAME

    folder = tmp_path / "eksport"
    folder.mkdir()
    planted = _plant_foreign(folder)
    old = folder / ".kkrdesk-Referat 18-06-2025.docx.4242-en_anden_pc.89abcdef.tmp"
    old.write_bytes(b"left by a laptop that lost power")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    settings = QSettings("KKRDesk", APP_NAME)  # the window's settings
    settings.setValue("export/last_folder", str(folder))
    settings.sync()
    assert main(["--smoke", "--db", str(demo_path)]) == 0
    assert not old.exists()
    assert {name: (folder / name).read_bytes() for name in FOREIGN} == planted


def test_a_target_name_near_the_file_systems_limit_can_be_written(tmp_path):
    """The temporary name carries at most 100 bytes of the target's name, so a target of
    245 bytes (120 × "æ") fits; the temporary name used to be the target's plus 18."""
    from kkrdesk.export.atomic import atomic_write

    target = tmp_path / ("æ" * 120 + ".docx")
    seen = []

    def write(tmp: Path) -> None:
        seen.append(tmp.name)
        tmp.write_bytes(b"indhold")

    atomic_write(target, write)
    assert target.read_bytes() == b"indhold"
    assert os.listdir(tmp_path) == [target.name]
    assert len(os.fsencode(seen[0])) <= 255 and seen[0].startswith(".kkrdesk-æ")
