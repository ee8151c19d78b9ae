"""Kill -9 during a scripted series of edits through the services (a driver process
that prints each committed step): every printed step is in the database afterwards,
nothing beyond the one step that may have committed unprinted, and the file is sound."""

from __future__ import annotations

import shutil
import sys
import unicodedata

from reliability.edit_driver import plan
from reliability.killing import HERE, assert_sound, query, rng, rounds, run_and_kill, tally

STEPS = 50_000  # more than any kill lets it reach


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)  # how text is stored (defect 8)


def _stored(db) -> dict[str, set[str]]:
    """Every agenda title, person name and action text in the file, by step kind."""
    return {"item": {r[0] for r in query(db, "SELECT title FROM agenda_item")},
            "person": {r[0] for r in query(db, "SELECT name FROM person")},
            "action": {r[0] for r in query(db, "SELECT what FROM action_item")}}


def test_kill_during_scripted_edits_loses_no_committed_step(demo_template, tmp_path):
    random = rng("edits")
    kills = checks = 0
    for n in range(rounds(8)):
        db = tmp_path / f"edits{n}.sqlite"
        shutil.copy(demo_template, db)
        first_id = query(db, "SELECT id FROM agenda_item WHERE meeting_id = (SELECT id FROM meeting "
                             "WHERE date = '2025-06-18') AND parent_id IS NULL ORDER BY position")[0][0]
        seed = random.randrange(10_000)
        run = run_and_kill([sys.executable, str(HERE / "edit_driver.py"), str(db), str(seed), str(STEPS)],
                           delay=random.uniform(0.0, 1.5), ready="READY")
        assert run.killed, "the driver finished before the kill; give it more steps"
        kills += 1
        printed = [s[0] for s in run.records("STEP")]
        assert printed == list(range(len(printed)))
        steps = plan(seed, STEPS)
        done = len(printed)
        assert_sound(db)
        # Every printed step is there; of the rest, at most the next one.
        stored = _stored(db)
        for i, kind, text in steps[:done]:
            if kind in stored:
                assert nfc(text) in stored[kind], f"step {i} ({kind}) was printed but is lost"
                checks += 1
        for i, kind, text in steps[done + 1:done + 200]:
            if kind in stored:
                assert nfc(text) not in stored[kind], f"step {i} is there though never reached"
        for column, kind in (("notes", "notes"), ("title", "title")):
            value = query(db, f"SELECT {column} FROM agenda_item WHERE id = ?", first_id)[0][0]
            committed = [t for _i, k, t in steps[:done] if k == kind]
            maybe = [t for _i, k, t in steps[done:done + 1] if k == kind]
            allowed = {nfc(t) for t in committed[-1:] + maybe}
            if committed or maybe:
                assert value in allowed or (not committed and value not in
                                            {nfc(t) for _i, k, t in steps if k == kind}), \
                    f"{column} is {value!r}, not the last committed step's text"
                checks += 1
    tally("edits", kills, checks)
