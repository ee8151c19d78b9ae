"""Every test starts with empty settings: what one test chooses (here the SOR tab's
»uger uden svar fra SDS«) is gone in the next, though QSettings keeps the folder it
first read from XDG_CONFIG_HOME for the rest of the process. The two tests run in this
order (the file's); the second would see the first's 7 weeks without the fresh folder."""

from __future__ import annotations

import os

from kkrdesk.ui.sor.round_actions import WEEKS_KEY


def _settings():
    from PySide6.QtCore import QSettings

    return QSettings()


def test_a_setting_written_in_one_test(qapp):
    s = _settings()
    s.setValue(WEEKS_KEY, 7)
    s.sync()
    assert _settings().value(WEEKS_KEY) in (7, "7")
    # ... in this test's own folder, not the one an earlier test made
    assert s.fileName().startswith(os.environ["XDG_CONFIG_HOME"])


def test_the_next_test_starts_with_empty_settings(qapp):
    s = _settings()
    assert s.allKeys() == []
    assert s.value(WEEKS_KEY) is None
    assert s.fileName().startswith(os.environ["XDG_CONFIG_HOME"])
