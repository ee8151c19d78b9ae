"""File names as KKR Desk keeps and shows them: a bilag's name is what a reader sees in
the item pane, the Word agenda and the mødepakke, so it must read as what the file is.

``clean_file_name`` takes any name the OS gives (bytes, or text with the lone surrogates
Python uses for bytes that are not UTF-8, as os.listdir and Qt's file dialog give them)
and returns one line of honest text:
- bytes that are not UTF-8 become U+FFFD (a Latin-1 "café" shows as "caf\ufffd"): shown,
  never guessed at; the file itself is read by its real path;
- control characters and invisible formatting characters go: bidi overrides, embeddings
  and isolates (U+202E makes "…fdp.exe" look like "…exe.pdf"), zero-width characters,
  the byte-order mark, soft hyphens; so do noncharacters;
- line breaks, tabs and other white space become one space; the text is NFC;
- a path is cut to its last part; a name is never empty ("bilag") nor only dots;
- a name longer than ``max_chars`` characters (or 255 UTF-8 bytes, what most file
  systems allow) is shortened in its stem, keeping its extension.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from kkrdesk.core.danish import short_date

MAX_CHARS = 200
MAX_BYTES = 255
FALLBACK = "bilag"
_EXTENSION = re.compile(r"\.[^\W_]{1,10}$")  # ".pdf", ".docx", ".7z"; not ". notes"
_SEPARATORS = re.compile(r"[\\/]")


def decoded(raw: str | bytes) -> str:
    """Text for ``raw``: undecodable bytes (raw or surrogate-escaped) become U+FFFD."""
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    try:
        return raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte (Windows names)
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in raw)


def _kept(ch: str) -> str:
    """What ``ch`` becomes: itself, a space, or nothing. An unassigned code point stays
    (it may be a newer emoji than this Python knows); a noncharacter goes."""
    cp = ord(ch)
    if ch.isspace() or unicodedata.category(ch) in ("Zl", "Zp", "Zs"):
        return " "
    if unicodedata.category(ch) in ("Cc", "Cf", "Cs"):
        return ""
    if 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE:
        return ""
    return ch


def shorten(name: str, max_chars: int = MAX_CHARS, max_bytes: int = MAX_BYTES) -> str:
    """``name`` cut in its stem to at most ``max_chars`` characters and ``max_bytes``
    UTF-8 bytes; the extension stays."""
    if len(name) <= max_chars and len(name.encode("utf-8")) <= max_bytes:
        return name
    m = _EXTENSION.search(name)
    ext = m.group(0) if m and m.start() > 0 else ""
    base = name[: len(name) - len(ext)]
    stem = base[: max(1, max_chars - len(ext))]
    while stem and len((stem + ext).encode("utf-8")) > max_bytes:
        stem = stem[:-1]
    while 0 < len(stem) < len(base) and unicodedata.combining(base[len(stem)]):
        stem = stem[:-1]  # never leave a letter without the accent that followed it
    stem = stem.rstrip(" .")
    return (stem or FALLBACK) + ext


def clean_file_name(raw: str | bytes, max_chars: int = MAX_CHARS) -> str:
    """One honest line for a file name (see the module's docstring)."""
    text = unicodedata.normalize("NFC", decoded(raw))
    text = _SEPARATORS.split(text)[-1]
    text = "".join(_kept(ch) for ch in text)
    text = " ".join(text.split()).rstrip(" .")
    if not text.strip("."):
        return FALLBACK
    return shorten(text, max_chars)


def dated_name(stem: str, day: dt.date, extension: str) -> str:
    """An export's suggested file name, »Dagsorden 18-06-2025.docx«: what it is, then the
    date as the secretariat writes it (never ISO), so every export of a day sorts and
    reads alike. A slash in ``stem`` (a project »Data/AI«) becomes a dash, not a folder."""
    stem = _SEPARATORS.sub("-", stem)
    return clean_file_name(f"{stem} {short_date(day)}.{extension.lstrip('.')}")
