"""PySide6 as PyInstaller's own hooks collect it, less the Qt plugins, translations and
libraries build.spec leaves out (its hooksconfig "kkrdesk-qt").

PyInstaller's Qt hooks take every plugin of a kind (all platforms, Wayland, EGL, the GTK
theme …) and every language of Qt's translations. Leaving them out here, in the hooks,
rather than from the finished Analysis, means the system libraries only they need
(GTK's cairo, pango, gio …) are never collected either: PyInstaller looks for a binary's
dependencies after the hooks have run."""

from __future__ import annotations

import fnmatch
import functools
import runpy
from pathlib import Path, PurePath

CONFIG = "kkrdesk-qt"


@functools.cache
def original(hook_file: str) -> dict:
    """The globals of PyInstaller's own hook of the same name (hiddenimports, binaries, datas),
    run once per build."""
    import PyInstaller.hooks  # here, so that tests can check the rules without PyInstaller

    name = Path(hook_file).name
    return runpy.run_path(str(Path(PyInstaller.hooks.__file__).parent / name))


def plugin_name(path: str) -> str:
    """libqxcb.so -> qxcb; qwindows.dll -> qwindows; libqcocoa.dylib -> qcocoa."""
    stem = PurePath(path).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def wanted(entry: tuple[str, str], rules: dict) -> bool:
    """Whether a (source, destination folder) pair of a Qt hook stays in the build."""
    source, destination = entry[0], PurePath(entry[1])
    if "plugins" in destination.parts:
        kind = "/".join(destination.parts[destination.parts.index("plugins") + 1:])
        return plugin_name(source) in rules["plugins"].get(kind, [])
    if destination.name == "translations" and source.endswith(".qm"):
        return PurePath(source).stem in rules["translations"]
    name = PurePath(source).name
    return not any(fnmatch.fnmatch(name.lower(), p.lower()) for p in rules["dropped_libraries"])


def trimmed(hook_file: str, hook_api) -> None:
    """Add the original hook's binaries and data files that the rules keep."""
    found = original(hook_file)
    rules = hook_api.analysis.hooksconfig[CONFIG]
    hook_api.add_binaries([e for e in found.get("binaries", []) if wanted(e, rules)])
    hook_api.add_datas([e for e in found.get("datas", []) if wanted(e, rules)])
