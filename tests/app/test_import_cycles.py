"""No import cycles of any kind: between modules, hidden in a function-level import (the
late imports that keep start-up fast), under ``if TYPE_CHECKING:``, or between folders.
import-linter's contracts check layers; this checks that nothing imports its way back
round, and proves on planted packages that it would see each kind."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from import_graph import cycles, edges, folder_graph, packages
from locations import ROOT


def _all_cycles(root: Path, package: str) -> list[tuple[str, list[str]]]:
    graph = edges(root, package)
    found = [("module", c) for c in cycles(graph)]
    for folder in packages(graph, package, root):
        found += [(f"folder {folder}", c) for c in cycles(folder_graph(graph, folder))]
    return found


def test_the_package_has_no_import_cycle_of_any_kind():
    assert _all_cycles(ROOT, "kkrdesk") == []


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = tmp_path / "planted" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    for folder in [p for p in (tmp_path / "planted").rglob("*") if p.is_dir()] + [tmp_path / "planted"]:
        (folder / "__init__.py").touch()
    return tmp_path


PLANTED = {
    "top level": {"a.py": "from planted import b\n", "b.py": "import planted.a\n"},
    "function level": {
        "a.py": "from planted.b import g\n",
        "b.py": "def g():\n    from planted.a import f\n    return f\n",
    },
    "type checking": {
        "a.py": "from planted import b\n",
        "b.py": """\
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from planted.a import A
            """,
    },
    "relative": {"x/a.py": "from . import b\n", "x/b.py": "from .a import f\n"},
    "between folders": {"p/one.py": "from planted.q import two\n", "q/two.py": "",
                        "q/three.py": "from planted.p import four\n", "p/four.py": ""},
}


@pytest.mark.parametrize("kind", PLANTED)
def test_a_planted_cycle_is_found(tmp_path, kind):
    found = _all_cycles(_plant(tmp_path, PLANTED[kind]), "planted")
    assert found, kind
    if kind == "between folders":  # no two modules import each other, the folders do
        assert [c for level, c in found if level == "module"] == []
        assert ("folder planted", ["planted.p", "planted.q"]) in found


def test_an_import_that_only_reads_a_module_is_no_cycle(tmp_path):
    found = _all_cycles(_plant(tmp_path, {"a.py": "from planted import b\n", "b.py": "x = 1\n"}),
                        "planted")
    assert found == []
