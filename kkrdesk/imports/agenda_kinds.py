"""An item's kind as agendas say it, in Danish, Norwegian, Swedish, English and German:
markers ("(B)", "(O/D)", "til beslutning", "for decision", "Decision:"), the standing
items by their first words ("Velkomst", "Pause", "Frokost", "Eventuelt", "Övriga frågor",
"AOB", "Godkendelse af dagsorden"), and words anywhere in the title ("… samt orientering
om …", "Verksamhetsberättelse", "Neuwahl"); a kind column's or line's word ("Beslutning",
"Orient"). Markers and a stated duration are taken off the title.

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

# The first words of the standing items (checked in this order).
_START = (
    (K.ANY_OTHER_BUSINESS, r"eventuelt\b|evt\.?(?:$|\s*[–-])|evt$|övriga frågor|övriga ärenden|øvrige saker|"
                           r"any other business|aob\b|a\.o\.b|other business|other questions|sonstiges|"
                           r"verschiedenes|varia\b|vid årsstämman väckta frågor|vid årsmötet väckta frågor"),
    (K.WELCOME, r"velkomst|velkommen|welcome|opening|åbning|åpning|öppnande|eröffnung|begrüßung|"
                r"call to order|mødet åbnes|møtet åpnes|årsstämman öppnas|årsmötet öppnas|mötet öppnas"),
    (K.BREAK, r"pause|frokost|kaffe|kaffepause|lunch|break|breakfast|morgenmad|aftensmad|middag|frukost|fika|"
              r"mittag|kaffee|bevertning|servering|coffee|dinner|supper|morning coffee|afternoon tea"),
    (K.DECISION, r"godkendelse|godkjenning|godkännande|approval|approve|valg\b|val\b|election|elect\b|"
                 r"choice of|wahl|neuwahl|beslutning|beslut\b|vedtak|fastställande|fastsettelse|resolution|"
                 r"entlastung|genehmigung|annahme|decision|vote|votering|afstemning|fråga om ansvarsfrihet"),
    (K.ANNOUNCEMENT, r"meddelelse|orientering|nyt fra|nytt fra|kort nyt|news|announcement|report|beretning|"
                     r"berättelse|bericht|mitteilung|information|informasjon|redogörelse|status\b"),
    (K.DISCUSSION, r"drøftelse|drøfting|diskussion|discussion|discuss|debat"),
)
# Words anywhere in a title, strongest first; the last two take compounds
# ("Verksamhetsberättelse", "Rechenschaftsbericht", "Förtroendeval", "Neuwahl").
_ANYWHERE = (
    (K.DECISION, r"\b(?:godkendelse|godkende|godkjenning|godkännande|approval|beslutning|vedtak|valg|val|"
                 r"election|elect|wahl|entlastung|genehmigung|annahme|ansvarsfrihet|fastställande)\b|"
                 r"\w(?:val|wahl|valg)\b"),
    (K.ANY_OTHER_BUSINESS, r"\beventuelt\b|\bövriga frågor\b|\bväckta frågor\b|\bsonstiges\b"),
    (K.BREAK, r"\b(?:pause|frokost|lunch|break|kaffe|coffee|breakfast|frukost)\b"),
    (K.WELCOME, r"\b(?:welcome|velkomst|öppnas|öppnande)\b"),
    (K.ANNOUNCEMENT, r"\b(?:orientering|orienterer|orientere|meddelelser|announcements?|reports?|"
                     r"redogörelse|nyt|nytt|informasjon)\b|(?:berättelse|beretning|bericht)(?:r|er|e)?\b"),
    (K.DISCUSSION, r"\b(?:drøftelse|drøfting|diskussion|discussion|discuss|debat|debatt)\b"),
)


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


def standing_kind(title: str) -> ItemKind | None:
    """The kind of a standing item, by its first words ('Pause', 'Eventuelt', 'Velkomst og
    åbning', 'Övriga frågor', 'Approval of the agenda')."""
    low = title.casefold().strip()
    for kind, starts in _START:
        end = "" if kind == K.BREAK else r"(?![a-zæøåäöü])"  # "Frokostpause", not "Beslutningspunkter"
        if re.match(rf"(?:{starts}){end}", low):
            return kind
    return None


def wording_kind(title: str) -> ItemKind | None:
    """The kind the title's words give: its first words, else a word anywhere in it."""
    found = standing_kind(title)
    if found is not None:
        return found
    low = title.casefold()
    for kind, words in _ANYWHERE:
        if re.search(words, low):
            return kind
    return None


def kind_line(text: str) -> ItemKind | None:
    """A line or cell that only says a kind ('Beslutning', 'Orient', 'Til orientering',
    'Orientering og drøftelse', 'B')."""
    t = text.strip().rstrip(".")
    if len(t) == 1 and t.upper() in _MARK_KIND:
        return _MARK_KIND[t.upper()]
    m = _LINE.match(t)
    return _word_kind(m.group(1)) if m else None
