"""How wide a sheet's columns are and how tall its rows: the header with room for the
filter button, dates and numbers at a fixed width, text as wide as its longest line up to
a limit and wrapped in its column beyond it, and how many lines a wrapped cell takes (a
row is as tall as its tallest cell). The printed page is :mod:`kkrdesk.export.xlsx_print`'s."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

WRAP_AT = 50  # a text column never wider than this; longer text wraps in it
FIXED = {"date": 12, "int": 8, "percent": 9}


def width(col, rows: Sequence[Sequence[Any]], idx: int) -> float:
    """The column's width: its header with room for the filter button, dates and numbers
    fixed, text as wide as its longest line up to ``col.max_width`` (it wraps there)."""
    if col.width is not None:
        return col.width
    widest = len(col.header) + 4
    fixed = FIXED.get(col.kind)
    if fixed:
        return max(widest, fixed + 2)
    for row in rows[:1000]:
        value = row[idx] if idx < len(row) else None
        if value is None:
            continue
        text = value if isinstance(value, str) else str(value)
        widest = max(widest, max((len(line) for line in text.split("\n")), default=0) + 2)
        if widest >= col.max_width:
            return col.max_width
    return min(max(widest, 8), col.max_width)


def wraps(col, rows: Sequence[Sequence[Any]], idx: int, col_width: float) -> bool:
    """Does any cell of this text column hold more than its width, or a line break?"""
    if col.kind != "text":
        return False
    for row in rows:
        value = row[idx] if idx < len(row) else None
        if isinstance(value, str) and (len(value) + 2 > col_width or "\n" in value):
            return True
    return False


LINE_POINTS = 15.0  # one line of the default 11-point font


def lines(value: Any, col_width: float) -> int:
    """How many lines ``value`` takes wrapped in a column ``col_width`` units wide (a unit
    is about one character; a word is not split)."""
    if not isinstance(value, str) or not value:
        return 1
    room = max(1, int(col_width) - 1)
    total = 0
    for paragraph in value.split("\n"):
        count, used = 1, 0
        for word in paragraph.split():
            need = len(word) + (1 if used else 0)
            if used and used + need > room:
                count, used = count + 1, len(word)
            else:
                used += need
        total += count
    return total
