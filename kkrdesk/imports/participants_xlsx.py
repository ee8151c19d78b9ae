"""Read the participant list of an .xlsx workbook safely.

The file is checked before it is opened (zip bombs, entity bombs, oversized string
tables: :mod:`kkrdesk.imports.xlsx_guard`), and the rows are streamed. The check
collects each worksheet's merged ranges: openpyxl's streaming reader only sees the
top-left value of a merged range, so the value is filled into the rest of it.

Empty rows cost nothing: reading stops after EMPTY_RUN empty rows in a row, so a stray
formatted cell far below the data neither blocks the import nor takes long.
"""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.imports import participants_table as pt
from kkrdesk.imports.participants_table import Merge, ParticipantTable
from kkrdesk.imports.participants_table import fail as _fail
from kkrdesk.imports.xlsx_guard import check_zip

EMPTY_RUN = 1_000  # empty rows in a row after which a sheet is taken to end


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
        raise _fail(QT_TRANSLATE_NOOP("ParticipantsFile", "»{name}« kan ikke læses som Excel-regneark ({reason}).").format(
            name=path.name, reason=_reason(exc))) from None


def _reason(exc: BaseException) -> str:
    """A short reason: defusedxml's refusal may sit behind openpyxl's own ValueError."""
    seen = exc
    while seen is not None:
        if "Forbidden" in seen.__class__.__name__:  # defusedxml: DTD, entities, external refs
            return QT_TRANSLATE_NOOP("ParticipantsFile", "filen indeholder XML-definitioner, som et regneark ikke bruger")
        seen = seen.__cause__ or seen.__context__
    return QT_TRANSLATE_NOOP("ParticipantsFile", "filen er beskadiget eller ikke et regneark")


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
