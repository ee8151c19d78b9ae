"""Table rows of an agenda (Word, PowerPoint, markdown, a PDF's columns): which column
holds what, from the header row's words ("Start | Tid | Slutt | Sak", "Topic | Presented
by | Time allotted", "Time | Subject | Content") or, without one, from what the cells
hold (a clock time, a number of minutes, a kind, a name); and one row read as an item's
fields. A row without a time under a timed row is a sub-point of it; a row that only
fills the presenter column belongs to the row above (a cell with several names).

Pure functions of the cells; the parser decides where a table begins and ends."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kkrdesk.core.enums import ItemKind
from kkrdesk.imports import agenda_clock as clk
from kkrdesk.imports.agenda_kinds import kind_line
from kkrdesk.imports.agenda_non_items import day_heading, info_key

START, END, MINUTES, TITLE, WHO, KIND, TEXT, SKIP, NUMBER, TIME, DATE = (
    "start", "end", "minutes", "title", "who", "kind", "text", "skip", "number", "time", "date")
_ROLES = {
    START: ("start", "starttid", "begin", "kl", "kl.", "klokken", "tidspunkt", "when", "hvornår", "fra",
            "from", "tidsrum", "uhrzeit", "time slot"),
    END: ("slutt", "slut", "end", "stop", "sluttid", "ends", "ende", "til", "to"),
    MINUTES: ("tid (minutter)", "minutter", "min", "min.", "minutes", "mins", "varighed", "varighet",
              "duration", "length", "time allotted", "allotted time", "tid (min)", "minuter", "dauer",
              "time (min)", "tid (min.)"),
    TIME: ("tid", "time", "zeit"),
    TITLE: ("sak", "punkt", "emne", "topic", "subject", "item", "agenda item", "activity", "aktivitet",
            "tema", "ärende", "title", "titel", "overskrift", "dagsordenspunkt", "what", "hvad",
            "session", "thema", "tagesordnungspunkt", "programpunkt", "agenda", "topics", "items"),
    WHO: ("presenter", "presented by", "presenters", "ansvarlig", "ansvar", "responsible", "who", "hvem",
          "oplægsholder", "foredragsholder", "speaker", "speakers", "lead", "owner", "innleder", "v/",
          "ved", "facilitator"),
    KIND: ("type", "art", "kind", "behandling", "form", "karakter"),
    TEXT: ("content", "indhold", "beskrivelse", "description"),
    SKIP: ("notes", "noter", "referat", "comment", "comments", "kommentar", "kommentarer", "bemærkning",
           "bemærkninger", "faktisk start", "actual start", "actual", "status", "beslutning",
           "beslutninger", "resultat", "materiale", "bilag", "outcome", "outcomes"),
    NUMBER: ("nr", "nr.", "#", "no", "no.", "pkt", "pkt.", "punktnr"),
    DATE: ("date", "dato", "datum", "dag", "day"),
}
_ROLE_OF = {word: role for role, words in _ROLES.items() for word in words}
_TOTAL = re.compile(r"^(?:total(?:\s+tid)?|i alt|sum|samlet(?:\s+tid)?|totalt?)\b", re.I)


def _role_word(cell: str) -> str | None:
    text = " ".join(cell.casefold().strip(" :").split())
    if text in _ROLE_OF:
        return _ROLE_OF[text]
    bare = re.sub(r"\s*\(.*?\)\s*", "", text).strip()
    if "min" in text and bare in ("tid", "time"):
        return MINUTES
    return _ROLE_OF.get(bare)


def header_roles(cells: tuple[str, ...]) -> list[str] | None:
    """The roles of a header row's columns, or None when the row is no header."""
    roles = [_role_word(c) if c else "" for c in cells]
    named = [r for r in roles if r]
    if len(named) >= 2 and len(named) >= len([c for c in cells if c]) - 2 and \
            any(r in (TITLE, START, TIME, MINUTES) for r in named):
        return [r or SKIP for r in roles]
    return None


def settle_time_columns(roles: list[str], rows: list[tuple[str, ...]]) -> list[str]:
    """A column headed 'Tid'/'Time' holds clock times or minutes: its cells say which."""
    out = list(roles)
    for k, role in enumerate(roles):
        if role != TIME:
            continue
        values = [r[k] for r in rows if k < len(r) and r[k]]
        clocks = sum(1 for v in values if clock_cell(v) is not None)
        out[k] = START if clocks * 2 >= len(values) and values else MINUTES
    return out


def clock_cell(text: str) -> clk.Times | None:
    """A cell that holds a time or a time range and nothing else ('11:50 AM - Noon')."""
    text = re.sub(r"\bnoon\b", "12:00 PM", text, flags=re.I)
    t = clk.leading_times(text, compact=True)
    if t is not None and (not t.rest or re.fullmatch(r"(?:[ap]\.?m\.?|uhr|h)", t.rest, re.I)):
        return t
    return None


def total_row(cells: tuple[str, ...]) -> bool:
    first = next((c for c in cells if c), "")
    return bool(_TOTAL.match(first))


def info_row(cells: tuple[str, ...]) -> bool:
    """A header field of the document ('Date : | 08-01-2025', 'Meeting Facilitator | Anna')."""
    filled = [c for c in cells if c]
    return bool(filled) and info_key(filled[0]) and len(filled) <= 3


@dataclass
class RowItem:
    start: int | None = None
    end: int | None = None
    meridiem: bool = False
    minutes: int | None = None
    minutes_written: str = ""  # a minutes cell that is not a whole number ("0,5", "30m-1hr")
    title: str = ""
    who: str = ""
    kind: ItemKind | None = None
    text: str = ""  # a description column
    timed: bool = False  # a time or minutes cell is filled
    day: bool = False  # a day heading row ("DAY 2")


def read_row(cells: tuple[str, ...], roles: list[str] | None) -> RowItem:
    item = RowItem()
    if roles is None:
        roles = guess_roles(cells)
    for k, cell in enumerate(cells):
        role = roles[k] if k < len(roles) else (TITLE if not item.title else TEXT)
        if cell:
            _fill(item, role, cell)
    item.day = not item.timed and not item.who and day_heading(item.title)
    return item


def _fill(item: RowItem, role: str, cell: str) -> None:
    if role in (START, TIME):
        t = clock_cell(cell)
        if t is not None:
            item.start, item.end, item.meridiem, item.timed = t.start, t.end, t.meridiem, True
            return
        role = TITLE if not item.title else TEXT
    if role == END and (t := clock_cell(cell)) is not None:
        item.end, item.timed = t.start, True
    elif role == MINUTES:
        item.minutes, item.timed = clk.cell_minutes(cell), True
        item.minutes_written = "" if item.minutes is not None else cell
    elif role == TITLE:
        item.title = f"{item.title} {cell}".strip()
    elif role == WHO:
        item.who = f"{item.who}; {cell}" if item.who else cell
    elif role == KIND:
        item.kind = kind_line(cell)
    elif role == TEXT:
        item.text = f"{item.text} {cell}".strip()


def guess_roles(cells: tuple[str, ...]) -> list[str]:
    """Without a header: a clock time is the start, a whole number or '5m' the minutes, a
    kind word the kind, the first other cell the title, a name after it the presenter."""
    from kkrdesk.imports.agenda_people import split_presenter

    roles: list[str] = []
    for cell in cells:
        if not cell:
            roles.append("")
        elif clock_cell(cell) is not None and START not in roles:
            roles.append(START)
        elif clk.cell_minutes(cell) is not None and TITLE not in roles and MINUTES not in roles:
            roles.append(MINUTES)
        elif kind_line(cell) is not None and TITLE in roles:
            roles.append(KIND)
        elif TITLE not in roles:
            roles.append(TITLE)
        elif WHO not in roles and split_presenter("x (" + cell + ")")[1] is not None:
            roles.append(WHO)
        elif clk.cell_minutes(cell) is not None and MINUTES not in roles:
            roles.append(MINUTES)
        else:
            roles.append(TEXT)
    return roles
