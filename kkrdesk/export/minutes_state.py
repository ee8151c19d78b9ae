"""Where the referat stands, as its Word document says it: a draft until it is sent (or
while the meeting is not held yet), then preliminary, then approved — its title, the
header on every page and its status line — and, for a draft, what it still lacks.

A draft claims nothing nobody has vouched for, so the document must know which it is
before a line of it is written (:mod:`kkrdesk.export.minutes_docx`)."""

from __future__ import annotations

import datetime as dt

from kkrdesk.core.danish import join_and, long_date, short_date
from kkrdesk.core.enums import ItemKind, MinutesStatus
from kkrdesk.export.doc_words import word
from kkrdesk.export.docx_blocks import clean
from kkrdesk.views.agenda import MeetingDetail, MeetingSummary


def minutes_mark(m: MeetingSummary, today: dt.date | None = None,
                 lang: str = "da") -> tuple[str, str, str]:
    """(document title, page header on every page, status line) for the referat's state."""
    return tuple(word(text, lang, **values) for text, values in _mark(m, today, lang))


def _mark(m: MeetingSummary, today: dt.date | None, lang: str):
    if not m.is_held(today):
        return (("Udkast til referat", {}), ("Udkast – mødet er ikke holdt endnu", {}),
                ("Mødet er ikke holdt endnu: dette er et udkast, ikke et referat.", {}))
    status = m.minutes_status
    if status == MinutesStatus.APPROVED:
        by = long_date(m.minutes_approved_by_date or m.minutes_approved_on, lang).split(" ", 1)[1]
        return (("Godkendt referat", {}), ("Godkendt på mødet {day}", {"day": by}),
                ("Godkendt på mødet {day}", {"day": by}))
    if status == MinutesStatus.SENT:
        return (("Foreløbigt referat", {}), ("Foreløbigt referat", {}),
                ("Udsendt {day}; godkendes på næste møde", {"day": short_date(m.minutes_sent_on)}))
    return (("Udkast til referat", {}), ("Udkast", {}), ("Udkast, endnu ikke udsendt", {}))


def is_draft(m: MeetingSummary, today: dt.date | None = None) -> bool:
    """Not sent, not approved (or the meeting not held yet): nobody has vouched for it."""
    return not m.is_held(today) or m.minutes_status == MinutesStatus.DRAFT


def missing(detail: MeetingDetail, lang: str = "da") -> str:
    """What a draft referat still lacks, in one Danish line ("" when nothing): the place,
    the minute-taker, the attendance and the decision of every (B) item without one."""
    m = detail.meeting
    out = []
    if not (m.place.strip() or m.online_url.strip()):
        out.append(word("sted", lang))
    if not m.minute_taker_name:
        out.append(word("referent", lang))
    if not detail.attendance:
        out.append(word("fremmøde", lang))
    undecided = [it.number or clean(it.title) for it in detail.flat_items()
                 if it.kind == ItemKind.DECISION and not clean(it.decision)]
    if undecided:
        text = "beslutning på punkt {items}" if len(undecided) == 1 else (
            "beslutning på punkterne {items}")
        out.append(word(text, lang, items=join_and(undecided, lang)))
    return join_and(out, lang)
