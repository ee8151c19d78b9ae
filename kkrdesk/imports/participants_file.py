"""Read a participant list (.xlsx or .csv) safely into plain rows.

Columns: Navn, Organisation, Rolle, E-mail, Telefon, Fra (English name, organisation,
role, email, phone, from also accepted; Titel/title and Udpeget af/appointed by too).
Only Navn is required. Nothing here knows the database: checking names against the
organisations and people already there is the service's job.

The file is judged by its content, not its name. A spreadsheet is a zip file: its
declared sizes are checked before it is opened (zip bombs), every XML part is refused
if it declares a DTD or entities (entity bombs; openpyxl also parses through defusedxml),
and the rows are streamed. Every problem is a ``ValidationError`` with one Danish
sentence; nothing is written anywhere.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.validate import strip_controls

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 100
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all parts of a .xlsx together, as declared
MAX_RATIO = 200  # uncompressed / compressed for any part bigger than 1 MB
MAX_PARTS = 2_000
MAX_FIELD = 100_000  # characters in one CSV field

LABELS = {"name": "Navn", "organisation": "Organisation", "role": "Rolle", "email": "E-mail",
          "phone": "Telefon", "start": "Fra", "title": "Titel", "appointed_by": "Udpeget af"}
ALIASES = {
    "navn": "name", "name": "name", "fulde navn": "name", "full name": "name",
    "organisation": "organisation", "organization": "organisation", "org": "organisation",
    "rolle": "role", "role": "role",
    "e-mail": "email", "email": "email", "e-mailadresse": "email", "mail": "email",
    "telefon": "phone", "phone": "phone", "tlf": "phone", "tlf.": "phone", "telefonnummer": "phone",
    "fra": "start", "from": "start", "startdato": "start", "start": "start",
    "titel": "title", "title": "title",
    "udpeget af": "appointed_by", "appointed by": "appointed_by",
}
_ESCAPED = re.compile(r"_x005[Ff]_(?=x[0-9A-Fa-f]{4}_)")


@dataclass(frozen=True)
class RawRow:
    line: int  # row number in the sheet, line number in the CSV file
    values: dict[str, Any] = field(hash=False)  # field -> str, date, number or None


@dataclass(frozen=True)
class ParticipantTable:
    source: str  # file name
    kind: str  # "xlsx" or "csv"
    sheet: str  # sheet name ('' for CSV)
    columns: tuple[str, ...]  # fields found, in file order
    ignored: tuple[str, ...]  # headers not used
    rows: tuple[RawRow, ...]


def _fail(message: str) -> ValidationError:
    return ValidationError(message, field="file")


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def read_participants(path: str | Path) -> ParticipantTable:
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _fail(f"»{path.name}« er en mappe, ikke en fil.")
        if size == 0:
            raise _fail(f"Filen »{path.name}« er tom.")
        if size > MAX_FILE_BYTES:
            raise _fail(f"Filen »{path.name}« er for stor ({_n(size // 1_048_576)} MB; "
                        f"højst {MAX_FILE_BYTES // 1_048_576} MB).")
        with path.open("rb") as fh:
            head = fh.read(8192)
    except FileNotFoundError:
        raise _fail(f"Filen findes ikke: {path}") from None
    except PermissionError:
        raise _fail(f"Filen kan ikke læses (ingen adgang): {path}") from None
    except OSError as exc:
        raise _fail(f"Filen kan ikke læses: {exc.strerror or exc}") from None
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail("Filen er i det gamle Excel-format (.xls); gem den som .xlsx eller .csv.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise _fail(f"»{path.name}« hedder .xlsx, men er ikke et Excel-regneark.")
    if head.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"{\\rtf")):
        raise _fail(f"»{path.name}« er ikke et regneark; brug .xlsx eller .csv.")
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in head:
        raise _fail(f"»{path.name}« er hverken et regneark (.xlsx) eller en tekstfil (.csv).")
    return _read_csv(path)


# -- the header -------------------------------------------------------------------------


def _header_key(cell: Any) -> str:
    text = strip_controls(str(cell) if cell is not None else "").replace("\ufeff", "")
    return " ".join(text.split()).casefold().rstrip(":*").strip()


def _map_header(cells: list[Any]) -> tuple[dict[int, str], tuple[str, ...]]:
    """Column index -> field, and the headers that are not used."""
    found: dict[str, int] = {}
    ignored = []
    for idx, cell in enumerate(cells):
        key = _header_key(cell)
        if not key:
            continue
        fld = ALIASES.get(key)
        if fld is None:
            ignored.append(strip_controls(str(cell)).strip()[:60])
            continue
        if fld in found:
            raise _fail(f"Kolonnen »{LABELS[fld]}« står to gange "
                        f"(kolonne {_col(found[fld])} og {_col(idx)}).")
        found[fld] = idx
    if "name" not in found:
        seen = ", ".join(strip_controls(str(c)).strip()[:30] for c in cells if _header_key(c))
        raise _fail("Kolonnen »Navn« mangler" + (f"; fandt: {seen[:200]}." if seen else
                                                 "; første række er tom."))
    return {i: f for f, i in found.items()}, tuple(ignored)


def _col(idx: int) -> str:
    name = ""
    idx += 1
    while idx:
        idx, rem = divmod(idx - 1, 26)
        name = chr(65 + rem) + name
    return name


def _is_empty(cells) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _rows(source: str, kind: str, sheet: str, lines) -> ParticipantTable:
    """Build the table from (line number, cells) pairs: the first non-empty is the header."""
    header: dict[int, str] | None = None
    ignored: tuple[str, ...] = ()
    rows: list[RawRow] = []
    for line, cells in lines:
        if _is_empty(cells):
            continue
        if header is None:
            header, ignored = _map_header(list(cells))
            continue
        if len(rows) >= MAX_ROWS:
            raise _fail(f"Filen har mere end {_n(MAX_ROWS)} rækker; del den op.")
        values = {f: _value(cells[i] if i < len(cells) else None, f, kind)
                  for i, f in header.items()}
        rows.append(RawRow(line, values))
    if header is None:
        raise _fail(f"Filen »{source}« er tom.")
    if not rows:
        raise _fail(f"Filen »{source}« har overskrifter, men ingen rækker med deltagere.")
    columns = tuple(f for _, f in sorted(header.items()))
    return ParticipantTable(source, kind, sheet, columns, ignored, tuple(rows))


def _value(cell: Any, fld: str, kind: str) -> Any:
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date() if fld == "start" else cell.strftime("%d-%m-%Y")
    if isinstance(cell, dt.date):
        return cell if fld == "start" else cell.strftime("%d-%m-%Y")
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, float):
        return cell if fld == "start" else (str(int(cell)) if cell.is_integer() else repr(cell))
    if isinstance(cell, int):
        return cell if fld == "start" else str(cell)
    text = str(cell)
    if kind == "xlsx":  # undo the OOXML escape of text that looks like _x0041_
        text = _ESCAPED.sub("_", text)
    return text


# -- CSV --------------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _fail("Filen kan ikke læses som tekst (UTF-16).") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Danish Excel's "CSV (semikolon)"


def _read_csv(path: Path) -> ParticipantTable:
    text = _decode(path.read_bytes())
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if not first:
        raise _fail(f"Filen »{path.name}« er tom.")
    delimiter = max(";,\t", key=first.count) if any(d in first for d in ";,\t") else ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    old_limit = csv.field_size_limit(MAX_FIELD)

    def lines():
        try:
            for cells in reader:
                yield reader.line_num, cells[:MAX_COLUMNS]
        except csv.Error as exc:
            raise _fail(f"Linje {reader.line_num} kan ikke læses som CSV ({exc}).") from None

    try:
        return _rows(path.name, "csv", "", lines())
    finally:
        csv.field_size_limit(old_limit)


# -- XLSX -------------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    """Refuse zip bombs and XML with DTDs before openpyxl sees the file."""
    not_xlsx = f"»{path.name}« er ikke et gyldigt Excel-regneark (.xlsx)."
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
            total = sum(i.file_size for i in infos)
            if total > MAX_UNCOMPRESSED or any(
                i.file_size > 1_048_576 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
                for i in infos
            ):
                raise _fail(f"»{path.name}« pakker sig ud til urimeligt meget data "
                            "(mulig zip-bombe) og åbnes ikke.")
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    _scan_xml(zf, info, path.name)
    except zipfile.BadZipFile:
        raise _fail(not_xlsx) from None
    except (RuntimeError, NotImplementedError):  # encrypted or unknown compression
        raise _fail(f"»{path.name}« er krypteret eller pakket på en måde, der ikke kan læses.") from None


def _scan_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    read, tail = 0, b""
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 16):
            read += len(chunk)
            if read > info.file_size:
                raise _fail(f"»{name}« er større end den selv oplyser (mulig zip-bombe).")
            window = tail + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                raise _fail(f"»{name}« indeholder XML-definitioner, som et regneark ikke "
                            "bruger (mulig XML-bombe), og åbnes ikke.")
            tail = chunk[-16:]


def _read_xlsx(path: Path) -> ParticipantTable:
    _check_zip(path)
    from openpyxl import load_workbook

    try:
        with path.open("rb") as fh:
            wb = load_workbook(fh, read_only=True, data_only=True)
            try:
                return _pick_sheet(path.name, wb)
            finally:
                wb.close()
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on broken files
        raise _fail(f"»{path.name}« kan ikke læses som Excel-regneark ({_reason(exc)}).") from None


def _reason(exc: BaseException) -> str:
    """A short reason: defusedxml's refusal may sit behind openpyxl's own ValueError."""
    seen = exc
    while seen is not None:
        if "Forbidden" in seen.__class__.__name__:  # defusedxml: DTD, entities, external refs
            return "filen indeholder XML-definitioner, som et regneark ikke bruger"
        seen = seen.__cause__ or seen.__context__
    return "filen er beskadiget eller ikke et regneark"


def _sheet_lines(ws, max_col: int):
    scanned = 0
    for idx, cells in enumerate(ws.iter_rows(values_only=True, max_col=max_col), start=1):
        scanned += 1
        if scanned > 2 * MAX_ROWS + 100:
            raise _fail(f"Arket har mere end {_n(MAX_ROWS)} rækker; del det op.")
        yield idx, list(cells)


def _pick_sheet(name: str, wb) -> ParticipantTable:
    """The first sheet whose header has a Navn column (the first sheet's error otherwise)."""
    first_error: ValidationError | None = None
    for ws in wb.worksheets:
        try:
            return _rows(name, "xlsx", ws.title, _sheet_lines(ws, MAX_COLUMNS))
        except ValidationError as exc:
            if "»Navn« mangler" not in str(exc) and "er tom" not in str(exc):
                raise
            first_error = first_error or exc
    raise first_error or _fail(f"»{name}« har ingen ark.")
