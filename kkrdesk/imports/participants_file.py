"""Read a participant list (.xlsx or .csv) safely into plain rows.

Columns: Navn, Organisation, Rolle, E-mail, Telefon, Fra (English name, organisation,
role, email, phone, from also accepted; Titel/title and Udpeget af/appointed by too).
Only Navn is required; the header row is the first of the first few non-empty rows
that has a Navn column, so a title line above it is skipped. Nothing here knows the
database: checking names against the organisations and people already there is the
service's job.

The file is judged by its content, not its name. Spreadsheets are read by
:mod:`kkrdesk.imports.participants_xlsx` (zip and XML bombs refused before opening,
merged cells filled in). Every problem is a ``ValidationError`` with one Danish
sentence; nothing is written anywhere.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.validate import strip_controls

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_ROWS = 20_000  # rows with content; empty rows are not counted
MAX_COLUMNS = 100
MAX_FIELD = 100_000  # characters in one CSV field
HEADER_SEARCH = 10  # non-empty rows looked through for the header (title lines above it)
MAX_FILLED = 2_000_000  # cells filled in from merged ranges

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
# An OLE2 file (as Excel saves a password-protected workbook) names this stream.
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

Merge = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row (1-based)


@dataclass(frozen=True)
class RawRow:
    line: int  # row number in the sheet, line number in the CSV file
    values: dict[str, Any] = field(hash=False)  # field -> str, date, number or None
    problems: tuple[str, ...] = ()  # found while reading (a line in another encoding)


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
        from kkrdesk.imports.participants_xlsx import read_xlsx

        return read_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if path.suffix.lower() in (".xlsx", ".xlsm") or _ENCRYPTED in path.read_bytes():
            raise _fail(f"»{path.name}« er beskyttet med adgangskode (krypteret); gem den "
                        "i Excel uden adgangskode, og prøv igen.")
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
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split()).casefold().rstrip(":*").strip()


def _has_name(cells) -> bool:
    return any(ALIASES.get(_header_key(c)) == "name" for c in cells)


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


def _rows(source: str, kind: str, sheet: str, lines: Iterable[tuple[int, list]],
          merges: Callable[[], Iterable[Merge]] | None = None,
          problems: dict[int, str] | None = None) -> ParticipantTable:
    """Build the table from (line number, cells) pairs. The header is the first of the
    first HEADER_SEARCH non-empty rows with a Navn column; ``merges`` (asked once every
    line is read) gives merged ranges whose top-left value is copied into the rest."""
    header: dict[int, str] | None = None
    header_line = 0
    ignored: tuple[str, ...] = ()
    before: list[list] = []  # non-empty rows above the header (a title, say)
    data: list[tuple[int, list]] = []
    for line, cells in lines:
        if _is_empty(cells):
            continue
        if header is None:
            if _has_name(cells):
                header, ignored = _map_header(list(cells))
                header_line = line
                continue
            before.append(cells)
            if len(before) >= HEADER_SEARCH:
                break
            continue
        if len(data) >= MAX_ROWS:
            raise _fail(f"Filen har mere end {_n(MAX_ROWS)} rækker; del den op.")
        data.append((line, list(cells)))
    if header is None:
        if before:
            _map_header(list(before[0]))  # raises: which headers were found instead
        raise _fail(f"Filen »{source}« er tom.")
    if not data:
        raise _fail(f"Filen »{source}« har overskrifter, men ingen rækker med deltagere.")
    if merges is not None:
        _fill_merged(data, header_line, merges())
    problems = problems or {}
    if header_line in problems:
        raise _fail(problems[header_line])
    rows = [RawRow(line, {f: _value(cells[i] if i < len(cells) else None, f, kind)
                          for i, f in header.items()},
                   (problems[line],) if line in problems else ()) for line, cells in data]
    columns = tuple(f for _, f in sorted(header.items()))
    return ParticipantTable(source, kind, sheet, columns, ignored, tuple(rows))


def _fill_merged(data: list[tuple[int, list]], header_line: int, merges: Iterable[Merge]) -> None:
    """Copy the value of each merged range's top-left cell into the range's other cells,
    in data rows below the header that have content of their own (a merged range over
    otherwise empty rows does not make people)."""
    by_line = {line: cells for line, cells in data}
    lines = sorted(by_line)
    filled = 0
    for min_col, min_row, max_col, max_row in merges:
        if min_row <= header_line or min_row not in by_line:
            continue  # a title or header merged over columns, or nothing to copy
        top = by_line[min_row]
        value = top[min_col - 1] if min_col - 1 < len(top) else None
        if value is None:
            continue
        last_col = min(max_col, MAX_COLUMNS)
        start = bisect.bisect_left(lines, min_row)
        for line in lines[start:]:
            if line > max_row:
                break
            cells = by_line[line]
            if len(cells) < last_col:
                cells.extend([None] * (last_col - len(cells)))
            for col in range(min_col - 1, last_col):
                if cells[col] is None:
                    cells[col] = value
            filled += last_col - min_col + 1
            if filled > MAX_FILLED:
                raise _fail("Arket har for mange flettede celler; ophæv fletningen, og prøv igen.")


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
    text = unicodedata.normalize("NFC", str(cell))  # "So\u0308ren" is "Sören"
    if kind == "xlsx":  # undo the OOXML escape of text that looks like _x0041_
        text = _ESCAPED.sub("_", text)
    return text


# -- CSV --------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, set[int]]:
    """The text, and the lines (1-based) written in another encoding than the rest: a
    file with UTF-8 lines (æ, ø, å as two bytes) and Windows-1252/Latin-1 lines (one
    byte) is a copy-and-paste of two files; each line is read in its own encoding and
    the odd ones are named, so "SÃ¸ren" never slips in unnoticed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), set()
        except UnicodeDecodeError:
            raise _fail("Filen kan ikke læses som tekst (UTF-16).") from None
    try:
        return data.decode("utf-8-sig"), set()
    except UnicodeDecodeError:
        pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    texts, utf8, other = [], [], []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            texts.append(raw.decode("utf-8"))
            if not raw.isascii():
                utf8.append(number)
        except UnicodeDecodeError:
            texts.append(raw.decode("cp1252", errors="replace"))  # Danish Excel's "CSV (semikolon)"
            other.append(number)
    if not utf8:
        return data.decode("cp1252", errors="replace"), set()
    # Mixed: the encoding of fewer lines is the odd one (UTF-8 wins a tie).
    odd = set(other) if len(other) <= len(utf8) else set(utf8)
    return "\n".join(texts), odd


def _mixed_message(line: int, odd_is_latin: bool) -> str:
    latin, utf8 = "Windows-1252/Latin-1", "UTF-8"
    return (f"Linje {line} har en anden tegnkodning end resten af filen "
            f"({latin if odd_is_latin else utf8} mod {utf8 if odd_is_latin else latin}), så æ, ø og å kan være "
            "læst forkert; gem filen som UTF-8, og prøv igen.")


def _delimiter(text: str) -> str:
    """The delimiter of the header row: the first of the first few non-empty lines that
    splits into a Navn column (with the most known columns, if more than one delimiter
    does). Else the most common one on the first line."""
    first = ""
    seen = 0
    for ln in io.StringIO(text, newline=None):
        ln = ln.rstrip("\r\n")
        if not ln.strip():
            continue
        first = first or ln
        scores = {}
        for delimiter in ";,\t":
            try:
                cells = next(csv.reader([ln], delimiter=delimiter), [])[:MAX_COLUMNS]
            except csv.Error:
                continue
            if _has_name(cells):
                scores[delimiter] = sum(_header_key(c) in ALIASES for c in cells)
        if scores:
            return max(scores, key=scores.get)  # ties: ; before , before tab
        seen += 1
        if seen >= HEADER_SEARCH:
            break
    return max(";,\t", key=first.count) if any(d in first for d in ";,\t") else ";"


def _csv_error(line: int, exc: csv.Error) -> ValidationError:
    text = str(exc)
    if "field larger than field limit" in text:
        return _fail(f"Feltet i linje {line} er for langt (over {_n(MAX_FIELD)} tegn).")
    if "NUL" in text:
        return _fail(f"Linje {line} indeholder et NUL-tegn; filen er ikke en tekstfil.")
    if "unexpected end of data" in text:
        return _fail(f"Et anførselstegn lukkes aldrig (filen er læst til linje {line}); ret "
                     "filen, så intet bliver læst forkert.")
    return _fail(f"Linje {line} kan ikke læses som CSV; tjek anførselstegnene.")


def _read_csv(path: Path) -> ParticipantTable:
    data = path.read_bytes()
    text, odd_lines = _decode(data)
    if not text.strip():
        raise _fail(f"Filen »{path.name}« er tom.")
    old_limit = csv.field_size_limit(MAX_FIELD)
    try:
        # strict: an unclosed quote is an error, not one giant field swallowing the rest
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)

        problems: dict[int, str] = {}
        odd_is_latin = bool(odd_lines) and _is_latin(data, min(odd_lines))

        def lines():
            first = 1
            try:
                for cells in reader:
                    if any("\x00" in c for c in cells):
                        raise _fail(f"Linje {reader.line_num} indeholder et NUL-tegn; "
                                    "filen er ikke en tekstfil.")
                    odd = sorted(n for n in odd_lines if first <= n <= reader.line_num)
                    if odd:
                        problems[reader.line_num] = _mixed_message(odd[0], odd_is_latin)
                    first = reader.line_num + 1
                    yield reader.line_num, cells[:MAX_COLUMNS]
            except csv.Error as exc:
                raise _csv_error(reader.line_num, exc) from None

        return _rows(path.name, "csv", "", lines(), problems=problems)
    finally:
        csv.field_size_limit(old_limit)


def _is_latin(data: bytes, line: int) -> bool:
    """Whether physical line ``line`` is not UTF-8 (so the odd lines are the Latin ones)."""
    raw = data.split(b"\n")[line - 1]
    try:
        raw.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True
