"""The parsed agenda: plain, editable dataclasses (the preview changes them in place),
and the slots derived from them as the app derives them.

Made by :mod:`kkrdesk.imports.agenda_parser`; read by the import service, the preview
and the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kkrdesk.core.enums import ItemKind


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}.{minutes % 60:02d}"

@dataclass
class ParsedPresenter:
    name: str
    organisation: str = ""

    @property
    def text(self) -> str:
        return ", ".join(p for p in (self.name, self.organisation) if p)

@dataclass(eq=False)  # rows of the preview: compared by identity
class ParsedPoint:
    """A sub-point of an item, or a topic for the next meeting."""

    text: str
    lines: list[int] = field(default_factory=list)

@dataclass(eq=False)
class ParsedItem:
    title: str
    kind: ItemKind = ItemKind.DISCUSSION
    kind_source: str = "standard"  # markør, fast punkt, ordlyd, overordnet punkt, standard
    duration_min: int = 15
    duration_source: str = "standard"  # tider, angivet, næste start, standard, underpunkt
    start_min: int | None = None  # as the source gives it
    end_min: int | None = None
    pinned_min: int | None = None  # fixed clock time (a gap or overlap in the source)
    presenters: list[ParsedPresenter] = field(default_factory=list)
    description: str = ""
    sub_points: list[ParsedPoint] = field(default_factory=list)
    children: list[ParsedItem] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    presenter_text: str = ""  # raw "v. …" text while parsing
    stated_kind: ItemKind | None = None
    stated_minutes: int | None = None
    paired_from: int | None = None  # line of a time range that stood apart from the title
    source_number: int | None = None  # "4." in the source
    bullet_mark: str = ""  # the bullet a sub-item was written with
    meridiem: bool = False  # the source wrote am/pm, so the hour is certain
    minutes_first: bool = False  # a minutes column: its minutes win over the start and end

    @property
    def doubtful(self) -> bool:
        return bool(self.doubts)

    @property
    def confidence(self) -> float:
        """How sure the reading is, 0-1: each doubt about the item takes some off."""
        return max(0.1, 1.0 - 0.3 * len(self.doubts))

    def all_lines(self) -> list[int]:
        out = list(self.lines)
        for p in self.sub_points:
            out += p.lines
        for c in self.children:
            out += c.all_lines()
        return out

@dataclass
class ParsedAgenda:
    lines: tuple[str, ...]
    items: list[ParsedItem] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)  # line -> why
    unread: list[int] = field(default_factory=list)
    bad_times: dict[int, str] = field(default_factory=dict)  # line -> "Linje 4: »24.00« er ikke …"
    topics: list[ParsedPoint] = field(default_factory=list)
    meeting_date: dt.date | None = None
    next_meeting_date: dt.date | None = None
    meeting_start: int | None = None  # the meeting's start as its header says ("kl. 19.00")
    meeting_end: int | None = None
    confidence: float = 0.0  # how much the text reads as an agenda, 0-1 (agenda_judge)
    evidence: list[str] = field(default_factory=list)  # what it was judged on, for people
    refusal: str = ""  # why the text is no agenda ("" when it is one)

    @property
    def start_min(self) -> int | None:
        if self.items and self.items[0].start_min is not None:
            return self.items[0].start_min
        if self.meeting_start is not None:
            return self.meeting_start
        starts = [i.start_min for i in self.items if i.start_min is not None]
        return starts[0] if starts else None

    @property
    def end_min(self) -> int | None:
        ends = [i.end_min for i in self.items if i.end_min is not None]
        if self.meeting_end is not None:
            ends.append(self.meeting_end)
        return max(ends) if ends else None

    def all_items(self) -> list[ParsedItem]:
        return [x for i in self.items for x in (i, *i.children)]

    def used_lines(self) -> list[int]:
        """Each line used by an item, a sub-point or a topic, once."""
        out = [n for i in self.items for n in i.all_lines()] + [n for t in self.topics for n in t.lines]
        return sorted(set(out))

    def doubtful_items(self) -> list[ParsedItem]:
        return [i for i in self.all_items() if i.doubtful]

    def skipped_ranges(self) -> list[str]:
        """The skipped lines for people: 'linje 1–12 (før overskriften)', blank lines left out."""
        runs: list[list] = []
        current: list | None = None
        for n in range(len(self.lines)):
            why = self.skipped.get(n)
            if why == "tom linje":
                continue
            if why is None:
                current = None
            elif current is not None and current[2] == why:
                current[1] = n
            else:
                current = [n, n, why]
                runs.append(current)
        return [f"linje {a + 1}" + (f"–{b + 1}" if b > a else "") + f" ({why})" for a, b, why in runs]

    def shown_skipped(self) -> dict[int, str]:
        """Skipped lines worth telling the user about (not blank ones)."""
        return {n: why for n, why in self.skipped.items() if why != "tom linje"}

def default_start(agenda: ParsedAgenda) -> int:
    return agenda.start_min if agenda.start_min is not None else 12 * 60

def default_end(agenda: ParsedAgenda, start: int | None = None) -> int:
    """The meeting's end: the last time in the source, or when the agenda ends (its slots
    as the app derives them, so a pinned item or a second day's restart counts as such)."""
    start = default_start(agenda) if start is None else start
    ends = [end for _, end in slots(agenda, start).values()] if agenda.items else []
    return max(agenda.end_min or 0, max(ends, default=start), start + 15)

def slots(agenda: ParsedAgenda, start: int | None = None) -> dict[int, tuple[int, int]]:
    """Clock slots (start, end in minutes) by ``id(item)``, derived as in the app: the
    meeting start plus the durations in order, pinned items at their time."""
    from kkrdesk.core import timing

    begin = default_start(agenda) if start is None else start
    keys: dict[int, ParsedItem] = {}
    inputs = []
    for item in agenda.items:
        kids = []
        for child in item.children:
            keys[len(keys)] = child
            kids.append(timing.SlotInput(len(keys) - 1, child.duration_min))
        keys[len(keys)] = item
        pin = item.pinned_min
        inputs.append(timing.SlotInput(len(keys) - 1, item.duration_min,
                                       dt.time(pin // 60, pin % 60) if pin is not None and pin < 1440 else None,
                                       tuple(kids)))
    day = timing.schedule(dt.time(min(begin, 1439) // 60, min(begin, 1439) % 60), dt.time(23, 59), inputs)
    return {id(keys[k]): (s.start_min, s.end_min) for k, s in day.by_key.items()}
