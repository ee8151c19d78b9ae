"""The layering rule of the README. import-linter checks the contracts in pyproject.toml
(`lint-imports`, part of `make test`); here we prove each contract catches a planted violation
on a small synthetic package, and check what import-linter cannot say: no database calls in
ui/, and the command line never loads Qt at run time."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from locations import ROOT

PKG = ROOT / "kkrdesk"
LINT = shutil.which("lint-imports", path=str(Path(sys.executable).parent))

# A skeleton of the real package: every layer and wing, importing nothing yet.
SKELETON = ["cli/__init__.py", "cli/entry.py", "ui/__init__.py", "ui/app.py", "ui/root.py",
            "ui/import_hook.py",
            "ui/agenda/__init__.py", "ui/agenda/tab.py", "ui/participants/__init__.py",
            "ui/sor/__init__.py", "ui/sor/tab.py", "ui/projects/__init__.py",
            "export/__init__.py", "export/x.py", "export/pdf_writer.py", "export/pdf_pages.py",
            "export/timeline_paint.py",
            "imports/__init__.py", "imports/y.py",
            "services/__init__.py", "services/s.py", "views/__init__.py", "views/v.py",
            "services/agenda/__init__.py", "services/agenda/a.py",
            "services/participants/__init__.py", "services/sor/__init__.py", "services/sor/p.py",
            "services/projects/__init__.py", "services/links/__init__.py",
            "services/overview/__init__.py", "services/search/__init__.py",
            "services/search/find.py", "services/calendar/__init__.py",
            "services/calendar/c.py", "services/areas.py", "services/attendance_grid.py",
            "services/database.py", "services/item_numbers.py", "services/recorder.py",
            "services/reference.py",
            "services/row_views.py", "services/snapshots.py",
            "demo/__init__.py", "demo/seed.py",
            "core/__init__.py", "core/store.py", "core/models/__init__.py", "core/c.py"]

# One planted violation per contract: (contract id, module, the line it gains).
PLANTED = [
    ("layers", "core/c.py", "from fakedesk.services import s"),
    ("layers", "views/v.py", "import fakedesk.services.s"),
    ("layers", "services/s.py", "from fakedesk.export import x"),
    ("layers", "export/x.py", "from fakedesk import imports"),
    ("no-qt-below-ui", "services/s.py", "from PySide6 import QtWidgets"),
    ("no-qt-below-ui", "export/x.py", "import PySide6.QtGui"),
    ("ui-without-orm", "ui/agenda/tab.py", "from sqlalchemy import select"),
    ("ui-without-orm", "ui/root.py", "from fakedesk.core import store"),
    ("ui-without-orm", "ui/sor/tab.py", "from fakedesk.core.models import c"),
    ("server-driver-in-core", "ui/root.py", "import psycopg"),
    ("server-driver-in-core", "cli/__init__.py", "from psycopg import sql"),
    ("cli-without-widgets", "cli/__init__.py", "from PySide6 import QtWidgets"),
    ("cli-without-widgets", "cli/__init__.py", "from fakedesk import ui"),
    ("wings", "ui/agenda/tab.py", "from fakedesk.ui.sor import tab"),
    ("service-areas", "services/agenda/a.py", "from fakedesk.services.sor import p"),
    ("service-floors", "services/snapshots.py", "from fakedesk.services.agenda import a"),
    ("service-floors", "services/agenda/a.py", "from fakedesk.services import links"),
    ("service-floors", "services/sor/p.py", "from fakedesk.services.search import find"),
    ("service-floors", "services/search/find.py", "from fakedesk.services import overview"),
    ("service-floors", "services/sor/p.py", "from fakedesk.services.calendar import c"),
    ("service-floors", "services/calendar/c.py", "from fakedesk.services import overview"),
    ("demo-apart", "services/s.py", "from fakedesk.demo import seed"),
    ("demo-apart", "ui/root.py", "import fakedesk.demo.seed"),
]


def _contracts() -> list[dict]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]


def _fake_project(tmp: Path, module: str | None = None, line: str = "") -> Path:
    """The synthetic package ``fakedesk`` with the real contracts renamed to it."""
    for rel in SKELETON:
        path = tmp / "fakedesk" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    (tmp / "fakedesk" / "__init__.py").touch()
    (tmp / "fakedesk" / "cli" / "entry.py").write_text(
        "def main():\n    from fakedesk.ui import import_hook\n"
        "    from fakedesk.ui import app\n")  # the allowed lazy start
    (tmp / "fakedesk" / "export" / "pdf_writer.py").write_text(
        "from PySide6.QtGui import QPdfWriter\n")  # the allowed PDF writer
    (tmp / "fakedesk" / "export" / "timeline_paint.py").write_text(
        "from PySide6.QtGui import QPainter\n")  # the allowed timeline painter
    (tmp / "fakedesk" / "export" / "pdf_pages.py").write_text(
        "from PySide6.QtGui import QTextDocument\n")  # the PDF's page breaks
    if module:
        (tmp / "fakedesk" / module).write_text(line + "\n")
    config = (ROOT / "pyproject.toml").read_text()
    config = config[config.index("[tool.importlinter]"):]
    (tmp / ".importlinter.toml").write_text(re.sub(r"\bkkrdesk\b", "fakedesk", config))
    return tmp


def _lint(tmp: Path) -> subprocess.CompletedProcess:
    return subprocess.run([LINT, "--no-cache", ".importlinter.toml"], cwd=tmp, text=True,
                          capture_output=True, timeout=120, env={"PYTHONPATH": str(tmp)})


def _is_broken(output: str, name: str) -> bool:
    flat = " ".join(output.split())
    return f"{' '.join(name.split())} BROKEN" in flat


def test_the_contracts_cover_every_rule():
    ids = {c["id"] for c in _contracts()}
    assert ids == {pid for pid, _, _ in PLANTED}
    for contract in ("wings", "service-areas"):
        areas = next(c for c in _contracts() if c["id"] == contract)["modules"]
        assert {w.rsplit(".", 1)[1] for w in areas} == {"agenda", "participants", "sor", "projects"}


@pytest.mark.skipif(LINT is None, reason="import-linter is installed by the test extra")
def test_the_clean_skeleton_keeps_every_contract(tmp_path):
    proc = _lint(_fake_project(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.skipif(LINT is None, reason="import-linter is installed by the test extra")
@pytest.mark.parametrize(("contract", "module", "line"), PLANTED,
                         ids=[f"{c}:{m}:{ln.split()[-1]}" for c, m, ln in PLANTED])
def test_each_contract_fails_on_a_planted_violation(tmp_path, contract, module, line):
    proc = _lint(_fake_project(tmp_path, module, line))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    name = next(c["name"] for c in _contracts() if c["id"] == contract)
    assert _is_broken(proc.stdout, name), proc.stdout


@pytest.mark.skipif(LINT is None, reason="import-linter is installed by the test extra")
def test_the_real_package_keeps_every_contract():
    proc = subprocess.run([LINT, "--no-cache"], cwd=ROOT, text=True, capture_output=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# -- what import-linter cannot say -----------------------------------------------------------

DB_CALLS = {"session", "select", "execute", "query", "scalars", "scalar"}


def _db_calls(source: str) -> list[str]:
    """Calls in ``source`` that talk to the database directly (``s.execute(...)``,
    ``select(...)``, ``store.session()``); widgets must go through services."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if name in DB_CALLS:
                found.append(f"{name}() line {node.lineno}")
    return found


def test_no_database_calls_in_ui():
    bad = {str(p.relative_to(PKG)): calls for p in (PKG / "ui").rglob("*.py")
           if (calls := _db_calls(p.read_text(encoding="utf-8")))}
    assert not bad


def test_the_database_call_check_catches_a_planted_query():
    planted = "def refresh(self):\n    rows = self.ctx.store.session().execute(select(Person))\n"
    assert sorted(_db_calls(planted)) == ["execute() line 2", "select() line 2", "session() line 2"]


def _qt_modules(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names if a.name.startswith("PySide6")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            names |= ({f"{node.module}.{a.name}" for a in node.names} if node.module == "PySide6"
                      else {node.module})
    return names


def _widgets_below_ui(files) -> dict[str, set[str]]:
    return {str(p): bad for p in files
            if (bad := {m for m in _qt_modules(p.read_text(encoding="utf-8"))
                        if m.startswith("PySide6.QtWidgets")})}


def test_exporters_allowed_qt_use_only_qtgui():
    """The PDF writer may paint with QtGui (the contract ignores that one import); nothing
    below ui/ ever imports QtWidgets."""
    files = [p for folder in ("core", "views", "services", "export", "imports")
             for p in (PKG / folder).rglob("*.py")]
    assert not _widgets_below_ui(files)
    for painter in ("pdf_writer.py", "pdf_pages.py", "timeline_paint.py"):
        assert _qt_modules((PKG / "export" / painter).read_text()) <= {
            "PySide6.QtCore", "PySide6.QtGui"}


def test_the_widgets_check_catches_a_planted_import(tmp_path):
    planted = tmp_path / "pdf_writer.py"
    planted.write_text("from PySide6 import QtWidgets\nfrom PySide6.QtGui import QPainter\n")
    assert _widgets_below_ui([planted]) == {str(planted): {"PySide6.QtWidgets"}}


def test_cli_subcommands_do_not_load_qt(demo_path):
    code = ("import sys; from kkrdesk.cli import main; "
            f"rc = main(['check', '--db', {str(demo_path)!r}]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; "
            "sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
