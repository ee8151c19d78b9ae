"""The streamed Word reader gives the lines python-docx gives: python-docx (the library
the agenda import used before it was bounded) reads each file here as the reference, on
the real Word agendas of the corpus and on a file made with lists, tables with merged
cells, hyperlinks, tabs and line breaks. A table row is one column per grid column, empty
cells kept, and a further line for each further paragraph of its cells (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from kkrdesk.imports.agenda_sources import office_budget
from kkrdesk.imports.docx_reader import docx_lines
from locations import DATA

CORPUS = DATA / "agenda_corpus"


def _row_lines(row, table: Table) -> list[str]:
    """A row as python-docx holds it: one column per grid column (a spanning cell, or one
    merged with the cell above, leaves the others empty), a line per cell paragraph."""
    columns: list[list[str]] = [[] for _ in range(row.grid_cols_before)]
    for tc in row._tr.tc_lst:
        texts: list[str] = []
        if tc.vMerge != "continue":
            for p in tc.iter(qn("w:p")):
                text = " ".join(Paragraph(p, table).text.split())
                if text and texts and texts[-1].endswith(":"):
                    texts[-1] += " " + text
                elif text:
                    texts.append(text)
        columns.append(texts)
        columns.extend([] for _ in range(tc.grid_span - 1))
    depth = max(1, max((len(c) for c in columns), default=0))
    return ["\t".join(c[k] if k < len(c) else "" for c in columns) for k in range(depth)]


def reference_lines(path: Path) -> list[str]:
    """The lines as python-docx shows the document: blocks in order, list prefixes."""
    doc = Document(str(path))
    formats = _formats(doc)
    counters: dict = {}
    lines: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                lines += _row_lines(row, block)
            lines.append("")
            continue
        ppr = block._p.pPr
        num = ppr.numPr if ppr is not None else None
        num_id = str(num.numId.val) if num is not None and num.numId is not None else None
        level = int(num.ilvl.val) if num is not None and num.ilvl is not None else 0
        style = (block.style.name if block.style is not None else "") or ""
        parts = block.text.split("\n")
        lines.append(_prefix(num_id, level, style, formats, counters) + parts[0])
        lines.extend(parts[1:])
    return lines


def _prefix(num_id, level: int, style: str, formats: dict, counters: dict) -> str:
    """What the reader put in front of a list paragraph before it read a stream."""
    if num_id in (None, "0"):
        if style.startswith("List Bullet"):
            return "• "
        if not style.startswith("List Number"):
            return ""
        num_id = style
    fmt = formats.get((num_id, level), "bullet" if level else "decimal")
    if fmt == "bullet":
        return "• "
    counters[(num_id, level)] = n = counters.get((num_id, level), 0) + 1
    for deeper in [k for k in counters if k[0] == num_id and k[1] > level]:
        del counters[deeper]
    if fmt in ("lowerLetter", "upperLetter"):
        return "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] + ") "
    return f"{n}. " if level == 0 else f"{n}) "


def _formats(doc) -> dict:
    try:
        numbering = doc.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {a.get(qn("w:abstractNumId")): {
        int(lvl.get(qn("w:ilvl"), "0")): (lvl.find(qn("w:numFmt")).get(qn("w:val"))
                                          if lvl.find(qn("w:numFmt")) is not None else "decimal")
        for lvl in a.findall(qn("w:lvl"))} for a in numbering.findall(qn("w:abstractNum"))}
    out = {}
    for num in numbering.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        for level, fmt in abstract.get(ref.get(qn("w:val")) if ref is not None else "", {}).items():
            out[(num.get(qn("w:numId")), level)] = fmt
    return out


def _made(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("Dagsorden 17. september 2025")
    doc.add_paragraph("Godkendelse af dagsorden (B)", style="List Number")
    doc.add_paragraph("Meddelelser", style="List Number")
    doc.add_paragraph("Nyt fra KL", style="List Bullet")
    p = doc.add_paragraph("12.00\t")
    p.add_run("Velkomst").add_break()
    p.add_run("v. Anne Hansen, KL").add_break(WD_BREAK.PAGE)
    link = OxmlElement("w:hyperlink")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = " (se bilag)"
    run.append(text)
    link.append(run)
    p._p.append(link)
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"{r}.{c}"
    table.cell(0, 0).merge(table.cell(0, 1))  # across
    table.cell(1, 2).merge(table.cell(2, 2))  # down
    doc.add_table(rows=1, cols=2).rows[0].cells[0].text = "Anden tabel"
    doc.add_paragraph("Eventuelt")
    doc.save(path)
    return path


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.docx")) + ["made"], ids=lambda p: getattr(p, "stem", p))
def test_the_stream_reads_what_python_docx_reads(path, tmp_path):
    path = _made(tmp_path / "lavet.docx") if path == "made" else path
    assert docx_lines(path, office_budget("et Word-dokument")) == reference_lines(path)
