"""The libraries' English remarks never reach the user: a PDF with a broken cross-reference
table (pypdf repairs it and says so through ``logging``) and a workbook with an impossible
date (openpyxl says so through ``warnings``) are imported by a real ``kkrdesk`` process;
stderr holds Danish only, and the remark is in the log in the user's log folder."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import zipfile
from pathlib import Path

from openpyxl import Workbook

from offline_guard import guarded_argv
from pdf_bombs import text_pdf

LOG = Path("KKRDesk") / "log" / "kkrdesk-biblioteker.log"


def _run(*args) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(guarded_argv(*map(str, args)), capture_output=True, text=True,
                          timeout=120, env=env)


def _log() -> str:
    path = Path(os.environ["XDG_STATE_HOME"]) / LOG
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_a_pdf_with_a_broken_xref_is_read_and_pypdf_speaks_to_the_log_only(demo_path, tmp_path):
    pdf = tmp_path / "dagsorden.pdf"
    pdf.write_bytes(text_pdf(["Dagsorden 17. september 2025", "12.00-12.10 Velkomst",
                              "12.10-12.30 Eventuelt"], broken_xref=True))
    run = _run("import", "agenda", "--db", demo_path, pdf, "--dry-run")
    assert run.returncode == 0, run.stderr
    assert "2 punkter" in run.stdout and "Velkomst" in run.stdout
    assert run.stderr == ""
    assert re.search(r"WARNING pypdf\S*: Ignoring wrong pointing object 1 0", _log())


def test_an_openpyxl_warning_goes_to_the_log_and_stderr_stays_danish(demo_path, tmp_path):
    wb = Workbook()
    wb.active.append(["Navn", "Organisation", "Fra"])
    wb.active.append(["Anne Hansen", "KL", dt.date(2025, 1, 1)])
    wb.save(tmp_path / "ok.xlsx")
    odd = tmp_path / "dato.xlsx"  # the date cell's serial number far past year 9999
    with zipfile.ZipFile(tmp_path / "ok.xlsx") as src, zipfile.ZipFile(odd, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<v>45658</v>", b"<v>99999999</v>")
            dst.writestr(info, data)
    run = _run("import", "participants", "--db", demo_path, odd)
    assert run.returncode == 1
    assert run.stderr == ("Intet er importeret. Ret fejlene, eller brug --skip-invalid for at "
                          "importere de gyldige rækker.\n")
    assert "UserWarning: Cell C2 is marked as a date" in _log()
