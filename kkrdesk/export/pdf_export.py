"""The agenda or minutes as a PDF/A archive copy: the Word document is built exactly as
for the .docx export (same data, same template, same words), turned into HTML and
written by Qt's PDF writer.

    export_pdf(detail, "minutes", "referat.pdf", template=None)"""

from __future__ import annotations

from pathlib import Path

from kkrdesk.views.agenda import DocumentOptions, MeetingDetail


def export_pdf(detail: MeetingDetail, kind: str, path: str | Path,
               template: str | Path | None = None,
               options: DocumentOptions | None = None) -> Path:
    """kind: "agenda" or "minutes". Raises ExportError with a Danish reason; then
    nothing is written and an earlier file is left as it was."""
    from kkrdesk.export.docx_html import document_html
    from kkrdesk.export.pdf_writer import write_pdf

    if kind == "agenda":
        from kkrdesk.export.agenda_docx import build_agenda as build
    else:
        from kkrdesk.export.minutes_docx import build_minutes as build
    doc = build(detail, template, options=options)
    # the author in the PDF's properties as in the Word file's (the secretariat / --author)
    return write_pdf(document_html(doc), path, author=doc.core_properties.author or "KKR Desk",
                     language=doc.core_properties.language or "da-DK")
