"""Start-up, side by side in one run (offscreen), against ../shared/bench/floor_startup.py:

  smoke    kkrdesk --smoke on the demo         vs floor_startup.py (Qt + ORM + a query)  <= 1.10
           (and its CPU time, user + system, against the floor leaving at once: the row
           that a machine busy with other work changes least)
  frame    first painted window of kkrdesk     vs floor_startup.py --bare (Qt alone)     <= 1.50
           (KKRDESK_EXIT_AFTER_FRAME=1: leave once the frame is painted)
  decade   kkrdesk --smoke on the 10-year demo vs kkrdesk --smoke on the demo            <= 1.15
  memory   peak RSS of the same two                                                   <= 1.20

KKR Desk's process leaves without Python's teardown once everything is closed
(kkrdesk.cli.run); the floors are plain scripts and pay theirs (0.2-0.25 s here). The
"equal exit" rows run the floors the same way (common.leaving_at_once): the ratio of
what happens up to the window alone, which is what a user waits for.

Every command runs with settings of its own (an empty XDG_CONFIG_HOME in the temporary
folder), so the wing shown is the first one, Dagsorden, on every run. With the user's
settings it is whichever wing was open when anybody last closed the app on this machine,
and the figures measured another wing from one run to the next.

    python bench/bench_startup.py [RUNS]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    Result, alternate, demo_databases, floors_dir, leaving_at_once, median_rss, report, result,
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
            "floor_fast": leaving_at_once(floor, folder / "floor.sqlite"),
            "bare": [py, floor, "--bare"],
            "bare_fast": leaving_at_once(floor, "--bare"),
            "frame": ([*app, str(demo)], {"KKRDESK_EXIT_AFTER_FRAME": "1"}),
            "smoke": [*app, str(demo)],
            "decade": [*app, str(decade)],
        }
        env = {**ENV, "XDG_CONFIG_HOME": str(folder / "config")}
        s = alternate(commands, runs=runs, warmup=2, env=env)
    return [
        result("--smoke, demo", "floor_startup.py", s["floor"], s["smoke"], 1.10),
        result("  --smoke, demo, equal exit", "floor_startup.py leaving at once", s["floor_fast"],
               s["smoke"], 1.10),
        result("  --smoke, demo, CPU time", "floor_startup.py leaving at once", s["floor_fast"],
               s["smoke"], 1.10, cpu=True),
        result("first painted window", "floor_startup.py --bare", s["bare"], s["frame"], 1.50),
        result("  first painted window, equal exit", "--bare leaving at once", s["bare_fast"],
               s["frame"], 1.50),
        result("--smoke, 10-year demo", "--smoke, demo", s["smoke"], s["decade"], 1.15),
        Result("peak RSS, 10-year demo", "--smoke, demo", median_rss(s["smoke"]) / 1024,
               median_rss(s["decade"]) / 1024, 1.20, unit="MiB"),
    ]


if __name__ == "__main__":
    sys.exit(report(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 11)))
