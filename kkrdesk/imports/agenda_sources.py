"""Where an agenda comes from -> lines of text: pasted text, .txt, .docx, .pptx, .pdf.

The file is judged by its content, not its name, and read within stated limits, so no
file, however large or crafted, costs more than seconds and a few hundred MB: the size
of the file (MAX_FILE_BYTES), of a text file or standard input (MAX_TEXT_BYTES, never
read further), of the text (MAX_TEXT_CHARS, MAX_LINES). Word and PowerPoint files are zip
archives: their declared sizes pass the shared zip guard (:mod:`kkrdesk.imports.zip_guard`),
then their XML is read as a stream with its own limits (MAX_XML_*): a Word file by
:mod:`kkrdesk.imports.docx_reader`, a deck by python-pptx once the stream has shown that
it fits (:mod:`kkrdesk.imports.pptx_reader`). A PDF is read by pypdf within limits
(:mod:`kkrdesk.imports.pdf_reader`); one that needs a password is refused. Every problem
is a ``ValidationError`` with one Danish sentence; nothing is written anywhere.

Word: paragraphs and table rows in document order (cells joined by a tab), list
paragraphs with their bullet or number put back in front. PowerPoint: the text of the
slides in order, shapes top to bottom, footers and slide numbers left out; a deck with
a slide titled "Agenda"/"Dagsorden"/"Program" is read from those slides only (the note
says so). PDF: the text of each page in reading order.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.file_safety import UnsafePathError, check_regular
from kkrdesk.core.lib_warnings import route_library_warnings
from kkrdesk.core.marked import QT_TRANSLATE_NOOP, message_of
from kkrdesk.core.oserrors import reason
from kkrdesk.core.validate import strip_controls
from kkrdesk.imports import zip_guard
from kkrdesk.imports.docx_reader import docx_read
from kkrdesk.imports.line_layout import LineLayout
from kkrdesk.imports.not_agendas import refuse_known_others
from kkrdesk.imports.pdf_reader import pdf_lines
from kkrdesk.imports.pptx_reader import pptx_lines
from kkrdesk.imports.xml_budget import XmlBudget

MAX_FILE_BYTES = 50 * 1024 * 1024
# Everything a .docx/.pptx unpacks to, as its zip directory says: python-pptx holds every
# part of a deck in memory (its pictures too), so this is what memory may hold of them.
MAX_UNCOMPRESSED = 150 * 1024 * 1024
MAX_RATIO = 200
MAX_PARTS = 5_000
MAX_TEXT_CHARS = 1_000_000  # far more than any agenda (a 60-page one holds some 150,000)
MAX_LINES = 20_000
# A plain text file or standard input: 4 bytes a character at most (UTF-8), so nothing
# past this can hold a text within MAX_TEXT_CHARS; only this much is ever read.
MAX_TEXT_BYTES = 4 * 1024 * 1024
# The XML a .docx/.pptx may unpack to, as it is read. A 60-page agenda in Word is 1-3 MB
# of XML in some 100,000 elements, nested up to 20 deep; a deck of 60 slides about the
# same. python-pptx holds about 200 bytes an element, so a deck at the limits takes some
# 300 MB; a Word file is read as a stream, a paragraph or table row at a time.
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_XML_ELEMENTS = 1_000_000
MAX_XML_DEPTH = 128
MAX_BLOCK_ELEMENTS = 100_000  # in one Word paragraph or table row
PASTED = QT_TRANSLATE_NOOP("AgendaSources", "indsat tekst")


@dataclass(frozen=True)
class AgendaSource:
    name: str  # file name, or "indsat tekst"
    kind: str  # "tekst", "Word", "PowerPoint", "PDF"
    lines: tuple[str, ...]
    note: str = ""
    layout: tuple[LineLayout, ...] = ()  # one for each line, from the format's structure ("" for text)


def _fail(message: str) -> ValidationError:
    return ValidationError(message, field="file")


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_much(name: str) -> str:
    return QT_TRANSLATE_NOOP("AgendaSources", "»{name}« indeholder for meget tekst til at være en "
                             "dagsorden (over {most} tegn).").format(
        name=name, most=_thousands(MAX_TEXT_CHARS))


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.0f}".replace(".", ",")


def from_text(text: str, name: str = PASTED, kind: str = "tekst", note: str = "") -> AgendaSource:
    """Text (pasted, typed, or taken out of a file) -> lines. Too much is refused."""
    if len(text) > MAX_TEXT_CHARS:
        raise _fail(_too_much(name))
    lines = strip_controls(text.replace("\v", "\n").replace("\f", "\n").replace("\u2028", "\n")).split("\n")
    if len(lines) > MAX_LINES:
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« har over {most} linjer; det er ikke en dagsorden.").format(
            name=name, most=_thousands(MAX_LINES)))
    if not any(line.strip() for line in lines):
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "Der er ingen tekst i »{name}«.").format(name=name)
                    if name != PASTED else QT_TRANSLATE_NOOP("AgendaSources", "Der er ingen tekst at læse."))
    return AgendaSource(name, kind, tuple(lines), note)


def from_lines(lines: list[str], layout: list[LineLayout], name: str, kind: str,
               note: str = "") -> AgendaSource:
    """Lines read from a file's structure, each with its layout; too much is refused."""
    total = sum(len(x.strip()) for x in lines)
    if total > MAX_TEXT_CHARS:
        raise _fail(_too_much(name))
    if len(lines) > MAX_LINES:
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« har over {most} linjer; det er ikke en dagsorden.").format(
            name=name, most=_thousands(MAX_LINES)))
    clean = tuple(strip_controls(x.replace("\v", " ").replace("\f", " ").replace("\u2028", " ")
                                 .replace("\n", " ")) for x in lines)
    if not any(x.strip() for x in clean):
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "Der er ingen tekst i »{name}«.").format(name=name))
    return AgendaSource(name, kind, clean, note, tuple(layout))


def from_bytes(data: bytes, name: str) -> AgendaSource:
    """Bytes of a text file (standard input, a .txt) -> lines."""
    return from_text(_decode(data, name), name)


def from_stream(stream: BinaryIO, name: str) -> AgendaSource:
    """A text file or standard input, read no further than MAX_TEXT_BYTES."""
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« indeholder for meget tekst til at være en dagsorden (over "
            "{mb} MB; højst {most} tegn).").format(
            name=name, mb=MAX_TEXT_BYTES // 1_048_576, most=_thousands(MAX_TEXT_CHARS)))
    return from_bytes(data, name)


def _check_file(path: Path, name: str) -> None:
    """Refused before a byte is read: a folder, a pipe or device, an empty or too big file."""
    if path.is_dir():
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "»{name}« er en mappe, ikke en fil.").format(
            name=name))
    check_regular(path)  # a pipe or a device would block or never end: refused unopened
    size = path.stat().st_size
    if size == 0:
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "Filen »{name}« er tom.").format(name=name))
    if size > MAX_FILE_BYTES:
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "Filen »{name}« er for stor til at være en dagsorden ({size} MB; "
            "højst {most} MB). Kopiér teksten, og sæt den ind i stedet.").format(
            name=name, size=_mb(size), most=_mb(MAX_FILE_BYTES)))


def read_agenda_source(path: str | Path) -> AgendaSource:
    route_library_warnings()  # pypdf's English remarks on a broken PDF go to the log
    path = Path(path)
    name = path.name
    try:
        _check_file(path, name)
        with path.open("rb") as fh:
            head = fh.read(8192)
        if head.startswith(b"PK\x03\x04"):
            return _read_office(path)
        if head.startswith(b"%PDF"):
            return _read_pdf(path)
        refuse_known_others(path, head, name)
        with path.open("rb") as fh:
            return from_stream(fh, name)
    except FileNotFoundError:
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "Filen findes ikke: {path}").format(
            path=path)) from None
    except PermissionError:
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "Filen kan ikke læses (ingen adgang): {path}").format(
            path=path)) from None
    except IsADirectoryError:
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "»{name}« er en mappe, ikke en fil.").format(
            name=name)) from None
    except UnsafePathError as exc:
        raise _fail(message_of(exc)) from None
    except OSError as exc:
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "Filen kan ikke læses: {path} {reason}.").format(
            path=path, reason=reason(exc))) from None


def _decode(data: bytes, name: str) -> str:
    not_text = QT_TRANSLATE_NOOP(
        "AgendaSources", "»{name}« er hverken tekst, Word, PowerPoint eller PDF og kan ikke "
        "læses.").format(name=name)
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


def office_budget(what: str) -> XmlBudget:
    return XmlBudget(what, max_bytes=MAX_XML_BYTES, max_elements=MAX_XML_ELEMENTS,
                     max_depth=MAX_XML_DEPTH, max_block_elements=MAX_BLOCK_ELEMENTS,
                     max_text=MAX_TEXT_CHARS)


def _read_office(path: Path) -> AgendaSource:
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile:
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "»{name}« er beskadiget (ikke en gyldig "
                                      "zip-fil).").format(name=name)) from None
    names = {i.filename for i in infos}
    if "word/document.xml" in names:
        kind, what, reader = "Word", QT_TRANSLATE_NOOP("ImportFiles", "et Word-dokument"), _docx
    elif "ppt/presentation.xml" in names:
        kind, what, reader = "PowerPoint", QT_TRANSLATE_NOOP("ImportFiles", "en PowerPoint-præsentation"), pptx_lines
    elif "xl/workbook.xml" in names:
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« er et Excel-regneark; en dagsorden læses fra tekst, Word, "
            "PowerPoint eller PDF.").format(name=name))
    else:
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« er hverken et Word-dokument eller en "
            "PowerPoint-præsentation.").format(name=name))
    zip_guard.check_sizes(infos, name, what, max_total=MAX_UNCOMPRESSED, max_ratio=MAX_RATIO,
                          max_parts=MAX_PARTS, max_xml_part=MAX_XML_BYTES)
    if any(i.flag_bits & 0x1 or i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
           for i in infos):  # encrypted, or packed in a way no Office program writes
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« er krypteret eller pakket på en måde, der ikke kan "
            "læses.").format(name=name))
    try:
        lines, layout, note = reader(path, office_budget(what))
    except ValidationError:
        raise
    except zipfile.BadZipFile:
        raise _fail(QT_TRANSLATE_NOOP("AgendaSources", "»{name}« er beskadiget (ikke en gyldig "
                                      "zip-fil).").format(name=name)) from None
    except Exception:  # noqa: BLE001 - python-pptx raises many kinds on broken files
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« kan ikke læses som {what} (filen er beskadiget).").format(
            name=name, what=what[3:])) from None
    return from_lines(lines, layout, name, kind, note)


def _docx(path: Path, budget: XmlBudget) -> tuple[list[str], list[LineLayout], str]:
    lines, layout = docx_read(path, budget)
    return lines, layout, ""


# -- PDF ---------------------------------------------------------------------------------


def _read_pdf(path: Path) -> AgendaSource:
    lines = pdf_lines(path, MAX_TEXT_CHARS)
    if not any(line.strip() for line in lines):
        raise _fail(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« indeholder ingen tekst (måske et indscannet billede); en "
            "dagsorden kan kun læses af en PDF med tekst.").format(name=path.name))
    return from_lines(lines, [], path.name, "PDF")
