"""The text of a PDF, page by page, laid out as the page shows it (pypdf), within limits.

The text is read twice: first plainly, counting what it costs (below), then laid out in
characters from the x-positions of its text (pypdf's layout mode), so indentation stays
indentation and a table's columns stay apart (the agenda parser reads both). A page that
cannot be laid out keeps its plain text.

A PDF is small outside and large inside: a 1 MB file can unpack a content stream of a
gigabyte, or hold 500 pages of 60,000 tiny text operators each, which pypdf reads at some
20,000 a second. So pypdf runs with lower limits of its own (:data:`PYPDF_LIMITS`: no
stream unpacks past 16 MB, no content stream parses past 300,000 tokens, no page draws a
form more than 100 times), and the text extraction counts the operators it is shown over
the whole file and stops at MAX_OPERATIONS. Each limit refuses the file with one Danish
sentence; a PDF that needs a password is refused too. pypdf's Configuration needs pypdf 7.
"""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.imports.xml_budget import thousands
from kkrdesk.imports.zip_guard import fail

MAX_PAGES = 500
# Text operators shown over the whole file. Word writes a line of text in a few (a 60-page
# agenda: some 20,000); Qt, as KKR Desk's own PDF export, about two a character (a
# 20-page agenda: some 100,000). pypdf takes 20-50 µs for each, so this bounds the
# reading to 6-15 s.
MAX_OPERATIONS = 300_000
MAX_STREAM_BYTES = 16 * 1024 * 1024  # one stream unpacked; a page of text is well under 1 MB
PYPDF_LIMITS = dict(
    zlib_maximum_output_length=MAX_STREAM_BYTES,
    lzw_maximum_output_length=MAX_STREAM_BYTES,
    run_length_maximum_output_length=MAX_STREAM_BYTES,
    brotli_maximum_output_length=MAX_STREAM_BYTES,
    array_based_stream_maximum_output_length=MAX_STREAM_BYTES,
    stream_parsing_work_maximum_count=300_000,  # tokens in one content stream
    xform_maximum_invocations_per_extraction=100,  # forms drawn on one page (logos, headers)
)


class _TooMuchWork(MemoryError):
    """Raised from inside pypdf's text extraction when MAX_OPERATIONS is passed. A
    MemoryError, because pypdf passes only that on from a form it cannot read (anything
    else it logs and goes on with): running out of the work allowed is running out."""


def pdf_lines(path: Path, max_text: int) -> list[str]:
    name = path.name
    try:
        from pypdf import PdfReader, apply_configuration
        from pypdf.errors import LimitReachedError

        with apply_configuration(**PYPDF_LIMITS):
            reader = PdfReader(str(path), strict=False)
            _unlock(reader, name)
            return _text(reader, name, max_text)
    except ValidationError:
        raise
    except _TooMuchWork:
        raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er for stor indvendig til en dagsorden: over {n} "
                   "tekstoperationer; filen læses ikke.").format(name=name, n=thousands(MAX_OPERATIONS))) from None
    except LimitReachedError:
        raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er for stor indvendig til en dagsorden: en strøm, der pakker sig "
                   "ud til over {mb} MB, eller for mange dele; filen læses ikke.").format(
            name=name, mb=MAX_STREAM_BYTES // 1_048_576)) from None
    except Exception:  # noqa: BLE001 - broken PDFs raise many kinds
        raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« kan ikke læses som PDF (filen er beskadiget).").format(name=name)) from None


def _unlock(reader, name: str) -> None:
    locked = QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er beskyttet med adgangskode; gem en udgave uden adgangskode, "
                               "eller kopiér teksten og sæt den ind.").format(name=name)
    if not reader.is_encrypted:
        return
    try:
        if not reader.decrypt(""):
            raise fail(locked)
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - needs a password or a crypto library
        raise fail(locked) from None


def _text(reader, name: str, max_text: int) -> list[str]:
    pages = reader.pages
    if len(pages) > MAX_PAGES:
        raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« har {pages} sider; det er ikke en dagsorden (højst {most}).").format(
            name=name, pages=len(pages), most=MAX_PAGES))
    done = 0

    def count(*_args) -> None:
        nonlocal done
        done += 1
        if done > MAX_OPERATIONS:
            raise _TooMuchWork

    plain: list[str] = []
    total = 0
    for page in pages:
        text = page.extract_text(visitor_operand_before=count) or ""
        total += len(text)
        if total > max_text:
            raise fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« indeholder for meget tekst til at være en dagsorden.").format(
                name=name))
        plain.append(text)
    lines: list[str] = []
    for page, text in zip(pages, plain):
        lines.extend(_laid_out(page, text))
        lines.append("")
    return lines


def _laid_out(page, plain: str) -> list[str]:
    """The page's lines as laid out (blank lines between blocks kept once)."""
    try:
        text = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True)
    except (MemoryError, RecursionError):
        raise
    except Exception:  # noqa: BLE001 - a font layout mode cannot measure: the plain text serves
        text = plain
    if not text.strip() and plain.strip():
        text = plain
    out: list[str] = []
    for line in text.replace("\t", " ").split("\n"):
        line = line.rstrip()
        if line or (out and out[-1]):
            out.append(line)
    return out
