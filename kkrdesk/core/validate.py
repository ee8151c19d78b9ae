"""Validation of what a user types: clean text, SNOMED codes, durations."""

from __future__ import annotations

import re
import unicodedata

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.field_names import label
from kkrdesk.core.marked import QT_TRANSLATE_NOOP

MAX_TEXT = 50_000
MAX_DURATION_MIN = 600  # ten hours: longer is a typing mistake for one agenda item
_SNOMED = re.compile(r"\d{6,18}")
# Control characters except tab and newline; they break Word/Excel XML and mean nothing.
_CONTROL = {c for c in range(32) if c not in (9, 10)} | {0x7F} | set(range(0x80, 0xA0))


def strip_controls(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in text
        if ord(ch) not in _CONTROL and not (0xD800 <= ord(ch) <= 0xDFFF)
        and unicodedata.category(ch) != "Cs" and ch not in "\ufffe\uffff"
    )


def clean_text(
    value: str | None, field: str, *, required: bool = False, max_len: int | None = None,
    single_line: bool = False,
) -> str:
    """Strip control characters and surrounding space; enforce presence and length.
    Emoji and right-to-left text are kept as typed. Text is stored in Unicode NFC, so
    "Sören" typed with a composed ö and pasted with o + a combining diaeresis is one
    and the same name (for lookups, duplicates and sorting)."""
    text = unicodedata.normalize("NFC", strip_controls(value or ""))
    if single_line:
        text = " ".join(text.split("\n"))
    text = text.strip()
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Validate", "{field} skal udfyldes.").format(
            field=label(field)), field=field)
    limit = max_len or MAX_TEXT
    if len(text) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validate", "{field} er for lang ({n} tegn; højst {limit}).").format(
            field=label(field), n=_thousands(len(text)), limit=_thousands(limit)), field=field)
    return text


def _thousands(n: int) -> str:
    """12.345: the Danish thousands separator, in either language's message."""
    return f"{n:,}".replace(",", ".")


def duration(value: int | str, field: str = "Varighed") -> int:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validate", "{field} skal være et helt antal minutter.").format(field=label(field)),
            field=field) from None
    if minutes < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Validate", "{field} kan ikke være negativ.").format(
            field=label(field)), field=field)
    if minutes > MAX_DURATION_MIN:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Validate", "{field} på {minutes} minutter er urimelig lang (højst {most}).").format(
            field=label(field), minutes=minutes, most=MAX_DURATION_MIN), field=field)
    return minutes


def snomed_problem(text: str | None) -> str:
    """Why ``text`` is not a SNOMED CT concept id (6-18 digits), or "" when it is or is empty."""
    code = (text or "").strip()
    if not code:
        return ""
    if any(ch.isspace() for ch in code):
        return QT_TRANSLATE_NOOP("Validate", "Koden må ikke indeholde mellemrum; en SNOMED-kode "
                                 "er 6-18 cifre.")
    if not (code.isascii() and code.isdigit()):
        return QT_TRANSLATE_NOOP("Validate", "Koden må kun indeholde cifre (0-9); en SNOMED-kode "
                                 "er 6-18 cifre.")
    if len(code) < 6:
        return QT_TRANSLATE_NOOP("Validate", "Koden er for kort ({n} cifre); en SNOMED-kode er "
                                 "6-18 cifre.").format(n=len(code))
    if len(code) > 18:
        return QT_TRANSLATE_NOOP("Validate", "Koden er for lang ({n} cifre); en SNOMED-kode er "
                                 "6-18 cifre.").format(n=len(code))
    return ""


def snomed_code(value: str | None, field: str = "SNOMED-kode") -> str:
    """A SNOMED CT concept id as text (leading zeros kept); letters, inner spaces or the
    wrong length are refused with a Danish message naming ``field``."""
    code = (value or "").strip()
    if problem := snomed_problem(code):
        raise ValidationError(QT_TRANSLATE_NOOP("Validate", "{field}: {problem}").format(
            field=label(field), problem=problem), field=field)
    return code
