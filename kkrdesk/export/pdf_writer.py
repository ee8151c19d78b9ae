"""The PDF/A archive copy (PDF/A-1b) of an agenda or minutes, written with Qt's own PDF
writer (QPdfWriter in QtGui): no office suite needed, fonts embedded, text searchable.

Only QtGui and QtCore are used, never QtWidgets, so the command line can write a PDF
without loading the window toolkit. Without a running Qt application one is started on
the "offscreen" platform. The text is set in Carlito (metric-compatible with Calibri, the
Word template's font; SIL Open Font License), shipped in resources/fonts, so the archive
copy looks the same on every machine, with or without fonts installed."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QFont, QFontDatabase, QGuiApplication, QPagedPaintDevice,
    QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument,
)

from kkrdesk.core.paths import resource
from kkrdesk.export.atomic import ExportError, atomic_write
from kkrdesk.export.docx_html import HtmlDocument
from kkrdesk.export.painting import painted
from kkrdesk.export.pdf_lang import with_language
from kkrdesk.export.pdf_pages import keep_together, split_at_pages

FONT_FAMILIES = ["Carlito", "Calibri", "Liberation Sans", "Arial", "DejaVu Sans"]
FONT_FILES = ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf")
MARGIN_MM = 20
_app: QGuiApplication | None = None


def _ensure_app() -> None:
    """QTextDocument needs a QGuiApplication for its fonts."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["kkrdesk"])
    if "Carlito" not in QFontDatabase.families():
        for name in FONT_FILES:
            QFontDatabase.addApplicationFont(str(resource("fonts", name)))


def _font(points: float) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    # No ligatures: a "ti" or "fi" glyph would make "Identitetssløring" unsearchable in
    # the archive copy (PDF readers cannot map such a glyph back to its letters).
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


_LENGTH = re.compile(r"((margin|padding)(-[a-z]+)?\s*:\s*)([\d.]+)pt")
CSS_PX_PER_PT = 96 / 72


def device_lengths(html: str, dots: float) -> str:
    """The style sheet's margins and paddings in the pixels QTextDocument means. It reads
    a length "in pt" as pixels; paddings and top/bottom margins are CSS pixels (1/96 in,
    scaled to the device), but a left or right margin is a pixel of the paint device, a
    quarter of a CSS pixel at the writer's 300 dpi: the PDF lost the Word file's indents.
    Only the <style> part changes: the document's own text stays as typed."""
    def px(m: re.Match) -> str:
        points = float(m.group(4))
        side = m.group(2) == "margin" and m.group(3) in ("-left", "-right")
        return f"{m.group(1)}{round(points * (dots if side else CSS_PX_PER_PT), 2)}px"

    head, sep, rest = html.partition("</style>")
    if not sep:
        return html
    return _LENGTH.sub(px, head) + sep + rest


def _writer(doc: HtmlDocument, tmp: Path, author: str) -> QPdfWriter:
    writer = QPdfWriter(str(tmp))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(doc.title)
    writer.setAuthor(author)
    writer.setCreator("KKR Desk")
    return writer


def _write(doc: HtmlDocument, tmp: Path, author: str, language: str = "da-DK") -> None:
    writer = _writer(doc, tmp, author)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    dots = writer.resolution() / 72.0  # device pixels per point
    band = 18 * dots  # header and footer bands

    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)
    text.setDefaultFont(_font(10.5))
    text.setHtml(device_lengths(doc.body, dots))
    body = QSizeF(page.width(), page.height() - 2 * band)
    text.setPageSize(body)
    keep_together(text, body.height())
    split_at_pages(text, body.height())
    pages = max(1, text.pageCount())

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("PDF-filen kunne ikke åbnes for skrivning")
    try:
        for n in range(pages):
            if n:
                writer.newPage()
            _furniture(painter, doc, page, band, n, pages, language)
            _page(painter, text, body, band, n, dots)
    finally:
        painter.end()
    tmp.write_bytes(with_language(tmp.read_bytes(), language))  # /Lang: Qt sets none


def _page_number(n: int, pages: int, language: str) -> str:
    return f"Page {n} of {pages}" if language.startswith("en") else f"Side {n} af {pages}"


def _furniture(painter: QPainter, doc: HtmlDocument, page, band: float, n: int, pages: int,
               language: str = "da-DK") -> None:
    """The page header (the referat's state) and the footer as Word's: the document's
    title (with its date) on the left, "Side n af N" on the right."""
    painter.setFont(_font(8))
    painter.setPen(Qt.GlobalColor.darkGray)
    if doc.header:
        painter.drawText(QRectF(0, 0, page.width(), band),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, doc.header)
    foot = QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8)
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(foot, Qt.AlignmentFlag.AlignRight | bottom, _page_number(n + 1, pages, language))
    if doc.title:
        number_width = painter.fontMetrics().horizontalAdvance(_page_number(pages, pages, language))
        painter.drawText(QRectF(foot.left(), foot.top(), foot.width() - number_width - 40,
                                foot.height()), Qt.AlignmentFlag.AlignLeft | bottom, doc.title)


def _page(painter: QPainter, text: QTextDocument, body: QSizeF, band: float, n: int,
          dots: float) -> None:
    """Page ``n`` of the laid-out text (no paragraph crosses a page's end any more:
    ``split_at_pages``). A PDF keeps clipped text in its text layer, so only what starts
    on this page is drawn (a few points of slack at the top)."""
    top = n * body.height()
    painter.save()
    painter.translate(0, band - top)
    painter.setClipRect(QRectF(0, top, body.width(), body.height() + 2 * dots))
    ctx = QAbstractTextDocumentLayout.PaintContext()
    ctx.clip = QRectF(0, top + 4 * dots, body.width(), body.height() - 4 * dots - 1)
    text.documentLayout().draw(painter, ctx)
    painter.restore()


def write_pdf(doc: HtmlDocument, path: str | Path, *, author: str = "KKR Desk",
              language: str = "da-DK") -> Path:
    """Write ``doc`` as PDF/A-1b to ``path`` atomically (an earlier file stays if anything
    fails). ``language``: the Word document's ("en-GB" writes "Page 1 of 3"). Raises
    ExportError with a Danish one-sentence reason."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ExportError(f"Arkivkopien skal gemmes som .pdf, ikke »{path.suffix or path.name}«.")

    def paint(tmp: Path) -> None:
        _ensure_app()
        _write(doc, tmp, author, language)

    # Qt paints on the window's thread even when a worker writes (export/painting)
    return atomic_write(path, lambda tmp: painted(lambda: paint(tmp)))
