"""Excel overview of the 10-year demo (`kkrdesk demo --years 10`) against the openpyxl
floor with the same number of rows.

Counts the rows the overview writes (all its sheets), then times, alternating,
(a) ``python ../shared/bench/floor_xlsx.py OUT.xlsx ROWS`` and
(b) ``python -m kkrdesk export overview --db DB -o OUT.xlsx``          [target <= 1.3]
and (a) leaving without teardown as KKR Desk does (the "equal exit" row, see
bench_startup), and, for information, (a) after ``import sqlalchemy.orm``, which any
command that reads the database through the ORM pays; prints the medians and the ratios.

    python bench/bench_overview_xlsx.py [RUNS]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    Result, alternate, demo_databases, floors_dir, leaving_at_once, report, result,
)

TARGET = 1.3
ORM_FLOOR = ("import runpy, sys; import sqlalchemy.orm; "
             "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')")


def measure(runs: int = 9, folder: Path | None = None) -> list[Result]:
    from kkrdesk.export.overview_xlsx import export_overview
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.services.overview.gather import overview_data

    floor = floors_dir() / "floor_xlsx.py"
    with tempfile.TemporaryDirectory() as tmp:
        folder = folder or Path(tmp)
        _demo, decade = demo_databases(folder)
        with open_for_reading(decade) as store:
            probe = export_overview(overview_data(store), Path(tmp) / "probe.xlsx")
        rows = probe.rows
        print("  overview of the 10-year demo: " + ", ".join(f"{t} {n}" for t, n in probe.sheets)
              + f" = {rows} rows", flush=True)
        s = alternate({
            "floor": [sys.executable, str(floor), str(Path(tmp) / "floor.xlsx"), str(rows)],
            "floor_orm": [sys.executable, "-c", ORM_FLOOR, str(floor),
                          str(Path(tmp) / "floor2.xlsx"), str(rows)],
            "floor_fast": leaving_at_once(floor, Path(tmp) / "floor3.xlsx", rows),
            "ours": [sys.executable, "-m", "kkrdesk", "export", "overview", "--db", str(decade),
                     "-o", str(Path(tmp) / "ours.xlsx")],
        }, runs=runs, warmup=1)
    return [result(f"overview export, 10-year demo ({rows} rows)", "floor_xlsx.py, same rows",
                   s["floor"], s["ours"], TARGET),
            result("  the same, equal exit", "floor_xlsx.py leaving at once", s["floor_fast"],
                   s["ours"], TARGET),
            result("  the same (information)", "floor_xlsx.py + ORM import", s["floor_orm"],
                   s["ours"], TARGET)]


if __name__ == "__main__":
    sys.exit(report(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 9)))
