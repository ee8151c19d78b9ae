"""The agenda (Dagsorden) of one meeting as a Word document.

    export_agenda(detail, "dagsorden.docx")                 # the bundled template
    export_agenda(detail, "dagsorden.docx", template=path)  # the secretariat's own

Header (network, "Dagsorden", date, time, place, chair), the numbered items with their
time slots, presenters, sub-points and sub-items, and "Næste møde" at the end."""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core.danish import short_date
from kkrdesk.export.doc_words import word
from kkrdesk.core.timing import to_minutes
from kkrdesk.export import docx_template as T
from kkrdesk.export.docx_blocks import Writer
from kkrdesk.views.agenda import DocumentOptions, MeetingDetail


def build_agenda(detail: MeetingDetail, template: str | Path | None = None,
                 options: DocumentOptions | None = None):
    """The agenda as an unsaved python-docx Document."""
    options = options or DocumentOptions()
    doc = T.open_template(template, T.AGENDA_STYLES)
    w = Writer(doc, T.AGENDA_STYLES, options)
    w.header(detail, word("Dagsorden", options.lang), minutes=False)
    end = to_minutes(detail.meeting.end_time)
    for item in detail.items:
        w.item(item, minutes=False, meeting_end=end)
    w.next_meeting(detail, topics_heading="Emner til næste møde")
    day = short_date(detail.meeting.date)
    T.set_properties(doc, f"{word('Dagsorden', options.lang)} – {T.NETWORK} {day}",
                     word("Dagsorden til mødet {day}", options.lang, day=day), options.author,
                     language=options.lang)
    return doc


def export_agenda(detail: MeetingDetail, path: str | Path,
                  template: str | Path | None = None,
                  options: DocumentOptions | None = None) -> Path:
    """Write the agenda to ``path`` (atomically). Raises ExportError with a Danish
    one-sentence reason; then nothing is written and an earlier file is left as it was."""
    return T.save(build_agenda(detail, template, options), path)
