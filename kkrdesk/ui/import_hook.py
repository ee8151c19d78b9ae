"""PySide6's import hook, made cheaper: the same answer, a tenth of the work.

Once PySide6.QtCore is imported, every module imported after it is asked whether its
source mentions "PySide6" (the opt-in ``from __feature__ import snake_case`` must know
which modules use Qt; PYSIDE-2029). PySide6 answers with ``inspect.getsource`` on each,
0.2-0.4 ms a module; the window's start imports some 350 modules after Qt (SQLAlchemy's,
ours), which measured 50-60 ms of CPU at every start on the build machines. Reading the
file's bytes answers the same question for a plain ``.py`` module; anything else (a
frozen build's archive, an extension module) still goes to PySide6's own check.

Applied only if PySide6 still has the function this replaces; otherwise nothing changes
(tests/app/test_import_hook.py compares both answers on every loaded module)."""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs the hook this lightens)

FEATURE_MODULE = "shibokensupport.feature"


def uses_pyside(module, fallback) -> bool:
    """Whether ``module``'s source names PySide6, from its file when it is a .py file."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return fallback(module)


def lighten() -> bool:
    """Put the file read in place of PySide6's check; False where it is not there."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "lightened", False):
        return False

    def check(module) -> bool:
        return uses_pyside(module, original)

    check.lightened = True
    check.original = original
    feature._mod_uses_pyside = check
    return True
