"""Is the text an agenda? A confidence from 0 to 1 and, below the line, the reason it is
refused ("Teksten ligner ikke en dagsorden: …").

An agenda says what it is, or shows it: a heading ("Dagsorden", "Agenda", "Dagordning"),
a meeting named above the items, clock times or durations on the items, standing items
(welcome, approval of the agenda, elections, a break, any other business), presenters,
kind markers, short titles. A recipe, a shopping list, a poem, a manual, a table of
numbers or a letter may have numbered lines, but not these: their lines are quantities,
long sentences or questions, and nothing names a meeting."""

from __future__ import annotations

import re
from statistics import median

from kkrdesk.core.enums import ItemKind
from kkrdesk.imports.agenda_kind_words import standing_kind
from kkrdesk.imports.agenda_scan import Doc
from kkrdesk.imports.parsed_agenda import ParsedAgenda

ACCEPT = 0.35  # below this the text is refused
_MEETING = re.compile(
    r"\b(?:møde|mødet|møte|møtet|möte|mötet|meeting|generalforsamling\w*|årsmøte\w*|årsmöte\w*|"
    r"årsstämma\w*|stämma\w*|bestyrelsesmøde\w*|styremøte\w*|styrelsemöte\w*|referat|møtereferat|"
    r"versammlung|mitgliederversammlung|jahreshauptversammlung|sitzung|workshop|seminar|konference|"
    r"conference|kursus|kurs|course|stormöte|skolebestyrelse\w*|byråd\w*|udvalg\w*|dagsorden\w*|"
    r"agenda|dagordning|tagesordnung|program\w*|session)\b", re.I)
_QUANTITY = re.compile(r"^(?:\d+[\d,./-]*\s*(?:x\b|kg|g|gr|ml|dl|cl|l|stk|kopper?|kop|tsk|spsk|portion\w*|"
                       r"packung\w*|pakker?|dåser?|stiege?n?|rollen)\b|\d+\s*[-–]\s*\d+\s+\w+)", re.I)
_STANDING = (ItemKind.WELCOME, ItemKind.BREAK, ItemKind.ANY_OTHER_BUSINESS, ItemKind.DECISION)


def _csv(lines: tuple[str, ...]) -> bool:
    filled = [x for x in lines if x.strip()]
    rows = [x for x in filled if len(re.findall(r"[;,]\s*-?\d", x)) >= 2 or x.count(";") >= 2]
    return len(filled) >= 4 and len(rows) >= 0.6 * len(filled)


def judge(agenda: ParsedAgenda, doc: Doc, name: str = "") -> None:
    """Set ``agenda.confidence``, ``evidence`` and, when it is too low, ``refusal``."""
    items = agenda.all_items()
    said: list[str] = []
    missing: list[str] = []
    if not agenda.items:
        agenda.confidence, agenda.refusal = 0.0, "ingen linjer læses som dagsordenspunkter"
        return
    if _csv(agenda.lines):
        agenda.confidence, agenda.refusal = 0.0, "det er en tabel af tal (CSV), ikke punkter"
        return
    titles = [i.title for i in agenda.items]
    score = 0.0
    if doc.heading or re.search(r"dagsorden|agenda|dagordning|tagesordnung|program", name, re.I):
        score += 0.3
        said.append("en overskrift siger, at det er en dagsorden")
    else:
        missing.append("ingen overskrift som »Dagsorden« eller »Agenda«")
    head_text = " ".join(agenda.lines[:60])
    if _MEETING.search(head_text):
        score += 0.2
        said.append("teksten nævner et møde")
    else:
        missing.append("intet møde nævnt")
    timed = sum(1 for i in agenda.items if i.start_min is not None or i.stated_minutes)
    if timed >= 2 or (timed and len(agenda.items) <= 2):
        score += 0.3
        said.append(f"{timed} punkter har tid")
    elif agenda.meeting_start is not None:
        score += 0.2
        said.append("mødets tid står over punkterne")
    else:
        missing.append("ingen tider")
    standing = sum(1 for i in items if standing_kind(i.title) is not None)
    if standing:
        score += 0.2 if standing == 1 else 0.3
        said.append(f"{standing} faste punkter (velkomst, valg, pause, eventuelt …)")
    else:
        missing.append("ingen faste punkter som velkomst, godkendelse eller eventuelt")
    if any(i.presenters for i in items) or any(i.stated_kind for i in items):
        score += 0.1
        said.append("oplægsholdere eller typer")
    score += _shape(titles, said, missing)
    agenda.confidence = max(0.0, min(1.0, score))
    agenda.evidence = said
    if agenda.confidence < ACCEPT:
        agenda.refusal = ", ".join(missing[:3]) or "for lidt, der ligner en dagsorden"


def _shape(titles: list[str], said: list[str], missing: list[str]) -> float:
    """Short titles count for it; quantities, long sentences and questions against."""
    words = [len(t.split()) for t in titles]
    score = 0.0
    if median(words) <= 10:
        score += 0.1
    quantities = sum(1 for t in titles if _QUANTITY.match(t))
    if quantities >= max(2, 0.3 * len(titles)):
        score -= 0.6
        missing.append("linjerne er mængder (som i en opskrift eller en indkøbsliste)")
    sentences = sum(1 for t in titles if len(t.split()) > 12 and re.search(r"[.?!]", t))
    if sentences >= max(1, 0.5 * len(titles)):
        score -= 0.4
        missing.append("punkterne er lange sætninger eller spørgsmål")
    if len(titles) == 1:
        score -= 0.2
    return score
