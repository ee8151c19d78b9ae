"""A Word file read back as a user would look at it: its paragraphs in order, each with
the number Word shows for it (counted from the list's own levels, not from the app)."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from kkrdesk.export.docx_template import default_template


def all_paragraphs(doc) -> list[Paragraph]:
    """Every paragraph of the body, table cells included, in document order."""
    return [Paragraph(p, doc) for p in doc.element.body.iter(qn("w:p"))]


def list_formats(doc) -> dict[str, dict[str, tuple[str, str]]]:
    """numId -> ilvl -> (numFmt, lvlText), read from the document's numbering part."""
    root = doc.part.numbering_part.element
    abstract = {a.get(qn("w:abstractNumId")): {
        lvl.get(qn("w:ilvl")): (lvl.find(qn("w:numFmt")).get(qn("w:val")),
                                lvl.find(qn("w:lvlText")).get(qn("w:val")))
        for lvl in a.findall(qn("w:lvl"))} for a in root.findall(qn("w:abstractNum"))}
    return {n.get(qn("w:numId")): abstract[n.find(qn("w:abstractNumId")).get(qn("w:val"))]
            for n in root.findall(qn("w:num"))}


def texts(doc) -> list[str]:
    """The paragraphs as a reader sees them: a paragraph numbered by a Word list gets the
    number Word shows ("2.a<tab>") in front, counted here from the list's own levels."""
    formats, counters, out = list_formats(doc), {}, []
    for p in all_paragraphs(doc):
        num = p._p.pPr.numPr if p._p.pPr is not None else None
        if num is None or num.numId is None or num.numId.val == 0:  # numId 0: no number
            out.append(p.text.replace("\u00a0", " "))  # a no-break space reads as a space
            continue
        num_id, level = str(num.numId.val), str(num.ilvl.val if num.ilvl is not None else 0)
        count = counters.setdefault(num_id, [0, 0])
        if level == "0":
            count[0], count[1] = count[0] + 1, 0
        else:
            count[1] += 1
        shown = formats[num_id][level][1]
        for n, (fmt, _text) in enumerate((formats[num_id]["0"], formats[num_id].get("1", ("", "")))):
            value = count[n] if fmt == "decimal" else "abcdefghijklmnopqrstuvwxyz"[count[n] - 1] \
                if count[n] else ""
            shown = shown.replace(f"%{n + 1}", str(value))
        out.append(f"{shown}\t{p.text}".replace("\u00a0", " "))
    return out


def flat(doc) -> str:
    """The whole text with whitespace normalised (line breaks, tabs, paragraphs)."""
    return " ".join(" ".join(texts(doc)).split())


def index_of(doc, needle: str) -> int:
    for n, text in enumerate(texts(doc)):
        if needle in text:
            return n
    raise AssertionError(f"no paragraph contains {needle!r}")


def para(doc, needle: str) -> Paragraph:
    """The paragraph whose shown text (list number included) contains ``needle``."""
    return all_paragraphs(doc)[index_of(doc, needle)]


def rows_of(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def template_style_names() -> set[str]:
    return {s.name for s in docx.Document(str(default_template())).styles}
