"""Write resources/templates/kkrdesk.docx, the Word template of the agenda and minutes.

    python resources/templates/make_template.py [OUT.docx]

The exporters use only the NAMED styles defined here ("KKR Titel", "KKR Punkt", ...), so
a secretariat can restyle the documents in Word: open kkrdesk.docx, change the styles
(font, colours, spacing, a logo in the header), keep the style names, and pick the file
as template. A4, Calibri (Carlito is metric-compatible), Danish language, and a footer
with the document title and "Side X af Y" as fields.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

OUT = Path(__file__).resolve().with_name("kkrdesk.docx")

FONT = "Calibri"
INK = "1F1F1F"  # body text
NAVY = "1B3A5C"  # headings
BLUE = "2E6DA4"  # time slots, rules
GREY = "595959"  # presenters, footer
TINT = "EEF3F8"  # decision box, table header
LINE = "B8C7D9"  # table rules

CM = 567  # twips per centimetre (rounded)
STEP = 425  # 0.75 cm: one indent step (number column of an agenda item)
ITEMS = 2  # numId of the agenda items' list: "1.", "2." and "2.a" for sub-items
INFO = 1560  # 2.75 cm: the label column of "Dato:", "Deltagere:", "Fraværende:"

# Paragraph styles: (name, outline level or None, pPr, rPr). Units: twips, half-points.
PARAGRAPH = [
    ("KKR Afsender", None,
     '<w:spacing w:before="0" w:after="40"/>',
     f'<w:b/><w:caps/><w:color w:val="{BLUE}"/><w:spacing w:val="10"/><w:sz w:val="19"/>'),
    ("KKR Titel", None,
     '<w:keepNext/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>',
     f'<w:color w:val="{NAVY}"/><w:sz w:val="56"/>'),
    ("KKR Undertitel", None,
     f'<w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="8" w:color="{BLUE}"/>'
     '</w:pBdr><w:spacing w:before="40" w:after="240"/>',
     f'<w:color w:val="{GREY}"/><w:sz w:val="26"/>'),
    ("KKR Mødeinfo", None,
     f'<w:keepNext/><w:tabs><w:tab w:val="left" w:pos="{INFO}"/></w:tabs>'
     f'<w:spacing w:before="0" w:after="60"/><w:ind w:left="{INFO}" w:hanging="{INFO}"/>',
     ''),
    ("KKR Overskrift", 0,
     f'<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" '
     f'w:color="{BLUE}"/></w:pBdr><w:spacing w:before="360" w:after="120"/>',
     f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="28"/>'),
    ("KKR Mellemrubrik", None,
     '<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/>',
     f'<w:b/><w:color w:val="{NAVY}"/>'),
    ("KKR Tid", None,
     '<w:keepNext/><w:spacing w:before="280" w:after="0"/>',
     f'<w:b/><w:color w:val="{BLUE}"/><w:sz w:val="19"/>'),
    ("KKR Punkt", 1,
     f'<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{ITEMS}"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="{STEP}"/></w:tabs>'
     f'<w:spacing w:before="0" w:after="40"/><w:ind w:left="{STEP}" w:hanging="{STEP}"/>',
     f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="26"/>'),
    ("KKR Pause", None,
     f'<w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{ITEMS}"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="{STEP}"/></w:tabs>'
     f'<w:spacing w:before="0" w:after="40"/><w:ind w:left="{STEP}" w:hanging="{STEP}"/>',
     f'<w:i/><w:color w:val="{GREY}"/><w:sz w:val="24"/>'),
    ("KKR Oplægsholder", None,
     f'<w:keepNext/><w:spacing w:before="0" w:after="80"/><w:ind w:left="{STEP}"/>',
     f'<w:i/><w:color w:val="{GREY}"/><w:sz w:val="21"/>'),
    ("KKR Delpunkt", 2,
     f'<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{ITEMS}"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="{2 * STEP}"/></w:tabs>'
     f'<w:spacing w:before="120" w:after="20"/><w:ind w:left="{2 * STEP}" w:hanging="{STEP}"/>',
     f'<w:b/><w:color w:val="{NAVY}"/>'),
    ("KKR Underpunkt", None,
     f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
     f'<w:spacing w:before="0" w:after="40"/><w:ind w:left="{STEP + 340}" w:hanging="340"/>'
     '<w:contextualSpacing/>',
     ''),
    ("KKR Underpunkt 2", None,
     f'<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
     f'<w:spacing w:before="0" w:after="40"/><w:ind w:left="{2 * STEP + 340}" w:hanging="340"/>'
     '<w:contextualSpacing/>',
     ''),
    ("KKR Brødtekst", None,
     f'<w:spacing w:before="60" w:after="100"/><w:ind w:left="{STEP}"/>',
     ''),
    ("KKR Tekst", None,
     '<w:spacing w:before="0" w:after="100"/>',
     ''),
    ("KKR Beslutning", None,
     f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="{BLUE}"/></w:pBdr>'
     f'<w:shd w:val="clear" w:color="auto" w:fill="{TINT}"/>'
     f'<w:spacing w:before="100" w:after="140"/><w:ind w:left="{STEP + 140}" w:right="140"/>',
     ''),
    ("KKR Rubrik", None,
     f'<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="20"/><w:ind w:left="{STEP}"/>',
     f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="20"/>'),
    ("KKR Sagsfremstilling", None,
     f'<w:spacing w:before="0" w:after="100"/><w:ind w:left="{STEP}"/>',
     ''),
    ("KKR Indstilling", None,
     f'<w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="{LINE}"/></w:pBdr>'
     f'<w:spacing w:before="0" w:after="100"/><w:ind w:left="{STEP + 140}" w:right="140"/>',
     '<w:i/>'),
    ("KKR Sidehoved", None,
     '<w:jc w:val="right"/><w:spacing w:before="0" w:after="0"/>',
     f'<w:b/><w:caps/><w:color w:val="{BLUE}"/><w:spacing w:val="10"/><w:sz w:val="17"/>'),
    ("KKR Tabeltekst", None,
     '<w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/>',
     '<w:sz w:val="20"/>'),
    ("KKR Tabeloverskrift", None,
     '<w:keepNext/><w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/>',
     f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="20"/>'),
    ("KKR Sidefod", None,
     f'<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="{LINE}"/></w:pBdr>'
     f'<w:tabs><w:tab w:val="right" w:pos="{16 * CM}"/></w:tabs>'
     '<w:spacing w:before="0" w:after="0"/>',
     f'<w:color w:val="{GREY}"/><w:sz w:val="17"/>'),
]

CHARACTER = [("KKR Fremhævet", f'<w:b/><w:color w:val="{NAVY}"/>')]

TABLE = f"""
<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="KKRTabel">
  <w:name w:val="KKR Tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="{BLUE}"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="{BLUE}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="{LINE}"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{TINT}"/></w:tcPr>
  </w:tblStylePr>
</w:style>"""

# Bullets: "•" for sub-points of an item, "–" for those of a sub-item.
NUMBERING = f"""
<w:numbering {nsdecls('w')}>
  <w:abstractNum w:abstractNumId="0">
    <w:multiLevelType w:val="hybridMultilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>
      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{STEP + 340}" w:hanging="340"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/><w:color w:val="{BLUE}"/></w:rPr></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2013"/>
      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{2 * STEP + 340}" w:hanging="340"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/><w:color w:val="{BLUE}"/></w:rPr></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="KKRPunkt"/>
      <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
      <w:pPr><w:tabs><w:tab w:val="num" w:pos="{STEP}"/></w:tabs><w:ind w:left="{STEP}" w:hanging="{STEP}"/></w:pPr></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:pStyle w:val="KKRDelpunkt"/>
      <w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
      <w:pPr><w:tabs><w:tab w:val="num" w:pos="{2 * STEP}"/></w:tabs><w:ind w:left="{2 * STEP}" w:hanging="{STEP}"/></w:pPr></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="{ITEMS}"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""

KEEP = {"Normal", "Default Paragraph Font", "Normal Table", "No List", "Header", "Footer",
        "Header Char", "Footer Char", "Table Grid"}


def _style_id(name: str) -> str:
    return "".join(ch for ch in name if ch.isalnum()).replace("ø", "oe").replace("æ", "ae")


def _paragraph_style(name: str, outline: int | None, ppr: str, rpr: str):
    outline_xml = f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ""
    return parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="{_style_id(name)}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>'
        f"<w:pPr>{ppr}{outline_xml}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _character_style(name: str, rpr: str):
    return parse_xml(
        f'<w:style {nsdecls("w")} w:type="character" w:customStyle="1" w:styleId="{_style_id(name)}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="DefaultParagraphFont"/>'
        f'<w:uiPriority w:val="10"/><w:qFormat/><w:rPr>{rpr}</w:rPr></w:style>'
    )


def _defaults(styles) -> None:
    defaults = styles.find(qn("w:docDefaults"))
    styles.remove(defaults)
    styles.insert(0, parse_xml(
        f'<w:docDefaults {nsdecls("w")}><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
        f'<w:color w:val="{INK}"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="da-DK" w:eastAsia="da-DK" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        '</w:pPr></w:pPrDefault></w:docDefaults>'
    ))


def _footer(section) -> None:
    """'<TITLE>' left, 'Side X af Y' right; the exporter fills the TITLE field's result."""
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.style = "KKR Sidefod"

    def field(instr: str, shown: str) -> str:
        return (f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} ">'
                f"<w:r><w:t>{shown}</w:t></w:r></w:fldSimple>")

    p._p.append(parse_xml(field("TITLE", "KKR-digitaliseringsnetværket")))
    p.add_run("\tSide ")
    p._p.append(parse_xml(field("PAGE", "1")))
    p.add_run(" af ")
    p._p.append(parse_xml(field("NUMPAGES", "1")))


APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>kkrdesk.docx</Template><Application>KKR Desk</Application>"
    "<Company>KKR-digitaliseringsnetværket</Company></Properties>"
).encode("utf-8")


def _header(section) -> None:
    """An empty paragraph in "KKR Sidehoved": the exporter writes the referat's state
    ("Foreløbigt referat", "Godkendt på mødet d. …") into it on every page."""
    header = section.header
    header.is_linked_to_previous = False
    header.paragraphs[0].style = "KKR Sidehoved"


def _fresh_package(doc) -> None:
    """No leftovers of python-docx's own template: its app.xml (written by "Microsoft
    Macintosh Word", Pages 1) and the bibliography part in customXml."""
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            doc.part.rels.pop(rel_id)
    for rel in doc.part.package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = APP_XML


def build(out: Path = OUT) -> Path:
    doc = Document()
    styles = doc.styles.element
    for style in list(styles.findall(qn("w:style"))):
        name = style.find(qn("w:name")).get(qn("w:val"))
        if name not in KEEP:
            styles.remove(style)
    _defaults(styles)
    normal = doc.styles["Normal"].element
    normal.get_or_add_pPr().append(parse_xml(f'<w:widowControl {nsdecls("w")}/>'))
    for name, outline, ppr, rpr in PARAGRAPH:
        styles.append(_paragraph_style(name, outline, ppr, rpr))
    for name, rpr in CHARACTER:
        styles.append(_character_style(name, rpr))
    styles.append(parse_xml(TABLE))

    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(NUMBERING):
        numbering.append(child)

    # A4, 2.5 cm margins left and right: 16 cm of text width.
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.1)
    _footer(section)
    _header(section)

    settings = doc.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "da-DK")
        lang.attrib.pop(qn("w:eastAsia"), None)
    for tag in ("w:decimalSymbol", "w:listSeparator"):
        el = settings.find(qn(tag))
        if el is not None:
            el.set(qn("w:val"), "," if tag == "w:decimalSymbol" else ";")
    for el in settings.iter(qn("w:compatSetting")):  # Word 2013+, not compatibility mode
        if el.get(qn("w:name")) == "compatibilityMode":
            el.set(qn("w:val"), "15")

    # No stale preview picture or 2010 style copy from python-docx's own template.
    for rel_id, rel in list(doc.part.package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            doc.part.package.rels.pop(rel_id)
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.rels.pop(rel_id)

    _fresh_package(doc)
    props = doc.core_properties
    props.author = props.last_modified_by = "KKR Desk"
    props.title = "KKR-digitaliseringsnetværket"
    props.subject = "Skabelon til dagsorden og referat"
    props.comments = "Typografierne KKR ... bruges af KKR Desk; behold navnene."
    props.language = "da-DK"
    props.revision = 1
    import datetime as dt

    props.created = props.modified = dt.datetime(2025, 6, 1, 12, 0)
    props.keywords = ""
    _save_reproducibly(doc, out)
    return out


def _save_reproducibly(doc, out: Path) -> None:
    """Same input, same bytes: fixed time stamps in the zip, so a rebuild is no change."""
    import io
    import zipfile

    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 1, 12, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
