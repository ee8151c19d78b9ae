"""Minutes (Referat) export against the python-docx floor.

    python bench/bench_minutes_docx.py [RUNS]

Builds a 30-item meeting in a temporary database (each item with three sub-points, a
presenter, a decision and one action item; 60 participants), then times, alternating,
at least 7 runs each of fresh Python processes doing:

  floor      python ../shared/bench/floor_docx.py OUT.docx 30   (bare python-docx)
  floor_orm  the same after ``import sqlalchemy.orm`` (what any command on the database pays)
  floor_orm_fast  the same, leaving without teardown as KKR Desk does ("equal exit")
  cli        kkrdesk export minutes --db DB --meeting DATE -o OUT.docx: opens the database
             read-only, reads the meeting, exports            [target <= 1.5 x floor_orm]
  export     the export step alone: the MeetingDetail (read beforehand, pickled)
             -> export_minutes() -> OUT.docx                  [information, vs floor]

and prints the medians and the ratios.
"""

from __future__ import annotations

import datetime as dt
import pickle
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, alternate, floors_dir, leaving_at_once, report, result  # noqa: E402

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


ORM_FLOOR = ("import runpy, sys; import sqlalchemy.orm; "
             "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')")


def measure(runs: int = 9) -> list[Result]:
    """Whole ``kkrdesk export minutes`` command against floor_docx.py plus the ORM
    import (target <= 1.5); the export step alone against floor_docx.py, for information."""
    from kkrdesk.services.agenda import meetings
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
            "floor_orm": [py, "-c", ORM_FLOOR, str(FLOOR), str(folder / "floor2.docx"), str(ITEMS)],
            "floor_orm_fast": leaving_at_once(FLOOR, folder / "floor3.docx", ITEMS, orm=True),
            "export": [py, __file__, "--export", str(detail_file), str(folder / "export.docx")],
            "cli": [py, "-m", "kkrdesk", "export", "minutes", "--db", str(db),
                    "--meeting", DAY.isoformat(), "-o", str(folder / "cli.docx")],
        }
        s = alternate(commands, runs=max(runs, 7), warmup=1)
    return [
        result(f"minutes export ({ITEMS} items), whole command", "floor_docx.py + ORM import",
               s["floor_orm"], s["cli"], TARGET),
        result("  the same, equal exit", "floor_docx.py + ORM import, leaving at once",
               s["floor_orm_fast"], s["cli"], TARGET),
        result("  the export step alone (information)", "floor_docx.py", s["floor"],
               s["export"], TARGET),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--export":
        _export_worker(sys.argv[2], sys.argv[3])
    else:
        sys.exit(report(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 9)))
