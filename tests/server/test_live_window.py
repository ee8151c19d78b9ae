"""Two apps on one server (issue 24, "done when"): the window hears the other app's
edit within a second and its status bar names who else is open."""

from __future__ import annotations

import time

import pytest

from kkrdesk.services.database import open_database
from kkrdesk.services.participants import people
from kkrdesk.views.participants import PersonFields


@pytest.fixture
def jens_and_mette_url(pg_cluster, pg_fresh_template):
    name = pg_cluster.new_database(pg_fresh_template)
    yield pg_cluster.url(name)
    pg_cluster.drop(name)


def test_the_window_refreshes_on_another_apps_edit_and_says_who_is_open(qtbot, jens_and_mette_url):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    jens = open_database(jens_and_mette_url)
    jens.login, jens.machine = "jens", "PC-2"
    jens.watch(lambda _areas: None)
    ctx = AppContext(open_database(jens_and_mette_url))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.others_label.text() == "Også åben: jens (PC-2)", timeout=5000)
        started = time.monotonic()
        with qtbot.waitSignal(ctx.changed, timeout=2000) as heard:
            people.add_person(jens, PersonFields(name="Jens Skrev Her"))
        assert heard.args[0] == {"participants"}
        assert time.monotonic() - started < 1.0
        assert win.db_label.text().startswith("postgresql+psycopg://postgres@/")
    finally:
        win.close()
        ctx.close()
        jens.close()


def test_a_window_attached_after_the_first_heartbeat_still_says_who_is_open(
        qtbot, jens_and_mette_url):
    """The feed reports who is open as soon as it connects, perhaps before the window
    is wired to listen; the window shows it anyway (the next report is 20 s later)."""
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    jens = open_database(jens_and_mette_url)
    jens.login, jens.machine = "jens", "PC-2"
    jens.watch(lambda _areas: None)
    ctx = AppContext(open_database(jens_and_mette_url))
    try:
        with qtbot.waitSignal(ctx.others_changed, timeout=5000):
            pass  # the first report has come and gone
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        assert win.others_label.text() == "Også åben: jens (PC-2)"
        win.close()
    finally:
        ctx.close()
        jens.close()
