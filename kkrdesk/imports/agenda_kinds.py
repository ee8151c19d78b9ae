"""An item's kind as agendas state it, in Danish, Norwegian, Swedish, English and German:
markers ("(B)", "(O/D)", "til beslutning", "for decision", "Decision:") and a kind
column's or line's word ("Beslutning", "Orient"). Markers and a stated duration are taken
off the title. The kind a title's words imply (standing items such as "Pause" and
"Eventuelt", "… samt orientering om …") is :mod:`kkrdesk.imports.agenda_kind_words`'.

Pure functions on strings."""

from __future__ import annotations

import re

from kkrdesk.core.enums import ItemKind
from kkrdesk.imports.agenda_durations import take_duration

K = ItemKind
_MARK = re.compile(r"\s*\(\s*([ODBI])(?:\s*/\s*[ODBI])?\s*\)\s*", re.I)
_MARK_KIND = {"O": K.ANNOUNCEMENT, "I": K.ANNOUNCEMENT, "D": K.DISCUSSION, "B": K.DECISION}
_WORDS = {
    K.ANNOUNCEMENT: r"orientering|orienteringssag|orient|information|informasjon|efterretning|kenntnis|kenntnisnahme",
    K.DISCUSSION: r"drøftelse|drøfting|diskussion|diskusjon|discussion|debat|debatt|dialog",
    K.DECISION: r"beslutning|godkendelse|godkjenning|vedtak|beslut|beschluss|beschlussfassung|decision|approval|"
                r"godkännande|fastsættelse|entscheidung|abstimmung",
}
_ALL_WORDS = "|".join(_WORDS.values())
_TAIL = re.compile(rf"[\s,:;–\-(]+(?:til|for|för|zur|zum|til\s+endelig)\s+({_ALL_WORDS})\)?\.?\s*$", re.I)
_PREFIX = re.compile(rf"^(?:til\s+|for\s+|för\s+)?({_ALL_WORDS})\s*:\s+(?=\S)", re.I)
_LINE = re.compile(rf"^(?:til\s+|for\s+|för\s+|zur\s+)?({_ALL_WORDS})(?:\s+(?:og|and|och|und|/)\s+\w+)?\.?$", re.I)


def _word_kind(word: str) -> ItemKind:
    low = word.casefold()
    for kind, words in _WORDS.items():
        if re.fullmatch(words, low):
            return kind
    return K.DISCUSSION


def kind_and_duration(title: str) -> tuple[str, ItemKind | None, int | None]:
    """Take '(B)', 'til beslutning', 'Decision:' and '(15 min.)' off a title: (title,
    kind, minutes)."""
    kind = minutes = None
    for _ in range(4):  # markers may come in any order at the end
        cut, found = take_duration(title)
        if found is not None and cut:
            title, minutes = cut, minutes or found
            continue
        if (w := _TAIL.search(title)) and w.start() > 0:
            kind, title = kind or _word_kind(w.group(1)), title[: w.start()]
            continue
        if (k := _MARK.search(title)) and (k.start() > 0 or k.end() < len(title)):
            kind = kind or _MARK_KIND[k.group(1).upper()]
            title = (title[: k.start()] + " " + title[k.end():]).strip()
            continue
        if (p := _PREFIX.match(title)) and len(title) > p.end():
            kind, title = kind or _word_kind(p.group(1)), title[p.end():]
            continue
        break
    title = re.sub(r"(?:^|\s)[–-]\s*$", "", title.strip(" :"))  # "Velkomst –", not "SOR-"
    return re.sub(r"^[–-]\s+", "", title).strip(" :"), kind, minutes


def kind_line(text: str) -> ItemKind | None:
    """A line or cell that only says a kind ('Beslutning', 'Orient', 'Til orientering',
    'Orientering og drøftelse', 'B')."""
    t = text.strip().rstrip(".")
    if len(t) == 1 and t.upper() in _MARK_KIND:
        return _MARK_KIND[t.upper()]
    m = _LINE.match(t)
    return _word_kind(m.group(1)) if m else None
