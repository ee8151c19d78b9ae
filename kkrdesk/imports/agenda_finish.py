"""The parsed agenda finished once every line is read: titles tidied (markers, durations,
an explanation after the title, a closing full stop or colon), kinds and presenters
settled, an afternoon told from the morning ("3:00" after "1:30 PM"), durations from the
times, a stated duration, the next item's start or the kind's default, a parent's minutes
from its sub-items, and items pinned where the source leaves a gap or an overlap."""

from __future__ import annotations

import re

from kkrdesk.core.enums import ItemKind
from kkrdesk.imports.agenda_dates import find_date
from kkrdesk.imports.agenda_kind_words import wording_kind
from kkrdesk.imports.agenda_kinds import kind_and_duration
from kkrdesk.imports.agenda_people import split_people
from kkrdesk.imports.parsed_agenda import ParsedAgenda, ParsedItem, ParsedPresenter, clock

DEFAULT_MINUTES = {ItemKind.WELCOME: 10, ItemKind.BREAK: 15, ItemKind.ANY_OTHER_BUSINESS: 10}
MAX_MINUTES = 600
_NEXT = re.compile(r"(?:emner|punkter)\s+til\s+(?:det\s+)?næste\s+møde|^næste\s+møde\b", re.I)
_LABELS = {"session", "lab", "exercise", "workshop", "application", "motion", "topic", "bonus topic", "case",
           "demo", "keynote", "panel", "talk", "tutorial", "lukket", "åbent", "åben", "sakforslag",
           "saksforslag", "vedtektsforslag", "forslag", "punkt", "item", "note", "obs", "tema", "oplæg"}
_QUESTION = re.compile(r"^(?:if|how|what|why|when|who|where|which|should|can|do|does|is|are|hvad|hvordan|"
                       r"hvorfor|hvornår|hvem|hvor|skal|kan|vad|hur|varför|wie|was|warum)\b", re.I)


def tidy_title(title: str) -> str:
    """The title a secretary would type: an explanation or question after it left out
    ('Check-in : How is everyone doing ?' -> 'Check-in'), and no closing '.' or ':'."""
    title = " ".join(title.replace("**", "").replace("__", "").split())
    if m := re.match(r"^(.{2,80}?)\s+:\s+(\S.*)$", title):
        title = m.group(1)
    elif (m := re.match(r"^([^:]{2,80}):\s+(\S.*)$", title)) and m.group(1).casefold() not in _LABELS:
        rest, words = m.group(2), len(m.group(2).split())
        sentences = len(re.findall(r"[.?!](?:\s|$)", rest))
        if (words >= 10 and sentences >= 2) or (words >= 8 and "?" in rest and len(m.group(1).split()) >= 2):
            title = m.group(1)
    elif m := re.match(r"^(.{2,80}?)\s+[-–]\s+(\S.*\?)$", title):
        if _QUESTION.match(m.group(2)):
            title = m.group(1)
    if m := re.match(r"^(.+?)\s*\?\s+(\S.*)$", title):
        title = m.group(1) + (" ?" if _QUESTION.match(m.group(1)) else "")
    title = re.sub(r"(?:\s+[-–:]|[.:;,])+$", "", title).strip()
    return re.sub(r"^[-–•*]\s+", "", title).strip()


_OUTCOME = re.compile(r"\s*(?:[-–:]\s*|\(\s*)(udsat|udsættes|udgår|aflyst|godkendt|vedtaget|taget til efterretning|"
                      r"utsatt|avlyst|vedtatt|godkjent|uppskjuten|inställd|godkänd|postponed|cancelled|"
                      r"canceled|done|approved|deferred|vertagt|abgesagt|erledigt)\s*\)?\.?$", re.I)


def outcome(title: str) -> tuple[str, str]:
    """'Budget 2026 – udsat' -> ('Budget 2026', 'udsat'): an outcome written after the
    title in minutes is the item's description, not its title."""
    m = _OUTCOME.search(title)
    if m is None or m.start() == 0:
        return title, ""
    return title[: m.start()].rstrip(" -–:("), m.group(1)


def finish(agenda: ParsedAgenda) -> None:
    for item in agenda.all_items():
        title, kind, minutes = kind_and_duration(" ".join(item.title.split()))
        title, said = outcome(title)
        if said:
            item.description = f"{said}\n{item.description}".strip()
        item.title = tidy_title(title) or "Punkt uden titel"  # markers on a continued line count too
        item.stated_kind = item.stated_kind or kind
        item.stated_minutes = item.stated_minutes if item.stated_minutes is not None else minutes
        for point in item.sub_points:
            point.text = tidy_title(point.text) or point.text.strip() or "…"
    for topic in agenda.topics:
        topic.text = " ".join(topic.text.split())
    if agenda.next_meeting_date is None:  # the date may have come on the next line
        texts = [p.text for i in agenda.all_items() for p in i.sub_points] + [i.title for i in agenda.items]
        agenda.next_meeting_date = next((find_date(t) for t in texts if _NEXT.search(t) and find_date(t)), None)
    for item in agenda.items:
        _settle_kind(item, None)
        item.presenters = _people(item.presenter_text)
        for child in item.children:
            _settle_kind(child, item)
            child.presenters = _people(child.presenter_text)
            _settle_child(child)
    _afternoons(agenda.items)
    _durations(agenda.items)
    _pins(agenda)


def _settle_kind(item: ParsedItem, parent: ParsedItem | None) -> None:
    wording = wording_kind(item.title)
    for kind, source in ((item.stated_kind, "markør"), (wording, "ordlyd"),
                         (parent.kind if parent else None, "overordnet punkt")):
        if kind is not None:
            item.kind, item.kind_source = kind, source
            return
    item.kind, item.kind_source = ItemKind.DISCUSSION, "standard"


def _settle_child(child: ParsedItem) -> None:
    span = child.end_min - child.start_min if child.start_min is not None and child.end_min is not None else None
    if child.stated_minutes:
        child.duration_min, child.duration_source = min(child.stated_minutes, MAX_MINUTES), "angivet"
    elif span is not None and 0 < span <= MAX_MINUTES:
        child.duration_min, child.duration_source = span, "tider"
    else:
        child.duration_min, child.duration_source = 0, "underpunkt"


def _afternoons(items: list[ParsedItem]) -> None:
    """'3:00' after '1:30 – 3:00 PM' is 15.00: where the source writes am/pm, a time
    without it that would step back is read in the afternoon."""
    timed = [i for i in items if i.start_min is not None]
    if not any(i.meridiem for i in timed) or any(i.start_min >= 13 * 60 for i in timed if not i.meridiem):
        return
    prev = None
    for item in timed:
        if not item.meridiem and prev is not None and item.start_min < prev and item.start_min < 12 * 60 \
                and item.start_min + 12 * 60 >= prev:
            item.start_min += 12 * 60
            if item.end_min is not None and item.end_min < 12 * 60:
                item.end_min += 12 * 60
        if item.end_min is not None and item.end_min < item.start_min and item.end_min + 12 * 60 >= item.start_min:
            item.end_min += 12 * 60
        prev = item.start_min


def _durations(items: list[ParsedItem]) -> None:
    for k, item in enumerate(items):
        nxt = next((i.start_min for i in items[k + 1:] if i.start_min is not None), None)
        _settle_duration(item, nxt)
        kids = sum(c.duration_min for c in item.children)
        if kids and item.duration_source in ("standard", "næste start") and not item.stated_minutes:
            item.duration_min, item.duration_source = min(kids, MAX_MINUTES), "underpunkter"
            item.doubts = [d for d in item.doubts if not d.startswith("Ingen tid angivet")]
    for prev, item in zip(items, items[1:]):
        if item.start_min is None and prev.end_min is not None and prev.start_min is not None \
                and prev.start_min + prev.duration_min != prev.end_min:
            item.start_min = prev.end_min  # the next row of a table begins where this one ends


def _settle_duration(item: ParsedItem, next_start: int | None) -> None:
    default = DEFAULT_MINUTES.get(item.kind, 15)
    stated = item.stated_minutes
    span = item.end_min - item.start_min if item.start_min is not None and item.end_min is not None else None
    if item.minutes_first and stated is not None and 0 <= stated <= MAX_MINUTES:
        item.duration_min, item.duration_source = stated, "angivet"
        if span is not None and span != stated:
            item.doubts.append(f"Kolonnen siger {stated} min., tiderne {span} min.; kolonnen er brugt.")
        return
    if span is not None:
        if 0 <= span <= MAX_MINUTES:
            item.duration_min, item.duration_source = span, "tider"
            if stated and stated != span:
                item.doubts.append(f"Tiderne giver {span} min., men der står {stated} min.; tiderne er brugt.")
            if span == 0:
                item.doubts.append("Tiderne giver 0 min.")
            return
        item.doubts.append(f"Tiderne kl. {clock(item.start_min)}–{clock(item.end_min)} giver ingen rimelig varighed.")
    if stated and 0 < stated <= MAX_MINUTES:
        item.duration_min, item.duration_source = stated, "angivet"
        return
    if item.start_min is not None and next_start is not None and 0 < next_start - item.start_min <= MAX_MINUTES:
        item.duration_min, item.duration_source = next_start - item.start_min, "næste start"
        return
    item.duration_min, item.duration_source = default, "standard"
    item.doubts.append(f"Ingen tid angivet; varigheden er sat til {default} min.")


def _pins(agenda: ParsedAgenda) -> None:
    cursor = agenda.start_min
    for item in agenda.items:
        if cursor is not None and item.start_min is not None and item.start_min != cursor:
            item.pinned_min = item.start_min
            what = "et hul" if item.start_min > cursor else "et overlap"
            item.doubts.append(f"Der er {what} før punktet i kilden; det er låst til kl. {clock(item.start_min)}.")
            cursor = item.start_min
        if cursor is not None:
            cursor += item.duration_min


def _people(text: str) -> list[ParsedPresenter]:
    return [ParsedPresenter(name, org) for name, org in split_people(text)] if text else []
