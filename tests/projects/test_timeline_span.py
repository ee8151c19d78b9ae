"""The stretch of time the project timeline shows. A year after a project's 2025
milestones, "Hele forløbet" spreads them over the picture (today far away is left out),
"Seneste 12 måneder" and "Næste 12 måneder" show the year before and after today, and
the choice next to the timeline in the Projekter tab repaints it and is kept for the
next project. Expected x positions come from the dates and the axis found in the picture."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from test_projects_timeline import DATA, GREEN, RED, W, H, _axis, _close

LATER = dt.date(2026, 12, 2)  # the 2025 milestones lie a year back


def _diamonds(img, colour: QColor) -> list[int]:
    """The x of the middle of each run of ``colour`` along the axis."""
    y, _left, _right = _axis(img)
    xs = [x for x in range(img.width()) if _close(img.pixelColor(x, y), colour, 30)]
    runs: list[list[int]] = []
    for x in xs:
        if runs and x - runs[-1][-1] <= 2:
            runs[-1].append(x)
        else:
            runs.append([x])
    return [round((r[0] + r[-1]) / 2) for r in runs if len(r) >= 6]


def _x(img, day: dt.date, start: dt.date, end: dt.date) -> float:
    _y, left, right = _axis(img)
    return left + (right - left) * (day - start).days / (end - start).days


@pytest.fixture
def image(qapp):
    from kkrdesk.export.timeline_paint import timeline_image

    return lambda span: timeline_image(DATA, LATER, W, H, 1.0, span)


def test_whole_course_spreads_the_milestones_without_a_far_today(image):
    img = image("whole")
    # from May 2025 (the month before the first date) to April 2026 (after February's)
    start, end = dt.date(2025, 5, 1), dt.date(2026, 4, 1)
    assert _diamonds(img, GREEN) == [pytest.approx(_x(img, dt.date(2025, 6, 18), start, end), abs=2)]
    reds = _diamonds(img, RED)  # overdue in December 2026: August 2025 and February 2026
    assert reds == [pytest.approx(_x(img, dt.date(2025, 8, 15), start, end), abs=2),
                    pytest.approx(_x(img, dt.date(2026, 2, 10), start, end), abs=2)]
    # the report's picture still reaches today, so the same milestone sits far left
    report = image("today")
    full_start, full_end = dt.date(2025, 5, 1), dt.date(2027, 2, 1)
    assert _diamonds(report, GREEN) == [
        pytest.approx(_x(report, dt.date(2025, 6, 18), full_start, full_end), abs=2)]
    assert _diamonds(report, GREEN)[0] < _diamonds(img, GREEN)[0] - 60


def test_the_last_and_the_next_twelve_months(image):
    img = image("past")  # January to the end of December 2026
    start, end = dt.date(2026, 1, 1), dt.date(2027, 1, 1)
    assert _diamonds(img, GREEN) == []  # June 2025 is outside
    assert _diamonds(img, RED) == [pytest.approx(_x(img, dt.date(2026, 2, 10), start, end), abs=2)]
    later = image("next")
    assert _diamonds(later, GREEN) == [] and _diamonds(later, RED) == []


def test_the_choice_next_to_the_timeline_repaints_it_and_is_kept(qtbot, demo_store, monkeypatch):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.projects import timeline_widget
    from kkrdesk.ui.projects.tab import ProjectsTab

    monkeypatch.setitem(timeline_widget._session, "span", "whole")
    ctx = AppContext(demo_store)
    tab = ProjectsTab(ctx, today=LATER)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    box = tab.span_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "Hele forløbet", "Seneste 12 måneder", "Næste 12 måneder"]
    assert box.currentText() == "Hele forløbet"
    qtbot.waitUntil(lambda: tab.timeline.scale is not None)
    whole = _diamonds(tab.timeline.grab().toImage(), GREEN)
    assert whole
    box.setCurrentIndex(box.findText("Seneste 12 måneder"))
    qtbot.waitUntil(lambda: tab.timeline.scale.start == dt.date(2026, 1, 1))
    assert _diamonds(tab.timeline.grab().toImage(), GREEN) != whole
    other = ProjectsTab(ctx, today=LATER)  # e.g. after opening the database again
    qtbot.addWidget(other)
    assert other.span_box.currentText() == "Seneste 12 måneder" and other.timeline.span == "past"
