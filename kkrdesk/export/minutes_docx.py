"""The minutes (Referat) of one meeting as a Word document.

    export_minutes(detail, "referat.docx", template=None)

The agenda with each item's notes and "Beslutning: ...", a header with Mødeleder,
Referent, Deltagere and Afbud, the table of action items (Hvad / Hvem / Hvornår /
Status), open action items from earlier meetings, and "Næste møde" with the topics."""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core.danish import short_date
from kkrdesk.core.enums import label
from kkrdesk.export import docx_template as T
from kkrdesk.export.docx_blocks import Writer
from kkrdesk.views.agenda import MeetingDetail

ACTION_HEADERS = ("Hvad", "Hvem", "Hvornår", "Status")
ACTION_WIDTHS = (0.48, 0.25, 0.15, 0.12)
EARLIER_HEADERS = ("Møde", "Hvad", "Hvem", "Hvornår", "Status")
EARLIER_WIDTHS = (0.15, 0.37, 0.22, 0.14, 0.12)


def build_minutes(detail: MeetingDetail, template: str | Path | None = None):
    """The minutes as an unsaved python-docx Document."""
    doc = T.open_template(template, T.MINUTES_STYLES)
    w = Writer(doc, T.MINUTES_STYLES)
    w.header(detail, "Referat", minutes=True)
    for action in detail.actions:
        if action.item_id is not None:
            w.actions_by_item.setdefault(action.item_id, []).append(action)
    for item in detail.items:
        w.item(item, minutes=True)

    w.para(T.HEADING, "Opfølgningspunkter")
    if detail.actions:
        w.table(ACTION_HEADERS, (
            (a.what, a.who, short_date(a.due), label(a.status)) for a in detail.actions
        ), ACTION_WIDTHS)
    else:
        w.para(T.TEXT, "Der blev ikke aftalt nye opfølgningspunkter på mødet.")
    if detail.earlier_open_actions:
        w.para(T.HEADING, "Åbne opfølgningspunkter fra tidligere møder")
        w.table(EARLIER_HEADERS, (
            (short_date(a.meeting_date), a.what, a.who, short_date(a.due), label(a.status))
            for a in detail.earlier_open_actions
        ), EARLIER_WIDTHS)

    w.next_meeting(detail, topics_heading="Emner til næste møde")
    day = short_date(detail.meeting.date)
    T.set_properties(doc, f"Referat – {T.NETWORK} {day}", f"Referat af mødet {day}")
    return doc


def export_minutes(detail: MeetingDetail, path: str | Path,
                   template: str | Path | None = None) -> Path:
    """Write the minutes to ``path`` (atomically). Raises ExportError with a Danish
    one-sentence reason; then nothing is written and an earlier file is left as it was."""
    return T.save(build_minutes(detail, template), path)
