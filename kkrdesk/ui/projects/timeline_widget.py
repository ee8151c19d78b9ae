"""The timeline of the selected project on screen, painted by ``timeline_paint`` (the
same drawing the report uses), with *Gem som PNG …*."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from kkrdesk.views.projects import TimelineData
from kkrdesk.export.timeline_paint import Scale, paint_timeline, timeline_image


class TimelineWidget(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: TimelineData | None = None
        self.today = dt.date.today()
        self.scale: Scale | None = None
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(800, 300)

    def show_timeline(self, data: TimelineData | None, today: dt.date | None = None) -> None:
        self.data = data
        self.today = today or dt.date.today()
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        if self.data is None:
            p.drawText(self.rect(), 0x84, "Intet projekt valgt.")  # AlignCenter
        else:
            self.scale = paint_timeline(p, QRectF(self.rect()), self.data, self.today)
        p.end()

    def save_png(self, path: str | Path, width: int = 1600, height: int = 480) -> Path:
        """Write the timeline as a PNG at slide size (atomically)."""
        from kkrdesk.export.atomic import atomic_write

        img = timeline_image(self.data, self.today, width, height, 1.0)
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        return atomic_write(path, lambda tmp: img.save(str(tmp), "PNG") or None)
