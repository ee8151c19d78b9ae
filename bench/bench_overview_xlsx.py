"""Excel overview against the openpyxl floor.

Builds a database big enough that the overview holds about 10,000 rows in all (2,000
people with a seat each, 300 of them replaced; 40 meetings with 130 registrations
each), counts the rows the overview writes, then times, alternating,
(a) ``python ../shared/bench/floor_xlsx.py OUT.xlsx ROWS`` and
(b) ``python -m kkrdesk export overview --db DB -o OUT.xlsx``
and prints the medians and their ratio.

    python bench/bench_overview_xlsx.py [RUNS]
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import compare, floors_dir  # noqa: E402

PEOPLE, REPLACED, MEETINGS, PER_MEETING = 2_000, 300, 40, 130


def build(path: Path) -> None:
    from sqlalchemy import select

    from kkrdesk.core.enums import AttendanceMode, AttendanceStatus, Role
    from kkrdesk.core.models import Attendance, Meeting, Membership, Organisation, Person
    from kkrdesk.services.database import open_database
    from kkrdesk.services.reference import network_group_id

    rnd = random.Random(18)
    store = open_database(path)
    try:
        with store.transaction() as s:
            orgs = s.scalars(select(Organisation)).all()
            gid = network_group_id(s)
            people = [Person(name=f"Deltager {i:04d} Ærøsen", title="Konsulent",
                             organisation=rnd.choice(orgs), email=f"d{i}@kommune.dk",
                             phone=f"{20_000_000 + i}") for i in range(PEOPLE)]
            s.add_all(people)
            s.flush()
            seats = [Membership(group_id=gid, person_id=p.id, organisation_id=p.organisation_id,
                                role=Role.MEMBER, appointed_by=p.organisation.kkr or "KL",
                                start_date=dt.date(2020, 1, 1), notes="Udpeget af KKR.")
                     for p in people]
            s.add_all(seats)
            s.flush()
            for old, new in zip(seats[:REPLACED], seats[REPLACED:2 * REPLACED]):
                old.end_date = dt.date(2023, 6, 1)
                new.start_date, new.replaces_id = dt.date(2023, 6, 1), old.id
            meetings = [Meeting(date=dt.date(2022, 1, 10) + dt.timedelta(days=30 * k),
                                start_time=dt.time(12), end_time=dt.time(15)) for k in range(MEETINGS)]
            s.add_all(meetings)
            s.flush()
            statuses = [AttendanceStatus.PRESENT] * 6 + [AttendanceStatus.APOLOGIES,
                                                         AttendanceStatus.ABSENT]
            for m in meetings:
                for p in rnd.sample(people, PER_MEETING):
                    s.add(Attendance(meeting_id=m.id, person_id=p.id, status=rnd.choice(statuses),
                                     mode=rnd.choice(list(AttendanceMode))))
    finally:
        store.close()


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    floor = floors_dir() / "floor_xlsx.py"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "bench.sqlite"
        build(db)
        from kkrdesk.export.overview_xlsx import export_overview
        from kkrdesk.services.database import open_for_reading
        from kkrdesk.services.overview import overview_data

        with open_for_reading(db) as store:
            result = export_overview(overview_data(store), tmp / "probe.xlsx")
        rows = result.rows
        print("overview sheets: " + ", ".join(f"{t} {n}" for t, n in result.sheets)
              + f" = {rows} rows")
        ratio = compare(
            f"Excel overview ({rows} rows)",
            [sys.executable, str(floor), str(tmp / "floor.xlsx"), str(rows)],
            [sys.executable, "-m", "kkrdesk", "export", "overview", "--db", str(db),
             "-o", str(tmp / "ours.xlsx")],
            runs=runs, warmup=1,
        )
    print(f"ratio {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
