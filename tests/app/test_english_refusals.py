"""A refused entry in the English window is explained in English: the lower layers'
Danish messages (core/validate, core/dates, participants/people) are marked texts the
window translates; so is a search hit's context line. Driven through real widgets in a process of its own (english_refusals_run.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reliability.killing import ROOT, env

RUN = Path(__file__).resolve().parent / "english_refusals_run.py"


def test_refusals_are_shown_in_english(tmp_path):
    proc = subprocess.run([sys.executable, str(RUN), str(tmp_path / "new.sqlite")],
                          capture_output=True, text=True, env=env(), cwd=ROOT, timeout=120)
    lines = [ln.partition(" ") for ln in proc.stdout.splitlines()]
    assert proc.returncode == 0 and any(t == "ALIVE" for t, _, _ in lines), proc.stderr[-3000:]
    said = dict(json.loads(v) for t, _, v in lines if t == "SAID")
    assert said == {
        "empty name": "Name must be filled in.",
        "bad e-mail": "E-mail »ikke en adresse« does not look like an e-mail address "
                      "(write e.g. name@kommune.dk).",
        "bad date": "»31-02-2025« is not a date (write e.g. 18-06-2025).",
        "search hit": "Solcelleparker\nItem 1 · meeting 18-06-2025",
    }
