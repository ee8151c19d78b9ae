"""The first opening of each wing on the 10-year demo (offscreen): SOR-forslag, Projekter
and Deltagere are not built at start; the first click on their tab must show no visible
delay. Target: under 100 ms from the click on the tab until the wing is painted, median
of fresh processes (a wing is first opened once per process). Two rows each:

  cold         clicked at once after the start: imported, built and read at the click
  after idle   clicked once the app has built the hidden wings in the idle moments after
               the first paint (ui/idle_build.py), as it does a second after the start

Each process opens the window on a copy of the 10-year demo with the Dagsorden wing
shown, freezes the start-up objects as the app does once its window is painted
(kkrdesk.core.gc_pause.settle), then clicks one tab:

    python bench/bench_first_open.py [PROCESSES]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import demo_databases, ensure_bytecode  # noqa: E402

TARGET_MS = 100.0
WINGS = {1: "SOR-forslag", 2: "Projekter", 3: "Deltagere"}


def _open_once(db: str, index: int, idle: bool) -> float:
    """In this process: the window on ``db`` (its hidden wings built first if ``idle``),
    then one click on tab ``index``; ms."""
    import gc

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kkrdesk.services.database import open_database
    from kkrdesk.ui.app import application
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    app = application()
    ctx = AppContext(open_database(Path(db)))
    window = MainWindow(ctx, [])
    window.resize(1366, 768)
    window.refresh()
    window.show()
    app.processEvents()
    gc.freeze()
    while idle and window.build_next_hidden():
        app.processEvents()
    bar = window.tabs.tabBar()
    start = time.perf_counter()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def measure(processes: int = 7, folder: Path | None = None) -> list[tuple[str, float, float]]:
    """(wing and when, median ms, max ms) over ``processes`` fresh processes each."""
    ensure_bytecode()  # as an installed app has it: a stale .pyc cost ~40 ms a click
    with tempfile.TemporaryDirectory() as tmp:
        _demo, decade = demo_databases(folder or Path(tmp))
        work = Path(tmp) / "work.sqlite"
        shutil.copy(decade, work)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": str(Path(tmp) / "config")}
        times: dict[tuple[int, str], list[float]] = {}
        for _ in range(processes):
            for when in ("cold", "after idle"):
                for index in WINGS:
                    out = subprocess.run(
                        [sys.executable, __file__, "--one", str(work), str(index), when],
                        capture_output=True, text=True, env=env, check=True)
                    times.setdefault((index, when), []).append(
                        json.loads(out.stdout.strip().splitlines()[-1]))
    return [(f"{WINGS[i]}, {when}", statistics.median(v), max(v))
            for (i, when), v in times.items()]


def report(rows) -> int:
    ok = True
    for name, median, worst in rows:
        met = median < TARGET_MS
        ok &= met
        print(f"  first opening of {name}, 10-year demo: median {median:5.1f} ms "
              f"(slowest {worst:5.1f} ms)  target < {TARGET_MS:.0f} ms  "
              f"{'met' if met else 'NOT met'}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(_open_once(sys.argv[2], int(sys.argv[3]), sys.argv[4] != "cold")),
              flush=True)
        os._exit(0)  # as the app leaves: no teardown of the window's objects
    sys.exit(report(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 7)))
