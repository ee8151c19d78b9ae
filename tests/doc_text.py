"""The text of a Word file and of its PDF copy, word by word, to compare the two the way
a reader would: every word the Word file shows, once, in the PDF. Built from the files
alone (python-docx and pypdf), never with the exporter's own functions.

The Word side adds what Word itself shows but does not store as text: the numbers of
its own list ("1.", "2.a") and the bullets of the two bullet styles. The page header and
footer are compared apart, as every page repeats them."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import docx
from docx.oxml.ns import qn
from pypdf import PdfReader

BULLETS = {"KKR Underpunkt": "•", "KKR Underpunkt 2": "–"}
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


def _label(p, style_numbering: dict, counter: list[int]) -> str:
    """The number Word shows in front of ``p``: its own numPr, else its style's."""
    ppr = p._p.pPr
    num = ppr.find(qn("w:numPr")) if ppr is not None else None
    level = num_id = None
    if num is not None:
        num_id = num.find(qn("w:numId")).get(qn("w:val"))
        ilvl = num.find(qn("w:ilvl"))
        level = int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
    elif p.style is not None and p.style.name in style_numbering:
        num_id, level = style_numbering[p.style.name]
    if num_id in (None, "0"):
        return ""
    if level == 0:
        counter[:] = [counter[0] + 1, 0]
        return f"{counter[0]}."
    counter[1] += 1
    return f"{counter[0]}.{LETTERS[counter[1] - 1]}"


def _style_numbering(document) -> dict:
    out = {}
    for style in document.styles:
        ppr = style.element.find(qn("w:pPr"))
        num = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num is not None and num.find(qn("w:numId")) is not None:
            ilvl = num.find(qn("w:ilvl"))
            out[style.name] = (num.find(qn("w:numId")).get(qn("w:val")),
                               int(ilvl.get(qn("w:val"))) if ilvl is not None else 0)
    return out


def docx_words(path: Path) -> Counter:
    """Every word of the body, with the list numbers and bullets Word draws."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    numbering, counter, out = _style_numbering(document), [0, 0], []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            p = Paragraph(child, document)
            if not p.text.strip():
                continue
            style = p.style.name if p.style is not None else ""
            if style in BULLETS:  # a bullet list of its own: a bullet, no number
                out.append(BULLETS[style])
            elif label := _label(p, numbering, counter):
                out.append(label)
            out += words(p.text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                for cell in row.cells:
                    out += words(cell.text)
    return Counter(out)


def docx_furniture(path: Path) -> tuple[str, str]:
    """(page header text, footer text without its page numbers) of the first section."""
    document = docx.Document(str(path))
    section = document.sections[0]
    header = " ".join(p.text for p in section.header.paragraphs).strip()
    footer = "".join(t.text or "" for t in section.footer._element.iter(qn("w:t")))
    return header, re.sub(r"\s*Side \d+ af \d+\s*$", "", footer).strip()


def pdf_pages(path: Path) -> list[list[str]]:
    """The lines of text of each page, as pypdf reads them."""
    return [[" ".join(words(line)) for line in (page.extract_text() or "").splitlines()
             if line.strip()] for page in PdfReader(str(path)).pages]


def pdf_bodies(path: Path, header: str, footer: str) -> list[list[str]]:
    """Each page's lines without its page header and footer (taken once, as the page
    has them once: a title equal to the page header stays)."""
    pages = pdf_pages(path)
    out = []
    for n, lines in enumerate(pages, start=1):
        lines = list(lines)
        for furniture in (header, f"Side {n} af {len(pages)}", footer,
                          f"{footer} Side {n} af {len(pages)}"):
            text = " ".join(words(furniture))
            if text and text in lines[:4]:
                lines.remove(text)
        out.append(lines)
    return out


def pdf_body_words(path: Path, header: str, footer: str,
                   repeated: tuple[str, ...] = ()) -> Counter:
    """The words of every page's body; a word broken after its hyphen at a line's end
    is joined. ``repeated``: a table's header row (its cells' lines), dropped where a
    page begins with it again (Word repeats it too, but stores it once)."""
    out: list[str] = []
    for n, lines in enumerate(pdf_bodies(path, header, footer)):
        if n and repeated and tuple(lines[:len(repeated)]) == repeated:
            lines = lines[len(repeated):]
        text = re.sub(r"(\w-)\n(\w)", r"\1\2", "\n".join(lines))
        out += words(text)
    return Counter(out)
