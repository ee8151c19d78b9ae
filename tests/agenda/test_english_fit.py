"""At a laptop's 1366×768 the English item pane never scrolls sideways: its English
button texts and a linked project's long name wrap or shorten within the pane (the
buttons wrap onto a second line, a project's name ends with »…«). Every item of the
demo meeting and every page of the pane is looked at, in a process of its own
(english_fit_run.py) because the English translation is installed for the process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from reliability.killing import ROOT, env

RUN = Path(__file__).resolve().parent / "english_fit_run.py"


def test_the_english_item_pane_fits_a_laptop_without_scrolling_sideways(seed_demo_template,
                                                                         tmp_path):
    db = tmp_path / "fit.sqlite"
    shutil.copy(seed_demo_template, db)
    proc = subprocess.run([sys.executable, str(RUN), str(db)], capture_output=True, text=True,
                          env=env(), cwd=ROOT, timeout=240)
    lines = [ln.partition(" ") for ln in proc.stdout.splitlines()]
    assert proc.returncode == 0 and any(t == "ALIVE" for t, _, _ in lines), proc.stderr[-3000:]
    pages = [json.loads(v) for t, _, v in lines if t == "PAGE"]
    assert len(pages) >= 2 * 11  # every top-level item of the meeting, Item and Minutes pages
    wide = [p for p in pages if p[2] or p[3] > p[4]]
    assert not wide, "scrolls sideways (item, page, bar, content's width, pane's width):\n" + \
        "\n".join(map(str, wide))
