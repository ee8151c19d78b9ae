"""The painted timeline of a project: month axis, milestones as diamonds (green reached,
red overdue, blue planned, grey cancelled, orange postponed; a month-only milestone
also spans its month), today's line, and the dated status notes as dots coloured by
RAG below the axis. Something a steering group would put on a slide.

QtGui only (QPainter on any paint device), so the command line can paint the report's
picture without QtWidgets: ``timeline_png`` makes an offscreen QGuiApplication when
there is no application yet. Like ``pdf_writer``, the one exporter allowed to import Qt
(QtCore and QtGui; the import contracts name it, tests/app/test_layering.py checks it).

Why one file of a little over 300 lines: it is the one painter the contracts allow Qt in
for the timeline; the axis, marks, labels, notes and legend share its painter, scale and
unit, and the image file is made from the same painter. What needs no Qt is already apart
(the scale in timeline_scale, the label placing in timeline_labels, the words in
timeline_text); splitting the drawing further would only spread the Qt exception."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPainterPath, QPen,
)

from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import MilestoneStatus, Rag
from kkrdesk.export import timeline_labels as TL
from kkrdesk.export.timeline_text import DANISH_WORDS, Words
from kkrdesk.export.timeline_scale import (  # noqa: F401 - the Projekter tab takes them from here
    MARGIN, SPANS, Scale, mark_date, month_start, when_text,
)
from kkrdesk.views.projects import MilestoneView, TimelineData

RAG_COLOURS = {Rag.GREEN: QColor("#2e7d32"), Rag.AMBER: QColor("#f0a500"),
               Rag.RED: QColor("#c62828")}
REACHED, OVERDUE, PLANNED = QColor("#2e7d32"), QColor("#c62828"), QColor("#1565c0")
CANCELLED, POSTPONED = QColor("#9e9e9e"), QColor("#ef6c00")
TODAY = QColor("#c62828")
AXIS = QColor("#37474f")
DIAMOND = 8.0  # half the diagonal of a milestone mark


def mark_colour(m: MilestoneView, today: dt.date) -> QColor:
    if m.status == MilestoneStatus.CANCELLED:
        return CANCELLED
    if m.is_done:
        return REACHED
    if m.is_overdue(today):
        return OVERDUE
    return POSTPONED if m.status == MilestoneStatus.POSTPONED else PLANNED


def _font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(8, round(px)))
    f.setBold(bold)
    return f


def paint_timeline(p: QPainter, rect: QRectF, data: TimelineData, today: dt.date,
                   span: str = "today", words: Words = DANISH_WORDS) -> Scale:
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
    _axis(p, scale, axis_y, unit, words)
    if scale.shows(today):
        _today(p, scale, today, rect, axis_y, unit, words)
    else:  # the axis is not stretched to reach it: an arrow at the edge says where it is
        _today_beyond(p, scale, today, rect, unit, words)
    _milestones(p, scale, data, today, rect, axis_y, unit, words)
    _notes(p, scale, data, axis_y, unit)
    _legend(p, rect, unit, words)
    p.restore()
    return scale


def _axis(p: QPainter, scale: Scale, y: float, unit: float, words: Words = DANISH_WORDS) -> None:
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
            label = words.months[d.month - 1] + (f" {d.year}" if d.month == 1 or first or step > 1 else "")
            width = fm.horizontalAdvance(label) + 4
            left = min(max(x - width / 2, scale.left - MARGIN + 2), scale.right + MARGIN - width - 2)
            if left >= last_right + 4:
                p.setPen(QColor("#455a64"))
                p.drawText(QRectF(left, y + 6, width, unit * 1.4), Qt.AlignmentFlag.AlignHCenter, label)
                last_right = left + width
        d = month_start(d, 1)


def _today(p: QPainter, scale: Scale, today: dt.date, rect: QRectF, axis_y: float, unit: float,
           words: Words) -> None:
    x = scale.x(today)
    pen = QPen(TODAY, 2, Qt.PenStyle.DashLine)
    p.setPen(pen)
    top = rect.top() + unit * 2.6
    p.drawLine(QPointF(x, top), QPointF(x, rect.bottom() - unit * 2.2))
    p.setFont(_font(unit * 0.85, True))
    p.setPen(TODAY)
    text = words.today.format(day=short_date(today))
    w = QFontMetricsF(p.font()).horizontalAdvance(text) + 4
    left = x + 4 if x + 4 + w < scale.right + MARGIN else x - 4 - w
    p.drawText(QRectF(left, top - 2, w, unit * 1.4), Qt.AlignmentFlag.AlignLeft, text)


def _today_beyond(p: QPainter, scale: Scale, today: dt.date, rect: QRectF, unit: float,
                  words: Words) -> None:
    p.setFont(_font(unit * 0.85, True))
    p.setPen(TODAY)
    after = today > scale.end
    said = words.today.format(day=short_date(today))
    text = f"{said} →" if after else f"← {said}"
    align = Qt.AlignmentFlag.AlignRight if after else Qt.AlignmentFlag.AlignLeft
    p.drawText(QRectF(rect.left() + MARGIN, rect.top() + 6, rect.width() - 2 * MARGIN, unit * 2),
               align | Qt.AlignmentFlag.AlignVCenter, text)


def diamond(p: QPainter, x: float, y: float, colour: QColor, r: float = DIAMOND) -> None:
    path = QPainterPath(QPointF(x, y - r))
    for px, py in ((x + r, y), (x, y + r), (x - r, y)):
        path.lineTo(px, py)
    path.closeSubpath()
    p.setPen(QPen(colour.darker(130), 1))
    p.setBrush(QBrush(colour))
    p.drawPath(path)


def _cluster_label(group, fm: QFontMetricsF, unit: float, words: Words) -> TL.Label:
    """One label for the milestones of a cluster: their titles (wrapped, whole) and
    dates, or a count when there are more than two."""
    members = [m for _x, m in group]
    whens = list(dict.fromkeys(words.when(m) for m in members))
    if len(members) > 2:
        span = whens[0] if len(whens) == 1 else f"{whens[0]} – {whens[-1]}"
        lines = [words.cluster.format(n=len(members)), span]
    else:
        lines = [line for m in members for line in TL.wrap(m.title, unit * 18, fm.horizontalAdvance)]
        lines.append(" / ".join(whens))
    width = max(fm.horizontalAdvance(line) for line in lines) + 6
    x = sum(x for x, _m in group) / len(group)
    return TL.Label(x, [line for line in lines if line], width, members)


def _layout(marks, fm: QFontMetricsF, unit: float, rect: QRectF, rows: int, words: Words):
    """Clusters and their placed labels: marks that touch are one cluster; when labels
    still find no room, marks closer than one label's width, then two, are clustered
    too (a count with the dates' range) until every label fits."""
    best = None
    for apart in (DIAMOND * 2.2, unit * 10, unit * 20, unit * 40):
        groups = TL.clusters(marks, apart)
        labels = [_cluster_label(g, fm, unit, words) for g in groups]
        placed, left_out = TL.place(labels, rect.left() + 4, rect.right() - 4, rows)
        if best is None or len(left_out) < len(best[2]):
            best = (groups, placed, left_out)
        if not left_out:
            break
    return best


def _milestones(p: QPainter, scale: Scale, data: TimelineData, today: dt.date, rect: QRectF,
                axis_y: float, unit: float, words: Words) -> None:
    marks = [(scale.x(mark_date(m)), m) for m in data.milestones
             if mark_date(m) and scale.shows(mark_date(m))]
    for _x, m in marks:
        _month_band(p, scale, m, today, axis_y)
    fm = QFontMetricsF(_font(unit * 0.9, True))
    line_h = unit * 1.25
    top = rect.top() + unit * 3.2  # below the title and today's label
    rows = max(1, int((axis_y - unit * 1.2 - top) // line_h))
    groups, placed, left_out = _layout(marks, fm, unit, rect, rows, words)
    for spot in placed:
        _draw_label(p, spot, today, axis_y, line_h, unit)
    if left_out:  # no room even so: say so rather than draw over other labels
        p.setFont(_font(unit * 0.8))
        p.setPen(QColor("#455a64"))
        n = sum(len(label.members) for label in left_out)
        p.drawText(QRectF(rect.left() + MARGIN, rect.top() + unit * 2.2, rect.width() / 2, unit * 1.2),
                   Qt.AlignmentFlag.AlignLeft,
                   (words.left_one if n == 1 else words.left_many).format(n=n))
    for group in groups:  # a cluster wider than its marks: a bracket under its leader
        xs = [x for x, _m in group]
        if max(xs) - min(xs) > DIAMOND * 2.2:
            y = axis_y - DIAMOND * 1.7
            p.setPen(QPen(QColor("#90a4ae"), 1))
            p.drawLine(QPointF(min(xs), y), QPointF(max(xs), y))
    for touching in TL.clusters(marks, DIAMOND * 2.2):  # marks on one another: side by side
        n = len(touching)
        centre = sum(x for x, _m in touching) / n
        for k, (_x, m) in enumerate(touching):
            diamond(p, centre + (k - (n - 1) / 2) * DIAMOND * 1.3, axis_y, mark_colour(m, today))


def _month_band(p: QPainter, scale: Scale, m: MilestoneView, today: dt.date, axis_y: float) -> None:
    """A month-only milestone not reached yet also spans its month."""
    if m.planned_month_only and m.planned_on and m.actual_on is None:
        band = QColor(mark_colour(m, today))
        band.setAlpha(60)
        x0 = scale.x(max(m.planned_on, scale.start))
        x1 = scale.x(min(month_start(m.planned_on, 1), scale.end))
        p.fillRect(QRectF(x0, axis_y - 4, max(2.0, x1 - x0), 8), band)


def _draw_label(p: QPainter, spot: TL.Placed, today: dt.date, axis_y: float, line_h: float,
                unit: float) -> None:
    label = spot.label
    bottom = axis_y - unit * 1.2 - spot.row * line_h  # the baseline row's lower edge
    top = bottom - len(label.lines) * line_h
    p.setPen(QPen(QColor("#90a4ae"), 1))
    p.drawLine(QPointF(label.x, axis_y - DIAMOND), QPointF(label.x, bottom))
    colour = mark_colour(label.members[0], today).darker(115)
    for k, line in enumerate(label.lines):
        last = k == len(label.lines) - 1
        p.setFont(_font(unit * (0.85 if last else 0.9), not last))
        p.setPen(QColor("#37474f") if last else colour)
        p.drawText(QRectF(spot.left, top + k * line_h, label.width, line_h),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, line)


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


def _legend(p: QPainter, rect: QRectF, unit: float, words: Words) -> None:
    y = rect.bottom() - unit * 1.1
    x = rect.left() + MARGIN
    p.setFont(_font(unit * 0.8))
    fm = QFontMetricsF(p.font())
    shapes = [("d", REACHED), ("d", PLANNED), ("d", OVERDUE), ("o", RAG_COLOURS[Rag.GREEN]),
              ("o", RAG_COLOURS[Rag.AMBER]), ("o", RAG_COLOURS[Rag.RED])]
    items = [(shape, colour, text) for (shape, colour), text in zip(shapes, words.legend)]
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
                   ratio: float = 1.0, span: str = "today", words: Words = DANISH_WORDS) -> QImage:
    ensure_gui()
    img = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32)
    img.setDevicePixelRatio(ratio)
    img.fill(QColor("white"))
    p = QPainter(img)
    paint_timeline(p, QRectF(0, 0, width, height), data, today, span, words)
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
                 ratio: float = 2.0, span: str = "today") -> bytes:
    return png_bytes(timeline_image(data, today, width, height, ratio, span))


def timeline_data(project) -> TimelineData:
    """The timeline of a ``ProjectView``."""
    return TimelineData(project.name, project.milestones, project.notes, project.started_on)
