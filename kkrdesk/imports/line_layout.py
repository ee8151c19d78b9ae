"""What a document's own structure says about one of its lines, beside the text: the
list or outline level (a Word list level, a slide paragraph's level), whether the line is
a heading (a Word heading style, a slide title), and whether it is a table row (its cells
joined by tabs, empty cells kept, so a column stays a column).

The readers of Word, PowerPoint and PDF give one per line; pasted text and text files
have none, and the parser reads the same things from the text's own patterns
(indentation, markdown, bullets)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LineLayout:
    level: int | None = None  # list or outline level (0 = top); None: the document does not say
    heading: bool = False
    row: bool = False  # a table row: cells joined by tabs, empty ones kept
    cont: bool = False  # a further paragraph of the cells of the row before (a cell held several)


PLAIN = LineLayout()
