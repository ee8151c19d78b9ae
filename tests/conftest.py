"""Shared fixtures: no network for any test, a fresh database per test, and a copy of
the demo database (written once per run, copied for each test that wants it)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings

pytest.register_assert_rewrite("backends", "pg_cluster")
import backends  # noqa: E402

# `make test` draws the same property-test examples every run, so a result can be trusted
# and repeated; `make soak` (KKRDESK_SOAK) draws new ones to look further.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("soak", derandomize=False)
settings.load_profile("soak" if os.environ.get("KKRDESK_SOAK") else "repeatable")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["backends"]  # --backend=postgresql, the throw-away server's fixtures


def _without_network_for_children(mp: pytest.MonkeyPatch) -> None:
    """A Python or kkrdesk subprocess runs in an empty network namespace where the
    system allows one (``offline_guard.without_network``)."""
    import subprocess

    import offline_guard

    offline_guard.netns_prefix()  # found once, before Popen is wrapped
    real_init = subprocess.Popen.__init__

    def popen_init(self, args, *a, **kw):
        if kw.get("executable") is None:
            args = offline_guard.without_network(args)
        real_init(self, args, *a, **kw)

    mp.setattr(subprocess.Popen, "__init__", popen_init)


def _point_user_dirs(mp: pytest.MonkeyPatch, home: Path) -> None:
    """QSettings, the default database and the log folder under ``home``: QSettings reads
    XDG_CONFIG_HOME once per process, so once Qt is loaded its folder is pointed there as
    well (a test without Qt does not load it for this)."""
    mp.setenv("XDG_DATA_HOME", str(home / "data"))
    mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
    mp.setenv("XDG_STATE_HOME", str(home / "state"))  # the log folder
    mp.setenv("HOME", str(home))
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        for fmt in (qtcore.QSettings.Format.NativeFormat, qtcore.QSettings.Format.IniFormat):
            qtcore.QSettings.setPath(fmt, qtcore.QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture(scope="session", autouse=True)
def _guarded_session(tmp_path_factory):
    """What runs outside a test's own fixtures, the session's and a module's (a walk
    through the window in a child process, documents written once for a module), gets
    a home folder of the run's own and no network too: before this, such a fixture
    wrote the English document language and its databases into the developer's real
    KKR Desk settings."""
    import offline_guard

    real = _real_user_files()
    with pytest.MonkeyPatch.context() as mp:
        _point_user_dirs(mp, tmp_path_factory.mktemp("session-home"))
        _without_network_for_children(mp)
        offline_guard.arm()
        yield
        tried = offline_guard.disarm()
    if tried:
        pytest.fail("network access attempted after the last test: " + "; ".join(tried),
                    pytrace=False)
    changed = sorted(set(real.items()) ^ set(_real_user_files().items()))
    if changed:
        pytest.fail("the test run wrote into the real home folder (a child process started "
                    "without the test's HOME and XDG_* variables?): "
                    + ", ".join(sorted({str(path) for path, _ in changed})), pytrace=False)


def _real_user_files() -> dict[Path, tuple[int, int]]:
    """KKR Desk's files in the user's real folders (and Qt's file-dialog state), each with
    its size and time of change: the run must leave them as they were."""
    home = Path(os.environ.get("HOME") or Path.home())
    folders = [Path(os.environ.get(var) or home / default) / "KKRDesk"
               for var, default in (("XDG_CONFIG_HOME", ".config"),
                                    ("XDG_DATA_HOME", ".local/share"),
                                    ("XDG_STATE_HOME", ".local/state"))]
    files = [f for folder in folders if folder.is_dir() for f in folder.rglob("*") if f.is_file()]
    qt_dialogs = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "QtProject.conf"
    files += [qt_dialogs] if qt_dialogs.is_file() else []
    return {f: (f.stat().st_size, f.stat().st_mtime_ns) for f in files}


@pytest.fixture(autouse=True)
def _offline():
    """No test may open a network socket or look up a host name (AF_UNIX is allowed).
    The attempt raises at once and, in case the code swallowed it, fails the test here;
    an attempt by a module's fixture before it fails it as well. A Python or kkrdesk
    subprocess runs in an empty network namespace (``_guarded_session``) and
    ``offline_guard.guarded_argv`` adds the same audit hook inside it."""
    import offline_guard

    earlier = offline_guard.disarm()
    offline_guard.arm()
    if earlier:
        pytest.fail("network access attempted before this test (in a fixture): "
                    + "; ".join(earlier), pytrace=False)
    yield
    tried = offline_guard.disarm()
    offline_guard.arm()  # still armed for the fixtures between tests
    if tried:
        pytest.fail("network access attempted: " + "; ".join(tried), pytrace=False)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep QSettings and the default database out of the real home folder, and give
    every test empty settings of its own."""
    _point_user_dirs(monkeypatch, tmp_path_factory.mktemp("home"))


@pytest.fixture(scope="session")
def seed_demo_template(tmp_path_factory) -> Path:
    """The demo database as ``kkrdesk demo`` writes it: only what the seed deck says."""
    from kkrdesk.demo.seed import write_demo

    path = tmp_path_factory.mktemp("seed-demo") / "demo.sqlite"
    write_demo(path)
    return path


@pytest.fixture(scope="session")
def demo_template(seed_demo_template, tmp_path_factory) -> Path:
    """The demo with its referat finished as a secretary would (tests/finished_referat.py:
    referent, attendance, decisions, action items, sent): what most tests work on."""
    from finished_referat import finish

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copy(seed_demo_template, path)
    finish(path)
    return path


@pytest.fixture
def seed_demo_store(request, seed_demo_template, tmp_path):
    from kkrdesk.services.database import open_database

    if backends.on_server(request):
        store = backends.server_store(request, "pg_seed_template")
        yield store
        store.close()
        return
    target = tmp_path / "seed-demo.sqlite"
    shutil.copy(seed_demo_template, target)
    store = open_database(target)
    yield store
    store.close()


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def demo_store(request, demo_path):
    from kkrdesk.services.database import open_database

    if backends.on_server(request):
        store = backends.server_store(request, "pg_demo_template")
        yield store
        store.close()
        return
    store = open_database(demo_path)
    yield store
    store.close()


@pytest.fixture
def store(request, tmp_path):
    from kkrdesk.services.database import open_database

    if backends.on_server(request):
        s = backends.server_store(request, "pg_fresh_template")
        yield s
        s.close()
        return
    s = open_database(tmp_path / "fresh.sqlite")
    yield s
    s.close()


@pytest.fixture
def june18(demo_store):
    import datetime as dt

    from kkrdesk.services.agenda import meetings

    return meetings.find_by_date(demo_store, dt.date(2025, 6, 18)).id


@pytest.fixture
def agenda_tab(qtbot, demo_store, june18):
    """The Dagsorden tab, shown at a laptop size, on the demo's 18 June meeting."""
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.agenda.tab import AgendaTab

    ctx = AppContext(demo_store)
    widget = AgendaTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    ctx.select_meeting(june18)
    return widget


def empty_next_meeting(store) -> int:
    """The demo prepares 5 November from 18 June (as "Nyt møde fra forrige" does); tests
    of that step start from the planned, empty meeting. Returns its id."""
    import datetime as dt

    from kkrdesk.services.agenda import lifecycle as meeting_lifecycle
    from kkrdesk.services.agenda import meetings

    nov = meetings.find_by_date(store, dt.date(2025, 11, 5)).id
    meeting_lifecycle.undo_new_from_previous(store, nov, created=False)
    return nov


@pytest.fixture
def laptop_window(qtbot, demo_store):
    """The main window on the demo, at the laptop size (1366×768), shown; its undo
    history is cleared afterwards."""
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    ctx = AppContext(demo_store)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    yield win
    ctx.undo_stack.clear()


@pytest.fixture
def shown_laptop_window(qtbot, laptop_window):
    """The laptop window with the database shown, on screen and active, as a user
    finds it after the start."""
    laptop_window.refresh()
    laptop_window.show()
    qtbot.waitExposed(laptop_window)
    laptop_window.activateWindow()
    return laptop_window


PROJECTS_TODAY = dt.date(2025, 10, 1)  # "today" of the Projekter tab's tests


@pytest.fixture
def open_projects_tab(qtbot):
    """``open_projects_tab(store, today)``: the Projekter tab on ``store`` as a user finds
    it, shown at 1366x768 and read; its undo history is cleared afterwards."""
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.projects.tab import ProjectsTab

    opened = []

    def open_tab(store, today: dt.date = PROJECTS_TODAY):
        ctx = AppContext(store)
        widget = ProjectsTab(ctx, today=today)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        widget.refresh()
        opened.append(ctx)
        return widget

    yield open_tab
    for ctx in opened:
        ctx.undo_stack.clear()


@pytest.fixture(scope="session")
def years_template(tmp_path_factory) -> Path:
    """Two years of the generated demo (``kkrdesk demo --years 2``): lists long enough
    that reading them row by row or as ORM objects makes a difference."""
    from kkrdesk.demo.seed import write_demo

    return write_demo(tmp_path_factory.mktemp("years") / "years.sqlite", years=2)


@pytest.fixture
def years_store(years_template, tmp_path):
    from kkrdesk.services.database import open_database

    path = tmp_path / "years.sqlite"
    shutil.copy(years_template, path)
    store = open_database(path)
    yield store
    store.close()


@pytest.fixture
def orm_loads():
    """Rows loaded as ORM objects, by table, while the test runs (the wings' list
    readers read plain rows: services/plain_rows.py)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    loaded: list[str] = []

    def seen(_session, obj) -> None:
        loaded.append(obj.__table__.name)

    event.listen(Session, "loaded_as_persistent", seen)
    yield loaded
    event.remove(Session, "loaded_as_persistent", seen)
