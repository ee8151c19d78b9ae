"""Small Word, PowerPoint and PDF files made from lines of text, for the agenda import's
tests (sources, preview, and the bounded readers' bombs start from them)."""

from __future__ import annotations

from docx import Document
from pptx import Presentation
from pptx.util import Inches


def make_docx(path, lines):
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(path)
    return path


def make_pptx(path, lines, extra_slides=0):
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.33), Inches(7.5)
    for k in range(extra_slides):  # slides before the agenda, as in a real deck
        s = deck.slides.add_slide(deck.slide_layouts[1])
        s.shapes.title.text = f"Oplæg {k + 1}"
        s.placeholders[1].text_frame.text = "12.00-12.10 Noget andet end dagsordenen"
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = lines[0].strip()
    body = slide.placeholders[1].text_frame
    body.text = lines[1]
    for line in lines[2:]:
        body.add_paragraph().text = line
    deck.save(path)
    return path


def make_pdf(path, lines):
    """A PDF written by Qt (landscape, small type, so no line wraps that the text has not)."""
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 7))
    doc.setPlainText("\n".join(lines))
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    return path
