"""Names as people write them in slides and e-mails, reduced to one key per spelling, so
a pasted "karen anja  iversen", "Karen-Anja Iversen" or "Joergen Hougaard" finds the
register's "Karen Anja Iversen" and "Jørgen Hougaard", and "Helsingør kommune" or
"Aalborg" finds "Helsingør Kommune" and "Aalborg Kommune".

Danish-aware: case, spacing, hyphens and full stops do not count, "aa"/"ae"/"oe" are
"å"/"æ"/"ø" (and "ä"/"ö" are "æ"/"ø"), other accents are dropped (é is e)."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.]+")
_KEEP = {"æ": "æ", "ø": "ø", "å": "å", "ä": "æ", "ö": "ø"}
_SPELLINGS = (("aa", "å"), ("ae", "æ"), ("oe", "ø"))


def name_key(text: str) -> str:
    """One key for every way of writing the same name."""
    low = unicodedata.normalize("NFC", text or "").casefold()
    out = []
    for ch in low:
        out.append(_KEEP.get(ch) or unicodedata.normalize("NFKD", ch)[:1])
    key = _SEPARATORS.sub(" ", "".join(out)).strip()
    for written, letter in _SPELLINGS:
        key = key.replace(written, letter)
    return key


def short_form_of(typed: str, full: str) -> bool:
    """'Tom Kristensen' is a short form of 'Tom Have Kristensen': the same first and last
    name, the typed names in order among the full ones, and at least one left out."""
    a, b = name_key(typed).split(), name_key(full).split()
    if len(a) < 2 or len(a) >= len(b) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    rest = iter(b[1:-1])
    return all(any(word == other for other in rest) for word in a[1:-1])


def org_keys(name: str) -> set[str]:
    """The ways an organisation may be written: 'Københavns Kommune' -> {'københavns
    kommune', 'københavns', 'københavn'}."""
    low = name_key(name)
    keys = {low} if low else set()
    for suffix in (" regionskommune", " kommune"):
        if low.endswith(suffix):
            base = low[: -len(suffix)].strip()
            keys.add(base)
            if base.endswith("s") and len(base) > 3:
                keys.add(base[:-1])
    return keys
