"""The words of a search, folded the Danish way, for any index back end.

Æ, Ø and Å are letters of their own, not accented A and O: "ÆLDRE" finds "ældre",
"øster" never finds "oster". "Å" and "aa" are one letter, as the Danish sort takes
them ("Aarhus" is "Århus", "Aabenraa" is "Åbenrå"; the official names of several
municipalities keep the "Aa"): both sides write it "aa" before the words are compared.
Other accents go (idé finds ide, Müller finds muller), and case does not count.

The index applies the same rule in SQL (``replace(…, 'å', 'aa')``, then the
tokenizer's case and accent folding); :func:`fold` is the Python twin, used to find
the words of a hit again for its excerpt."""

from __future__ import annotations

import re
import unicodedata

MAX_TERMS = 8  # more words than a person types: the rest are left out
MAX_TERM_LENGTH = 64
_WORD = re.compile(r"[^\W_]+")  # letters and digits: where the index's tokenizer splits


def danish_aa(text: str) -> str:
    """Write "å" as "aa" (the one fold SQL and Python both apply before comparing)."""
    return text.replace("å", "aa").replace("Å", "Aa")


def fold(text: str) -> str:
    """``text`` as the index compares it: "aa" for "å", lower case, accents gone, but æ
    and ø kept. One character in gives one or two out, never zero."""
    out = []
    for ch in danish_aa(unicodedata.normalize("NFC", text)).lower():
        base = unicodedata.normalize("NFD", ch)[0] if ch not in "æø" else ch
        out.append(base)
    return "".join(out)


def terms(text: str) -> tuple[str, ...]:
    """The words to look for in what was typed, folded, each matched as a beginning
    ("æld" finds "ældre"); repeated words once; empty when there is nothing to find."""
    found: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text or "")):
        word = fold(word)[:MAX_TERM_LENGTH]
        if word not in found:
            found.append(word)
    return tuple(found[:MAX_TERMS])


def words_of(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of each word of ``text``, for finding a match again."""
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
