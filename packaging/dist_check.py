"""make dist-check: the frozen one-folder build, run as a user runs it, on a machine that has
no checkout and no Python of ours.

The built folder is copied into a temporary folder and every command runs from there, with
an environment of PATH, HOME, TMPDIR and LANG only (no PYTHONPATH, no virtual environment),
offscreen, in a working folder of its own. The outputs are opened with python-docx, pypdf and
openpyxl of the build environment, not with the frozen app's copies. Exits 1 on any failure.

    python packaging/dist_check.py [DIST_FOLDER] [--max-mb N]
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
MEETING = "18-06-2025"
DATA = ROOT / "tests" / "data"
OLD_DATABASE = DATA / "schema-0001.sqlite"
PPTX_AGENDA = DATA / "agenda_corpus" / "da_munkensklit_nord_generalforsamling_rendered.pptx"
PDF_AGENDA = DATA / "agenda_corpus" / "da_skovboskolen_skolebestyrelse_2008_rendered.pdf"
MIB = 1024 * 1024


class Failed(Exception):
    """One check did not hold; the message says what was seen."""


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest_parts(folder: Path, count: int = 12) -> list[tuple[int, str]]:
    """The largest parts, none counted twice: what is in _internal beside PySide6, what is in
    PySide6 beside Qt, and Qt's lib, plugins and translations. The links PyInstaller puts
    beside them (libQt6Core.so.6 -> PySide6/Qt/lib/…) are not counted."""
    inner = folder / "_internal"
    pyside, qt = inner / "PySide6", inner / "PySide6" / "Qt"
    parts = [p for p in (*inner.iterdir(), *pyside.iterdir(), *qt.iterdir())
             if not p.is_symlink() and p not in (pyside, qt)]
    sized = [(folder_size(p) if p.is_dir() else p.stat().st_size, str(p.relative_to(folder)))
             for p in parts]
    return sorted(sized, reverse=True)[:count]


def snapshot(*folders: Path) -> set[str]:
    """Every file and folder under ``folders``, named from the folder (HOME/.config/…)."""
    found = set()
    for folder in folders:
        found |= {f"{folder.name}/{p.relative_to(folder)}" for p in folder.rglob("*")}
    return found


def offline_prefix() -> tuple[str, ...]:
    """``unshare --net --`` where the system allows it (Linux, as root or with user
    namespaces): the frozen app then finds no network at all. Otherwise nothing."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return ()
    for option in (["--net"], ["--user", "--net"]):
        prefix = (unshare, *option, "--")
        try:
            if subprocess.run([*prefix, "true"], capture_output=True, timeout=30).returncode == 0:
                return prefix
        except (OSError, subprocess.SubprocessError):
            continue
    return ()


class Sandbox:
    """A home, a temporary folder and a working folder for one user."""

    def __init__(self, base: Path, name: str):
        self.home, self.tmp, self.work = (base / name / part for part in ("HOME", "TMPDIR", "work"))
        for folder in (self.home, self.tmp, self.work):
            folder.mkdir(parents=True)

    def env(self, platform: str = "offscreen") -> dict[str, str]:
        return {"PATH": "/usr/bin:/bin", "HOME": str(self.home), "TMPDIR": str(self.tmp),
                "LANG": "C.UTF-8", "QT_QPA_PLATFORM": platform}

    def run(self, program: list[str], *args: str | Path, platform: str = "offscreen") -> str:
        result = subprocess.run([*program, *map(str, args)], cwd=self.work,
                                env=self.env(platform), capture_output=True, text=True,
                                timeout=180)
        if result.returncode != 0:
            raise Failed(f"{' '.join(map(str, args))}: exit {result.returncode}\n"
                         f"{result.stdout}{result.stderr}".strip())
        return result.stdout

    def created(self) -> set[str]:
        return snapshot(self.home, self.tmp, self.work)


def text_of(path: Path) -> str:
    """The text of an export as a reader's program sees it, spacing evened out."""
    if path.suffix == ".docx":
        doc = Document(str(path))
        text = [p.text for p in doc.paragraphs]
        text += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    elif path.suffix == ".pdf":
        text = [page.extract_text() for page in PdfReader(str(path)).pages]
    else:
        book = load_workbook(path, read_only=True)
        text = [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                for v in row if v is not None]
    return " ".join(" ".join(text).split())


def expect_words(path: Path, *words: str) -> str:
    if not path.is_file():
        raise Failed(f"{path.name} was not written")
    text = text_of(path)
    missing = [w for w in words if w not in text]
    if missing:
        raise Failed(f"{path.name} opens but lacks {missing}: {text[:300]!r}")
    return f"{path.name}: {path.stat().st_size:,} bytes, opens, holds {', '.join(words)}"


def alembic_head(versions: Path) -> str:
    """The newest revision of db/versions, read from the files (not from the app)."""
    revisions, parents = set(), set()
    for file in versions.glob("*.py"):
        for node in ast.parse(file.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                name, value = node.targets[0].id, node.value
                if name == "revision":
                    revisions.add(ast.literal_eval(value))
                elif name == "down_revision" and isinstance(value, ast.Constant) and value.value:
                    parents.add(value.value)
    heads = revisions - parents
    if len(heads) != 1:
        raise Failed(f"db/versions has heads {sorted(heads)}")
    return heads.pop()


def check_first_start(base: Path, frozen: list[str], installed: list[str]) -> str:
    """A first start without --db creates what the same start of the installed app creates
    (settings, the user's database, the log folder), in the same places, and nothing else."""
    mine, reference = Sandbox(base, "first-frozen"), Sandbox(base, "first-venv")
    mine.run(frozen, "--smoke")
    reference.run(installed, "--smoke")
    made, expected = (s.created() for s in (mine, reference))
    if made != expected:
        raise Failed(f"only frozen: {sorted(made - expected)}; "
                     f"only installed: {sorted(expected - made)}")
    return f"{len(made)} paths, as the installed app: " + ", ".join(sorted(made))


def check_demo_and_exports(user: Sandbox, frozen: list[str]) -> list[str]:
    user.run(frozen, "demo", "demo.sqlite")
    user.run(frozen, "--smoke", "--db", "demo.sqlite")
    done = ["demo written, window painted on it (--smoke)"]
    exports = {
        "referat.docx": (["minutes", "--meeting", MEETING], ["18. juni 2025", "Jeanette Jensen"]),
        "referat.pdf": (["minutes", "--meeting", MEETING], ["18. juni 2025", "Jeanette Jensen"]),
        "oversigt.xlsx": (["overview"], ["Kristina Farsinsen", "Aalborg Kommune"]),
        "dagsorden.pdf": (["agenda", "--meeting", MEETING], ["18. juni 2025", "Velkomst"]),
        "sor.docx": (["sor"], ["SOR-forslag"]),
        "status.docx": (["status"], ["Statusrapport"]),
    }
    for name, (args, words) in exports.items():
        user.run(frozen, "export", *args, "--db", "demo.sqlite", "-o", name)
        done.append(expect_words(user.work / name, *words))
    return done


def check_imports(user: Sandbox, frozen: list[str]) -> list[str]:
    """The agenda import reads a slide deck (python-pptx, which needs PIL) and a PDF (pypdf)."""
    done = []
    for day, source in (("2026-01-07", PPTX_AGENDA), ("2026-01-08", PDF_AGENDA)):
        shutil.copy(source, user.work / source.name)
        out = user.run(frozen, "import", "agenda", "--db", "demo.sqlite", "--date", day,
                       source.name)
        done.append(f"{source.suffix}: {out.strip().splitlines()[-1]}")
    return done


def check_migration(user: Sandbox, frozen: list[str]) -> str:
    """A database of the first released schema, opened by the frozen window, is upgraded."""
    old = user.work / "schema-0001.sqlite"
    shutil.copy(OLD_DATABASE, old)
    user.run(frozen, "--smoke", "--db", old.name)
    with sqlite3.connect(old) as conn:
        version = conn.execute("select version_num from alembic_version").fetchone()[0]
    head = alembic_head(ROOT / "db" / "versions")
    if version != head:
        raise Failed(f"schema-0001.sqlite is at {version} after the frozen start, not {head}")
    user.run(frozen, "check", "--db", old.name)
    return f"schema-0001.sqlite upgraded to {head}; kkrdesk check passes"


def check_server_driver(user: Sandbox, frozen: list[str]) -> str:
    """The frozen build loads psycopg for a server URL and, with no server there, says so
    in one line and exits 1 (issue 24: the app never needs the server to start)."""
    nowhere = user.tmp / "no-server-here"
    url = f"postgresql+psycopg://kkr@/kkr?host={nowhere}"
    for args in (["log", "--db", url], ["--smoke", "--db", url]):
        done = subprocess.run([*frozen, *args], cwd=user.work, env=user.env(),
                              capture_output=True, text=True, timeout=180)
        lines = done.stderr.strip().splitlines()
        if done.returncode != 1 or len(lines) != 1 or "kan ikke bruges: den tager ikke" not in lines[0]:
            raise Failed(f"{args[0]} on a server that is down: exit {done.returncode}\n"
                         f"{done.stdout}{done.stderr}".strip())
    return f"psycopg loaded; a server that is down: {lines[0]}"


def check_x11(user: Sandbox, app: Path, frozen: list[str]) -> list[str]:
    """On Linux the window a user sees comes from the xcb platform plugin: every library it
    needs is found (from the bundle first), and the window opens on an X server (Xvfb)."""
    if not sys.platform.startswith("linux"):
        return ["not Linux: the platform plugin is checked by the window above"]
    inner = app / "_internal"
    plugin = inner / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                         env={"LD_LIBRARY_PATH": f"{inner}:{inner / 'PySide6' / 'Qt' / 'lib'}"})
    missing = [line.split()[0] for line in ldd.stdout.splitlines() if "not found" in line]
    if missing:
        raise Failed(f"libqxcb.so needs {missing}, which neither the bundle nor this system has "
                     "(install them where you build: README, The laptop build)")
    bundled = sum(str(inner) in line for line in ldd.stdout.splitlines())
    done = [f"libqxcb.so finds every library ({bundled} of them in the bundle)"]
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        return done + ["window on X11 not tried: no xvfb-run here (apt-get install xvfb xauth)"]
    user.run([xvfb, "-a", *frozen], "--smoke", "--db", "demo.sqlite", platform="xcb")
    return done + ["window painted on an X server (Xvfb, QT_QPA_PLATFORM=xcb)"]


def check_size(dist: Path, max_mib: float) -> list[str]:
    size = folder_size(dist) / MIB
    lines = [f"{size:.1f} MiB (limit {max_mib:g} MiB); biggest parts:"]
    lines += [f"  {bytes_ / MIB:6.1f} MiB  {name}" for bytes_, name in biggest_parts(dist)]
    if size > max_mib:
        raise Failed("\n".join(lines))
    return lines


def run_checks(dist: Path, max_mib: float, base: Path) -> bool:
    """Each check in turn; a failing one is reported and the others still run."""
    app = base / "app"
    shutil.copytree(dist, app, symlinks=True)
    before = snapshot(app)
    offline = offline_prefix()
    print(f"frozen app copied to {app}; "
          + ("no network (unshare --net)" if offline else "network not cut off here"))
    frozen = [*offline, str(app / ("kkrdesk.exe" if os.name == "nt" else "kkrdesk"))]
    user = Sandbox(base, "user")
    checks = [
        ("size", lambda: check_size(dist, max_mib)),
        ("first start", lambda: check_first_start(base, frozen,
                                                  [*offline, sys.executable, "-m", "kkrdesk"])),
        ("demo and exports", lambda: check_demo_and_exports(user, frozen)),
        ("agenda imports", lambda: check_imports(user, frozen)),
        ("migration", lambda: check_migration(user, frozen)),
        ("X11 window", lambda: check_x11(user, app, frozen)),
        ("server driver", lambda: check_server_driver(user, frozen)),
        ("bundle untouched", lambda: _untouched(app, before)),
    ]
    passed = True
    for name, check in checks:
        try:
            result = check()
        except (Failed, OSError, subprocess.SubprocessError) as exc:
            passed = False
            print(f"FAIL {name}: {exc}")
            continue
        for i, line in enumerate(result if isinstance(result, list) else [result]):
            print(f"{'ok   ' + name + ': ' if i == 0 else '     '}{line}")
    return passed


def _untouched(app: Path, before: set[str]) -> str:
    """No run wrote into the app's own folder (no caches, no extracted files)."""
    after = snapshot(app)
    if after != before:
        raise Failed(f"written into the bundle: {sorted(after - before)}; "
                     f"gone: {sorted(before - after)}")
    return f"{len(after)} files and folders as built"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path, default=ROOT / "dist" / "kkrdesk")
    parser.add_argument("--max-mb", type=float, default=150.0, help="size limit in MiB")
    args = parser.parse_args(argv)
    if not (args.dist / "_internal").is_dir():
        print(f"FAIL: no one-folder build in {args.dist} (make dist)")
        return 1
    with tempfile.TemporaryDirectory(prefix="kkrdesk-dist-check-") as base:
        passed = run_checks(args.dist.resolve(), args.max_mb, Path(base))
    print("dist-check: " + ("all checks passed" if passed else "FAILED"))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
