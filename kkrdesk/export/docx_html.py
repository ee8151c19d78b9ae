"""A built Word document (python-docx) as simple HTML, for the PDF/A archive copy.

The PDF is made from the very document the Word export builds, so the two never say
different things: paragraphs keep their order, each KKR style maps to an HTML element
and class (unknown styles read as body text), runs in the emphasis style stay bold,
tables stay tables. The page header's text is returned apart, to be printed on every
page. Pure Python: no Qt here (the PDF writer is ``export.pdf_writer``)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from kkrdesk.export import docx_template as T

if TYPE_CHECKING:
    from docx.document import Document

# style -> (element, class)
_BLOCKS = {
    T.SENDER: ("p", "sender"), T.TITLE: ("h1", ""), T.SUBTITLE: ("h2", ""),
    T.INFO: ("p", "info"), T.HEADING: ("h3", ""), T.SUBHEADING: ("h4", ""),
    T.SLOT: ("p", "slot"), T.ITEM: ("p", "item"), T.BREAK: ("p", "break"),
    T.PRESENTER: ("p", "presenter"), T.SUB_ITEM: ("p", "subitem"),
    T.BULLET: ("p", "bullet"), T.BULLET_2: ("p", "bullet2"), T.DECISION: ("p", "decision"),
    T.RUBRIC: ("p", "rubric"), T.CASE: ("p", "body"), T.PROPOSAL: ("p", "proposal"),
}
_BULLETS = {"bullet": "•", "bullet2": "–"}
KEEP_STATE = 1  # pdf_pages.KEEP: the block state of a paragraph kept with the next
_INFO_ROW = '<tr class="info">'


# QTextDocument understands this subset of CSS.
STYLE_SHEET = """
body { font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 5pt; }
p.sender { color: #1f4e79; font-size: 9pt; margin-bottom: 2pt; }
h1 { font-size: 20pt; color: #1f4e79; margin-bottom: 2pt; }
h2 { font-size: 13pt; font-weight: normal; margin-top: 0; margin-bottom: 10pt; }
h3 { font-size: 13pt; color: #1f4e79; margin-top: 14pt; margin-bottom: 5pt; }
h4 { font-size: 11pt; margin-top: 8pt; margin-bottom: 4pt; }
p.info { margin-bottom: 2pt; }
p.slot { color: #595959; font-size: 9pt; margin-top: 14pt; margin-bottom: 0; }
p.item { font-weight: bold; font-size: 11.5pt; margin-bottom: 2pt; }
p.break { font-style: italic; color: #595959; margin-bottom: 2pt; }
p.presenter { font-style: italic; color: #404040; margin-left: 22pt; }
p.subitem { font-weight: bold; margin-left: 22pt; margin-top: 6pt; margin-bottom: 2pt; }
p.body { margin-left: 22pt; }
p.bullet { margin-left: 34pt; margin-bottom: 2pt; }
p.bullet2 { margin-left: 56pt; margin-bottom: 2pt; }
p.decision { margin-left: 28pt; margin-right: 7pt; margin-top: 5pt; margin-bottom: 7pt;
             background-color: #eef3f8; }
p.rubric { font-weight: bold; color: #1f4e79; font-size: 9.5pt; margin-left: 22pt; margin-top: 5pt; margin-bottom: 1pt; }
p.proposal { font-style: italic; margin-left: 28pt; }
table.grid { border-collapse: collapse; margin-top: 4pt; margin-bottom: 8pt; }
td, th { padding: 3pt; vertical-align: top; }
table.info { margin-top: 0; margin-bottom: 8pt; }
tr.info td { padding: 1.5pt 0 1.5pt 0; }
th { background-color: #dde6f0; text-align: left; }
"""


@dataclass(frozen=True)
class HtmlDocument:
    title: str
    header: str  # the page header's text ("" when none)
    body: str  # HTML


def _runs_html(paragraph) -> str:
    out = []
    for run in paragraph.runs:
        text = escape(run.text).replace("\n", "<br/>").replace("\t", "&nbsp;&nbsp;&nbsp;")
        if not text:
            continue
        strong = run.bold or (run.style is not None and run.style.name == T.STRONG)
        out.append(f"<b>{text}</b>" if strong else text)
    return "".join(out)


class _ListNumbers:
    """The numbers Word shows for paragraphs in its own list (items "1.", sub-items
    "2.a"): counted in document order, as Word counts them."""

    def __init__(self):
        self.top, self.sub = 0, 0

    def label(self, paragraph) -> str:
        ppr = paragraph._p.pPr
        num = ppr.numPr if ppr is not None else None
        if num is None or num.numId is None or num.numId.val == 0:  # numId 0: no number
            return ""
        if num.ilvl is None or num.ilvl.val == 0:
            self.top, self.sub = self.top + 1, 0
            return f"{self.top}."
        self.sub += 1
        letter = "abcdefghijklmnopqrstuvwxyz"[self.sub - 1] if self.sub <= 26 else str(self.sub)
        return f"{self.top}.{letter}"


def keeps_with_next(paragraph) -> bool:
    """Word's "keep with next", set on the paragraph or on its style (or a base style)."""
    own = paragraph.paragraph_format.keep_with_next
    if own is not None:
        return own
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.keep_with_next is not None:
            return style.paragraph_format.keep_with_next
        style = style.base_style
    return False


def _paragraph_html(paragraph, numbers: _ListNumbers | None = None) -> str:
    style = paragraph.style.name if paragraph.style is not None else ""
    tag, css = _BLOCKS.get(style, ("p", "body" if style == T.BODY else ""))
    inner = _runs_html(paragraph)
    number = numbers.label(paragraph) if numbers is not None else ""
    if not inner:
        return ""
    if number:
        inner = f"{number}&nbsp;&nbsp;&nbsp;{inner}"
    if css in _BULLETS:
        inner = f"{_BULLETS[css]}&nbsp;&nbsp;{inner}"
    if style == T.INFO and "&nbsp;&nbsp;&nbsp;" in inner:  # "Dato:<tab>onsdag …"
        label, _, value = inner.partition("&nbsp;&nbsp;&nbsp;")
        return f'{_INFO_ROW}<td width="110">{label}</td><td>{value}</td></tr>'  # one table: document_html
    attr = f' class="{css}"' if css else ""
    if keeps_with_next(paragraph):  # pdf_pages keeps it on the page of what follows
        attr += f' style="-qt-user-state:{KEEP_STATE};"'
    return f"<{tag}{attr}>{inner}</{tag}>"


def _column_widths(table) -> list[str]:
    """The Word table's column widths as percentages (its grid), for the PDF's columns."""
    grid = [int(col.w or 0) for col in table._tbl.tblGrid.gridCol_lst]
    total = sum(grid)
    return [f' width="{round(100 * w / total)}%"' if total and w else "" for w in grid]


def _table_html(table) -> str:
    rows, widths = [], _column_widths(table)
    for n, row in enumerate(table.rows):
        cell_tag = "th" if n == 0 else "td"
        cells = "".join(
            f"<{cell_tag}{widths[i] if n == 0 and i < len(widths) else ''}>"
            f"{'<br/>'.join(_runs_html(p) for p in cell.paragraphs)}</{cell_tag}>"
            for i, cell in enumerate(row.cells))
        rows.append(f"<tr>{cells}</tr>")
    # the header row in <thead>: Qt repeats it on every page the table runs onto, as Word
    # repeats a row marked tblHeader
    head = f"<thead>{rows[0]}</thead>" if rows else ""
    return ('<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">'
            + head + "".join(rows[1:]) + "</table>")


def _info_tables(parts):
    """Consecutive Mødeinfo lines as the rows of one table (a table each would stand
    apart with an empty line between them, not line under line as in Word)."""
    rows: list[str] = []
    for part in parts:
        if part.startswith(_INFO_ROW):
            rows.append(part)
            continue
        if rows:
            yield '<table class="info" cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>"
            rows = []
        yield part
    if rows:
        yield '<table class="info" cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>"


def document_html(doc: Document) -> HtmlDocument:
    """The document's body as HTML, in order, with its title and page-header text."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    parts, numbers = [], _ListNumbers()
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(_paragraph_html(Paragraph(child, doc), numbers))
        elif tag == "tbl":
            parts.append(_table_html(Table(child, doc)))
    header = ""
    if doc.sections:
        lines = [p.text.strip() for p in doc.sections[0].header.paragraphs if p.text.strip()]
        header = " · ".join(lines)
    body = (f"<html><head><style>{STYLE_SHEET}</style></head><body>"
            + "\n".join(_info_tables(p for p in parts if p)) + "</body></html>")
    return HtmlDocument(doc.core_properties.title or "", header, body)
