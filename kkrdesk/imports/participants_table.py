"""The participant table every import reader produces (CSV and .xlsx alike): its rows,
the header mapping, the limits, and the shared row builder. No reader imports another."""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
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


def fail(message: str) -> ValidationError:
    return ValidationError(message, field="file")


def thousands(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def header_key(cell: Any) -> str:
    text = strip_controls(str(cell) if cell is not None else "").replace("\ufeff", "")
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split()).casefold().rstrip(":*").strip()


def has_name(cells) -> bool:
    return any(ALIASES.get(header_key(c)) == "name" for c in cells)


def map_header(cells: list[Any]) -> tuple[dict[int, str], tuple[str, ...]]:
    """Column index -> field, and the headers that are not used."""
    found: dict[str, int] = {}
    ignored = []
    for idx, cell in enumerate(cells):
        key = header_key(cell)
        if not key:
            continue
        fld = ALIASES.get(key)
        if fld is None:
            ignored.append(strip_controls(str(cell)).strip()[:60])
            continue
        if fld in found:
            raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Kolonnen »{label}« står to gange (kolonne {first} og {second}).").format(
                label=LABELS[fld], first=column_letter(found[fld]), second=column_letter(idx)))
        found[fld] = idx
    if "name" not in found:
        seen = ", ".join(strip_controls(str(c)).strip()[:30] for c in cells if header_key(c))
        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Kolonnen »Navn« mangler; fandt: {seen}.").format(seen=seen[:200]) if seen
                   else QT_TRANSLATE_NOOP("ParticipantsFile", "Kolonnen »Navn« mangler; første række er tom."))
    return {i: f for f, i in found.items()}, tuple(ignored)


def column_letter(idx: int) -> str:
    name = ""
    idx += 1
    while idx:
        idx, rem = divmod(idx - 1, 26)
        name = chr(65 + rem) + name
    return name


def is_empty(cells) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def table_rows(source: str, kind: str, sheet: str, lines: Iterable[tuple[int, list]],
          merges: Callable[[], Iterable[Merge]] | None = None,
          problems: dict[int, str] | None = None) -> ParticipantTable:
    """Build the table from (line number, cells) pairs. The header is the first of the
    first HEADER_SEARCH non-empty rows with a Navn column; ``merges`` (asked once every
    line is read) gives merged ranges whose top-left value is copied into the rest;
    ``problems`` (line -> sentence) found while reading go with the rows they concern."""
    header: dict[int, str] | None = None
    header_line = 0
    ignored: tuple[str, ...] = ()
    before: list[list] = []  # non-empty rows above the header (a title, say)
    data: list[tuple[int, list]] = []
    for line, cells in lines:
        if is_empty(cells):
            continue
        if header is None:
            if has_name(cells):
                header, ignored = map_header(list(cells))
                header_line = line
                continue
            before.append(cells)
            if len(before) >= HEADER_SEARCH:
                break
            continue
        if len(data) >= MAX_ROWS:
            raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen har mere end {n} rækker; del den op.").format(n=thousands(MAX_ROWS)))
        data.append((line, list(cells)))
    if header is None:
        if before:
            map_header(list(before[0]))  # raises: which headers were found instead
        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen »{name}« er tom.").format(name=source))
    if not data:
        raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", "Filen »{name}« har overskrifter, men ingen rækker med deltagere.").format(
            name=source))
    if merges is not None:
        fill_merged(data, header_line, merges())
    problems = problems or {}
    if header_line in problems:
        raise fail(problems[header_line])
    rows = [RawRow(line, {f: cell_value(cells[i] if i < len(cells) else None, f, kind)
                          for i, f in header.items()},
                   (problems[line],) if line in problems else ()) for line, cells in data]
    columns = tuple(f for _, f in sorted(header.items()))
    return ParticipantTable(source, kind, sheet, columns, ignored, tuple(rows))


def fill_merged(data: list[tuple[int, list]], header_line: int, merges: Iterable[Merge]) -> None:
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
                raise fail(QT_TRANSLATE_NOOP("ParticipantsFile", 
                    "Arket har for mange flettede celler; ophæv fletningen, og prøv igen."))


def cell_value(cell: Any, fld: str, kind: str) -> Any:
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
