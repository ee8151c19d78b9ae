"""The lines of a PowerPoint deck (.pptx): the text of its slides in order, shapes top to
bottom, footers and slide numbers left out; a deck with a slide titled "Agenda",
"Dagsorden" or "Program" is read from those slides only (the note says so).

python-pptx parses every XML part of the deck whole, so each part is first read as a
stream within the file's limits (:mod:`kkrdesk.imports.xml_stream`: bytes, elements,
depth, text); a deck past any of them is refused before python-pptx opens it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from kkrdesk.imports import xml_stream
from kkrdesk.imports.xml_stream import XmlBudget
from kkrdesk.imports.zip_guard import XML_PARTS

_AGENDA_TITLE = re.compile(r"^\s*(?:dagsorden|agenda|program)\b", re.I)
# python-pptx takes about half a millisecond for each shape it sorts and reads, so a deck
# is refused before it opens past these. A deck of 60 slides has some 600 shapes (its
# layouts and masters count too), 2,000 paragraphs and a few tables.
DECK_KINDS = {
    **{tag: ("shapes", 10_000, "figurer") for tag in ("sp", "pic", "graphicFrame", "grpSp", "cxnSp")},
    "p": ("paragraphs", 50_000, "afsnit"),
    "tc": ("cells", 20_000, "tabelceller"),
}


def pptx_lines(path: Path, budget: XmlBudget) -> tuple[list[str], str]:
    """The text of the deck's agenda slides (or of every slide), and a note saying which
    were read. Every XML part is counted against ``budget`` first (python-pptx parses
    them all, whole), so python-pptx only ever sees a deck that fits."""
    budget.kinds = DECK_KINDS
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.filename.endswith(XML_PARTS):
                xml_stream.drain(zf, info, path.name, budget)
    from pptx import Presentation

    deck = Presentation(str(path))
    slides = list(deck.slides)
    chosen = [i for i, s in enumerate(slides) if _AGENDA_TITLE.match(_slide_title(s))]
    note = ""
    if chosen and len(slides) > len(chosen):
        which = ", ".join(str(i + 1) for i in chosen)
        note = (f"Kun dagsordensdiaset (dias {which} af {len(slides)}) er læst; de øvrige dias "
                "er sprunget over.")
    lines: list[str] = []
    for i in chosen or range(len(slides)):
        for shape in _shapes_in_order(slides[i].shapes):
            lines.extend(_shape_lines(shape))
            lines.append("")
        lines.append("")
    return lines, note


def _slide_title(slide) -> str:
    try:
        title = slide.shapes.title
    except (KeyError, AttributeError):
        return ""
    return title.text_frame.text if title is not None and title.has_text_frame else ""


_SKIP_PLACEHOLDERS = {"FOOTER", "DATE", "SLIDE_NUMBER", "HEADER"}


def _shapes_in_order(shapes):
    out = []
    for shape in shapes:
        if shape.is_placeholder:
            kind = getattr(shape.placeholder_format.type, "name", "")
            if kind in _SKIP_PLACEHOLDERS:
                continue
        if shape.shape_type is not None and shape.shape_type == 6:  # a group
            out.extend(_shapes_in_order(shape.shapes))
            continue
        out.append(shape)
    return sorted(out, key=lambda s: ((s.top or 0) // 20000, s.left or 0))


def _shape_lines(shape) -> list[str]:
    lines = []
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            lines.append("\t".join(" ".join(c.text.split()) for c in row.cells if c.text.strip()))
        return lines
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return lines
    for para in shape.text_frame.paragraphs:
        parts = para.text.split("\v")
        text = parts[0]
        if text.strip() and (para.level > 0 or _has_bullet_char(para)) and not re.match(r"^\W\s", text):
            text = "• " + text
        lines.append(text)
        lines.extend(parts[1:])
    return lines


def _has_bullet_char(para) -> bool:
    ppr = para._p.pPr
    if ppr is None:
        return False
    return any(child.tag.endswith("}buChar") for child in ppr)
