"""PySide6.QtGui as PyInstaller's own hook collects it, trimmed by build.spec's rules
(qt_trim.py)."""

from qt_trim import original, trimmed

hiddenimports = original(__file__).get("hiddenimports", [])


def hook(hook_api):
    trimmed(__file__, hook_api)
