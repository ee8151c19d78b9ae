"""Which column of an agenda's table holds what (Word, PowerPoint, markdown, a PDF's
columns): from the header row's words ("Start | Tid | Slutt | Sak", "Topic | Presented
by | Time allotted", "Time | Subject | Content"), a "Tid" column settled as clock times
or minutes by what its cells hold, or, without a header, from what the cells hold (a
clock time, a number of minutes, a kind, a name).

Pure functions of the cells; reading one row by these roles is
:mod:`kkrdesk.imports.agenda_tables`'."""

from __future__ import annotations

import re

from kkrdesk.imports import agenda_clock as clk
from kkrdesk.imports.agenda_durations import cell_minutes
from kkrdesk.imports.agenda_kinds import kind_line


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
        elif cell_minutes(cell) is not None and TITLE not in roles and MINUTES not in roles:
            roles.append(MINUTES)
        elif kind_line(cell) is not None and TITLE in roles:
            roles.append(KIND)
        elif TITLE not in roles:
            roles.append(TITLE)
        elif WHO not in roles and split_presenter("x (" + cell + ")")[1] is not None:
            roles.append(WHO)
        elif cell_minutes(cell) is not None and MINUTES not in roles:
            roles.append(MINUTES)
        else:
            roles.append(TEXT)
    return roles
