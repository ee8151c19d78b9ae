"""The change log as the viewer shows it (Vis > Ændringslog), to a workbook or a
semicolon-separated file a Danish spreadsheet opens; written atomically like every
export (a reader never sees half a file, an old one is replaced whole)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from kkrdesk.export.atomic import atomic_write
from kkrdesk.export.xlsx_common import Col, Sheet, needs_quote_prefix, write_workbook

HEADERS = ("Tidspunkt", "Bruger", "Maskine", "Faneblade")


class Row(Protocol):  # services.change_log.Change
    at: object
    who: str
    machine: str
    areas: tuple[str, ...]


def _values(c: Row) -> list[str]:
    return [f"{c.at:%d-%m-%Y %H.%M.%S}", c.who, c.machine, ", ".join(c.areas)]


def _cell(text: str) -> str:
    return "'" + text if needs_quote_prefix(text) else text


def write_xlsx(path: str | Path, rows: Sequence[Row], author: str = "") -> Path:
    cols = [Col(HEADERS[0], width=20), Col(HEADERS[1], max_width=40),
            Col(HEADERS[2], max_width=30), Col(HEADERS[3], max_width=50)]
    sheet = Sheet("Ændringslog", "tblAendringslog", cols, [_values(c) for c in rows])
    return atomic_write(path, lambda tmp: write_workbook(
        tmp, [sheet], title="Ændringslog", author=author))


def write_csv(path: str | Path, rows: Sequence[Row]) -> Path:
    """UTF-8 with a byte-order mark and semicolons: what Excel with Danish settings opens
    as columns. A cell that would start a formula is written as text (as in the workbook)."""
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f, delimiter=";", lineterminator="\r\n")
            out.writerow(HEADERS)
            out.writerows([_cell(v) for v in _values(c)] for c in rows)
    return atomic_write(path, write)
