"""Issue 21, point 10: the status report's timeline readable at every size. Every text
the painter draws is caught with its bounds (a QPainter that records on its way to a
real image): no title cut with "…", no label over another, no leader line through a
label, milestones on one day counted instead of drawn as one diamond, the axis not
stretched to a far "I dag"; and in the report a green status over late milestones is
flagged and "Nået" is dated."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from kkrdesk.core.enums import MilestoneStatus as MS
from kkrdesk.core.enums import Rag
from kkrdesk.views.projects import MilestoneView, StatusNoteView, TimelineData

TODAY = dt.date(2026, 12, 6)


def _m(i, title, planned, actual=None, status=MS.PLANNED, month=False):
    return MilestoneView(i, title, planned, month, actual, status, "")


FK_OSS = TimelineData("Udrulning af FK-OSS", (
    _m(1, "Pilot og bølge 1 (11 kommuner)", dt.date(2025, 6, 1), status=MS.IN_PROGRESS, month=True),
    _m(2, "Gate G1: orienteringsmøder (59 af 74 inviterede kommuner)", dt.date(2025, 6, 1),
       status=MS.REACHED, month=True),
    _m(3, "Gate G2: parathedsanalyser (44 kommuner)", dt.date(2025, 6, 1), status=MS.REACHED,
       month=True),
    _m(4, "Bølge 2 (28 kommuner)", dt.date(2025, 6, 1), status=MS.IN_PROGRESS, month=True),
), (StatusNoteView(1, dt.date(2025, 6, 18), Rag.GREEN, "Status"),), None)
LTT = TimelineData("Digital understøttelse af lettilgængelige tilbud (LTT)", (
    _m(1, "MedCom-konsulent støtter kommunerne (2 dage om ugen)", dt.date(2025, 8, 1), month=True),
    _m(2, "Kickoff med it-leverandører om knapløsning til DNHF", dt.date(2025, 9, 17)),
    _m(3, "Digital understøttelse gennemført", dt.date(2026, 4, 1), month=True),
), (StatusNoteView(1, dt.date(2025, 6, 18), Rag.GREEN, "Status"),), None)
DENSE = TimelineData("Tæt", tuple(
    _m(i, f"Milepæl nummer {i} med en lang titel om leverancen", dt.date(2025, 5, 1)
       + dt.timedelta(days=9 * i)) for i in range(1, 9)), (), None)


def _paint(data: TimelineData, width: int, height: int, span: str):
    from kkrdesk.export.timeline_paint import paint_timeline

    texts: list[tuple[QRectF, str]] = []
    lines: list[QLineF] = []

    class Recording(QPainter):
        def drawText(self, *args):  # noqa: N802 - Qt's name
            if isinstance(args[0], QRectF):
                bounds = QFontMetricsF(self.font()).boundingRect(args[0], int(args[1]), args[2])
                texts.append((self.transform().mapRect(bounds), str(args[2])))
            return super().drawText(*args)

        def drawLine(self, *args):  # noqa: N802
            line = args[0] if len(args) == 1 else QLineF(args[0], args[1])
            lines.append(self.transform().map(line))
            return super().drawLine(*args)

    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = Recording(img)
    try:
        scale = paint_timeline(p, QRectF(0, 0, width, height), data, TODAY, span)
    finally:
        p.end()
    return texts, lines, scale


SIZES = [(1200, 380), (960, 340), (700, 300)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("data", [FK_OSS, LTT, DENSE], ids=["fk-oss", "ltt", "dense"])
def test_labels_are_whole_apart_and_crossed_by_no_leader(qapp, data, size):
    texts, lines, _scale = _paint(data, *size, "whole")
    assert not any("…" in t for _r, t in texts)
    axis_y = max(line.y1() for line in lines if line.dy() == 0 and line.dx() > size[0] / 2)
    labels = [(r, t) for r, t in texts if 30 < r.bottom() < axis_y - 2 and t.strip()]
    for i, (a, ta) in enumerate(labels):
        for b, tb in labels[i + 1:]:
            assert not a.adjusted(1, 1, -1, -1).intersects(b.adjusted(1, 1, -1, -1)), (ta, tb)
    leaders = [line for line in lines if line.dx() == 0 and line.y1() < axis_y + 1 and line.dy() != 0
               and min(line.y1(), line.y2()) > 30]
    for leader in leaders:
        top, bottom = sorted((leader.y1(), leader.y2()))
        for r, t in labels:
            inner = r.adjusted(1, 1, -1, -1)
            crosses = inner.left() < leader.x1() < inner.right() and top < inner.bottom() - 1 \
                and bottom > inner.top() + 1
            assert not crosses, (t, leader)


def test_milestones_on_one_day_are_counted_not_drawn_as_one(qapp):
    texts, _lines, _scale = _paint(FK_OSS, 960, 340, "whole")
    assert "4 milepæle" in [t for _r, t in texts]


def test_a_far_today_does_not_stretch_the_axis(qapp):
    texts, _lines, scale = _paint(LTT, 960, 340, "whole")
    assert scale.end <= dt.date(2026, 6, 1)  # the project's last date, not December 2026
    assert any(t == "I dag 06-12-2026 →" for _r, t in texts)  # said at the edge instead


def test_the_report_flags_green_over_late_milestones_and_dates_what_was_reached(
        qapp, demo_store, tmp_path, monkeypatch):
    from kkrdesk.export import timeline_paint
    from kkrdesk.export.status_docx import export_status, status_report
    from kkrdesk.services.projects import portfolio

    scales = []
    paint = timeline_paint.paint_timeline

    def keep(*args, **kwargs):
        scales.append(paint(*args, **kwargs))
        return scales[-1]

    monkeypatch.setattr(timeline_paint, "paint_timeline", keep)
    title, chosen = portfolio.report_projects(demo_store, None)
    doc = docx.Document(str(export_status(status_report(title, chosen, TODAY), tmp_path / "s.docx")))
    assert all(s.end <= dt.date(2026, 6, 1) for s in scales)  # no axis stretched to today
    text = [p.text for p in doc.paragraphs]
    fk = text.index("Udrulning af FK-OSS")
    assert ("Bemærk: Status er grøn (pr. 18-06-2025), men alle 2 udestående milepæle er "
            "forsinket. Statusnotatet bør opdateres.") in text[fk:fk + 8]
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    assert ["Foranalyse gennemført og PID udarbejdet", "juni 2025", "18-06-2025",
            "Nået 18-06-2025"] in rows
    assert ["Gate G2: parathedsanalyser (44 kommuner)", "juni 2025", "",
            "Nået (dato ikke angivet)"] in rows
