"""The documents in a mødepakke: the agenda as Word and, once the meeting is held, the
referat as Word and as its PDF/A copy, each built by the same code as its single export
(so the package never says something the single file would not), kept as bytes until
the package is written (:mod:`kkrdesk.export.meeting_package`)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from kkrdesk.core.file_names import dated_name
from kkrdesk.views.agenda import DocumentOptions, MeetingDetail


def package_documents(detail: MeetingDetail, template=None,
                      options: DocumentOptions | None = None,
                      today: dt.date | None = None) -> list[tuple[str, bytes]]:
    """(file name, bytes) of the agenda and, once the meeting is held, the referat as
    Word and PDF: the same documents the single exports write."""
    from kkrdesk.export.agenda_docx import build_agenda
    from kkrdesk.export.minutes_docx import build_minutes

    day = detail.meeting.date
    agenda = build_agenda(detail, template, options)
    files = [(dated_name("Dagsorden", day, "docx"), _docx_bytes(agenda))]
    if detail.meeting.is_held(today):
        minutes = build_minutes(detail, template, today, options)
        files.append((dated_name("Referat", day, "docx"), _docx_bytes(minutes)))
        files.append((dated_name("Referat", day, "pdf"), _pdf_bytes(minutes)))
    return files


def _docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_bytes(document) -> bytes:
    """The PDF/A copy of a built Word document, written as the PDF export writes it."""
    import tempfile

    from kkrdesk.export.docx_html import document_html
    from kkrdesk.export.pdf_writer import write_pdf

    with tempfile.TemporaryDirectory(prefix="kkrdesk-") as folder:
        path = write_pdf(document_html(document), Path(folder) / "referat.pdf",
                         author=document.core_properties.author or "KKR Desk")
        return path.read_bytes()
