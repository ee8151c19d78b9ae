"""Kill -9 of the real window while a person types in it (the agenda panes' text
fields and the tree's in-place title editor, the SOR proposal's Titel and Foreslået
navn, the project's Navn; never pressing Enter): every text that autosave had put on
disk before the kill is still there, and the file is sound."""

from __future__ import annotations

import shutil
import sys

from reliability.killing import HERE, assert_sound, query, rng, rounds, run_and_kill, tally
from reliability.typing_driver import COLUMNS, FIELDS, plan

BURSTS = 60  # more than a kill lets it type


def test_kill_while_typing_keeps_everything_autosaved(demo_template, tmp_path):
    random = rng("typing")
    kills = checks = saved_titles = 0
    saved_fields: set[str] = set()
    for n in range(rounds(4)):
        db = tmp_path / f"typing{n}.sqlite"
        shutil.copy(demo_template, db)
        seed = random.randrange(10_000)
        run = run_and_kill([sys.executable, str(HERE / "typing_driver.py"), str(db), str(seed), str(BURSTS)],
                           delay=random.uniform(0.5, 7.0), ready="READY", timeout=120)
        assert run.killed, f"the typing ended by itself: {run.lines[-3:]} {run.stderr[-1500:]}"
        kills += 1
        assert not any(line.startswith("NOT SAVED") for line in run.lines), run.lines[-3:]
        ids = run.records("IDS")[0] if run.records("IDS") else None
        assert ids is not None, run.stderr[-1500:]
        assert_sound(db)

        def value_in(path, field):
            table, column = COLUMNS[field]
            return query(path, f"SELECT {column} FROM {table} WHERE id = ?", ids[table])[0][0] or ""
        original = {f: value_in(demo_template, f) for f in FIELDS}
        saved = {field: text for field, text in run.records("SAVED")}  # the last per field
        saved_titles += "title" in saved
        saved_fields |= set(saved)
        for field in FIELDS:
            value = value_in(db, field)
            typed = (original[field] + "".join(c for f, c, _p in plan(seed, BURSTS) if f == field)).strip()
            assert value.startswith(saved.get(field, original[field])), \
                f"{field}: autosaved {saved.get(field)!r}, after the kill {value!r}"
            assert typed.startswith(value), f"{field}: {value!r} was never typed"
            checks += 1
    tally("typing", kills, checks)
    assert saved_titles, "no run saw a title typed in the in-place editor autosaved"
    assert saved_fields & {"sor_title", "sor_proposed_name", "project_name"}, saved_fields
