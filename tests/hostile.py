"""Hostile text and what must become of it, written down here independently of the
product's own sanitising (``kkrdesk.core.validate.strip_controls``): a test that took
its expectation from the product would pass however wrong the product was.

The promise: what a user types is kept as typed, except the characters no document
can hold (C0 controls other than tab and line feed, DEL, C1 controls, lone
surrogates, U+FFFE and U+FFFF); a carriage return is a line break; text is stored
in Unicode NFC; surrounding space goes, and a one-line field joins its lines."""

from __future__ import annotations

import os
import re
import unicodedata

from hypothesis import strategies as st

EMOJI = ["😀", "👩\u200d👩\u200d👧", "🇩🇰", "🙂", "🧑🏽\u200d💻"]
RTL = ["\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069", "שלום", "مرحبا"]
CONTROLS = [chr(c) for c in range(0, 32)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
ODD = ["\ufffe", "\uffff", "\ufeff", "\u2028", "\u2029", "\u00a0", "\u200b", "\r\n", "\r"]
FORMULA = ["=", "+", "-", "@", "=SUM(A1)", "#N/A", "_x0041_", "_x005F_", "<w:t>", "&amp;", "]]>"]
DANISH = ["Søren", "So\u0308ren", "Ærø", "Aa", "å", "Æ", "ø"]

_piece = st.one_of(
    st.text(max_size=6),
    st.sampled_from(EMOJI + RTL + CONTROLS + SURROGATES + ODD + FORMULA + DANISH),
    st.just("\x00"),
)
hostile = st.lists(_piece, max_size=14).map("".join)
LONG = ("Meget lang tekst æøå 😀 \u200fשלום\u200e " * 4000)[:100_000]


def examples(n: int) -> int:
    """Hypothesis examples per test: ``n`` in ``make test``, more in ``make soak``."""
    return n * max(1, int(os.environ.get("KKRDESK_SOAK", "1") or 1))


def _dropped(ch: str) -> bool:
    cp = ord(ch)
    return ((cp < 0x20 and ch not in "\t\n") or cp == 0x7F or 0x80 <= cp <= 0x9F
            or 0xD800 <= cp <= 0xDFFF or cp in (0xFFFE, 0xFFFF))


def kept(text: str, *, single_line: bool = False, nfc: bool = True) -> str:
    """What a service stores of ``text`` typed into a field (``nfc=False``: what an
    exporter keeps of a read model's text; NFC is the services' job)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if not _dropped(ch))
    if nfc:
        text = unicodedata.normalize("NFC", text)
    if single_line:
        text = text.replace("\n", " ")
    return text.strip()


def shown(text: str) -> str:
    """Text compared as a reader sees it in a document: runs of white space are one."""
    return " ".join(text.split())


def excel_shows(value: str) -> str:
    """A stored cell string as Excel displays it: _xHHHH_ is the character HHHH."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)


# -- the GUI robustness scenarios (tests/reliability/gui_hostile*.py) ------------------------

# Pasted (Ctrl+V) into every field: control characters, a no-break space, the paragraph
# and line separators, byte-order marks (first and in the middle), right-to-left marks,
# an override and an isolate, emoji with joiners and a flag.
GUI_TEXTS = {
    "controls": "Kontrol\x01tegn\x07 og\x1b escape\x7f DEL\x85 NEL\x0b VT\tTab\x00NUL",
    "spaces": "Hårdt\u00a0mellemrum\u2029nyt afsnit\u2028ny linje\r\nCRLF\rCR",
    "bom": "\ufeffBOM først og\ufeff midt i",
    "rtl": "\u202eskjult\u202c \u200fשלום\u200e مرحبا \u2066isoleret\u2069",
    "emoji": "Emoji 😀 👩\u200d👩\u200d👧 🇩🇰 🧑🏽\u200d💻",
}
GUI_LONG = ("Lang tekst æøå 😀\u00a0\u200fשלום\u200e\u2029" * 400)[:10_000]  # 10,000 characters
# and typed key by key after the paste
GUI_TAIL = " skrevet\u00a0😀\u200f æ"


def qt_entered(pasted: str, *, multiline: bool) -> str:
    """What a Qt field holds after ``pasted`` is pasted into it: a byte-order mark at
    the very start is taken for one and dropped (also when it stands alone), lone
    surrogates cannot be held, and a multi-line editor makes CR, CR LF and the line and
    paragraph separators line breaks (everything else, controls included, arrives)."""
    text = pasted[1:] if pasted.startswith("\ufeff") else pasted
    text = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF)
    if multiline:
        for sep in ("\r\n", "\r", "\u2028", "\u2029"):
            text = text.replace(sep, "\n")
    return text
