"""The agenda as plain text, for a calendar entry's description and the invitation's
body: each item with its slot and presenters as the Word agenda has them, the
unnumbered break by its title, sub-items and sub-points indented, and the same warning
where the agenda runs past the meeting's end.

    1. Velkomst
    kl. 12.00–12.10 · v. Poul Erik Kristensen, KL

    Pause
    kl. 13.35–13.50
"""

from __future__ import annotations

from kkrdesk.core.danish import TIME_SEP, clock, long_date, time_span
from kkrdesk.core.timing import to_minutes
from kkrdesk.export.doc_words import presenters, word
from kkrdesk.export.ics_common import one_line
from kkrdesk.views.agenda import ItemView, MeetingDetail, MeetingSummary

TITLE_LIMIT = 500  # an item title longer than this is cut in the text ("…")
UNTITLED = "(uden titel)"


def _detail_line(it: ItemView, sep: str, lang: str) -> str:
    slot = time_span(it.start_min, it.end_min, sep, lang) if it.has_own_slot else ""
    return " · ".join(x for x in (slot, one_line(presenters(it, lang))) if x)


def item_lines(it: ItemView, meeting_end: int, sep: str = TIME_SEP, lang: str = "da") -> list[str]:
    untitled = word(UNTITLED, lang)
    title = one_line(it.title, TITLE_LIMIT) or untitled
    out = [f"{it.number}. {title}" if it.number else title]
    out.append(_detail_line(it, sep, lang))
    out += [f"  – {one_line(p, TITLE_LIMIT)}" for p in it.sub_points if one_line(p)]
    for child in it.children:
        out.append(f"  {child.number} {one_line(child.title, TITLE_LIMIT) or untitled}")
        if line := _detail_line(child, sep, lang):
            out.append(f"    {line}")
        out += [f"    – {one_line(p, TITLE_LIMIT)}" for p in child.sub_points if one_line(p)]
    if it.start_min < meeting_end < it.end_min:
        out.append(word("Bemærk: dagsordenen løber her over mødets slut kl. {time}.", lang,
                        time=clock(meeting_end, sep)))
    return [line for line in out if line]


def agenda_lines(detail: MeetingDetail, sep: str = TIME_SEP, lang: str = "da") -> list[str]:
    """The items, a blank line between them; a meeting without items says so. ``sep``:
    the clock's separator, "." (12.00) or ":" (12:00); ``lang``: "da" or "en"."""
    if not detail.items:
        return [word("Dagsordenen er ikke lagt endnu.", lang)]
    end = to_minutes(detail.meeting.end_time) if has_end(detail.meeting) else 24 * 60
    out: list[str] = []
    for it in detail.items:
        if out:
            out.append("")
        out += item_lines(it, end, sep, lang)
    return out


def has_end(m: MeetingSummary) -> bool:
    """Whether the meeting has an end after its start (the schema insists; a file made
    by other means may not, and then the calendar gets the start alone)."""
    return m.end_time is not None and m.end_time > m.start_time


def meeting_time(m: MeetingSummary, sep: str = TIME_SEP, lang: str = "da") -> str:
    """'kl. 12.00–15.00', or 'kl. 12.00' without a usable end."""
    if has_end(m):
        return time_span(m.start_time, m.end_time, sep, lang)
    return word("kl. {time}", lang, time=clock(m.start_time, sep))


def when_lines(m: MeetingSummary, sep: str = TIME_SEP, lang: str = "da") -> list[str]:
    """Dato, Tid, Sted and Online as the invitation's body and the description state them."""
    place, url = one_line(m.place), one_line(m.online_url, 2000)
    out = [f"{word('Dato', lang)}: {long_date(m.date, lang)}",
           f"{word('Tid', lang)}: {meeting_time(m, sep, lang)}",
           f"{word('Sted', lang)}: {place or ('Online' if url else word('Ikke angivet', lang))}"]
    if url:
        out.append(f"Online: {url}")
    return out
