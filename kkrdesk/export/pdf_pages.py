"""Page breaks of the PDF copy as Word makes them: QTextDocument breaks a page wherever
the page is full, so a heading could stand alone at the bottom of a page, and a table's
header row alone under it. Word keeps a paragraph whose style says "keep with next"
(headings, item titles, time slots, presenters) on the page of what follows, never
splits a heading, keeps a table's header row with its first row, and leaves no first
line of a paragraph alone at a page's foot. Here the laid-out document is checked page
by page and a page break is put before the first paragraph of each chain that would
break apart, until none does.

``docx_html`` marks the "keep with next" paragraphs with the block state KEEP (CSS
``-qt-user-state``, which Qt's HTML reader keeps in the block). QtGui only."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextTable,
)

KEEP = 1  # block state of a paragraph kept with the next one
MAX_ROUNDS = 400  # one break per round; a document of several hundred pages still ends


@dataclass
class _Part:
    """A paragraph or a table of the body: its pages (first line, second line, last)."""

    block: QTextBlock | None
    table: QTextTable | None
    first: int
    second: int  # a table: its first row under the header; a paragraph: its second line
    last: int
    keep: bool  # keep with the next part
    lines: int


def _page(y: float, height: float) -> int:
    return int(y // height)


def _block_part(doc: QTextDocument, block: QTextBlock, height: float) -> _Part:
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    ys = [top + layout.lineAt(i).y() for i in range(layout.lineCount())] or [top]
    pages = [_page(y, height) for y in ys]
    return _Part(block, None, pages[0], pages[min(1, len(pages) - 1)], pages[-1],
                 block.userState() == KEEP, len(ys))


def _table_part(doc: QTextDocument, table: QTextTable, height: float) -> _Part:
    layout = doc.documentLayout()

    def row_page(row: int) -> int:
        block = table.cellAt(row, 0).firstCursorPosition().block()
        return _page(layout.blockBoundingRect(block).top(), height)

    rows = table.rows()
    return _Part(None, table, row_page(0), row_page(min(1, rows - 1)), row_page(rows - 1),
                 False, rows)


def _parts(doc: QTextDocument, height: float) -> list[_Part]:
    parts: list[_Part] = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame, block = it.currentFrame(), it.currentBlock()
        if isinstance(frame, QTextTable):
            parts.append(_table_part(doc, frame, height))
        elif frame is None and block.isValid() and block.text().strip():
            parts.append(_block_part(doc, block, height))
        it += 1
    return parts


def _breaks_apart(parts: list[_Part], i: int) -> bool:
    """Would part ``i`` be torn from itself or from what it is kept with?"""
    part = parts[i]
    if part.table is not None:  # the header row alone at a page's foot
        return part.lines > 1 and part.second != part.first
    if part.keep and part.last != part.first:  # a heading split over two pages
        return True
    if part.lines > 1 and part.second != part.first:  # one first line alone at the foot
        return True
    if part.keep and i + 1 < len(parts):
        after = parts[i + 1]
        return (after.second if after.table is not None else after.first) != part.last
    return False


def _chain_start(parts: list[_Part], i: int) -> int:
    """The first of the parts kept with part ``i`` (the paragraphs before it that are
    kept with their next)."""
    start = i
    while start > 0 and parts[start - 1].keep and parts[start - 1].table is None:
        start -= 1
    return start


def _break_before(part: _Part) -> None:
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if part.table is not None:
        fmt = part.table.format()
        fmt.setPageBreakPolicy(always)
        part.table.setFormat(fmt)
        return
    cursor = QTextCursor(part.block)
    fmt = part.block.blockFormat()
    fmt.setPageBreakPolicy(always)
    cursor.setBlockFormat(fmt)


def _fixed(parts: list[_Part], i: int) -> bool:
    """Put a break before the chain of part ``i``; False when that cannot help (the
    chain already starts a page: it is longer than a page, and stays as it is)."""
    start = _chain_start(parts, i)
    if start == 0 or parts[start - 1].last < parts[start].first:
        return False  # already at the top of a page (or the document)
    _break_before(parts[start])
    return True


def _straddling(doc: QTextDocument, height: float) -> tuple[QTextBlock, int] | None:
    """The first paragraph of the body that runs over a page's end, and the index of its
    first line on the next page."""
    it = doc.rootFrame().begin()
    while not it.atEnd():
        block = it.currentBlock()
        if it.currentFrame() is None and block.isValid() and block.layout().lineCount() > 1:
            top = doc.documentLayout().blockBoundingRect(block).top()
            layout = block.layout()
            first = _page(top + layout.lineAt(0).y(), height)
            for n in range(1, layout.lineCount()):
                if _page(top + layout.lineAt(n).y(), height) != first:
                    return block, n
        it += 1
    return None


def split_at_pages(doc: QTextDocument, page_height: float) -> int:
    """Make a paragraph that runs over a page's end two paragraphs, one on each page,
    with nothing between them (the second without the first's space above, the first
    without its space below), so it looks as before. Why: Qt draws, on the next page,
    the last line above the clip of a paragraph that crosses it (QTextLayout::draw takes
    the last line wholly above the clip as its first), and a PDF keeps clipped text in
    its text layer: that line was read twice. Returns the splits made."""
    splits = 0
    for _ in range(MAX_ROUNDS):
        found = _straddling(doc, page_height)
        if found is None:
            break
        block, line = found
        fmt = block.blockFormat()
        cursor = QTextCursor(block)
        before = QTextBlockFormat(fmt)
        before.setBottomMargin(0)
        cursor.setBlockFormat(before)
        after = QTextBlockFormat(fmt)
        after.setTopMargin(0)
        after.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        cursor.setPosition(block.position() + block.layout().lineAt(line).textStart())
        cursor.insertBlock(after, cursor.charFormat())
        splits += 1
    return splits


def keep_together(doc: QTextDocument, page_height: float) -> int:
    """Break pages as Word would (see the module's text); returns the breaks added."""
    added, skip = 0, set()
    for _ in range(MAX_ROUNDS):
        parts = _parts(doc, page_height)
        bad = next((i for i in range(len(parts))
                    if i not in skip and _breaks_apart(parts, i)), None)
        if bad is None:
            break
        if _fixed(parts, bad):
            added += 1
        else:
            skip.add(bad)
    return added
