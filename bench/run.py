"""`make bench`: every benchmark in one run, then one table of ratios and targets.

    python bench/run.py [--quick]

The demo and the 10-year demo are written once and shared. --quick runs fewer rounds
(for a look; the README's figures come from a full run).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import tempfile
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_first_open  # noqa: E402
import bench_inprocess  # noqa: E402
import bench_minutes_docx  # noqa: E402
import bench_overview_xlsx  # noqa: E402
import bench_search  # noqa: E402
import bench_startup  # noqa: E402
from common import demo_databases  # noqa: E402


def machine() -> str:
    mem = ""
    try:
        kib = int(next(line for line in open("/proc/meminfo") if line.startswith("MemTotal"))
                  .split()[1])
        mem = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load {os.getloadavg()[0]:.1f}"
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores{mem}{load}, "
            f"Python {platform.python_version()}")


def main() -> int:
    quick = "--quick" in sys.argv
    runs = 5 if quick else 15
    print(f"KKR Desk benchmarks, {dt.date.today().isoformat()}, {machine()}", flush=True)
    rows = []  # (measure, floor, ratio or p95, target, met)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo_databases(folder)
        print("== start-up", flush=True)
        for r in bench_startup.measure(runs, folder):
            print("  " + r.line(), flush=True)
            rows.append((r.name, r.floor_name, f"{r.ratio:.2f}x", f"<= {r.target:.2f}x", r.met))
        print("== minutes export", flush=True)
        for r in bench_minutes_docx.measure(runs):
            print("  " + r.line(), flush=True)
            rows.append((r.name.strip(), r.floor_name, f"{r.ratio:.2f}x",
                         f"<= {r.target:.2f}x", r.met))
        print("== overview export", flush=True)
        for r in bench_overview_xlsx.measure(runs, folder):
            print("  " + r.line(), flush=True)
            rows.append((r.name.strip(), r.floor_name, f"{r.ratio:.2f}x",
                         f"<= {r.target:.2f}x", r.met))
        print("== inside the app", flush=True)
        found = bench_inprocess.measure(20 if quick else 100, folder)
        bench_inprocess.report(found)
        for name, p95, _med, cpu, _n in found:
            rows.append((f"in-app: {name} (p95; CPU p95 {cpu:.0f} ms)", "-", f"{p95:.0f} ms",
                         "< 50 ms", p95 < bench_inprocess.TARGET_MS))
        print("== first opening of each wing", flush=True)
        opened = bench_first_open.measure(3 if quick else 7, folder)
        bench_first_open.report(opened)
        for name, median, _worst in opened:
            rows.append((f"first opening: {name} (median)", "-", f"{median:.0f} ms", "< 100 ms",
                         median < bench_first_open.TARGET_MS))
        print("== search everything", flush=True)
        searched = bench_search.measure(1 if quick else 3, folder)
        bench_search.report(searched)
        service, floor, typed = searched
        rows.append((f"search: {service[0]} (p95)", floor[0], f"{service[1]:.0f} ms "
                     f"({service[1] / floor[1]:.2f}x)", "< 50 ms", service[1] < 50))
        rows.append((f"search: {typed[0]} (p95)", "-", f"{typed[1]:.0f} ms", "< 50 ms",
                     typed[1] < 50))
    print("\n| measure | against | ratio / p95 | target | met |\n|---|---|---|---|---|")
    for name, floor, value, target, met in rows:
        print(f"| {name} | {floor} | {value} | {target} | {'yes' if met else 'no'} |")
    return 0 if all(r[-1] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
