"""No N+1 queries: the SQL statements the window sends when a user opens each tab and
changes meeting are held to a small constant that does not grow with the years of data.

The same user path runs on a 1-year and a 5-year database (`kkrdesk demo --years`);
five times the meetings, proposals and projects must not mean more statements."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

# Ceilings per user step: what the screens need today plus a little room. A query
# per row (an N+1) would be dozens to hundreds on these databases.
CEILING = {"start": 22, "Dagsorden": 32, "SOR-forslag": 16, "Projekter": 20,
           "Deltagere": 16, "meeting": 20}


@pytest.fixture(scope="module")
def year_dbs(tmp_path_factory):
    from kkrdesk.demo.seed import write_demo

    folder = tmp_path_factory.mktemp("years")
    return {n: write_demo(folder / f"{n}.sqlite", years=n) for n in (1, 5)}


class Counter:
    def __init__(self, engine):
        self.statements: list[str] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, *_args) -> None:
        self.statements.append(statement)

    def take(self) -> int:
        n = len(self.statements)
        self.statements.clear()
        return n


def _user_path(qtbot, path) -> dict[str, int]:
    """Open the window, click through the four tabs, go back to Dagsorden and pick
    the three meetings below the current one with the arrow key; count each step."""
    from kkrdesk.services.database import open_database
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    store = open_database(path)
    counter = Counter(store.engine)
    ctx = AppContext(store)
    window = MainWindow(ctx, [])
    qtbot.addWidget(window)
    counts = {}
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    counts["start"] = counter.take()
    bar = window.tabs.tabBar()
    for index in (1, 2, 3, 0):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert window.tabs.currentIndex() == index
        counts[window.tabs.tabText(index)] = counter.take()
    steps = []
    for _ in range(3):
        before = window.meeting_box.currentIndex()
        qtbot.keyClick(window.meeting_box, Qt.Key.Key_Down)
        assert window.meeting_box.currentIndex() == before + 1
        steps.append(counter.take())
    counts["meeting"] = max(steps)
    counts["meeting steps"] = steps
    window.close()
    ctx.close()
    return counts


def test_opening_tabs_and_changing_meeting_does_not_grow_with_the_years(qtbot, year_dbs):
    one = _user_path(qtbot, year_dbs[1])
    five = _user_path(qtbot, year_dbs[5])
    for step, ceiling in CEILING.items():
        assert one[step] <= ceiling, (step, one[step])
        assert five[step] <= ceiling, (step, five[step])
    # Showing another meeting reads the same things whatever the size of the history
    # (the three meetings before 18 June: same dates in both databases).
    assert one["meeting steps"] == five["meeting steps"], (one, five)
    # Dagsorden was already filled at start; coming back to it asks nothing.
    assert one["Dagsorden"] == five["Dagsorden"] == 0


def test_the_counter_sees_an_n_plus_one(year_dbs):
    """The hook counts what reaches the database: reading every person's organisation
    lazily is one statement per person, and the count shows it."""
    from sqlalchemy import select

    from kkrdesk.core.models import Person
    from kkrdesk.services.database import open_database

    store = open_database(year_dbs[1])
    try:
        counter = Counter(store.engine)
        with store.reading() as s:
            people = s.scalars(select(Person)).all()
            counter.take()
            {p.organisation.name for p in people if p.organisation_id}
            assert counter.take() > 50
    finally:
        store.close()


def test_the_overview_workbook_reads_the_same_statements_whatever_the_years(year_dbs):
    """Gathering the Excel overview (every area's sheets) issues a fixed number of
    statements: five times the meetings, people, proposals and projects ask nothing more."""
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.services.overview.gather import overview_data

    counts = {}
    for years, path in year_dbs.items():
        with open_for_reading(path) as store:
            counter = Counter(store.engine)
            data = overview_data(store)
            counts[years] = counter.take()
        assert len(data.meetings.meetings) > 4 * years  # the years are really there
    assert counts[1] == counts[5], counts
    assert counts[5] <= 60, counts


def test_a_person_s_project_seats_are_read_at_once_however_many(store):
    """Showing a person in Deltagere names each project group with its project
    ("Styregruppe – Projekt 3"); one more project seat must not mean one more query."""
    from kkrdesk.core.enums import GroupKind
    from kkrdesk.services.participants import memberships
    from kkrdesk.services.participants import people as participants
    from kkrdesk.services.projects import organisation as project_org
    from kkrdesk.services.projects import portfolio as projects
    from kkrdesk.views.participants import PersonFields
    from kkrdesk.views.projects import ProjectFields

    person = participants.add_person(store, PersonFields(name="Mette Frederiksen Holm"))
    counter = Counter(store.engine)
    counts = []
    for n in range(1, 5):
        pid = projects.create_project(store, ProjectFields(name=f"Projekt {n}"))
        group = project_org.add_group(store, pid, GroupKind.STEERING_GROUP)
        project_org.add_seat(store, group, person_id=person)
        counter.take()
        rows = memberships.memberships_of_person(store, person)
        counts.append(counter.take())
        assert sorted(r.group_name for r in rows) == [f"Styregruppe – Projekt {i}"
                                                      for i in range(1, n + 1)]
    assert len(set(counts)) == 1, counts
