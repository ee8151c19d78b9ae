"""Start-up, side by side in one run (offscreen), against ../shared/bench/floor_startup.py:

  smoke    kkrdesk --smoke on the demo         vs floor_startup.py (Qt + ORM + a query)  <= 1.10
  frame    first painted window of kkrdesk     vs floor_startup.py --bare (Qt alone)     <= 1.50
           (KKRDESK_EXIT_AFTER_FRAME=1: leave once the frame is painted)
  decade   kkrdesk --smoke on the 10-year demo vs kkrdesk --smoke on the demo            <= 1.15
  memory   peak RSS of the same two                                                   <= 1.20

    python bench/bench_startup.py [RUNS]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    Result, alternate, demo_databases, floors_dir, median_rss, report, result,
)

ENV = {"QT_QPA_PLATFORM": "offscreen"}


def measure(runs: int = 11, folder: Path | None = None) -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = folder or Path(tmp)
        demo, decade = demo_databases(folder)
        floor = str(floors_dir() / "floor_startup.py")
        py = sys.executable
        app = [py, "-m", "kkrdesk", "--smoke", "--db"]
        commands = {
            "floor": [py, floor, str(folder / "floor.sqlite")],
            "bare": [py, floor, "--bare"],
            "frame": ([*app, str(demo)], {"KKRDESK_EXIT_AFTER_FRAME": "1"}),
            "smoke": [*app, str(demo)],
            "decade": [*app, str(decade)],
        }
        s = alternate(commands, runs=runs, warmup=2, env=ENV)
    return [
        result("--smoke, demo", "floor_startup.py", s["floor"], s["smoke"], 1.10),
        result("first painted window", "floor_startup.py --bare", s["bare"], s["frame"], 1.50),
        result("--smoke, 10-year demo", "--smoke, demo", s["smoke"], s["decade"], 1.15),
        Result("peak RSS, 10-year demo", "--smoke, demo", median_rss(s["smoke"]) / 1024,
               median_rss(s["decade"]) / 1024, 1.20, unit="MiB"),
    ]


if __name__ == "__main__":
    sys.exit(report(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 11)))
