"""Where an agenda comes from -> lines of text: pasted text, .txt, .docx, .pptx, .pdf.

The file is judged by its content, not its name. Word and PowerPoint files are zip
archives: they pass the shared zip guard (:mod:`kkrdesk.imports.zip_guard`) before
python-docx or python-pptx opens them. A PDF is read with pypdf; one that needs a
password is refused. Every problem is a ``ValidationError`` with one Danish sentence;
nothing is written anywhere.

Word: paragraphs and table rows in document order (cells joined by a tab), list
paragraphs with their bullet or number put back in front. PowerPoint: the text of the
slides in order, shapes top to bottom, footers and slide numbers left out; a deck with
a slide titled "Agenda"/"Dagsorden"/"Program" is read from those slides only (the note
says so). PDF: the text of each page in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.file_safety import UnsafePathError, check_regular
from kkrdesk.core.lib_warnings import route_library_warnings
from kkrdesk.core.oserrors import reason
from kkrdesk.core.validate import strip_controls
from kkrdesk.imports import zip_guard

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED = 300 * 1024 * 1024  # a deck's pictures count too
MAX_RATIO = 200
MAX_PARTS = 5_000
MAX_TEXT_CHARS = 1_000_000  # far more than any agenda
MAX_LINES = 20_000
MAX_PDF_PAGES = 500
PASTED = "indsat tekst"
_AGENDA_TITLE = re.compile(r"^\s*(?:dagsorden|agenda|program)\b", re.I)
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


@dataclass(frozen=True)
class AgendaSource:
    name: str  # file name, or "indsat tekst"
    kind: str  # "tekst", "Word", "PowerPoint", "PDF"
    lines: tuple[str, ...]
    note: str = ""


def _fail(message: str) -> ValidationError:
    return ValidationError(message, field="file")


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.0f}".replace(".", ",")


def from_text(text: str, name: str = PASTED, kind: str = "tekst", note: str = "") -> AgendaSource:
    """Text (pasted, typed, or taken out of a file) -> lines. Too much is refused."""
    if len(text) > MAX_TEXT_CHARS:
        raise _fail(f"»{name}« indeholder for meget tekst til at være en dagsorden "
                    f"(over {MAX_TEXT_CHARS:,} tegn).".replace(",", "."))
    lines = strip_controls(text.replace("\v", "\n").replace("\f", "\n").replace("\u2028", "\n")).split("\n")
    if len(lines) > MAX_LINES:
        raise _fail(f"»{name}« har over {MAX_LINES:,} linjer; det er ikke en dagsorden.".replace(",", "."))
    if not any(line.strip() for line in lines):
        raise _fail(f"Der er ingen tekst i »{name}«." if name != PASTED else "Der er ingen tekst at læse.")
    return AgendaSource(name, kind, tuple(lines), note)


def from_bytes(data: bytes, name: str) -> AgendaSource:
    """Bytes of a text file (standard input, a .txt) -> lines."""
    return from_text(_decode(data, name), name)


def read_agenda_source(path: str | Path) -> AgendaSource:
    route_library_warnings()  # pypdf's English remarks on a broken PDF go to the log
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise _fail(f"»{name}« er en mappe, ikke en fil.")
        check_regular(path)  # a pipe or a device would block or never end: refused unopened
        size = path.stat().st_size
        if size == 0:
            raise _fail(f"Filen »{name}« er tom.")
        if size > MAX_FILE_BYTES:
            raise _fail(f"Filen »{name}« er for stor til at være en dagsorden ({_mb(size)} MB; "
                        f"højst {_mb(MAX_FILE_BYTES)} MB). Kopiér teksten, og sæt den ind i stedet.")
        with path.open("rb") as fh:
            head = fh.read(8192)
        if head.startswith(b"PK\x03\x04"):
            return _read_office(path)
        if head.startswith(b"%PDF"):
            return _read_pdf(path)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            if _ENCRYPTED in path.read_bytes():
                raise _fail(f"»{name}« er beskyttet med adgangskode (krypteret); gem den uden "
                            "adgangskode, og prøv igen.")
            raise _fail(f"»{name}« er i det gamle Office-format (.doc/.ppt); gem den som .docx "
                        "eller .pptx, og prøv igen.")
        if head.startswith(b"{\\rtf"):
            raise _fail(f"»{name}« er en RTF-fil; gem den som .docx eller .txt, og prøv igen.")
        if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
            raise _fail(f"»{name}« er et billede, ikke tekst; en dagsorden kan ikke læses af et billede.")
        return from_bytes(path.read_bytes(), name)
    except FileNotFoundError:
        raise _fail(f"Filen findes ikke: {path}") from None
    except PermissionError:
        raise _fail(f"Filen kan ikke læses (ingen adgang): {path}") from None
    except IsADirectoryError:
        raise _fail(f"»{name}« er en mappe, ikke en fil.") from None
    except UnsafePathError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"Filen kan ikke læses: {path} {reason(exc)}.") from None


def _decode(data: bytes, name: str) -> str:
    not_text = f"»{name}« er hverken tekst, Word, PowerPoint eller PDF og kan ikke læses."
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:8192]:
        raise _fail(not_text)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:20_000]
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    if sample and odd > max(3, len(sample) // 100):
        raise _fail(not_text)
    return text


# -- Word and PowerPoint ---------------------------------------------------------------------


def _read_office(path: Path) -> AgendaSource:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile:
        raise _fail(f"»{path.name}« er beskadiget (ikke en gyldig zip-fil).") from None
    limits = dict(max_total=MAX_UNCOMPRESSED, max_ratio=MAX_RATIO, max_parts=MAX_PARTS)
    if "word/document.xml" in names:
        zip_guard.check_office_zip(path, "et Word-dokument", "word/document.xml", **limits)
        return _guarded(path, "Word-dokument", _docx_lines)
    if "ppt/presentation.xml" in names:
        zip_guard.check_office_zip(path, "en PowerPoint-præsentation", "ppt/presentation.xml", **limits)
        return _guarded(path, "PowerPoint-præsentation", _pptx_lines)
    if "xl/workbook.xml" in names:
        raise _fail(f"»{path.name}« er et Excel-regneark; en dagsorden læses fra tekst, Word, "
                    "PowerPoint eller PDF.")
    raise _fail(f"»{path.name}« er hverken et Word-dokument eller en PowerPoint-præsentation.")


def _guarded(path: Path, what: str, reader) -> AgendaSource:
    try:
        lines, note = reader(path)
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - the libraries raise many kinds on broken files
        raise _fail(f"»{path.name}« kan ikke læses som {what} (filen er beskadiget).") from None
    kind = "Word" if what.startswith("Word") else "PowerPoint"
    return from_text("\n".join(lines), path.name, kind, note)


def _docx_lines(path: Path) -> tuple[list[str], str]:
    from docx import Document
    from docx.table import Table

    doc = Document(str(path))
    formats = _numbering_formats(doc)
    counters: dict[tuple[str, int], int] = {}
    lines: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                lines.append("\t".join(cells))
            lines.append("")
            continue
        prefix = _list_prefix(block, formats, counters)
        parts = block.text.split("\n")
        lines.append(prefix + parts[0])
        lines.extend(parts[1:])
    return lines, ""


def _numbering_formats(doc) -> dict[tuple[str, int], str]:
    """(numId, level) -> numFmt ('bullet', 'decimal', 'lowerLetter', …)."""
    try:
        numbering = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    w = "{%s}" % ns["w"]
    abstract = {}
    for a in numbering.findall("w:abstractNum", ns):
        levels = {}
        for lvl in a.findall("w:lvl", ns):
            fmt = lvl.find("w:numFmt", ns)
            levels[int(lvl.get(w + "ilvl", "0"))] = fmt.get(w + "val") if fmt is not None else "decimal"
        abstract[a.get(w + "abstractNumId")] = levels
    out = {}
    for num in numbering.findall("w:num", ns):
        ref = num.find("w:abstractNumId", ns)
        for level, fmt in abstract.get(ref.get(w + "val") if ref is not None else "", {}).items():
            out[(num.get(w + "numId"), level)] = fmt
    return out


def _list_prefix(paragraph, formats, counters) -> str:
    ppr = paragraph._p.pPr
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    num_id, level = None, 0
    if ppr is not None and ppr.numPr is not None:
        if ppr.numPr.numId is not None:
            num_id = str(ppr.numPr.numId.val)
        if ppr.numPr.ilvl is not None:
            level = int(ppr.numPr.ilvl.val)
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


def _pptx_lines(path: Path) -> tuple[list[str], str]:
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


# -- PDF ---------------------------------------------------------------------------------


def _read_pdf(path: Path) -> AgendaSource:
    name = path.name
    locked = (f"»{name}« er beskyttet med adgangskode; gem en udgave uden adgangskode, "
              "eller kopiér teksten og sæt den ind.")
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise _fail(locked)
            except ValidationError:
                raise
            except Exception:  # noqa: BLE001 - needs a password or a crypto library
                raise _fail(locked) from None
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise _fail(f"»{name}« har {len(pages)} sider; det er ikke en dagsorden "
                        f"(højst {MAX_PDF_PAGES}).")
        lines: list[str] = []
        total = 0
        for page in pages:
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise _fail(f"»{name}« indeholder for meget tekst til at være en dagsorden.")
            lines.extend(text.replace("\t", " ").split("\n"))
            lines.append("")
    except ValidationError:
        raise
    except (PdfReadError, Exception):  # noqa: BLE001 - broken PDFs raise many kinds
        raise _fail(f"»{name}« kan ikke læses som PDF (filen er beskadiget).") from None
    if not any(line.strip() for line in lines):
        raise _fail(f"»{name}« indeholder ingen tekst (måske et indscannet billede); "
                    "en dagsorden kan kun læses af en PDF med tekst.")
    return from_text("\n".join(lines), name, "PDF")
