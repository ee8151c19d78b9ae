"""PySide6's import hook asks of every module imported after Qt whether its source names
PySide6; kkrdesk.ui.import_hook answers from the file's bytes instead of inspect.getsource.
The answer must stay PySide6's own, for every module the app has loaded."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import types


def _pyside_answer(module) -> bool:
    """PySide6's question, asked as PySide6 asks it (inspect.getsource)."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_file_read_gives_pyside6s_answer_for_every_loaded_module(qapp):
    import kkrdesk.ui.app  # noqa: F401  (the window's modules, SQLAlchemy's, the models)
    from kkrdesk.ui.import_hook import uses_pyside

    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 300
    differ = [m.__name__ for m in modules if uses_pyside(m, _pyside_answer) != _pyside_answer(m)]
    assert differ == []
    # both answers occur: the check is not trivially one-sided
    answers = {uses_pyside(m, _pyside_answer) for m in modules}
    assert answers == {True, False}


def test_a_module_without_a_file_goes_to_pysides_check():
    from kkrdesk.ui.import_hook import uses_pyside

    asked = []
    module = types.ModuleType("made_here")
    assert uses_pyside(module, lambda m: asked.append(m) or True) is True
    assert asked == [module]


def test_the_window_start_uses_the_lighter_check(demo_path):
    probe = ("import sys\n"
             "from kkrdesk.cli.entry import main\n"
             "rc = main(['--smoke', '--db', sys.argv[1]])\n"
             "check = sys.modules['shibokensupport.feature']._mod_uses_pyside\n"
             "print(rc, check.__module__)\n")
    proc = subprocess.run([sys.executable, "-c", probe, str(demo_path)], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["0", "kkrdesk.ui.import_hook"]


def test_lightened_once():
    from kkrdesk.ui import import_hook

    import_hook.lighten()
    assert import_hook.lighten() is False
