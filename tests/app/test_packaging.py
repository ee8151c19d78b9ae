"""`pip install` (not editable) gives a working app: the wheel is built from a copy of the
checkout (with this environment's setuptools, no network), installed into a folder of its
own, and every command is run from there: the demo, each export, both imports and the
check, each output opened again. The checkout is on no path of those processes and the
editable install's finder is not loaded (``python -S``: no site-packages hooks; the
dependencies come from this environment's site-packages as a plain path), so a module
or data file the wheel lacks fails here as it would for a user."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import icalendar
import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from locations import ROOT

SOURCES = ("pyproject.toml", "setup.py", "README.md", "kkrdesk", "resources", "db")
JUNE18 = "18-06-2025"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy so no build/ or egg-info lands in the checkout."""
    src, out = tmp_path_factory.mktemp("src"), tmp_path_factory.mktemp("wheel")
    for name in SOURCES:
        if not (ROOT / name).exists():
            continue
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
                    "--no-build-isolation", "--disable-pip-version-check", "-w", str(out), str(src)],
                   check=True, capture_output=True, timeout=300)
    return next(out.glob("kkrdesk-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--disable-pip-version-check", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    return target


def _shipped_sources() -> set[str]:
    """Every Python file and data file of the checkout, named as inside the wheel."""
    names = {str(p.relative_to(ROOT)) for p in (ROOT / "kkrdesk").rglob("*.py")}
    for folder, package in (("resources", "kkrdesk/resources"), ("db", "kkrdesk/db")):
        for p in (ROOT / folder).rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc":
                names.add(f"{package}/{p.relative_to(ROOT / folder)}")
    return names


def test_the_wheel_carries_every_module_and_data_file_of_the_checkout(wheel):
    inside = set(zipfile.ZipFile(wheel).namelist())
    missing = _shipped_sources() - inside
    assert not missing, f"not in the wheel: {sorted(missing)}"


def _env(site: Path) -> dict[str, str]:
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(site), *sorted(deps)])}


def _kkrdesk(site: Path, cwd: Path, *args) -> subprocess.CompletedProcess:
    """The installed ``kkrdesk`` script, without site-packages hooks (-S)."""
    return subprocess.run([sys.executable, "-S", str(site / "bin" / "kkrdesk"), *map(str, args)],
                          cwd=cwd, env=_env(site), capture_output=True, text=True, timeout=120)


def test_kkrdesk_is_imported_from_the_installed_folder_only(installed, tmp_path):
    probe = ("import sys, kkrdesk, kkrdesk.cli, kkrdesk.core.paths as p\n"
             "print(kkrdesk.__file__); print(p.resources_dir()); print(p.migrations_dir())\n"
             "print('finders:', [f for f in sys.meta_path if 'editable' in repr(f).lower()])\n"
             "import os\n"
             f"print('checkout on path:', {str(ROOT)!r} in [os.path.realpath(x or '.') for x in sys.path])")
    out = subprocess.run([sys.executable, "-S", "-c", probe], cwd=tmp_path, env=_env(installed),
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert all(line.startswith(str(installed)) for line in out[:3]), out
    assert out[3:] == ["finders: []", "checkout on path: False"]


# Each export, and words from the demo's data it must hold (the PDF's words are compared
# with the spacing of its text layer evened out).
EXPORTS = {
    "agenda.docx": (["export", "agenda", "--meeting", JUNE18], ["onsdag d. 18. juni 2025", "Velkomst"]),
    "agenda.pdf": (["export", "agenda", "--meeting", JUNE18], ["onsdag d. 18. juni 2025", "Velkomst"]),
    "minutes.docx": (["export", "minutes", "--meeting", JUNE18], ["Udkast til referat", "Jeanette Jensen"]),
    "minutes.pdf": (["export", "minutes", "--meeting", JUNE18], ["Udkast til referat", "Jeanette Jensen"]),
    "overview.xlsx": (["export", "overview"], ["Kristina Farsinsen", "Aalborg Kommune"]),
    "sor.docx": (["export", "sor"], ["SOR-forslag", "Kommunikationsenhed"]),
    "status.docx": (["export", "status"], ["Statusrapport", "Identitetssløring i kommunerne"]),
    "meeting.ics": (["export", "ics", "--meeting", JUNE18], ["Møde i KKR-digitaliseringsnetværket",
                                                            "kl. 13.35–13.50"]),
    "frister.ics": (["export", "frister"], ["Høringsfrist", "1. styregruppemøde"]),
    "invitation.eml": (["export", "invitation", "--meeting", JUNE18, "--fra", "sekretariat@kl.dk"],
                       ["Indkaldelse: Møde i KKR-digitaliseringsnetværket onsdag d. 18. juni 2025",
                        "Tid: kl. 12.00–15.00"]),
}


def _readable(path: Path) -> str:
    """The text of an export, read back with the libraries a user's programs stand for."""
    if path.suffix == ".docx":
        doc = Document(str(path))
        text = [p.text for p in doc.paragraphs]
        text += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    elif path.suffix == ".pdf":
        text = [page.extract_text() for page in PdfReader(str(path)).pages]
    elif path.suffix == ".ics":
        events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        text = [str(e.get(key, "")) for e in events for key in ("summary", "description")]
    elif path.suffix == ".eml":
        msg = message_from_bytes(path.read_bytes(), policy=default)
        text = [msg["Subject"], msg.get_body(("plain",)).get_content()]
    else:
        wb = load_workbook(path, read_only=True)
        text = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                for v in row if v is not None]
    return " ".join(" ".join(text).split())


# The commands after the demo run in one interpreter, through the installed
# kkrdesk.cli.main as the script calls it; at the end it names every kkrdesk module it
# loaded from anywhere but the installed folder.
DRIVER = """
import json, sys
from kkrdesk.cli import main
codes = [main(argv) for argv in json.loads(sys.argv[1])]
site = sys.argv[2]
stray = sorted(name for name, module in sys.modules.items()
               if name.split(".")[0] == "kkrdesk"
               and not (getattr(module, "__file__", None) or site).startswith(site))
print(json.dumps({"codes": codes, "stray": stray}))
"""


def test_the_installed_app_runs_the_demo_every_export_and_the_imports(installed, tmp_path):
    db, out = tmp_path / "demo.sqlite", tmp_path / "ud"
    out.mkdir()
    result = _kkrdesk(installed, tmp_path, "demo", db)
    assert result.returncode == 0, result.stderr
    (tmp_path / "folk.csv").write_text("Navn;Organisation\nÅse Ærø;KL\n", encoding="utf-8")
    (tmp_path / "dagsorden.txt").write_text("1. Velkomst\n2. Eventuelt\n", encoding="utf-8")
    new = tmp_path / "tom.sqlite"
    commands = [[*argv, "--db", db, "-o", out / name] for name, (argv, _) in EXPORTS.items()]
    commands += [["import", "participants", "--db", db, tmp_path / "folk.csv"],
                 ["import", "agenda", "--db", db, "--date", "2026-01-07", tmp_path / "dagsorden.txt"],
                 ["check", "--db", db], ["init", new]]
    argv = json.dumps([[str(a) for a in command] for command in commands])
    result = subprocess.run([sys.executable, "-S", "-c", DRIVER, argv, str(installed)], cwd=tmp_path,
                            env=_env(installed), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report == {"codes": [0] * len(commands), "stray": []}, (report, result.stderr)
    for name, (_, words) in EXPORTS.items():
        text = _readable(out / name)
        assert all(word in text for word in words), (name, text[:500])
    result = _kkrdesk(installed, tmp_path, "--smoke", "--db", new)  # the window, on init's database
    assert result.returncode == 0, result.stderr
