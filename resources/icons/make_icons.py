"""Draws the application icon (kkrdesk.png, .ico for Windows, .icns for macOS) with Qt,
so it can be redrawn without a drawing program:

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py

A dark blue square with rounded corners, a white agenda sheet with three lines and
a green tick: the desk where the agenda is made and followed up."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    back = QPainterPath()
    back.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    p.fillPath(back, QColor("#1f4e79"))
    sheet = QPainterPath()
    sheet.addRoundedRect(QRectF(62 * s, 40 * s, 132 * s, 176 * s), 12 * s, 12 * s)
    p.fillPath(sheet, QColor("white"))
    p.setPen(QPen(QColor("#1f4e79"), 12 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (82, 116, 150):
        p.drawLine(int(88 * s), int(y * s), int(168 * s), int(y * s))
    p.setPen(QPen(QColor("#2e9d4f"), 20 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    path = QPainterPath()
    path.moveTo(150 * s, 186 * s)
    path.lineTo(176 * s, 210 * s)
    path.lineTo(222 * s, 150 * s)
    p.drawPath(path)
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = draw(256)
    ok = image.save(str(HERE / "kkrdesk.png"))
    ok &= image.save(str(HERE / "kkrdesk.ico"))
    ok &= draw(512).save(str(HERE / "kkrdesk.icns"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
