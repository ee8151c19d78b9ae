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

import csv
import io
from bisect import bisect_left
from pathlib import Path

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.file_safety import UnsafePathError, check_regular
from kkrdesk.core.lib_warnings import route_library_warnings
from kkrdesk.core.oserrors import reason
from kkrdesk.imports.participants_table import (  # noqa: F401 - the table is this module's result
    ALIASES, HEADER_SEARCH, MAX_COLUMNS, MAX_FIELD, MAX_FILE_BYTES, MAX_ROWS, ParticipantTable,
    fail, has_name, header_key, table_rows, thousands,
)

# An OLE2 file (as Excel saves a password-protected workbook) names this stream.
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
# Physical lines of a CSV file: five for each row allowed (a quoted field may span lines).
# Counted before the text is decoded: 9 million two-byte lines made the decoding of a
# mixed-encoding file take 950 MB and minutes.
MAX_CSV_LINES = 5 * MAX_ROWS
# Separators (; , tab) on one line: the csv module makes a list of all the fields of a
# row before any is looked at, and 25 million of them took over 500 MB.
MAX_LINE_SEPARATORS = 10_000


def read_participants(path: str | Path) -> ParticipantTable:
    route_library_warnings()  # openpyxl's English warnings go to the log
    path = Path(path)
    try:
        if path.is_dir():
            raise fail(f"»{path.name}« er en mappe, ikke en fil.")
        check_regular(path)  # a pipe or a device would block or never end: refused unopened
        size = path.stat().st_size
        if size == 0:
            raise fail(f"Filen »{path.name}« er tom.")
        if size > MAX_FILE_BYTES:
            raise fail(f"Filen »{path.name}« er for stor ({thousands(size // 1_048_576)} MB; "
                        f"højst {MAX_FILE_BYTES // 1_048_576} MB).")
        with path.open("rb") as fh:
            head = fh.read(8192)
    except FileNotFoundError:
        raise fail(f"Filen findes ikke: {path}") from None
    except PermissionError:
        raise fail(f"Filen kan ikke læses (ingen adgang): {path}") from None
    except UnsafePathError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"Filen kan ikke læses: {path} {reason(exc)}.") from None
    if head.startswith(b"PK\x03\x04"):
        from kkrdesk.imports.participants_xlsx import read_xlsx

        return read_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if path.suffix.lower() in (".xlsx", ".xlsm") or _ENCRYPTED in path.read_bytes():
            raise fail(f"»{path.name}« er beskyttet med adgangskode (krypteret); gem den "
                        "i Excel uden adgangskode, og prøv igen.")
        raise fail("Filen er i det gamle Excel-format (.xls); gem den som .xlsx eller .csv.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise fail(f"»{path.name}« hedder .xlsx, men er ikke et Excel-regneark.")
    if head.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"{\\rtf")):
        raise fail(f"»{path.name}« er ikke et regneark; brug .xlsx eller .csv.")
    if not head.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in head:
        raise fail(f"»{path.name}« er hverken et regneark (.xlsx) eller en tekstfil (.csv).")
    return _read_csv(path)


# -- the header -------------------------------------------------------------------------


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
            raise fail("Filen kan ikke læses som tekst (UTF-16).") from None
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
            f"({latin if odd_is_latin else utf8} mod {utf8 if odd_is_latin else latin}), så æ, ø "
            "og å kan være læst forkert; gem filen som UTF-8, og prøv igen.")


def _is_latin(data: bytes, line: int) -> bool:
    """Whether physical line ``line`` is not UTF-8 (so the odd lines are the Latin ones)."""
    try:
        data.split(b"\n")[line - 1].decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


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
            if has_name(cells):
                scores[delimiter] = sum(header_key(c) in ALIASES for c in cells)
        if scores:
            return max(scores, key=scores.get)  # ties: ; before , before tab
        seen += 1
        if seen >= HEADER_SEARCH:
            break
    return max(";,\t", key=first.count) if any(d in first for d in ";,\t") else ";"


def _csv_error(line: int, exc: csv.Error) -> ValidationError:
    text = str(exc)
    if "field larger than field limit" in text:
        return fail(f"Feltet i linje {line} er for langt (over {thousands(MAX_FIELD)} tegn).")
    if "NUL" in text:
        return fail(f"Linje {line} indeholder et NUL-tegn; filen er ikke en tekstfil.")
    if "unexpected end of data" in text:
        return fail(f"Et anførselstegn lukkes aldrig (filen er læst til linje {line}); ret "
                     "filen, så intet bliver læst forkert.")
    return fail(f"Linje {line} kan ikke læses som CSV; tjek anførselstegnene.")


def _read_csv(path: Path) -> ParticipantTable:
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)  # the size was checked; a file may grow since
    if len(data) > MAX_FILE_BYTES:
        raise fail(f"Filen »{path.name}« er for stor (højst {MAX_FILE_BYTES // 1_048_576} MB).")
    if data.count(b"\n") > MAX_CSV_LINES:
        raise fail(f"Filen har mere end {thousands(MAX_CSV_LINES)} linjer; del den op.")
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.count(b";") + line.count(b",") + line.count(b"\t") > MAX_LINE_SEPARATORS:
            raise fail(f"Linje {number} har over {thousands(MAX_LINE_SEPARATORS)} felter; "
                       "filen er ikke en deltagerliste.")
    text, odd_lines = _decode(data)
    if not text.strip():
        raise fail(f"Filen »{path.name}« er tom.")
    old_limit = csv.field_size_limit(MAX_FIELD)
    try:
        # strict: an unclosed quote is an error, not one giant field swallowing the rest
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)

        problems: dict[int, str] = {}
        odd_is_latin = bool(odd_lines) and _is_latin(data, min(odd_lines))
        odd_sorted = sorted(odd_lines)

        def lines():
            first = 1
            try:
                for cells in reader:
                    if any("\x00" in c for c in cells):
                        raise fail(f"Linje {reader.line_num} indeholder et NUL-tegn; "
                                    "filen er ikke en tekstfil.")
                    at = bisect_left(odd_sorted, first)  # the first odd line of the record's
                    if at < len(odd_sorted) and odd_sorted[at] <= reader.line_num:  # lines
                        problems[reader.line_num] = _mixed_message(odd_sorted[at], odd_is_latin)
                    first = reader.line_num + 1
                    yield reader.line_num, cells[:MAX_COLUMNS]
            except csv.Error as exc:
                raise _csv_error(reader.line_num, exc) from None

        return table_rows(path.name, "csv", "", lines(), problems=problems)
    finally:
        csv.field_size_limit(old_limit)
