"""Small edits of WordprocessingML that python-docx has no call for, each element put
where the schema's sequence wants it (Word refuses a file with an element out of place):
a paragraph's list number (or none, numId 0), its level in the navigation pane, and
the document's compatibility mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document


def set_numbering(paragraph, num_id: str, level: str) -> None:
    """Put ``paragraph`` in Word list ``num_id`` at ``level`` (numId "0": no number even
    where its style numbers), right after its style reference, where the schema wants it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", level), ("w:numId", num_id)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        num_pr.append(el)
    ppr = paragraph._p.get_or_add_pPr()
    style_el = ppr.find(qn("w:pStyle"))
    ppr.insert(list(ppr).index(style_el) + 1 if style_el is not None else 0, num_pr)


# pPr children that come after w:outlineLvl in the schema (CT_PPrBase's sequence)
_AFTER_OUTLINE = ("divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def set_outline_level(paragraph, level: int) -> None:
    """The paragraph's level in Word's navigation pane (0 = the top)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    later = [c for c in ppr if c.tag.rsplit("}", 1)[-1] in _AFTER_OUTLINE]
    if later:
        later[0].addprevious(el)
    else:
        ppr.append(el)


# settings children that come after w:compat in the schema (CT_Settings' sequence)
_AFTER_COMPAT = ("docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
                 "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
                 "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                 "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
                 "listSeparator")


def set_compatibility(doc: Document, mode: int = 15) -> None:
    """Word 2013 and later layout (compatibilityMode 15): a file in an older mode opens
    in Word with "[Kompatibilitetstilstand]" in its title bar, whatever the template was."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        later = [c for c in settings if c.tag.rsplit("}", 1)[-1] in _AFTER_COMPAT]
        if later:
            later[0].addprevious(compat)
        else:
            settings.append(compat)
    uri = "http://schemas.microsoft.com/office/word"
    for el in compat.findall(qn("w:compatSetting")):
        if el.get(qn("w:name")) == "compatibilityMode":
            el.set(qn("w:val"), str(mode))
            return
    el = OxmlElement("w:compatSetting")
    for key, value in (("w:name", "compatibilityMode"), ("w:uri", uri), ("w:val", str(mode))):
        el.set(qn(key), value)
    compat.append(el)
