"""A scripted series of edits through the services, one transaction each, as the
window makes them. After each commit it prints ``STEP [kind, key, value]`` so the
test that kills it knows what must survive.

    python edit_driver.py DB SEED STEPS
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path


KINDS = ("item", "person", "notes", "action", "title")


def plan(seed: int, steps: int) -> list[tuple[int, str, str]]:
    """The edits in order: (step, kind, text). Deterministic, so the test that kills
    the driver knows the step it may have committed without printing it."""
    rnd = random.Random(seed)
    # Hostile-ish text too: Danish letters, emoji, right-to-left, a decomposed ö.
    return [(i, rnd.choice(KINDS), f"Trin {seed}-{i} æøå 🙂 \u05e9\u05dc\u05d5\u05dd So\u0308ren")
            for i in range(steps)]


def main(db: Path, seed: int, steps: int) -> None:
    from kkrdesk.services.agenda import items as agenda
    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.agenda import minutes
    from kkrdesk.services.participants import people as participants
    from kkrdesk.services.database import open_database

    store = open_database(db)
    mid = meetings.find_by_date(store, dt.date(2025, 6, 18)).id
    first = meetings.get_detail(store, mid).items[0].id
    print("READY", flush=True)
    for i, kind, text in plan(seed, steps):
        if kind == "item":
            agenda.insert_item(store, mid, title=text)
        elif kind == "person":
            participants.add_person(store, participants.PersonFields(name=text))
        elif kind == "notes":
            agenda.update_item(store, first, notes=text)
        elif kind == "title":
            agenda.update_item(store, first, title=text)
        else:
            minutes.add_action(store, mid, text)
        print("STEP " + json.dumps([i, kind, text]), flush=True)
    store.close()
    print("DONE", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
