"""Read a participant list saved as CSV (Danish Excel's "CSV (semikolon)", comma or tab
separated, UTF-8, UTF-16 or Windows-1252) safely into plain rows.

The separator is the one that splits the header row into a Navn column. A file whose
lines were written in two encodings (a copy-and-paste of two files) is read line by line
in each one's own, and the odd lines are named, so "SÃ¸ren" never slips in unnoticed.
Limits are counted on the bytes before the text is decoded; an unclosed quote is an
error, never one giant field swallowing the rest. Which file is a CSV file is
:mod:`kkrdesk.imports.participants_file`'s question."""

from __future__ import annotations

import csv
import io
from bisect import bisect_left
from pathlib import Path

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.imports.participants_table import (
    ALIASES, HEADER_SEARCH, MAX_COLUMNS, MAX_FIELD, MAX_FILE_BYTES, MAX_ROWS, ParticipantTable,
    fail, has_name, header_key, table_rows, thousands,
)

# Physical lines of a CSV file: five for each row allowed (a quoted field may span lines).
# Counted before the text is decoded: 9 million two-byte lines made the decoding of a
# mixed-encoding file take 950 MB and minutes.
MAX_CSV_LINES = 5 * MAX_ROWS
# Separators (; , tab) on one line: the csv module makes a list of all the fields of a
# row before any is looked at, and 25 million of them took over 500 MB.
MAX_LINE_SEPARATORS = 10_000


def _decode(data: bytes) -> tuple[str, set[int]]:
    """The text, and the lines (1-based) written in another encoding than the rest: a
    file with UTF-8 lines (æ, ø, å as two bytes) and Windows-1252/Latin-1 lines (one
    byte) is a copy-and-paste of two files; each line is read in its own encoding and
    the odd ones are named, so "SÃ¸ren" never slips in unnoticed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), set()
        except UnicodeDecodeError:
            raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen kan ikke læses som tekst (UTF-16).")) from None
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
    return QT_TRANSLATE_NOOP("ParticipantsFile", "Linje {line} har en anden tegnkodning end resten af filen ({odd} mod "
                             "{rest}), så æ, ø og å kan være læst forkert; gem filen som UTF-8, og "
                             "prøv igen.").format(line=line, odd=latin if odd_is_latin else utf8,
                                                  rest=utf8 if odd_is_latin else latin)


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
        return fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Feltet i linje {line} er for langt (over {n} tegn).").format(
            line=line, n=thousands(MAX_FIELD)))
    if "NUL" in text:
        return fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Linje {line} indeholder et NUL-tegn; filen er ikke en tekstfil.").format(
            line=line))
    if "unexpected end of data" in text:
        return fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Et anførselstegn lukkes aldrig (filen er læst til linje {line}); ret "
                                      "filen, så intet bliver læst forkert.").format(line=line))
    return fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Linje {line} kan ikke læses som CSV; tjek anførselstegnene.").format(line=line))


def read_csv(path: Path) -> ParticipantTable:
    with path.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)  # the size was checked; a file may grow since
    if len(data) > MAX_FILE_BYTES:
        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen »{name}« er for stor (højst {most} MB).").format(
            name=path.name, most=MAX_FILE_BYTES // 1_048_576))
    if data.count(b"\n") > MAX_CSV_LINES:
        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen har mere end {n} linjer; del den op.").format(n=thousands(MAX_CSV_LINES)))
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.count(b";") + line.count(b",") + line.count(b"\t") > MAX_LINE_SEPARATORS:
            raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Linje {line} har over {n} felter; filen er ikke en "
                                         "deltagerliste.").format(line=number, n=thousands(MAX_LINE_SEPARATORS)))
    text, odd_lines = _decode(data)
    if not text.strip():
        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen »{name}« er tom.").format(name=path.name))
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
                        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Linje {line} indeholder et NUL-tegn; filen er ikke "
                                                       "en tekstfil.").format(line=reader.line_num))
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
