"""The lines of a Word document (.docx), read as a stream within limits.

python-docx builds the whole XML tree first (a 280 MB document.xml took 4.5 GB) and looks
up each paragraph's style among all styles (a 100,000-paragraph file took minutes), so the
text is read here from the zip member stream instead (:mod:`kkrdesk.imports.xml_stream`):
one paragraph or table row in memory at a time, every count limited.

What is read, as python-docx reads it: the paragraphs and tables of the body in document
order (content controls and tracked insertions outside runs are not text there either);
a paragraph's runs and hyperlinks (w:t, tabs, line breaks, no-break hyphens). List
paragraphs get their bullet or number put back in front, from numbering.xml or from a
"List Bullet"/"List Number" style, and their list level beside them; heading styles are
marked. A table row is its cells joined by tabs, one for each column of the table's grid
(a cell spanning columns, or merged with the one above it, leaves the others empty), so a
column stays a column; a cell of several paragraphs gives further lines, marked as the
row's continuation (a paragraph ending in a colon goes on in the next).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from kkrdesk.imports import xml_stream
from kkrdesk.imports.line_layout import PLAIN, LineLayout
from kkrdesk.imports.xml_budget import XmlBudget
from kkrdesk.imports.xml_stream import local

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT = "word/document.xml"
STYLES = "word/styles.xml"
NUMBERING = "word/numbering.xml"
_BODY_BLOCKS = {("document", "body", "p"), ("document", "body", "tbl", "tr"),
                ("document", "body", "tbl", "tblPr"), ("document", "body", "tbl", "tblGrid")}
_RUN_TEXT = {"t": None, "tab": "\t", "ptab": "\t", "cr": "\n", "noBreakHyphen": "-"}


def _attr(elem: ET.Element | None, name: str, default: str | None = None) -> str | None:
    return default if elem is None else elem.get(W + name, default)


_HEADING_STYLES = ("heading", "overskrift", "title", "titel", "rubrik", "überschrift", "otsikko")


def docx_lines(path: Path, budget: XmlBudget) -> list[str]:
    return docx_read(path, budget)[0]


def docx_read(path: Path, budget: XmlBudget) -> tuple[list[str], list[LineLayout]]:
    """The document's lines and, beside each, what its structure says of it."""
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        styles = _styles(zf, path.name, budget) if STYLES in names else ({}, "")
        formats = _numbering(zf, path.name, budget) if NUMBERING in names else {}
        reader = _Body(styles, formats)
        for block in xml_stream.blocks(zf, zf.getinfo(DOCUMENT), path.name, budget,
                                       lambda p: p in _BODY_BLOCKS):
            reader.block(block)
        reader.finish()
        return reader.lines, reader.layouts


def _styles(zf, name: str, budget: XmlBudget) -> tuple[dict[str, str], str]:
    """(paragraph style id -> name, the default paragraph style's id)."""
    names: dict[str, str] = {}
    default = ""
    for style in xml_stream.blocks(zf, zf.getinfo(STYLES), name, budget,
                                   lambda p: p == ("styles", "style")):
        if _attr(style, "type") != "paragraph":
            continue
        sid = _attr(style, "styleId", "")
        names[sid] = _attr(style.find(W + "name"), "val", "") or ""
        if _attr(style, "default") in ("1", "true", "on"):
            default = sid
    return names, default


def _numbering(zf, name: str, budget: XmlBudget) -> dict[tuple[str, int], str]:
    """(numId, level) -> numFmt ('bullet', 'decimal', 'lowerLetter', …)."""
    abstract: dict[str, dict[int, str]] = {}
    refs: dict[str, str] = {}
    for elem in xml_stream.blocks(zf, zf.getinfo(NUMBERING), name, budget,
                                  lambda p: p in (("numbering", "abstractNum"), ("numbering", "num"))):
        if local(elem.tag) == "abstractNum":
            levels = {}
            for lvl in elem.findall(W + "lvl"):
                fmt = lvl.find(W + "numFmt")
                level = _attr(lvl, "ilvl", "0")
                if level.isdigit():
                    levels[int(level)] = _attr(fmt, "val", "decimal") if fmt is not None else "decimal"
            abstract[_attr(elem, "abstractNumId", "")] = levels
        else:
            refs[_attr(elem, "numId", "")] = _attr(elem.find(W + "abstractNumId"), "val", "")
    return {(num, level): fmt for num, ref in refs.items()
            for level, fmt in abstract.get(ref, {}).items()}


def paragraph_text(p: ET.Element) -> str:
    parts: list[str] = []
    for child in p:
        tag = local(child.tag)
        runs = [child] if tag == "r" else child.findall(W + "r") if tag == "hyperlink" else ()
        for run in runs:
            for item in run:
                kind = local(item.tag)
                if kind == "t":
                    parts.append(item.text or "")
                elif kind == "br":
                    parts.append("\n" if _attr(item, "type", "textWrapping") == "textWrapping" else "")
                elif kind in _RUN_TEXT:
                    parts.append(_RUN_TEXT[kind])
    return "".join(parts)


class _Body:
    """Turns the body's blocks into lines, keeping the list counters."""

    def __init__(self, styles: tuple[dict[str, str], str], formats: dict[tuple[str, int], str]):
        self.style_names, self.default_style = styles
        self.formats = formats
        self.counters: dict[tuple[str, int], int] = {}
        self.rows = 0  # rows of the table being read
        self.lines: list[str] = []
        self.layouts: list[LineLayout] = []

    def add(self, text: str, layout: LineLayout = PLAIN) -> None:
        self.lines.append(text)
        self.layouts.append(layout)

    def block(self, elem: ET.Element) -> None:
        tag = local(elem.tag)
        if tag == "tr":
            self.rows += 1
            for k, cells in enumerate(self._row(elem)):
                self.add("\t".join(cells), LineLayout(row=True, cont=k > 0))
            return
        if self.rows:  # a table ends with an empty line (also one followed by a table)
            self.add("")
            self.rows = 0
        if tag != "p":  # tblPr, tblGrid: a table begins
            return
        parts = paragraph_text(elem).split("\n")
        prefix, level, heading = self._prefix(elem)
        layout = LineLayout(level=level, heading=heading)
        self.add(prefix + parts[0], layout)
        for part in parts[1:]:
            self.add(part, layout)

    def finish(self) -> None:
        if self.rows:
            self.add("")

    def _row(self, tr: ET.Element) -> list[list[str]]:
        """The row's lines: the first paragraph of each grid column's cell, then the next."""
        columns: list[list[str]] = [[] for _ in range(int(_attr(tr.find(f"{W}trPr/{W}gridBefore"), "val", "0") or 0))]
        for tc in tr.findall(W + "tc"):
            props = tc.find(W + "tcPr")
            span = _attr(props.find(W + "gridSpan") if props is not None else None, "val", "1")
            merge = props.find(W + "vMerge") if props is not None else None
            below = merge is not None and _attr(merge, "val", "continue") == "continue"
            columns.append([] if below else _cell_paragraphs(tc))
            columns.extend([] for _ in range(max(1, int(span) if span.isdigit() else 1) - 1))
        depth = max((len(c) for c in columns), default=0)
        return [[c[k] if k < len(c) else "" for c in columns] for k in range(max(depth, 1))]

    def _prefix(self, p: ET.Element) -> tuple[str, int | None, bool]:
        ppr = p.find(W + "pPr")
        style_id = _attr(ppr.find(W + "pStyle") if ppr is not None else None, "val") or self.default_style
        style = self.style_names.get(style_id, "")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _attr(numpr.find(W + "numId"), "val") if numpr is not None else None
        level_text = _attr(numpr.find(W + "ilvl"), "val", "0") if numpr is not None else "0"
        level = int(level_text) if level_text.isdigit() else 0
        prefix = list_prefix(num_id, level, style, self.formats, self.counters)
        listed = bool(prefix) or (num_id not in (None, "0"))
        return prefix, (level if listed else None), style.casefold().startswith(_HEADING_STYLES)


def _cell_paragraphs(tc: ET.Element) -> list[str]:
    """A cell's paragraphs with text, a paragraph ending in a colon joined to the next."""
    out: list[str] = []
    for p in tc.iter(W + "p"):
        text = " ".join(paragraph_text(p).split())
        if not text:
            continue
        if out and out[-1].endswith(":"):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def list_prefix(num_id: str | None, level: int, style: str, formats, counters) -> str:
    """'1. ', '2) ', 'a) ' or '• ' for a list paragraph; '' for any other."""
    if num_id is None or num_id == "0":
        if style.startswith("List Bullet"):
            return "• "
        if style.startswith("List Number"):
            num_id = style
        else:
            return ""
    fmt = formats.get((num_id, level), "bullet" if level else "decimal")
    if fmt == "bullet":
        return "• "
    key = (num_id, level)
    counters[key] = counters.get(key, 0) + 1
    for other in [k for k in counters if k[0] == num_id and k[1] > level]:
        del counters[other]  # a new item restarts its sub-list
    n = counters[key]
    if fmt in ("lowerLetter", "upperLetter"):
        return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] + ") "
    return f"{n}. " if level == 0 else f"{n}) "
