"""What the chair's live view says at a moment: every line of the screen as plain
text with a tone for its colour, worked out from the meeting and the clock, in the
window's language. No widgets: the window (live_view.py) only draws it, and tests read
it line by line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kkrdesk.core import live_timing as L
from kkrdesk.ui.dates import TIME_SEP, clock, join_and, long_date
from kkrdesk.ui.i18n import translate
from kkrdesk.ui.labels import label
from kkrdesk.views.agenda import KIND_MARKS, ItemView, MeetingDetail

AMBER_S = 120  # the countdown turns amber in the slot's last two minutes
LATE_RED_MIN = 5  # "bagud" is amber below five minutes, red from five
MAX_DETAIL_LINES = 5
KIND_LINES = (QT_TRANSLATE_NOOP("LiveView", "Til orientering"),  # views.agenda.KIND_MARKS
              QT_TRANSLATE_NOOP("LiveView", "Til drøftelse"),
              QT_TRANSLATE_NOOP("LiveView", "Til beslutning"))

HINT = QT_TRANSLATE_NOOP("LiveView", "Mellemrum, → eller PageDown: næste punkt  ·  ← eller "
                         "PageUp: tilbage  ·  Esc: luk")


@dataclass(frozen=True)
class LiveTexts:
    heading: str  # the meeting and its day
    clock: str  # "kl. 12.47"
    label: str  # "Punkt 3 · Til orientering"
    title: str
    presenters: str  # "v. Poul Erik Kristensen, KL"
    details: str  # the sub-items with their presenters, or the sub-points
    countdown: str  # "07:12", "−02:30"
    countdown_note: str  # "tilbage af 15 min. · planlagt kl. 12.45–13.00"
    countdown_tone: str  # "normal", "amber", "red" or "idle"
    behind: str  # "12 min. bagud", "3 min. foran", "Til tiden"
    behind_tone: str  # "good", "amber", "red" or "idle"
    forecast: str  # "Forventet slut kl. 15.12 (planlagt kl. 15.00)"
    next: str  # "Næste: 4. Status for … · v. … · kl. 13.00"
    stage: str  # live_timing's stage
    hint: str = ""


def live_items(detail: MeetingDetail) -> list[L.LiveItem]:
    return [L.LiveItem(i.id, i.start_min, i.end_min, i.actual_start, i.actual_end)
            for i in detail.items]


def state(detail: MeetingDetail, now: dt.datetime) -> L.LiveState:
    return L.state(live_items(detail), detail.meeting.date, now)


def kind_text(item: ItemView) -> str:
    """"Punkt 3 · Til orientering"; a break without a number is just "Pause"."""
    kind = KIND_MARKS.get(item.kind, ("", item.kind))[1]
    kind = translate("LiveView", kind) if item.kind in KIND_MARKS else label(item.kind)
    return translate("LiveView", "Punkt {number} · {kind}").format(number=item.number, kind=kind) \
        if item.number else kind


def presenters_line(item: ItemView) -> str:
    """"v. Poul Erik Kristensen, KL og …" in the window's language ('' if none)."""
    names = [p.text for p in item.presenters if p.text]
    return translate("LiveView", "v. {names}").format(names=join_and(names)) if names else ""


def details_text(item: ItemView) -> str:
    """The sub-items with their presenters, else the sub-points, a few lines at most."""
    if item.children:
        lines = [" · ".join(x for x in (f"{c.number} {c.title}",
                                        join_and([p.text for p in c.presenters if p.text])) if x)
                 for c in item.children]
    else:
        lines = [f"• {p}" for p in item.sub_points if p.strip()]
    if len(lines) > MAX_DETAIL_LINES:
        rest = len(lines) - (MAX_DETAIL_LINES - 1)
        lines = lines[:MAX_DETAIL_LINES - 1] + [translate("LiveView", "… og {rest} mere").format(rest=rest)]
    return "\n".join(lines)


def next_text(detail: MeetingDetail, after: int, sep: str = TIME_SEP) -> str:
    """The item that follows the ``after``-th, or the planned end of the meeting."""
    rest = [i for i in detail.items[after + 1:] if i.actual_start is None]
    if not rest:
        return translate("LiveView", "Næste: mødets afslutning, planlagt kl. {time}").format(
            time=clock(detail.planned_end_min, sep))
    item = rest[0]
    parts = [item.numbered_title, presenters_line(item),
             translate("LiveView", "kl. {time}").format(time=clock(item.start_min, sep))]
    return translate("LiveView", "Næste: {what}").format(what=" · ".join(p for p in parts if p))


def behind_tone(seconds: int | None) -> str:
    if seconds is None:
        return "idle"
    minutes = seconds // 60 if seconds > 0 else 0
    if minutes < 1:
        return "good"
    return "red" if minutes >= LATE_RED_MIN else "amber"


def behind_text(seconds: int | None) -> str:
    """"12 min. bagud", "3 min. foran", "Til tiden" (whole minutes, counted down)."""
    if seconds is None:
        return ""
    minutes = abs(seconds) // 60
    if minutes == 0:
        return translate("LiveView", "Til tiden")
    return (translate("LiveView", "{minutes} min. bagud") if seconds > 0
            else translate("LiveView", "{minutes} min. foran")).format(minutes=minutes)


def forecast_line(detail: MeetingDetail, seconds: int | None, sep: str = TIME_SEP) -> str:
    """"Forventet slut kl. 15.12 (planlagt kl. 15.00)": the agenda's planned end moved by
    as many whole minutes as the meeting is behind or ahead."""
    planned = clock(detail.planned_end_min, sep)
    if seconds is None or abs(seconds) < 60:
        return translate("LiveView", "Planlagt slut kl. {time}").format(time=planned)
    moved = int(seconds / 60)
    return translate("LiveView", "Forventet slut kl. {time} (planlagt kl. {planned})").format(
        time=clock(detail.planned_end_min + moved, sep), planned=planned)


def compose(detail: MeetingDetail, now: dt.datetime, sep: str = TIME_SEP) -> LiveTexts:
    """Every line of the live view for ``detail`` at ``now``; ``sep`` is the clock's
    separator setting (12.00 or 12:00), as everywhere else in the window."""
    st = state(detail, now)
    head = f"{detail.meeting.title} · {long_date(detail.meeting.date)}"
    common = dict(heading=head, stage=st.stage, hint=translate("LiveView", HINT),
                  clock=translate("LiveView", "kl. {time}").format(time=clock(now.time(), sep)))
    if st.stage == L.AFTER:
        return _after(detail, st, common, sep)
    if st.index is None:
        return LiveTexts(label=translate("LiveView", "Ingen punkter"),
                         title=translate("LiveView", "Mødet har ingen punkter på dagsordenen."),
                         presenters="", details="", countdown="", countdown_note="",
                         countdown_tone="idle", behind="", behind_tone="idle", forecast="",
                         next="", **common)
    item = detail.items[st.index]
    slot = translate("LiveView", "planlagt kl. {start}–{end}").format(
        start=clock(item.start_min, sep), end=clock(item.end_min, sep))
    if st.stage == L.RUNNING:
        left = st.remaining_s
        length = item.end_min - item.start_min
        note = (translate("LiveView", "tilbage af {minutes} min.") if left >= 0
                else translate("LiveView", "over tiden ({minutes} min.)")).format(minutes=length)
        tone = "red" if left < 0 else "amber" if left <= AMBER_S else "normal"
        countdown, behind = L.countdown_text(left), behind_text(st.behind_s)
        note = f"{note} · {slot}"
    else:  # before the start, or between two items
        countdown, tone = L.countdown_text((item.end_min - item.start_min) * 60), "idle"
        waiting = (translate("LiveView", "Mødet er ikke begyndt") if st.stage == L.BEFORE
                   else translate("LiveView", "Punktet er ikke begyndt"))
        note = f"{waiting} · {slot} · " + translate("LiveView", "Mellemrum begynder punktet")
        behind = (behind_text(st.behind_s) if st.behind_s is not None
                  else translate("LiveView", "Mødet begynder kl. {time}").format(
                      time=clock(detail.meeting.start_time, sep)))
    return LiveTexts(label=kind_text(item), title=item.title, presenters=presenters_line(item),
                     details=details_text(item), countdown=countdown, countdown_note=note,
                     countdown_tone=tone, behind=behind, behind_tone=behind_tone(st.behind_s),
                     forecast=forecast_line(detail, st.behind_s, sep),
                     next=next_text(detail, st.index, sep), **common)


def _after(detail: MeetingDetail, st: L.LiveState, common: dict, sep: str) -> LiveTexts:
    planned = clock(detail.planned_end_min, sep)
    minutes = abs(st.behind_s) // 60
    if minutes == 0:
        verdict = translate("LiveView", "Sluttede til tiden (planlagt kl. {planned})")
    elif st.behind_s > 0:
        verdict = translate("LiveView", "Sluttede {minutes} min. over tiden (planlagt kl. {planned})")
    else:
        verdict = translate("LiveView", "Sluttede {minutes} min. før tiden (planlagt kl. {planned})")
    return LiveTexts(label=translate("LiveView", "Mødet er slut"),
                     title=translate("LiveView", "Mødet sluttede kl. {time}").format(
                         time=clock(st.ended_at.time(), sep)),
                     presenters="", details="", countdown="", countdown_note="",
                     countdown_tone="idle", behind=verdict.format(minutes=minutes, planned=planned),
                     behind_tone=behind_tone(st.behind_s), forecast="", next="", **common)
