"""The command line forms of [1/8]."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QImage

from kkrdesk.cli import main
from kkrdesk.core.store import SCHEMA_HEAD


def test_demo_then_check(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", str(path)]) == 0
    assert main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Skemaversion: {SCHEMA_HEAD} (nyeste)" in out and "Integritet: i orden" in out


def test_check_finds_broken_foreign_keys(demo_path, capsys):
    import sqlite3

    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("update agenda_item set meeting_id = 999 where id = 1")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(demo_path)]) == 1
    assert "agenda_item" in capsys.readouterr().err


def test_wrong_usage_exits_2_with_one_line(capsys):
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kkrdesk: ") and err.count("\n") == 1
    assert main(["check"]) == 2


def test_smoke_opens_the_demo_and_exits_0(demo_path):
    assert main(["--smoke", "--db", str(demo_path)]) == 0


def test_screenshot_saves_one_real_picture_per_tab(demo_path, tmp_path, capsys):
    out = tmp_path / "shots"
    assert main(["--screenshot", str(out), "--db", str(demo_path)]) == 0
    pngs = sorted(out.glob("*.png"))
    assert [p.name for p in pngs] == ["1-dagsorden.png", "2-sor_forslag.png",
                                      "3-projekter.png", "4-deltagere.png"]
    for png in pngs:
        img = QImage(str(png))
        assert img.width() >= 800 and img.height() >= 500
        # a real picture has many colours, not a blank window
        colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
        assert len(colours) > 8


def test_console_script_entry_point_runs():
    proc = subprocess.run([sys.executable, "-m", "kkrdesk", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "KKR Desk" in proc.stdout


def test_usage_errors_and_help_are_danish(capsys):
    assert main(["import", "participants", "--db", "x.sqlite"]) == 2
    err = capsys.readouterr().err
    assert "disse argumenter mangler" in err and "required" not in err
    try:
        main(["--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert out.startswith("brug: kkrdesk") and "vis denne hjælp og afslut" in out


def test_the_window_start_reads_only_the_window_options():
    """Starting the window builds no command's parser (each imports its module); a
    bare word is still read as a command, so a mistyped one is named as before."""
    from kkrdesk.cli.entry import window_only

    assert window_only([]) and window_only(["--db", "export"]) and window_only(["--smoke", "--db", "x"])
    assert not window_only(["export"]) and not window_only(["--db", "x", "demo"])
    assert not window_only(["--help"]) and not window_only(["exprot"])
