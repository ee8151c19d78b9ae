"""The timeline of the selected project on screen, painted by ``timeline_paint`` (the
same drawing the report uses), with *Gem som PNG …* and a choice of the stretch of time
shown (``SPAN_CHOICES``), remembered for the rest of the session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QSizePolicy, QToolTip, QWidget

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.dates import short_date
from kkrdesk.ui.labels import label
from kkrdesk.export.timeline_paint import (
    Scale, mark_date, paint_timeline, timeline_image,
)
from kkrdesk.ui.projects.timeline_words import when, window_words
from kkrdesk.views.projects import TimelineData

SPAN_CHOICES = (("whole", QT_TRANSLATE_NOOP("timeline_widget", "Hele forløbet")), ("past", QT_TRANSLATE_NOOP("timeline_widget", "Seneste 12 måneder")),
                ("next", QT_TRANSLATE_NOOP("timeline_widget", "Næste 12 måneder")))
_session = {"span": "whole"}  # the last choice, for every project until the program closes


def span_box(timeline: TimelineWidget) -> QComboBox:
    """The range choice shown next to the timeline; it repaints ``timeline``."""
    box = QComboBox()
    box.setToolTip(translate("timeline_widget", "Hvilken periode tidslinjen viser"))
    for key, text in SPAN_CHOICES:
        box.addItem(translate("timeline_widget", text), key)
    box.setCurrentIndex(box.findData(timeline.span))
    box.currentIndexChanged.connect(lambda _i: timeline.set_span(box.currentData()))
    return box


class TimelineWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.span = _session["span"]
        self.data: TimelineData | None = None
        self.today = dt.date.today()
        self.scale: Scale | None = None
        self.setMinimumHeight(220)
        self.setMouseTracking(True)  # a milestone or a status note explains itself on hover
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(800, 300)

    def show_timeline(self, data: TimelineData | None, today: dt.date | None = None) -> None:
        self.data = data
        self.today = today or dt.date.today()
        self.update()

    def set_span(self, span: str) -> None:
        self.span = _session["span"] = span
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        if self.data is None:
            p.drawText(self.rect(), 0x84, translate("timeline_widget", "Intet projekt valgt."))  # AlignCenter
        else:  # on the screen in the window's language (a saved picture stays Danish)
            self.scale = paint_timeline(p, QRectF(self.rect()), self.data, self.today, self.span,
                                        window_words())
        p.end()

    def tip_at(self, x: float) -> str:
        """The milestones and status notes within a few pixels of ``x``."""
        if self.scale is None or self.data is None:
            return ""
        lines = []
        for m in self.data.milestones:
            day = mark_date(m)
            if day and self.scale.shows(day) and abs(self.scale.x(day) - x) <= 8:
                late = " – " + translate("timeline_widget", "forsinket") if m.is_overdue(self.today) else ""
                lines.append(f"◆ {m.title}: {when(m)} ({label(m.status).lower()}{late})")
        for n in self.data.notes:
            if self.scale.shows(n.noted_on) and abs(self.scale.x(n.noted_on) - x) <= 8:
                lines.append(f"● {short_date(n.noted_on)} {label(n.rag).lower()}: {n.text}")
        return "\n".join(lines)

    def mouseMoveEvent(self, event) -> None:
        text = self.tip_at(event.position().x())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def save_png(self, path: str | Path, width: int = 1600, height: int = 480) -> Path:
        """Write the timeline as a PNG at slide size (atomically)."""
        from kkrdesk.export.atomic import ExportError, atomic_write

        img = timeline_image(self.data, self.today, width, height, 1.0, self.span)
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        def write(tmp: Path) -> None:
            if not img.save(str(tmp), "PNG"):
                raise ExportError(translate("timeline_widget", "Billedet kunne ikke gemmes: {path}").format(path=path))

        return atomic_write(path, write)
