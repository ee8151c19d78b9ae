"""The text of one agenda line with its markup off: markdown links (the link's words
kept), emphasis and inline code, HTML tags and emoji codes, and white space cleaned
(non-breaking and zero-width spaces too; a tab stays, since it parts a table's cells).
What a line's place in the document says (indentation, headings, table rows, front
matter) is :mod:`kkrdesk.imports.agenda_text`'s."""

from __future__ import annotations

import re

_LINK = re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,400})?/?>")
_EMOJI = re.compile(r":[a-z][a-z0-9_+\-]{1,40}:")
_CODE = re.compile(r"`([^`\n]*)`")


def clean(text: str) -> str:
    """Collapse white space (tabs stay: they separate table cells)."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "").replace("\v", " ")
    return "\t".join(" ".join(part.split()) for part in text.split("\t")).strip("\t ")


def inline(text: str) -> tuple[str, bool]:
    """Markdown and HTML emphasis, links and tags off: (text, whether it was all one link)."""
    whole = _LINK.fullmatch(text.strip(" *-+•")) is not None or \
        bool(re.fullmatch(r"[*\-+•]?\s*!?\[[^\]]*\]\([^)]*\)(?:\s*[-–:]\s*.*)?", text.strip()))
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    text = _CODE.sub(lambda m: m.group(1), text)
    text = _EMOJI.sub("", text)
    return text, whole
