"""The first writer of the one-writer tests, run as its own process: it opens the database
as the window does, commits meetings one transaction each (the overview's meeting sheet
shows them, so a reader can be checked for what it sees), prints each commit, waits for a
line on stdin (while the test tries a second opener under another name), commits a second
batch and closes.
``python writer_holder.py DB N``."""

from __future__ import annotations

import datetime as dt
import sys

from kkrdesk.core.models import Meeting
from kkrdesk.services.database import open_database


def commit(store, batch: str, count: int) -> None:
    for i in range(count):
        name = f"Første skriver {batch} {i:03d}"
        day = dt.date(2031, 1, 1) + dt.timedelta(days=i + (0 if batch == "a" else 100))
        with store.transaction("meetings") as s:
            s.add(Meeting(title=name, date=day, start_time=dt.time(10), end_time=dt.time(11)))
        print(f"committed {name}", flush=True)


def main(path: str, count: int) -> None:
    store = open_database(path, create=False)
    try:
        commit(store, "a", count)
        print("ready", flush=True)
        sys.stdin.readline()
        commit(store, "b", count)
    finally:
        store.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
