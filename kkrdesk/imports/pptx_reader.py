"""The lines of a PowerPoint deck (.pptx): the text of its slides in order, shapes top to
bottom, footers and slide numbers left out; a deck with a slide titled "Agenda",
"Dagsorden" or "Program" is read from those slides only (the note says so). Beside each
line, what the slide says of it: a title is a heading, a paragraph has its outline level,
a numbered paragraph gets its number put back in front ("1. ", "a) ") and a bulleted one
its bullet, a table row is its cells joined by tabs (empty cells kept).

python-pptx parses every XML part of the deck whole, so each part is first read as a
stream within the file's limits (:mod:`kkrdesk.imports.xml_stream`: bytes, elements,
depth, text); a deck past any of them is refused before python-pptx opens it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from kkrdesk.imports import xml_stream
from kkrdesk.imports.line_layout import PLAIN, LineLayout
from kkrdesk.imports.xml_budget import XmlBudget
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


def pptx_lines(path: Path, budget: XmlBudget) -> tuple[list[str], list[LineLayout], str]:
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
    out = _Lines()
    for i in chosen or range(len(slides)):
        for shape in _shapes_in_order(slides[i].shapes):
            _shape_lines(shape, out)
            out.add("")
        out.add("")
    return out.lines, out.layouts, note


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


class _Lines:
    def __init__(self):
        self.lines: list[str] = []
        self.layouts: list[LineLayout] = []

    def add(self, text: str, layout: LineLayout = PLAIN) -> None:
        self.lines.append(text)
        self.layouts.append(layout)


_TITLES = {"TITLE", "CENTER_TITLE", "VERTICAL_TITLE"}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _shape_lines(shape, out: _Lines) -> None:
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            cells = [[" ".join(p.text.split()) for p in c.text_frame.paragraphs if p.text.strip()]
                     for c in row.cells]
            depth = max((len(c) for c in cells), default=0)
            for k in range(max(depth, 1)):
                out.add("\t".join(c[k] if k < len(c) else "" for c in cells), LineLayout(row=True, cont=k > 0))
        return
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return
    title = shape.is_placeholder and getattr(shape.placeholder_format.type, "name", "") in _TITLES
    body = shape.is_placeholder and not title
    counters: dict[int, int] = {}
    for para in shape.text_frame.paragraphs:
        parts = para.text.split("\v")
        text = parts[0]
        mark = _mark(para, counters) if text.strip() else ""
        if not mark and text.strip() and para.level > 0 and not re.match(r"^\W\s", text):
            mark = "• "
        layout = LineLayout(level=para.level if (body or mark) else None, heading=title)
        out.add(mark + text, layout)
        for part in parts[1:]:
            out.add(part, layout)


def _mark(para, counters: dict[int, int]) -> str:
    """'• ' for a bullet of the paragraph's own, '3. ' or 'c) ' for an automatic number."""
    ppr = para._p.pPr
    kinds = {child.tag.rpartition("}")[2]: child for child in ppr} if ppr is not None else {}
    if "buChar" in kinds:
        return "• "
    auto = kinds.get("buAutoNum")
    if auto is None:
        return ""
    level = para.level
    counters[level] = counters.get(level, int(auto.get("startAt", "1")) - 1) + 1
    for deeper in [k for k in counters if k > level]:
        del counters[deeper]
    kind, n = auto.get("type", "arabicPeriod"), counters[level]
    number = _LETTERS[(n - 1) % 26] if kind.startswith("alpha") else str(n)
    if kind.startswith("alphaUc"):
        number = number.upper()
    return f"({number}) " if kind.endswith("ParenBoth") else f"{number}) " if kind.endswith("ParenR") \
        else f"{number}. "
