"""Does a line carry on the one before it? A title or a name broken over two lines comes
back together: the next line begins in lower case, the line before ends in a hyphen, a
comma or a small word ("af", "og", "ved"), the name lacks its organisation ("Aalborg" /
"Kommune"), the text was broken where the line was full (PDF), or it hangs under the text
of a bullet. Pure decisions; :mod:`kkrdesk.imports.agenda_grow` joins."""

from __future__ import annotations

import re

from kkrdesk.imports.agenda_kind_words import standing_kind
from kkrdesk.imports.agenda_people import split_presenter
from kkrdesk.imports.parsed_agenda import ParsedItem

_SMALL_WORDS = {"og", "af", "for", "om", "i", "på", "til", "med", "vedr.", "v.", "ved", "en", "et",
                "de", "den", "det", "samt", "eller", "fra", "under", "hos", "at", "&", "–", "-", "and",
                "of", "the", "to", "in", "on", "with", "och", "av", "und", "der", "die", "das", "von"}
NEXT_MEETING = re.compile(r"(?:emner|punkter)\s+til\s+(?:det\s+)?næste\s+møde|^næste\s+møde\b", re.I)
ORG_TAIL = re.compile(r"^(?:kommune|regionskommune|region\b.*|kommunes?\b.*)$", re.I)
_END = (".", ":", "?", "!")


def dash_tail(title: str, text: str) -> bool:
    """'Eventuelt –' and 'Valg' on the next line are one title (not 'Mødeevaluering –'
    and a question)."""
    return title.rstrip().endswith(("–", " -")) and len(text.split()) <= 4 and not text.endswith("?") \
        and not re.match(r"^[\d•\-–*]", text)


def name_tail(presenters: str, text: str) -> bool:
    """Does ``text`` finish the last presenter ('v. Poul Erik' + 'Kristensen, KL og …')?"""
    last = re.split(r"\s+og\s+|;", presenters)[-1]
    if "," in last:
        return bool(ORG_TAIL.match(text))
    first = re.split(r",|\s+og\s+", text)[0].split()
    return 1 <= len(first) <= 3 and all(w[:1].isupper() for w in first)


def continues(walk, k: int) -> bool:
    """Does piece ``k`` carry on what the line before it fed (``walk.last``)?"""
    piece = walk.doc.pieces[k]
    text, line = piece.text, piece.line
    if piece.head.marker or piece.head.times is not None or not text or NEXT_MEETING.search(text) or \
            (standing_kind(text) and not text[0].islower()):
        return False
    what, obj = walk.last
    prev = walk.lines[walk.prev]
    prev_text = walk.prev_text
    if what == "presenter" and split_presenter(text)[1] is not None:
        return False  # a line with presenters of its own is an entry of its own
    if _word_break(prev_text, text) or (walk.soft and walk.raw_ends_soft(walk.prev) and not prev_text.endswith(_END)):
        return True
    if what == "presenter" and name_tail(obj.presenter_text, text):
        return True
    if what in ("title", "point") and not walk.pending and not (isinstance(obj, ParsedItem) and obj.presenter_text) \
            and split_presenter(text)[1] is not None:
        return True  # "• Orientering om … Digital" / "Sundhed Danmark v. Dorthe …"
    if not walk.soft or walk.pending or what in ("topic", "presenter") or prev_text.endswith((*_END, ")")):
        return False
    if walk.width >= 30 and len(prev_text) >= 0.7 * walk.width:
        return True  # broken where the line was full (PDF text keeps no soft breaks)
    if walk.marked_prev and line.indent > prev.indent and line.cells is None:
        return True  # hangs under the text of the bullet above
    return what == "title" and len(text.split()) <= 10 and _block_ends(walk, k) and walk.marked_prev \
        and len(prev_text) >= 0.5 * walk.width  # a heading wrapped in two, the block then ends


def _word_break(prev: str, text: str) -> bool:
    first = text[0]
    if first.islower() or first in "(&/" or (first.isdigit() and "/" in text[:6]):
        return True
    if prev.endswith(("-", ",")) and not prev.endswith(" -"):
        return True
    last_word = prev.rsplit(" ", 1)[-1].casefold()
    return last_word in _SMALL_WORDS or bool(ORG_TAIL.match(text) and len(text.split()) <= 3)


def _block_ends(walk, k: int) -> bool:
    """The line is the last of its block: a blank line, a marked line or the end follows."""
    for piece in walk.doc.pieces[k + 1:]:
        if piece.line.skip:
            return piece.line.skip == "tom linje"
        return bool(piece.head.marker or piece.head.times) or piece.line.heading > 0
    return True
