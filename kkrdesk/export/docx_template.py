"""The Word template of the agenda and minutes: find it, check it, fill its footer, save.

The exporters use only the NAMED styles listed here; any .docx that defines them (the
bundled resources/templates/kkrdesk.docx, or the secretariat's own restyled copy of it)
works. python-docx is imported inside the functions, so importing this module is cheap.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from kkrdesk.core.file_safety import UnsafePathError, check_regular
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.export.atomic import ExportError, atomic_write
from kkrdesk.export.docx_xml import (  # noqa: F401 - the writers take them from here
    set_compatibility, set_numbering, set_outline_level,
)

if TYPE_CHECKING:
    from docx.document import Document

NETWORK = "KKR-digitaliseringsnetværket"

# Paragraph styles
SENDER = "KKR Afsender"
TITLE = "KKR Titel"
SUBTITLE = "KKR Undertitel"
INFO = "KKR Mødeinfo"
HEADING = "KKR Overskrift"
SUBHEADING = "KKR Mellemrubrik"
SLOT = "KKR Tid"
ITEM = "KKR Punkt"
BREAK = "KKR Pause"
PRESENTER = "KKR Oplægsholder"
SUB_ITEM = "KKR Delpunkt"
BULLET = "KKR Underpunkt"
BULLET_2 = "KKR Underpunkt 2"
BODY = "KKR Brødtekst"
TEXT = "KKR Tekst"
DECISION = "KKR Beslutning"
CELL = "KKR Tabeltekst"
CELL_HEAD = "KKR Tabeloverskrift"
RUBRIC = "KKR Rubrik"  # "Sagsfremstilling", "Indstilling" over their text
CASE = "KKR Sagsfremstilling"
PROPOSAL = "KKR Indstilling"
PAGE_HEADER = "KKR Sidehoved"
# Character and table styles
STRONG = "KKR Fremhævet"
TABLE = "KKR Tabel"

AGENDA_STYLES = {
    "paragraph": (SENDER, TITLE, SUBTITLE, INFO, HEADING, SUBHEADING, SLOT, ITEM, BREAK,
                  PRESENTER, SUB_ITEM, BULLET, BULLET_2, BODY, TEXT),
    "character": (STRONG,),
    "table": (),
}
MINUTES_STYLES = {
    "paragraph": AGENDA_STYLES["paragraph"] + (DECISION, CELL, CELL_HEAD),
    "character": AGENDA_STYLES["character"],
    "table": (TABLE,),
}

# Styles added in a later version of the template: a secretariat's older copy without
# them still works, with these stand-ins.
OPTIONAL = {RUBRIC: SUBHEADING, CASE: BODY, PROPOSAL: BODY}
APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>KKR Desk</Application><Company>{company}</Company></Properties>"
)

_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def default_template() -> Path:
    from kkrdesk.core.paths import resource

    return resource("templates", "kkrdesk.docx")


def _load(path: Path) -> Document:
    """Open a .docx, or a Word template (.dotx) read as a document."""
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    PartFactory.part_type_for.setdefault(_DOTX_MAIN, DocumentPart)
    part = Package.open(str(path)).main_document_part
    if not isinstance(part, DocumentPart):
        raise ValueError("not a Word document")
    part._content_type = _DOCX_MAIN  # a .dotx is saved as a document
    return part.document


def open_template(template: str | Path | None, needed: dict[str, tuple[str, ...]]) -> Document:
    """The template as an empty document; ExportError if it is missing, not a Word
    document, or lacks any of the ``needed`` styles (all of them are named)."""
    from docx.enum.style import WD_STYLE_TYPE

    path = Path(template) if template is not None else default_template()
    if not path.is_file():
        try:  # a folder, a pipe, a device, a link loop: say which (never opened)
            check_regular(path, QT_TRANSLATE_NOOP("FileSafety", "Skabelonen"))
        except UnsafePathError as exc:
            raise ExportError(str(exc)) from None
        raise ExportError(f"Skabelonen findes ikke: {path}")
    try:
        doc = _load(path)
        styles = {(s.type, s.name) for s in doc.styles}
    except Exception as exc:  # zip, XML, content-type errors alike
        raise ExportError(
            f"Skabelonen kan ikke læses som et Word-dokument (.docx): {path.name}"
        ) from exc
    kinds = {"paragraph": WD_STYLE_TYPE.PARAGRAPH, "character": WD_STYLE_TYPE.CHARACTER,
             "table": WD_STYLE_TYPE.TABLE}
    missing = [name for kind, names in needed.items() for name in names
               if (kinds[kind], name) not in styles]
    if missing:
        word = "typografien" if len(missing) == 1 else "typografierne"
        raise ExportError(f"Skabelonen {path.name} mangler {word}: {', '.join(missing)}")
    _clear_body(doc)
    set_compatibility(doc)  # Word 2013+, whatever mode the template was saved in
    return doc


def _clear_body(doc: Document) -> None:
    """Remove the template's sample content; keep the section (page, header, footer)."""
    from docx.oxml.ns import qn

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def style_map(doc: Document, needed: dict[str, tuple[str, ...]]) -> dict:
    """Style objects by name, looked up once (python-docx searches by name on each use)."""
    found = {s.name: s for s in doc.styles}
    styles = {name: found[name] for names in needed.values() for name in names}
    for name, stand_in in OPTIONAL.items():
        styles[name] = found.get(name) or found[stand_in]
    return styles


def list_number(style) -> tuple[str, str] | None:
    """(numId, ilvl) of the list a paragraph style numbers its paragraphs with, or None
    (a template whose item styles carry no Word list: the numbers are then typed)."""
    from docx.oxml.ns import qn

    ppr = style.element.find(qn("w:pPr"))
    num = ppr.find(qn("w:numPr")) if ppr is not None else None
    if num is None or num.find(qn("w:numId")) is None:
        return None
    ilvl = num.find(qn("w:ilvl"))
    return num.find(qn("w:numId")).get(qn("w:val")), ilvl.get(qn("w:val")) if ilvl is not None else "0"


def text_width_emu(doc: Document) -> int:
    """Width between the margins of the template's last section (16 cm in ours)."""
    section = doc.sections[-1]
    try:
        width = int(section.page_width - section.left_margin - section.right_margin)
    except TypeError:  # a template without page size or margins: assume A4, 2.5 cm
        width = 0
    return width if width > 360000 else 5760000


def set_properties(doc: Document, title: str, subject: str, author: str = "",
                   language: str = "da") -> None:
    """Fresh document properties (no template leftovers: app.xml, customXml), and the
    result shown by TITLE fields (our footer has one)."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            doc.part.rels.pop(rel_id)
    for rel in doc.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML.format(company=escape(NETWORK)).encode("utf-8")
    props = doc.core_properties
    props.title = title[:255]
    props.subject = subject[:255]
    props.author = props.last_modified_by = (author or "KKR Desk")[:255]
    props.comments = props.keywords = props.category = ""
    props.language = "en-GB" if language == "en" else "da-DK"
    if language == "en":
        _footer_words(doc, FOOTER_EN)
    props.revision = 1
    now = dt.datetime.now().replace(microsecond=0)
    props.created = props.modified = now
    _fill_title_fields(doc, title)


FOOTER_EN = {"Side ": "Page ", " af ": " of "}  # the footer's "Side 1 af 3" around its fields


def _footer_words(doc: Document, words: dict[str, str]) -> None:
    """The template's own footer text ("Side 1 af 3") in the document's language: a
    text run of exactly one of ``words``; the fields beside it stay."""
    from docx.oxml.ns import qn

    for section in doc.sections:
        for part in (section.footer, section.first_page_footer, section.even_page_footer):
            if part.is_linked_to_previous:
                continue
            for t in part._element.iter(qn("w:t")):
                if t.text in words:
                    t.text = words[t.text]


def _fill_title_fields(doc: Document, title: str) -> None:
    from docx.oxml.ns import qn

    for section in doc.sections:
        for part in (section.footer, section.header, section.first_page_footer,
                     section.first_page_header, section.even_page_footer,
                     section.even_page_header):
            if part.is_linked_to_previous:
                continue
            for fld in part._element.iter(qn("w:fldSimple")):
                if fld.get(qn("w:instr"), "").split()[:1] == ["TITLE"]:
                    _set_result(list(fld.iter(qn("w:t"))), title)
            _fill_complex_title_fields(part._element, title)


def _set_result(texts: list, title: str) -> None:
    if texts:
        texts[0].text = title
        for t in texts[1:]:
            t.text = ""


def _fill_complex_title_fields(root, title: str) -> None:
    """Word's own fields (as Insert > Field makes them): begin, instruction, separate,
    shown result, end. Set the shown result of TITLE fields."""
    from docx.oxml.ns import qn

    instr, result, in_result = "", [], False
    for el in root.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:t")):
        if el.tag == qn("w:fldChar"):
            kind = el.get(qn("w:fldCharType"))
            if kind == "begin":
                instr, result, in_result = "", [], False
            elif kind == "separate":
                in_result = instr.split()[:1] == ["TITLE"]
            elif kind == "end":
                if in_result:
                    _set_result(result, title)
                in_result = False
        elif el.tag == qn("w:instrText"):
            instr += el.text or ""
        elif in_result:
            result.append(el)


def set_page_header(doc: Document, text: str, style: str = "KKR Sidehoved") -> None:
    """Put ``text`` in the page header of every page (a template's logo stays: the text
    goes into an empty header paragraph, or a new one after it)."""
    names = {s.name for s in doc.styles}
    for section in doc.sections:
        header = section.header
        header.is_linked_to_previous = False
        empty = [p for p in header.paragraphs if not p.text.strip() and not p._p.xpath(".//w:drawing")]
        p = empty[0] if empty else header.add_paragraph()
        p.style = doc.styles[style if style in names else "Header"] if (
            style in names or "Header" in names) else p.style
        for run in list(p.runs):
            run._r.getparent().remove(run._r)
        p.add_run(text)


def save(doc: Document, path: str | Path) -> Path:
    """Write atomically: the earlier file survives any failure; no partial file."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ExportError(f"Word-dokumentet skal gemmes som .docx, ikke »{path.suffix or path.name}«.")
    return atomic_write(path, lambda tmp: doc.save(str(tmp)))
