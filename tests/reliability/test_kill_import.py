"""Kill -9 of ``kkrdesk import participants`` while it reads and writes thousands of
rows: afterwards the import is whole or absent, never in part, and the file is sound."""

from __future__ import annotations

import shutil

from reliability.killing import assert_sound, kkrdesk, query, rng, rounds, run_and_kill, tally

ROWS = 4000


def _people_file(path):
    lines = ["Navn;Organisation;Rolle;E-mail"]
    lines += [f"Importeret {i:05d} Ærøsen;KL;{'medlem' if i % 3 == 0 else ''};imp{i}@kl.dk"
              for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_kill_during_an_import_leaves_it_whole_or_absent(demo_template, tmp_path):
    source = _people_file(tmp_path / "mange.csv")
    random = rng("import")
    before_people = query(demo_template, "SELECT count(*) FROM person")[0][0]
    before_seats = query(demo_template, "SELECT count(*) FROM membership")[0][0]
    outcomes = {"absent": 0, "whole": 0}
    kills = 0
    for n in range(rounds(6)):
        db = tmp_path / f"imp{n}.sqlite"
        shutil.copy(demo_template, db)
        run = run_and_kill(kkrdesk("import", "participants", "--db", str(db), str(source)),
                           delay=random.uniform(0.3, 1.6))
        kills += run.killed
        assert_sound(db)
        people = query(db, "SELECT count(*) FROM person")[0][0] - before_people
        seats = query(db, "SELECT count(*) FROM membership")[0][0] - before_seats
        imported = query(db, "SELECT count(*) FROM person WHERE name LIKE 'Importeret %'")[0][0]
        assert (people, seats, imported) in ((0, 0, 0), (ROWS, len(range(0, ROWS, 3)), ROWS)), \
            f"a partial import: {people} people, {seats} seats"
        if not run.killed:
            assert run.returncode == 0 and people == ROWS, run.stderr
        outcomes["whole" if people else "absent"] += 1
    tally("import", kills, sum(outcomes.values()), **outcomes)
    assert kills >= 1
