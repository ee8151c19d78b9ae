"""Read the participant list of an .xlsx workbook safely.

A spreadsheet is a zip file: its declared sizes are checked before it is opened (zip
bombs, with the guard shared with the agenda import in :mod:`kkrdesk.imports.zip_guard`;
the shared-string table, which openpyxl holds in memory whole, has its own
limits), every XML part is refused if it declares a DTD or entities (entity bombs;
openpyxl also parses through defusedxml), and the rows are streamed. The same pass over
each worksheet's XML collects its merged ranges: openpyxl's streaming reader only sees
the top-left value of a merged range, so the value is filled into the rest of it.

Empty rows cost nothing: reading stops after EMPTY_RUN empty rows in a row, so a stray
formatted cell far below the data neither blocks the import nor takes long.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from kkrdesk.core.errors import ValidationError
from kkrdesk.imports import participants_table as pt
from kkrdesk.imports import xml_stream, zip_guard
from kkrdesk.imports.participants_table import Merge, ParticipantTable
from kkrdesk.imports.participants_table import fail as _fail
from kkrdesk.imports.participants_table import thousands as _n
from kkrdesk.imports.xml_stream import XmlBudget

MAX_UNCOMPRESSED = 50 * 1024 * 1024  # all parts of a .xlsx together, as declared
MAX_RATIO = 200  # uncompressed / compressed for any part bigger than 1 MB
MAX_PARTS = 2_000
MAX_SHARED_BYTES = 20 * 1024 * 1024  # xl/sharedStrings.xml unpacked
MAX_SHARED_STRINGS = 250_000  # entries in the shared-string table
MAX_MERGES = 10_000  # merged ranges in one sheet
EMPTY_RUN = 1_000  # empty rows in a row after which a sheet is taken to end
# The other XML parts (styles, workbook, theme, relations …) openpyxl reads whole into
# objects: 45 MB of cell formats took 1.4 GB and 27 s, 490,000 short ones 460 MB. Excel
# itself allows 64,000 cell formats (some 130,000 elements with their alignments), so
# these are above any real workbook and keep openpyxl near 250 MB.
MAX_OTHER_XML_BYTES = 16 * 1024 * 1024
MAX_OTHER_ELEMENTS = 250_000

_SI = re.compile(r"<(?:\w{1,16}:)?si\b")
_MERGE = re.compile(r"<(?:\w{1,16}:)?mergeCell\b[^>]{0,200}?\bref\s*=\s*[\"']([^\"']{1,40})[\"']")
_CELL = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})")


def read_xlsx(path: Path) -> ParticipantTable:
    merges = check_zip(path)
    from openpyxl import load_workbook

    try:
        with path.open("rb") as fh:
            wb = load_workbook(fh, read_only=True, data_only=True)
            try:
                return _pick_sheet(path.name, wb, merges)
            finally:
                wb.close()
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on broken files
        raise _fail(f"»{path.name}« kan ikke læses som Excel-regneark ({_reason(exc)}).") from None


# -- before opening ------------------------------------------------------------------------


def check_zip(path: Path) -> dict[str, list[Merge]]:
    """Refuse zip bombs, oversized string tables and XML with DTDs before openpyxl sees
    the file. Returns the merged ranges of each worksheet part."""
    not_xlsx = f"»{path.name}« er ikke et gyldigt Excel-regneark (.xlsx)."
    merges: dict[str, list[Merge]] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if len(infos) > MAX_PARTS:
                raise _fail(f"»{path.name}« indeholder for mange dele til et regneark.")
            if "xl/workbook.xml" not in names:
                if "content.xml" in names:
                    raise _fail(f"»{path.name}« er et OpenDocument-regneark; gem det som .xlsx.")
                raise _fail(not_xlsx)
            for info in infos:
                if _is_shared_strings(info.filename) and info.file_size > MAX_SHARED_BYTES:
                    raise _fail(f"»{path.name}« indeholder urimeligt mange tekster (over "
                                f"{MAX_SHARED_BYTES // 1_048_576} MB) og åbnes ikke.")
            zip_guard.check_sizes(infos, path.name, "et regneark", max_total=MAX_UNCOMPRESSED,
                                  max_ratio=MAX_RATIO, max_parts=MAX_PARTS,
                                  max_xml_part=MAX_OTHER_XML_BYTES,
                                  big_parts_allowed=_streamed)
            others = XmlBudget("et regneark", max_bytes=MAX_OTHER_XML_BYTES,
                               max_elements=MAX_OTHER_ELEMENTS, max_depth=128,
                               max_block_elements=MAX_OTHER_ELEMENTS, max_text=MAX_SHARED_BYTES,
                               broken=f"»{path.name}« kan ikke læses som Excel-regneark (filen "
                                      "er beskadiget eller ikke et regneark).")
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
        raise _fail(f"»{path.name}« er krypteret eller pakket på en måde, der ikke kan læses.") from None
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
                raise _fail(f"»{name}« indeholder over {_n(MAX_SHARED_STRINGS)} forskellige "
                            "tekster og åbnes ikke; del regnearket op.")
        if sheet:
            for m in _MERGE.finditer(window):
                if m.end() > fresh and (bounds := _bounds(m.group(1))):
                    merges.append(bounds)
            if len(merges) > MAX_MERGES:
                raise _fail(f"»{name}« har over {_n(MAX_MERGES)} flettede celler; ophæv "
                            "fletningen, og prøv igen.")

    zip_guard.scan_xml(zf, info, name, "et regneark", look if (sheet or strings) else None)
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


# -- reading ---------------------------------------------------------------------------------


def _reason(exc: BaseException) -> str:
    """A short reason: defusedxml's refusal may sit behind openpyxl's own ValueError."""
    seen = exc
    while seen is not None:
        if "Forbidden" in seen.__class__.__name__:  # defusedxml: DTD, entities, external refs
            return "filen indeholder XML-definitioner, som et regneark ikke bruger"
        seen = seen.__cause__ or seen.__context__
    return "filen er beskadiget eller ikke et regneark"


def _width(ws) -> int:
    """Columns to read: the sheet's declared width, at most MAX_COLUMNS. A declared size
    of one cell ('A1', as some programs write whatever the content) is not believed."""
    cols, rows = ws.max_column, ws.max_row
    if cols and rows and (cols > 1 or rows > 1):
        return max(1, min(pt.MAX_COLUMNS, cols))
    return pt.MAX_COLUMNS


def _sheet_lines(ws):
    """(row number, values) of the rows up to the last one with content, ending after
    EMPTY_RUN empty rows in a row."""
    width = _width(ws)
    ws.reset_dimensions()  # a stale declared height must not cut rows off
    empty = 0
    for idx, cells in enumerate(ws.iter_rows(values_only=True, max_col=width), start=1):
        if pt.is_empty(cells):
            empty += 1
            if empty > EMPTY_RUN:
                return
            continue
        empty = 0
        yield idx, list(cells)


def _pick_sheet(name: str, wb, merges: dict[str, list[Merge]]) -> ParticipantTable:
    """The first sheet whose header has a Navn column (the first sheet's error otherwise)."""
    first_error: ValidationError | None = None
    for ws in wb.worksheets:
        part = str(getattr(ws, "_worksheet_path", "")).lstrip("/")
        try:
            return pt.table_rows(name, "xlsx", ws.title, _sheet_lines(ws),
                            lambda part=part: merges.get(part, ()))
        except ValidationError as exc:
            if "»Navn« mangler" not in str(exc) and "er tom" not in str(exc):
                raise
            first_error = first_error or exc
    raise first_error or _fail(f"»{name}« har ingen ark.")
