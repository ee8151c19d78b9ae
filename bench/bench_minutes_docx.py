"""Minutes (Referat) export against the python-docx floor.

    python bench/bench_minutes_docx.py [RUNS]

Builds a 30-item meeting in a temporary database (each item with three sub-points, a
presenter, a decision and one action item; 60 participants), then times, alternating,
at least 7 runs each of fresh Python processes doing:

  floor    python ../shared/bench/floor_docx.py OUT.docx 30   (bare python-docx)
  export   the KKR Desk minutes export of that meeting: the MeetingDetail (read from the
           database once, beforehand) -> export_minutes() -> OUT.docx     [target <= 1.5]
  cli      kkrdesk export minutes --db DB --meeting DATE -o OUT.docx: opens the database
           read-only, reads the meeting, exports (the whole command, for information)

and prints the medians and the ratios to the floor.
"""

from __future__ import annotations

import datetime as dt
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import floors_dir  # noqa: E402

FLOOR = floors_dir() / "floor_docx.py"
ITEMS = 30
DAY = dt.date(2025, 6, 18)
TARGET = 1.5


def build_meeting(db: Path) -> int:
    from kkrdesk.core.enums import ActionStatus, AttendanceStatus, ItemKind
    from kkrdesk.core.models import (
        ActionItem, AgendaItem, Attendance, Meeting, Person, Presenter, SubPoint,
    )
    from kkrdesk.services.database import open_database

    store = open_database(db)
    try:
        with store.transaction() as s:
            m = Meeting(title="Møde i KKR-digitaliseringsnetværket", date=DAY,
                        start_time=dt.time(9), end_time=dt.time(17))
            s.add(m)
            people = [Person(name=f"Deltager {i}") for i in range(2 * ITEMS)]
            s.add_all(people)
            s.flush()
            for i, p in enumerate(people):
                s.add(Attendance(meeting=m, person=p, status=AttendanceStatus.PRESENT,
                                 is_guest=i % 5 == 0))
            for i in range(1, ITEMS + 1):
                item = AgendaItem(meeting=m, position=i, title=f"Dagsordenspunkt {i}",
                                  kind=ItemKind.DISCUSSION, duration_min=15,
                                  decision=f"Netværket tog punkt {i} til efterretning.")
                item.presenters.append(Presenter(position=0, name=f"Oplægsholder {i}",
                                                 organisation_text="Organisation"))
                for j in range(3):
                    item.sub_points.append(SubPoint(position=j,
                                                    text=f"Underpunkt {j + 1} til punkt {i}"))
                s.add(item)
                s.flush()
                s.add(ActionItem(meeting_id=m.id, item_id=item.id, what=f"Opgave {i}",
                                 who_text=f"Person {i}", due=dt.date(2025, 11, 5),
                                 status=ActionStatus.OPEN))
            s.flush()
            return m.id
    finally:
        store.close()


def _export_worker(detail_file: str, out: str) -> None:
    """The timed export: unpickle the plain MeetingDetail, write the minutes."""
    from kkrdesk.export.minutes_docx import export_minutes

    with open(detail_file, "rb") as fh:
        detail = pickle.load(fh)
    export_minutes(detail, out)


def _time(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(runs: int = 9) -> int:
    if not FLOOR.exists():
        print(f"floor script not found: {FLOOR}", file=sys.stderr)
        return 1
    from kkrdesk.services import meetings
    from kkrdesk.services.database import open_for_reading

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite"
        meeting_id = build_meeting(db)
        with open_for_reading(db) as store:
            detail = meetings.get_detail(store, meeting_id)
        detail_file = folder / "detail.pickle"
        detail_file.write_bytes(pickle.dumps(detail))
        py = sys.executable
        commands = {
            "floor": [py, str(FLOOR), str(folder / "floor.docx"), str(ITEMS)],
            "export": [py, __file__, "--export", str(detail_file), str(folder / "export.docx")],
            "cli": [py, "-m", "kkrdesk", "export", "minutes", "--db", str(db),
                    "--meeting", DAY.isoformat(), "-o", str(folder / "cli.docx")],
        }
        for argv in commands.values():  # warm the file cache; not timed
            _time(argv)
        times: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(max(runs, 7)):
            for key, argv in commands.items():
                times[key].append(_time(argv))
        sizes = {k: (folder / f"{k}.docx").stat().st_size for k in commands}

    med = {k: statistics.median(v) for k, v in times.items()}
    n = len(times["floor"])
    print(f"{ITEMS} items, 3 sub-points, a decision and an action each; {n} runs each, "
          "alternating")
    for key in commands:
        print(f"  {key:<7} median {med[key] * 1000:7.0f} ms   ({sizes[key] // 1024} KiB)")
    ratio = med["export"] / med["floor"]
    print(f"  export / floor = {ratio:.2f}  (target <= {TARGET})")
    print(f"  cli    / floor = {med['cli'] / med['floor']:.2f}  (whole command with the "
          "database, for information)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--export":
        _export_worker(sys.argv[2], sys.argv[3])
    else:
        sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 9))
