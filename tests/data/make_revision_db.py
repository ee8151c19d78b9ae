"""Write the small database of the current schema revision into tests/data/, with a
manifest of what a user sees in it, for the upgrade test (tests/reliability/
test_upgrades.py). Run it once for each released revision, with the code of that
release, and commit both files; never regenerate an old one with newer code:

    git worktree add /tmp/rel <the release>      # e.g. main when 0001 was the newest
    cp tests/data/make_revision_db.py /tmp/rel/tests/data/
    .venv/bin/python /tmp/rel/tests/data/make_revision_db.py
    cp /tmp/rel/tests/data/schema-NNNN.* tests/data/  # and commit them

(schema-0001 was made from main at 9b91572, schema-0002 from the SOR editor's commit
1ef69ac, schema-0003 from main at 21a8af3, schema-0004 from the referat branch,
schema-0005 from the search branch, schema-0006 (actual times) from the live branch,
schema-0007 (version columns, presence and the change log) from main after the pg merge.)

The database is the demo (the meeting of 18 June 2025 with its register, SOR
proposals and projects), vacuumed and without a -wal file. The manifest holds
what must still be there after any later upgrade."""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def _use_this_checkout() -> None:
    """Take the migrations and resources of the checkout this file is in, not those of
    an editable install of another checkout in the same virtual environment."""
    import importlib.util

    real = importlib.util.find_spec
    importlib.util.find_spec = lambda name, *a: (
        None if name in ("kkrdesk.db", "kkrdesk.resources") else real(name, *a))


def manifest(store) -> dict:
    """What a user sees, through the services (so it survives column renames)."""
    from kkrdesk.services.agenda import meetings
    from kkrdesk.services.participants import people as participants

    out = {"meetings": [], "people": [], "memberships": []}
    for m in meetings.list_meetings(store):
        d = meetings.get_detail(store, m.id)
        items = [[i.number, i.title] for top in d.items for i in (top, *top.children)]
        out["meetings"].append({"date": m.date.isoformat(), "title": m.title, "items": items,
                                "actions": sorted(a.what for a in d.actions),
                                "topics": sorted(t.title for t in d.topics)})
    out["people"] = sorted(p.name for p in participants.list_people(store))
    out["memberships"] = sorted([m.person_name, m.role.value, str(m.start_date or "")]
                                for m in participants.list_memberships(store))
    return out


def main() -> Path:
    from kkrdesk.core.store import SCHEMA_HEAD
    from kkrdesk.services.database import open_database
    from kkrdesk.demo.seed import write_demo

    target = HERE / f"schema-{SCHEMA_HEAD}.sqlite"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        write_demo(path)
        store = open_database(path)
        data = manifest(store)
        store.close()
        con = sqlite3.connect(path)
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("VACUUM")
        con.close()
        target.write_bytes(path.read_bytes())
    (HERE / f"schema-{SCHEMA_HEAD}.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    _use_this_checkout()
    print(main())
