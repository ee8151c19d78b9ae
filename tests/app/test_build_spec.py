"""build.spec kept honest without building (the build and the frozen run are `make dist` and
`make dist-check`): every file the app reads at run time is shipped where
kkrdesk.core.paths looks for it, every module the app loads by name is collected, no module
the build leaves out is imported by the app, and the Qt rules keep what the app's own files
need. The spec's lists are read from its text, its two data functions run as written."""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from locations import DATA, ROOT

SPEC = ROOT / "build.spec"
QT_BUILT_IN_IMAGES = {".png", ".bmp", ".pbm", ".pgm", ".ppm", ".xbm", ".xpm"}


def spec_values() -> dict:
    """build.spec's top-level names bound to literals (lists, dicts, strings)."""
    values = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:  # a call or an expression: not one of the lists
                pass
    return values


def spec_functions() -> dict:
    """build.spec's functions (data_files, kept_qt_plugins), run against this checkout."""
    defs = [n for n in ast.parse(SPEC.read_text(encoding="utf-8")).body
            if isinstance(n, ast.FunctionDef)]
    namespace = {"ROOT": ROOT, "Path": Path, **spec_values()}
    exec(compile(ast.Module(body=defs, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def imported_modules(source: str) -> set[str]:
    """Every module a source file imports, anywhere in it, and every importlib.import_module
    of a literal name (``from PySide6 import QtNetwork`` counts as PySide6.QtNetwork)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant)):
            found.add(node.args[0].value)
    return found


def left_out(module: str, excludes: list[str]) -> bool:
    return any(module == e or module.startswith(e + ".") for e in excludes)


def sources(*folders: str) -> list[Path]:
    return [p for f in folders for p in (ROOT / f).rglob("*.py") if "__pycache__" not in p.parts]


def test_every_file_read_at_run_time_is_shipped_where_the_app_looks(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # as in the frozen app
    from kkrdesk.core import paths

    looked_in = {paths.resources_dir().relative_to(tmp_path).as_posix(),
                 paths.migrations_dir().relative_to(tmp_path).as_posix()}
    assert looked_in == {"resources", "db"}
    needed = {p.relative_to(ROOT).as_posix() for folder in looked_in
              for p in (ROOT / folder).rglob("*")
              if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".py", ".pyc")}
    needed |= {"db/env.py", *(p.relative_to(ROOT).as_posix() for p in sources("db/versions"))}
    assert "db/versions/0001_initial_schema.py" in needed
    assert "resources/templates/kkrdesk.docx" in needed
    shipped = {(Path(src).relative_to(ROOT).as_posix(), Path(dest).as_posix())
               for src, dest in spec_functions()["data_files"]()}
    assert {src for src, _ in shipped} >= needed, sorted(needed - {s for s, _ in shipped})
    assert all(src.rsplit("/", 1)[0] == dest for src, dest in shipped), "a file moved folder"
    assert not {s for s, _ in shipped if s.startswith("resources/") and s.endswith(".py")}


def names_module(text: str) -> bool:
    """Whether a string is the dotted name of a module or package of the checkout."""
    path = ROOT.joinpath(*text.split("."))
    return path.with_name(path.name + ".py").is_file() or (path / "__init__.py").is_file()


def test_every_module_the_app_loads_by_name_is_collected():
    spec = spec_values()
    by_name = set()
    for path in sources("kkrdesk"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and node.value.startswith("kkrdesk.") and names_module(node.value)):
                by_name.add(node.value)
    assert "kkrdesk.ui.agenda.tab" in by_name  # the tabs, imported when first shown
    for module in sorted(by_name):
        assert left_out(module, spec["COLLECTED_PACKAGES"]), module
        assert not left_out(module, spec["NOT_COLLECTED"]), module


def test_what_alembic_loads_from_db_by_path_is_collected():
    """db/env.py and the migrations are read by Alembic as files, so PyInstaller never sees
    their imports: each is named in the spec or inside a collected package."""
    spec = spec_values()
    for path in sources("db"):
        for module in imported_modules(path.read_text(encoding="utf-8")):
            top = module.split(".")[0]
            assert (module in spec["ALEMBIC_FILE_IMPORTS"] or top in sys.stdlib_module_names
                    or left_out(module, spec["COLLECTED_PACKAGES"])
                    or module.rsplit(".", 1)[0] in spec["ALEMBIC_FILE_IMPORTS"]), (path, module)


def test_the_app_imports_no_module_the_build_leaves_out():
    excludes = spec_values()["EXCLUDES"]
    assert "PySide6.QtNetwork" in excludes and "pytest" in excludes
    found = {(p.relative_to(ROOT).as_posix(), m) for p in sources("kkrdesk", "db")
             for m in imported_modules(p.read_text(encoding="utf-8"))}
    assert ("kkrdesk/ui/main_window.py", "PySide6.QtWidgets") in found
    assert not {(f, m) for f, m in found if left_out(m, excludes)}


def test_the_import_scan_sees_an_excluded_module_however_it_is_imported():
    planted = ("def f():\n    from PySide6 import QtNetwork\n"
               "import importlib\nimportlib.import_module('pygments')\n")
    excludes = spec_values()["EXCLUDES"]
    assert {m for m in imported_modules(planted) if left_out(m, excludes)} == {
        "PySide6.QtNetwork", "pygments"}


# Run in a child with every excluded module refused: what a library only tries and then
# does without is named here; anything else tried, or a command failing, fails the test.
ALLOWED_TRIES = {
    "pygments": "Mako (Alembic's templates) colours tracebacks with it when it is there",
    "PIL._imagingft": "PIL.ImageFont, which python-pptx imports, loads it when a font is used",
}
REFUSING = r"""
import importlib.abc, json, sys
excluded, commands = json.loads(sys.argv[1]), json.loads(sys.argv[2])
tried = set()
class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == e or name.startswith(e + ".") for e in excluded):
            tried.add(name)
            raise ModuleNotFoundError(f"left out of the build: {name}", name=name)
sys.meta_path.insert(0, LeftOut())
from kkrdesk.cli import main
codes = [main(argv) for argv in commands]
print(json.dumps({"codes": codes, "tried": sorted(tried)}))
"""


def test_the_commands_run_without_the_modules_the_build_leaves_out(demo_path, tmp_path):
    """Each library the build trims is used: python-docx and lxml (Word), Qt's PDF writer,
    openpyxl, python-pptx with PIL (a slide deck), pypdf (a PDF agenda). The window's own
    imports are all the app's (the test above); make dist-check starts it frozen."""
    deck = DATA / "agenda_corpus" / "da_munkensklit_nord_generalforsamling_rendered.pptx"
    pdf = DATA / "agenda_corpus" / "da_skovboskolen_skolebestyrelse_2008_rendered.pdf"
    db = str(demo_path)
    commands = [["export", "status", "--db", db, "-o", "s.docx"],
                ["export", "minutes", "--db", db, "--meeting", "18-06-2025", "-o", "r.pdf"],
                ["export", "overview", "--db", db, "-o", "o.xlsx"],
                ["import", "agenda", "--db", db, "--dry-run", "--date", "2026-01-07", str(deck)],
                ["import", "agenda", "--db", db, "--dry-run", "--date", "2026-01-08", str(pdf)]]
    excludes = json.dumps(spec_values()["EXCLUDES"])
    result = subprocess.run([sys.executable, "-c", REFUSING, excludes, json.dumps(commands)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["codes"] == [0] * len(commands), result.stdout[-2000:]
    assert set(report["tried"]) <= ALLOWED_TRIES.keys(), report["tried"]


def test_the_qt_rules_keep_what_the_files_under_resources_need():
    spec, kept = spec_values(), spec_functions()["kept_qt_plugins"]()
    for path in (ROOT / "resources").rglob("*"):
        suffix = path.suffix.lower()
        if path.is_file() and suffix in spec["IMAGE_FORMAT_PLUGINS"]:
            for kind, names in spec["IMAGE_FORMAT_PLUGINS"][suffix].items():
                assert set(names) <= set(kept.get(kind, [])), path
    languages = {"da"} | {p.stem.rsplit("_", 1)[-1] for p in (ROOT / "resources").rglob("*.ts")}
    assert {f"qtbase_{lang}" for lang in languages} <= set(spec["QT_TRANSLATIONS"])
    assert {"qxcb", "qoffscreen", "qwindows", "qcocoa"} <= set(kept["platforms"])


@pytest.fixture(scope="module")
def qt_trim():
    spec = importlib.util.spec_from_file_location(
        "qt_trim", ROOT / "packaging" / "pyinstaller_hooks" / "qt_trim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("source, destination, kept", [
    ("Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms", True),
    ("Qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms", True),
    ("Qt/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms", True),
    ("Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms", False),
    ("Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes", False),
    ("Qt/plugins/tls/libqopensslbackend.so", "PySide6/Qt/plugins/tls", False),
    ("Qt/plugins/imageformats/libqjpeg.so", "PySide6/Qt/plugins/imageformats", False),
    ("Qt/translations/qtbase_da.qm", "PySide6/Qt/translations", True),
    ("Qt/translations/qtbase_de.qm", "PySide6/Qt/translations", False),
    ("Qt/translations/qt_help_da.qm", "PySide6/Qt/translations", False),
    ("PySide6/opengl32sw.dll", "PySide6", False),
    ("Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib", True),
])
def test_the_qt_hooks_keep_only_the_named_plugins_and_translations(qt_trim, source, destination,
                                                                    kept):
    spec = spec_values()
    rules = {"plugins": spec["QT_PLUGINS"], "translations": spec["QT_TRANSLATIONS"],
             "dropped_libraries": spec["QT_DROPPED_LIBRARIES"]}
    assert qt_trim.wanted((source, destination), rules) is kept
