"""The minutes (Referat) of one meeting as a Word document.

    export_minutes(detail, "referat.docx", template=None)

The agenda with each item's notes and "Beslutning: ...", a header with Dato, Tid, Sted,
Mødeleder, Referent, Deltagere and Afbud (a draft: what it still lacks, "Mangler"), the table of action items (Hvad / Hvem / Hvornår /
Status), open action items from earlier meetings, and "Næste møde" with the topics. Its
title and page header follow the referat's state (:mod:`kkrdesk.export.minutes_state`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kkrdesk.core.danish import short_date
from kkrdesk.export.doc_words import enum_word, word
from kkrdesk.core.timing import to_minutes
from kkrdesk.export import docx_template as T
from kkrdesk.export.docx_blocks import Writer
from kkrdesk.export.minutes_state import is_draft, minutes_mark, missing
from kkrdesk.views.agenda import DocumentOptions, MeetingDetail

ACTION_HEADERS = ("Hvad", "Hvem", "Hvornår", "Status")
ACTION_WIDTHS = (0.48, 0.25, 0.15, 0.12)
EARLIER_HEADERS = ("Møde", "Hvad", "Hvem", "Hvornår", "Status")
EARLIER_WIDTHS = (0.15, 0.37, 0.22, 0.14, 0.12)


def build_minutes(detail: MeetingDetail, template: str | Path | None = None,
                  today: dt.date | None = None, options: DocumentOptions | None = None):
    """The minutes as an unsaved python-docx Document."""
    options = options or DocumentOptions()
    doc = T.open_template(template, T.MINUTES_STYLES)
    w = Writer(doc, T.MINUTES_STYLES, options)
    lang = options.lang
    title, page_header, status = minutes_mark(detail.meeting, today, lang)
    draft = is_draft(detail.meeting, today)
    w.header(detail, title, minutes=True, status=status,
             missing=missing(detail, lang) if draft and detail.meeting.is_held(today) else "")
    T.set_page_header(doc, page_header)
    for action in detail.actions:
        if action.item_id is not None:
            w.actions_by_item.setdefault(action.item_id, []).append(action)
    end = to_minutes(detail.meeting.end_time)
    for item in detail.items:
        w.item(item, minutes=True, meeting_end=end)

    w.para(T.HEADING, w.w("Opfølgningspunkter"))
    if detail.actions:
        w.table([w.w(h) for h in ACTION_HEADERS], (
            (a.what, a.who, short_date(a.due), enum_word(a.status, lang)) for a in detail.actions
        ), ACTION_WIDTHS)
    elif draft:  # a draft claims nothing: the secretary has not vouched for it yet
        w.para(T.TEXT, w.w("Der er endnu ikke registreret opfølgningspunkter."))
    else:
        w.para(T.TEXT, w.w("Der blev ikke aftalt nye opfølgningspunkter på mødet."))
    if detail.earlier_open_actions:
        w.para(T.HEADING, w.w("Åbne opfølgningspunkter fra tidligere møder"))
        w.table([w.w(h) for h in EARLIER_HEADERS], (
            (short_date(a.meeting_date), a.what, a.who, short_date(a.due),
             enum_word(a.status, lang))
            for a in detail.earlier_open_actions
        ), EARLIER_WIDTHS)

    w.next_meeting(detail, topics_heading="Emner til næste møde")
    day = short_date(detail.meeting.date)
    T.set_properties(doc, f"{title} – {T.NETWORK} {day}",
                     word("Referat af mødet {day}", lang, day=day), options.author, language=lang)
    return doc


def export_minutes(detail: MeetingDetail, path: str | Path,
                   template: str | Path | None = None,
                   options: DocumentOptions | None = None) -> Path:
    """Write the minutes to ``path`` (atomically). Raises ExportError with a Danish
    one-sentence reason; then nothing is written and an earlier file is left as it was."""
    return T.save(build_minutes(detail, template, options=options), path)
