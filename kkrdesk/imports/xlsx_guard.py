"""An .xlsx participant list checked before openpyxl opens it.

A spreadsheet is a zip file: its declared sizes are checked (zip bombs, with the guard
shared with the agenda import in :mod:`kkrdesk.imports.zip_guard`; the shared-string
table, which openpyxl holds in memory whole, has its own limits), and every XML part is
refused if it declares a DTD or entities (entity bombs; openpyxl also parses through
defusedxml). The same pass over each worksheet's XML collects its merged ranges, which
openpyxl's streaming reader does not see (:mod:`kkrdesk.imports.participants_xlsx`
fills them in)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.imports import xml_stream, zip_guard
from kkrdesk.imports.participants_table import Merge
from kkrdesk.imports.participants_table import fail as _fail
from kkrdesk.imports.participants_table import thousands as _n
from kkrdesk.imports.xml_budget import XmlBudget

MAX_UNCOMPRESSED = 50 * 1024 * 1024  # all parts of a .xlsx together, as declared
MAX_RATIO = 200  # uncompressed / compressed for any part bigger than 1 MB
MAX_PARTS = 2_000
MAX_SHARED_BYTES = 20 * 1024 * 1024  # xl/sharedStrings.xml unpacked
MAX_SHARED_STRINGS = 250_000  # entries in the shared-string table
MAX_MERGES = 10_000  # merged ranges in one sheet
# The other XML parts (styles, workbook, theme, relations …) openpyxl reads whole into
# objects: 45 MB of cell formats took 1.4 GB and 27 s, 490,000 short ones 460 MB. Excel
# itself allows 64,000 cell formats (some 130,000 elements with their alignments), so
# these are above any real workbook and keep openpyxl near 250 MB.
MAX_OTHER_XML_BYTES = 16 * 1024 * 1024
MAX_OTHER_ELEMENTS = 250_000
WHAT = QT_TRANSLATE_NOOP("ImportFiles", "et regneark")  # the kind of file, in the shared guards' messages

_SI = re.compile(r"<(?:\w{1,16}:)?si\b")
_MERGE = re.compile(r"<(?:\w{1,16}:)?mergeCell\b[^>]{0,200}?\bref\s*=\s*[\"']([^\"']{1,40})[\"']")
_CELL = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})")


def check_zip(path: Path) -> dict[str, list[Merge]]:
    """Refuse zip bombs, oversized string tables and XML with DTDs before openpyxl sees
    the file. Returns the merged ranges of each worksheet part."""
    not_xlsx = QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er ikke et gyldigt Excel-regneark (.xlsx).").format(name=path.name)
    merges: dict[str, list[Merge]] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if len(infos) > MAX_PARTS:
                raise _fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« indeholder for mange dele til {what}.").format(
                    name=path.name, what=WHAT))
            if "xl/workbook.xml" not in names:
                if "content.xml" in names:
                    raise _fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er et OpenDocument-regneark; gem det som .xlsx.").format(
                        name=path.name))
                raise _fail(not_xlsx)
            for info in infos:
                if _is_shared_strings(info.filename) and info.file_size > MAX_SHARED_BYTES:
                    raise _fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« indeholder urimeligt mange tekster (over {mb} MB) "
                                "og åbnes ikke.").format(name=path.name, mb=MAX_SHARED_BYTES // 1_048_576))
            zip_guard.check_sizes(infos, path.name, WHAT, max_total=MAX_UNCOMPRESSED,
                                  max_ratio=MAX_RATIO, max_parts=MAX_PARTS,
                                  max_xml_part=MAX_OTHER_XML_BYTES,
                                  big_parts_allowed=_streamed)
            others = XmlBudget(WHAT, max_bytes=MAX_OTHER_XML_BYTES,
                               max_elements=MAX_OTHER_ELEMENTS, max_depth=128,
                               max_block_elements=MAX_OTHER_ELEMENTS, max_text=MAX_SHARED_BYTES,
                               broken=QT_TRANSLATE_NOOP("ImportFiles", "»{name}« kan ikke læses som Excel-regneark (filen "
                                      "er beskadiget eller ikke et regneark).").format(name=path.name))
            for info in infos:
                if not info.filename.endswith(zip_guard.XML_PARTS):
                    continue
                if _streamed(info.filename):
                    if found := _scan_xml(zf, info, path.name):
                        merges[info.filename] = found
                else:
                    xml_stream.drain(zf, info, path.name, others)
    except zipfile.BadZipFile:
        raise _fail(not_xlsx) from None
    except (RuntimeError, NotImplementedError):  # encrypted or unknown compression
        raise _fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« er krypteret eller pakket på en måde, der ikke kan læses.").format(
            name=path.name)) from None
    return merges


def _is_shared_strings(name: str) -> bool:
    return name.lower().endswith("sharedstrings.xml")


def _streamed(name: str) -> bool:
    """Parts openpyxl reads row by row (worksheets), or that have limits of their own
    (the shared strings); every other XML part is read whole and counted."""
    return name.startswith("xl/worksheets/") or _is_shared_strings(name)


def _scan_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> list[Merge]:
    """Read one part as a stream (DTDs and entities refused by the shared guard); count
    the shared strings and collect the merged ranges of a worksheet."""
    sheet = info.filename.startswith("xl/worksheets/")
    strings = _is_shared_strings(info.filename)
    merges: list[Merge] = []
    count = 0

    def look(window: str, fresh: int) -> None:  # a match ending inside the old tail was counted
        nonlocal count
        if strings:
            count += sum(1 for m in _SI.finditer(window) if m.end() > fresh)
            if count > MAX_SHARED_STRINGS:
                raise _fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« indeholder over {n} forskellige "
                            "tekster og åbnes ikke; del regnearket op.").format(name=name, n=_n(MAX_SHARED_STRINGS)))
        if sheet:
            for m in _MERGE.finditer(window):
                if m.end() > fresh and (bounds := _bounds(m.group(1))):
                    merges.append(bounds)
            if len(merges) > MAX_MERGES:
                raise _fail(QT_TRANSLATE_NOOP("ImportFiles", "»{name}« har over {n} flettede celler; ophæv "
                            "fletningen, og prøv igen.").format(name=name, n=_n(MAX_MERGES)))

    zip_guard.scan_xml(zf, info, name, WHAT, look if (sheet or strings) else None)
    return merges


def _bounds(ref: str) -> Merge | None:
    """'B2:B3' -> (2, 2, 2, 3); None for a single cell or nonsense."""
    parts = ref.split(":")
    if len(parts) != 2:
        return None
    ends = [_CELL.fullmatch(p.strip()) for p in parts]
    if not all(ends):
        return None
    (c1, r1), (c2, r2) = ((_col_number(m.group(1)), int(m.group(2))) for m in ends)
    if min(c1, r1, c2, r2) < 1:
        return None
    return min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n
