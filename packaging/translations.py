"""The English translation of the window: `make translations` (this file with
``update``) runs pyside6-lupdate over every module of kkrdesk/ that marks a text for
translation into resources/translations/kkrdesk_en.ts, then pyside6-lrelease into the
kkrdesk_en.qm the app loads. tests/app/test_translations.py uses the same functions to
fail on a source text without a finished English entry and on a stale .qm."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "kkrdesk_en.ts"
QM = TS.with_suffix(".qm")
MARKS = re.compile(r"\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running Python (the venv's)."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def sources() -> list[Path]:
    """The modules that mark texts (lupdate is given only those: it is quicker)."""
    return sorted(p for p in (ROOT / "kkrdesk").rglob("*.py")
                  if MARKS.search(p.read_text(encoding="utf-8")))


def lupdate(ts: Path, files: list[Path] | None = None) -> None:
    """Collect the marked texts of ``files`` (all sources) into ``ts`` (kept translations
    stay; gone ones go)."""
    files = [str(p) for p in (sources() if files is None else files)]
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", "en_GB", *files, "-ts", str(ts)],
                   cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True)


def entries(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the finished translation, or None when missing/unfinished."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished",
                                                             "obsolete") and (tr.text or "")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            if forms:  # a plural text: finished when every form is written
                finished = tr.get("type") not in ("unfinished", "vanished", "obsolete")
                text = "|".join(forms) if finished and all(forms) else None
            else:
                text = tr.text if done else None
            found[(name, message.findtext("source") or "")] = text
    return found


def untranslated(files: list[Path] | None = None, ts: Path = TS) -> list[str]:
    """Each marked text of ``files`` that ``ts`` has no finished translation of, as
    "Context: text" (lupdate collects them afresh into a scratch file)."""
    known = entries(ts)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.ts"
        lupdate(fresh, files)
        wanted = entries(fresh)
    return [f"{c}: {s}" for c, s in wanted if not known.get((c, s))]


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: translations.py update")
    lupdate(TS)
    lrelease(TS, QM)
    missing = [k for k, v in entries(TS).items() if v is None]
    print(f"{len(entries(TS))} texts, {len(missing)} without an English translation")
