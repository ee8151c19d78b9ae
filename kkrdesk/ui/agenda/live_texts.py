"""What the chair's live view says at a moment: every line of the screen as plain
text with a tone for its colour, worked out from the meeting and the clock. No Qt:
the window (live_view.py) only draws it, and tests read it line by line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kkrdesk.core import live_timing as L
from kkrdesk.ui.dates import clock, long_date
from kkrdesk.ui.labels import label
from kkrdesk.views.agenda import KIND_MARKS, ItemView, MeetingDetail

AMBER_S = 120  # the countdown turns amber in the slot's last two minutes
LATE_RED_MIN = 5  # "bagud" is amber below five minutes, red from five
MAX_DETAIL_LINES = 5
HINT = "Mellemrum, → eller PageDown: næste punkt  ·  ← eller PageUp: tilbage  ·  Esc: luk"


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
    hint: str = HINT


def live_items(detail: MeetingDetail) -> list[L.LiveItem]:
    return [L.LiveItem(i.id, i.start_min, i.end_min, i.actual_start, i.actual_end)
            for i in detail.items]


def state(detail: MeetingDetail, now: dt.datetime) -> L.LiveState:
    return L.state(live_items(detail), detail.meeting.date, now)


def kind_text(item: ItemView) -> str:
    """"Punkt 3 · Til orientering"; a break without a number is just "Pause"."""
    kind = KIND_MARKS.get(item.kind, ("", label(item.kind)))[1]
    return f"Punkt {item.number} · {kind}" if item.number else kind


def details_text(item: ItemView) -> str:
    """The sub-items with their presenters, else the sub-points, a few lines at most."""
    if item.children:
        lines = [" · ".join(x for x in (f"{c.number} {c.title}",
                                        c.presenters_text.removeprefix("v. ")) if x)
                 for c in item.children]
    else:
        lines = [f"• {p}" for p in item.sub_points if p.strip()]
    if len(lines) > MAX_DETAIL_LINES:
        rest = len(lines) - (MAX_DETAIL_LINES - 1)
        lines = lines[:MAX_DETAIL_LINES - 1] + [f"… og {rest} mere"]
    return "\n".join(lines)


def next_text(detail: MeetingDetail, after: int) -> str:
    """The item that follows the ``after``-th, or the planned end of the meeting."""
    rest = [i for i in detail.items[after + 1:] if i.actual_start is None]
    if not rest:
        return f"Næste: mødets afslutning, planlagt kl. {clock(detail.planned_end_min)}"
    item = rest[0]
    parts = [item.numbered_title, item.presenters_text, f"kl. {clock(item.start_min)}"]
    return "Næste: " + " · ".join(p for p in parts if p)


def behind_tone(seconds: int | None) -> str:
    if seconds is None:
        return "idle"
    minutes = seconds // 60 if seconds > 0 else 0
    if minutes < 1:
        return "good"
    return "red" if minutes >= LATE_RED_MIN else "amber"


def forecast_line(detail: MeetingDetail, seconds: int | None) -> str:
    """"Forventet slut kl. 15.12 (planlagt kl. 15.00)": the agenda's planned end moved by
    as many whole minutes as the meeting is behind or ahead."""
    planned = clock(detail.planned_end_min)
    if seconds is None or abs(seconds) < 60:
        return f"Planlagt slut kl. {planned}"
    moved = int(seconds / 60)
    return f"Forventet slut kl. {clock(detail.planned_end_min + moved)} (planlagt kl. {planned})"


def compose(detail: MeetingDetail, now: dt.datetime) -> LiveTexts:
    """Every line of the live view for ``detail`` at ``now``."""
    st = state(detail, now)
    head = f"{detail.meeting.title} · {long_date(detail.meeting.date)}"
    common = dict(heading=head, clock=f"kl. {now:%H.%M}", stage=st.stage)
    if st.stage == L.AFTER:
        return _after(detail, st, common)
    if st.index is None:
        return LiveTexts(label="Ingen punkter", title="Mødet har ingen punkter på dagsordenen.",
                         presenters="", details="", countdown="", countdown_note="",
                         countdown_tone="idle", behind="", behind_tone="idle", forecast="",
                         next="", **common)
    item = detail.items[st.index]
    slot = f"planlagt kl. {clock(item.start_min)}–{clock(item.end_min)}"
    if st.stage == L.RUNNING:
        left = st.remaining_s
        length = item.end_min - item.start_min
        note = f"tilbage af {length} min." if left >= 0 else f"over tiden ({length} min.)"
        tone = "red" if left < 0 else "amber" if left <= AMBER_S else "normal"
        countdown, behind = L.countdown_text(left), L.behind_text(st.behind_s)
        note = f"{note} · {slot}"
    else:  # before the start, or between two items
        countdown, tone = L.countdown_text((item.end_min - item.start_min) * 60), "idle"
        note = f"{'Mødet er ikke begyndt' if st.stage == L.BEFORE else 'Punktet er ikke begyndt'}" \
               f" · {slot} · Mellemrum begynder punktet"
        behind = (L.behind_text(st.behind_s) if st.behind_s is not None
                  else f"Mødet begynder kl. {clock(detail.meeting.start_time)}")
    return LiveTexts(label=kind_text(item), title=item.title, presenters=item.presenters_text,
                     details=details_text(item), countdown=countdown, countdown_note=note,
                     countdown_tone=tone, behind=behind, behind_tone=behind_tone(st.behind_s),
                     forecast=forecast_line(detail, st.behind_s),
                     next=next_text(detail, st.index), **common)


def _after(detail: MeetingDetail, st: L.LiveState, common: dict) -> LiveTexts:
    planned = clock(detail.planned_end_min)
    minutes = abs(st.behind_s) // 60
    if minutes == 0:
        verdict = f"til tiden (planlagt kl. {planned})"
    else:
        verdict = f"{minutes} min. {'over' if st.behind_s > 0 else 'før'} tiden (planlagt kl. {planned})"
    return LiveTexts(label="Mødet er slut", title=f"Mødet sluttede kl. {st.ended_at:%H.%M}",
                     presenters="", details="", countdown="", countdown_note="",
                     countdown_tone="idle", behind=f"Sluttede {verdict}",
                     behind_tone=behind_tone(st.behind_s), forecast="", next="", **common)
