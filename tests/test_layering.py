"""The layering rule of the README, checked on the source: widgets never touch
SQLAlchemy; core, services and exporters never import widgets or the UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "kkrdesk"


def _imports(folder: str) -> dict[str, set[str]]:
    out = {}
    for path in (PKG / folder).rglob("*.py"):
        names = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):  # type-only imports are not dependencies at run time
            if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
                node.body = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        out[str(path.relative_to(PKG))] = names
    return out


def test_ui_never_imports_sqlalchemy_or_models():
    for path, names in _imports("ui").items():
        bad = {n for n in names if n.startswith(("sqlalchemy", "kkrdesk.core.models", "kkrdesk.core.store"))}
        assert not bad, f"{path} imports {bad}"


def test_lower_layers_never_import_qt_or_ui():
    for folder in ("core", "services", "export", "imports"):
        for path, names in _imports(folder).items():
            bad = {n for n in names if n.startswith(("PySide6", "kkrdesk.ui"))}
            assert not bad, f"{path} imports {bad}"


def test_core_does_not_import_services():
    for path, names in _imports("core").items():
        assert not {n for n in names if n.startswith("kkrdesk.services")}, path


def test_cli_subcommands_do_not_load_qt(demo_path):
    code = ("import sys; from kkrdesk.cli import main; "
            f"rc = main(['check', '--db', {str(demo_path)!r}]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; "
            "sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
