"""The kind an item's title implies by its words, in Danish, Norwegian, Swedish, English
and German: the standing items by their first words ("Velkomst", "Pause", "Frokost",
"Eventuelt", "Övriga frågor", "AOB", "Godkendelse af dagsorden"), else a word anywhere in
the title ("… samt orientering om …", "Verksamhetsberättelse", "Neuwahl"). A kind the
agenda states ("(B)", "til beslutning") is :mod:`kkrdesk.imports.agenda_kinds`'.

Pure functions on strings."""

from __future__ import annotations

import re

from kkrdesk.core.enums import ItemKind

K = ItemKind

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
