"""The painted timeline, rendered offscreen to a QImage: each milestone's diamond sits
at the x its date gives on the axis and has its status colour, today's line is red at
today's x, and the status notes are dots in their RAG colour. Expected positions are
computed here from the dates and the drawn axis (found in the picture), not taken from
the painter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from kkrdesk.core.enums import MilestoneStatus, Rag
from kkrdesk.views.projects import MilestoneView, StatusNoteView, TimelineData

TODAY = dt.date(2025, 10, 1)
W, H = 1200, 380
GREEN, RED, BLUE = QColor("#2e7d32"), QColor("#c62828"), QColor("#1565c0")


def _m(i, title, planned, actual=None, status=MilestoneStatus.PLANNED, month=False):
    return MilestoneView(i, title, planned, month, actual, status, "")


DATA = TimelineData(
    "Identitetssløring i kommunerne",
    milestones=(
        _m(1, "PID", dt.date(2025, 6, 1), dt.date(2025, 6, 18), MilestoneStatus.REACHED, True),
        _m(2, "1. styregruppemøde", dt.date(2025, 8, 1), month=True),  # overdue on TODAY
        _m(3, "Kickoff", dt.date(2026, 2, 10)),
    ),
    notes=(StatusNoteView(1, dt.date(2025, 6, 13), Rag.GREEN, "Folkemøde"),
           StatusNoteView(2, dt.date(2025, 9, 1), Rag.AMBER, "Forsinket")),
)


@pytest.fixture(scope="module")
def image(qapp):
    from kkrdesk.export.timeline_paint import timeline_image

    return timeline_image(DATA, TODAY, W, H, 1.0)


def _close(a: QColor, b: QColor, tol: int = 40) -> bool:
    return all(abs(x - y) <= tol for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                              (a.blue(), b.blue())))


def _axis(img):
    """The axis: the longest run of dark grey pixels in a row; returns (y, left, right)."""
    best = (0, 0, 0, 0)
    for y in range(img.height()):
        xs = [x for x in range(0, img.width(), 2) if _close(img.pixelColor(x, y), QColor("#37474f"), 25)]
        if len(xs) > best[0]:
            best = (len(xs), y, min(xs), max(xs))
    return best[1:]


def test_milestones_sit_at_their_dates_in_their_colours(image):
    y, left, right = _axis(image)
    assert right - left > W * 0.8  # the axis spans the picture
    # The axis runs from the 1st of the month before the earliest date (May 2025) to the
    # 1st of the second month after the latest (April 2026).
    start, end = dt.date(2025, 5, 1), dt.date(2026, 4, 1)

    def x(d):
        return left + (right - left) * (d - start).days / (end - start).days

    for day, colour in ((dt.date(2025, 6, 18), GREEN),   # reached: at its actual date
                        (dt.date(2025, 8, 15), RED),      # month-only, overdue: mid-month
                        (dt.date(2026, 2, 10), BLUE)):    # planned, to come
        cx = round(x(day))
        assert _close(image.pixelColor(cx, y), colour), (day, image.pixelColor(cx, y).name())
        # ... and not a few days off: 12 px to the side is not the diamond any more.
        assert not _close(image.pixelColor(cx + 12, y), colour)


def test_todays_line_and_the_rag_dots(image):
    y, left, right = _axis(image)
    start, end = dt.date(2025, 5, 1), dt.date(2026, 4, 1)
    tx = round(left + (right - left) * (TODAY - start).days / (end - start).days)
    column = [image.pixelColor(tx + dx, yy) for dx in (-1, 0, 1) for yy in range(60, H - 60)]
    assert sum(_close(c, RED, 50) for c in column) > 60  # a dashed red line from top to bottom
    for note, colour in ((DATA.notes[0], GREEN), (DATA.notes[1], QColor("#f0a500"))):
        nx = round(left + (right - left) * (note.noted_on - start).days / (end - start).days)
        below = [image.pixelColor(nx, yy) for yy in range(y + 10, y + 80)]
        assert any(_close(c, colour, 30) for c in below), note


def test_an_empty_project_still_paints_an_axis_and_today(qapp):
    from kkrdesk.export.timeline_paint import timeline_image

    img = timeline_image(TimelineData("Nyt projekt", (), ()), TODAY, 600, 240, 1.0)
    y, left, right = _axis(img)
    assert right - left > 400


def _painted_texts(data: TimelineData) -> list[str]:
    """Every text the timeline draws, caught on the way to a real image."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from kkrdesk.export.timeline_paint import paint_timeline

    texts: list[str] = []

    class Recording(QPainter):
        def drawText(self, *args):  # noqa: N802 - Qt's name
            texts.append(str(args[-1]))
            return super().drawText(*args)

    img = QImage(W, H, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = Recording(img)
    try:
        paint_timeline(p, QRectF(0, 0, W, H), data, TODAY)
    finally:
        p.end()
    return texts


def test_status_notes_carry_the_year_when_the_timeline_crosses_a_new_year(qapp):
    texts = _painted_texts(DATA)  # May 2025 to April 2026
    assert "13-06-2025" in texts and "01-09-2025" in texts
    assert "13-06" not in texts


def test_status_notes_within_one_year_keep_the_short_date(qapp):
    one_year = TimelineData("Kort projekt", milestones=(_m(1, "PID", dt.date(2025, 6, 1)),),
                            notes=(StatusNoteView(1, dt.date(2025, 6, 13), Rag.GREEN, "Folkemøde"),))
    texts = _painted_texts(one_year)  # May to August 2025 (today 1 October: to December)
    assert "13-06" in texts and "13-06-2025" not in texts
