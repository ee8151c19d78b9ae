"""The painted timeline of a project: month axis, milestones as diamonds (green reached,
red overdue, blue planned, grey cancelled, orange postponed; a month-only milestone
also spans its month), today's line, and the dated status notes as dots coloured by
RAG below the axis. Something a steering group would put on a slide.

QtGui only (QPainter on any paint device), so the command line can paint the report's
picture without QtWidgets: ``timeline_png`` makes an offscreen QGuiApplication when
there is no application yet. Like ``pdf_writer``, the one exporter allowed to import Qt
(QtCore and QtGui; the import contracts name it, tests/app/test_layering.py checks it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPainterPath, QPen,
)

from kkrdesk.core.danish import short_date
from kkrdesk.core.dates import in_range
from kkrdesk.core.enums import MilestoneStatus, Rag
from kkrdesk.views.projects import MilestoneView, TimelineData

MONTHS = ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
          "nov.", "dec.")
RAG_COLOURS = {Rag.GREEN: QColor("#2e7d32"), Rag.AMBER: QColor("#f0a500"),
               Rag.RED: QColor("#c62828")}
REACHED, OVERDUE, PLANNED = QColor("#2e7d32"), QColor("#c62828"), QColor("#1565c0")
CANCELLED, POSTPONED = QColor("#9e9e9e"), QColor("#ef6c00")
TODAY = QColor("#c62828")
AXIS = QColor("#37474f")
MARGIN = 28.0  # left and right, around the axis
DIAMOND = 8.0  # half the diagonal of a milestone mark


def month_start(d: dt.date, add: int = 0) -> dt.date:
    n = d.year * 12 + d.month - 1 + add
    return dt.date(n // 12, n % 12 + 1, 1)


def mark_date(m: MilestoneView) -> dt.date | None:
    """Where a milestone's diamond sits: its actual date when reached, else the planned
    day (the middle of the month for a month-only milestone)."""
    if m.actual_on is not None:
        return m.actual_on
    if m.planned_on is None:
        return None
    return m.planned_on.replace(day=15) if m.planned_month_only else m.planned_on


def mark_colour(m: MilestoneView, today: dt.date) -> QColor:
    if m.status == MilestoneStatus.CANCELLED:
        return CANCELLED
    if m.is_done:
        return REACHED
    if m.is_overdue(today):
        return OVERDUE
    return POSTPONED if m.status == MilestoneStatus.POSTPONED else PLANNED


# The stretch of time shown: "today" (the report's: every date and today), "whole" (the
# first to the last date, today only when it is inside or NEAR_DAYS from it), "past" (the
# 12 months up to the end of today's), "next" (the 12 months from the start of today's).
SPANS = ("today", "whole", "past", "next")
NEAR_DAYS = 62


@dataclass(frozen=True)
class Scale:
    """Dates to x: by default from the first of the month before the earliest date to the
    first of the month after the month after the latest (today included); see SPANS."""

    start: dt.date
    end: dt.date
    left: float
    right: float

    @classmethod
    def for_data(cls, data: TimelineData, today: dt.date, rect: QRectF, span: str = "today") -> Scale:
        left, right = rect.left() + MARGIN, rect.right() - MARGIN
        if span == "past":
            return cls(month_start(today, -11), month_start(today, 1), left, right)
        if span == "next":
            return cls(month_start(today), month_start(today, 13), left, right)
        days = [n.noted_on for n in data.notes]
        for m in data.milestones:
            days += [d for d in (m.planned_on, m.actual_on, m.due) if d]
        if data.started_on:
            days.append(data.started_on)
        days = [d for d in days if in_range(d)]  # a year 9999 an older version kept: not shown
        near = days and (min(days) - dt.timedelta(days=NEAR_DAYS) <= today
                         <= max(days) + dt.timedelta(days=NEAR_DAYS))
        if span != "whole" or not days or near:
            days.append(today)
        return cls(month_start(min(days), -1), month_start(max(days), 2), left, right)

    def x(self, d: dt.date) -> float:
        span = (self.end - self.start).days or 1
        return self.left + (self.right - self.left) * (d - self.start).days / span

    def shows(self, d: dt.date) -> bool:
        return self.start <= d <= self.end


def _font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(8, round(px)))
    f.setBold(bold)
    return f


def paint_timeline(p: QPainter, rect: QRectF, data: TimelineData, today: dt.date,
                   span: str = "today") -> Scale:
    """Paint into ``rect`` the dates ``span`` (one of SPANS) takes in; what falls outside
    is left out. Returns the date scale used (for hit tests and tests)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(rect, QColor("white"))
    scale = Scale.for_data(data, today, rect, span)
    h = rect.height()
    unit = max(10.0, min(14.0, h / 28))
    axis_y = rect.top() + h * 0.58
    p.setFont(_font(unit * 1.25, True))
    p.setPen(QColor("#1a1a1a"))
    p.drawText(QRectF(rect.left() + MARGIN, rect.top() + 6, rect.width() - 2 * MARGIN, unit * 2),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, data.title)
    _axis(p, scale, axis_y, unit)
    if scale.shows(today):
        _today(p, scale, today, rect, axis_y, unit)
    _milestones(p, scale, data, today, rect, axis_y, unit)
    _notes(p, scale, data, axis_y, unit)
    _legend(p, rect, unit)
    p.restore()
    return scale


def _axis(p: QPainter, scale: Scale, y: float, unit: float) -> None:
    p.setPen(QPen(AXIS, 2))
    p.drawLine(QPointF(scale.left, y), QPointF(scale.right, y))
    months = (scale.end.year - scale.start.year) * 12 + scale.end.month - scale.start.month
    step = 1 if months <= 18 else 3 if months <= 48 else 12
    p.setFont(_font(unit * 0.85))
    fm = QFontMetricsF(p.font())
    last_right = float("-inf")  # a label that would run into the one before is left out
    d = scale.start
    while d <= scale.end:
        x = scale.x(d)
        index = d.year * 12 + d.month - 1
        if index % step == 0:
            p.setPen(QPen(AXIS, 1))
            p.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
            # the year at each January, and at the start unless a January comes right after
            first = d == scale.start and d.month < 11
            label = MONTHS[d.month - 1] + (f" {d.year}" if d.month == 1 or first or step > 1 else "")
            width = fm.horizontalAdvance(label) + 4
            left = min(max(x - width / 2, scale.left - MARGIN + 2), scale.right + MARGIN - width - 2)
            if left >= last_right + 4:
                p.setPen(QColor("#455a64"))
                p.drawText(QRectF(left, y + 6, width, unit * 1.4), Qt.AlignmentFlag.AlignHCenter, label)
                last_right = left + width
        d = month_start(d, 1)


def _today(p: QPainter, scale: Scale, today: dt.date, rect: QRectF, axis_y: float, unit: float) -> None:
    x = scale.x(today)
    pen = QPen(TODAY, 2, Qt.PenStyle.DashLine)
    p.setPen(pen)
    top = rect.top() + unit * 2.6
    p.drawLine(QPointF(x, top), QPointF(x, rect.bottom() - unit * 2.2))
    p.setFont(_font(unit * 0.85, True))
    p.setPen(TODAY)
    text = f"I dag {short_date(today)}"
    w = QFontMetricsF(p.font()).horizontalAdvance(text) + 4
    left = x + 4 if x + 4 + w < scale.right + MARGIN else x - 4 - w
    p.drawText(QRectF(left, top - 2, w, unit * 1.4), Qt.AlignmentFlag.AlignLeft, text)


def diamond(p: QPainter, x: float, y: float, colour: QColor, r: float = DIAMOND) -> None:
    path = QPainterPath(QPointF(x, y - r))
    for px, py in ((x + r, y), (x, y + r), (x - r, y)):
        path.lineTo(px, py)
    path.closeSubpath()
    p.setPen(QPen(colour.darker(130), 1))
    p.setBrush(QBrush(colour))
    p.drawPath(path)


def _milestones(p: QPainter, scale: Scale, data: TimelineData, today: dt.date, rect: QRectF,
                axis_y: float, unit: float) -> None:
    marks = sorted(((mark_date(m), m) for m in data.milestones
                    if mark_date(m) and scale.shows(mark_date(m))), key=lambda t: t[0])
    row_h = unit * 2.6
    top = rect.top() + unit * 3.2  # below the title and today's label
    rows = max(1, int((axis_y - unit * 0.6 - top) // row_h))
    fm = QFontMetricsF(_font(unit * 0.9, True))
    ends = [float("-inf")] * rows  # the right edge of the last label in each row
    for day, m in marks:
        colour = mark_colour(m, today)
        if m.planned_month_only and m.planned_on and m.actual_on is None:
            band = QColor(colour)
            band.setAlpha(60)
            x0 = scale.x(max(m.planned_on, scale.start))
            x1 = scale.x(min(month_start(m.planned_on, 1), scale.end))
            p.fillRect(QRectF(x0, axis_y - 4, max(2.0, x1 - x0), 8), band)
        x = scale.x(day)
        title = fm.elidedText(m.title, Qt.TextElideMode.ElideRight, unit * 17)
        when = when_text(m)
        width = max(fm.horizontalAdvance(title), fm.horizontalAdvance(when)) + 6
        left = min(max(x - width / 2, rect.left() + 4), rect.right() - 4 - width)
        # The lowest free row; if none is free, the one that frees first.
        row = next((r for r in range(rows) if ends[r] + 8 <= left), min(range(rows), key=ends.__getitem__))
        ends[row] = left + width
        label_y = axis_y - row_h * (1 + row) - unit * 0.6
        p.setPen(QPen(QColor("#90a4ae"), 1, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(x, axis_y - DIAMOND), QPointF(x, label_y + row_h * 0.9))
        p.setFont(_font(unit * 0.9, True))
        p.setPen(colour.darker(115))
        p.drawText(QRectF(left, label_y, width, unit * 1.3), Qt.AlignmentFlag.AlignHCenter, title)
        p.setFont(_font(unit * 0.85))
        p.setPen(QColor("#37474f"))
        p.drawText(QRectF(left, label_y + unit * 1.2, width, unit * 1.3),
                   Qt.AlignmentFlag.AlignHCenter, when)
    for day, m in marks:  # the marks over every leader line
        diamond(p, scale.x(day), axis_y, mark_colour(m, today))


def when_text(m: MilestoneView) -> str:
    from kkrdesk.core.danish import month_year

    if m.actual_on is not None:
        return f"nået {short_date(m.actual_on)}"
    if m.planned_on is None:
        return ""
    planned = month_year(m.planned_on) if m.planned_month_only else short_date(m.planned_on)
    return f"nået ({planned})" if m.is_done and m.status == MilestoneStatus.REACHED else planned


def _notes(p: QPainter, scale: Scale, data: TimelineData, axis_y: float, unit: float) -> None:
    base = axis_y + unit * 3.4
    p.setFont(_font(unit * 0.8))
    placed: list[tuple[float, int]] = []  # (x, lane): dots that would touch go side by side
    # "13-06" is enough within one year; across a new year the label says which (13-06-2025)
    with_year = scale.start.year != (scale.end - dt.timedelta(days=1)).year
    for note in data.notes:
        if not scale.shows(note.noted_on):
            continue
        x = scale.x(note.noted_on)
        lane = 0
        while any(abs(x - px) < unit * 3.2 and pl == lane for px, pl in placed):
            lane += 1
        placed.append((x, lane))
        y = base + lane * unit * 2.8
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(RAG_COLOURS[note.rag]))
        p.drawEllipse(QPointF(x, y), unit * 0.55, unit * 0.55)
        p.setPen(QColor("#37474f"))
        text = short_date(note.noted_on) if with_year else short_date(note.noted_on)[:5]
        p.drawText(QRectF(x + unit * 0.8, y - unit * 0.65, max(80.0, unit * 7), unit * 1.3),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _legend(p: QPainter, rect: QRectF, unit: float) -> None:
    y = rect.bottom() - unit * 1.1
    x = rect.left() + MARGIN
    p.setFont(_font(unit * 0.8))
    fm = QFontMetricsF(p.font())
    items = [("d", REACHED, "Nået"), ("d", PLANNED, "Planlagt"), ("d", OVERDUE, "Forsinket"),
             ("o", RAG_COLOURS[Rag.GREEN], "Status grøn"), ("o", RAG_COLOURS[Rag.AMBER], "gul"),
             ("o", RAG_COLOURS[Rag.RED], "rød")]
    for shape, colour, text in items:
        if shape == "d":
            diamond(p, x + 5, y, colour, unit * 0.4)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            p.drawEllipse(QPointF(x + 5, y), unit * 0.35, unit * 0.35)
        p.setPen(QColor("#455a64"))
        p.drawText(QPointF(x + 13, y + unit * 0.3), text)
        x += 22 + fm.horizontalAdvance(text)


_APP = None


def ensure_gui() -> None:
    """QPainter needs a QGuiApplication for fonts; make an offscreen one if there is none."""
    global _APP
    if QGuiApplication.instance() is None:
        _APP = QGuiApplication(["kkrdesk", "-platform", "offscreen"])


def timeline_image(data: TimelineData, today: dt.date, width: int = 1200, height: int = 380,
                   ratio: float = 1.0, span: str = "today") -> QImage:
    ensure_gui()
    img = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32)
    img.setDevicePixelRatio(ratio)
    img.fill(QColor("white"))
    p = QPainter(img)
    paint_timeline(p, QRectF(0, 0, width, height), data, today, span)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    buf = QByteArray()
    dev = QBuffer(buf)
    dev.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(dev, "PNG")
    dev.close()
    return bytes(buf.data())


def timeline_png(data: TimelineData, today: dt.date, width: int = 1200, height: int = 380,
                 ratio: float = 2.0) -> bytes:
    return png_bytes(timeline_image(data, today, width, height, ratio))


def timeline_data(project) -> TimelineData:
    """The timeline of a ``ProjectView``."""
    return TimelineData(project.name, project.milestones, project.notes, project.started_on)
