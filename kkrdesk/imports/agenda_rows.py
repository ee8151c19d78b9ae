"""Table rows in the reading of an agenda: a header row names the columns (and a PDF's
header where they begin), each row after it is an item, a row without a time under a
timed one a sub-point, a row that only names presenters adds them to the item above;
totals, the document's own header fields and day rows are passed over. What each column
holds is :mod:`kkrdesk.imports.agenda_columns`' question."""

from __future__ import annotations

from kkrdesk.imports import agenda_clock as clk
from kkrdesk.imports import agenda_tables as tables
from kkrdesk.imports.agenda_columns import DATE, settle_time_columns
from kkrdesk.imports.agenda_entries import EntryReader
from kkrdesk.imports.agenda_grow import join
from kkrdesk.imports.agenda_markers import head
from kkrdesk.imports.agenda_pdf_rows import column
from kkrdesk.imports.agenda_people import split_presenter
from kkrdesk.imports.agenda_scan import Piece


class RowReader(EntryReader):
    columns: list[str] | None = None
    col_offsets: tuple[int, ...] | None = None
    table_timed = False  # a row of the table being read had a time

    def row(self, k: int, p: Piece) -> bool:
        """Read a table row; False when the line is to be read as text instead."""
        n, cells = p.line.n, p.line.cells
        if k not in self.doc.headers and self.columns is None and not p.row and not self.table_timed:
            return False  # a table without a header or a time is text (a list of names, a form)
        if k in self.doc.headers:
            rows = [q.line.cells for q in self._table_rows(k)]
            self.columns = settle_time_columns(self.doc.headers[k], rows)
            self.col_offsets, self.table_timed = p.line.offsets, False
            self.skip(n, "tabeloverskrift")
            return True
        if p.line.offsets is not None:  # a PDF line with columns
            if self.columns is None or self.col_offsets is None or p.table is None:
                return False
            cells = self.align(p.line.cells, p.line.offsets)
        if tables.total_row(cells):
            self.skip(n, "sum")
            return True
        if self.columns and self.columns[0] == DATE and self.out.items:
            self.skip(n, "efter dagsordenen")  # a table of dates after the agenda (links, deadlines)
            return True
        if tables.info_row(cells) and self.columns is None or k < self.doc.start:
            self.skip(n, "mødeoplysning" if tables.info_row(cells) else "før dagsordenen")
            return True
        self.from_row(n, tables.read_row(cells, self.columns), p)
        if self.item is not None and p.extra and n in self.item.all_lines():
            self.item.lines.extend(p.extra)
        return True

    def _table_rows(self, k: int) -> list[Piece]:
        """The rows of the table whose header is piece ``k`` (at most 40)."""
        out: list[Piece] = []
        for q in self.doc.pieces[k + 1:k + 80]:
            if q.line.cells is None and not q.line.skip and q.table is None:
                break
            if q.line.cells and (q.table == k or q.line.offsets is None) and not q.line.skip:
                out.append(q)
        return out[:40]

    def align(self, cells: tuple[str, ...], offsets: tuple[int, ...]) -> tuple[str, ...]:
        """A PDF line's cells put under the header's columns by where they begin."""
        out = [""] * len(self.col_offsets)
        for cell, offset in zip(cells, offsets):
            col = column(self.col_offsets, offset)
            out[col] = f"{out[col]} {cell}".strip()
        return tuple(out)

    def column_at(self, p: Piece) -> str | None:
        """The role of the column a PDF line of one cell begins in (None: no table)."""
        if self.columns is None or self.col_offsets is None or p.table is None:
            return None
        indent = p.line.indent
        col = column(self.col_offsets, indent)
        return self.columns[col] if col < len(self.columns) else None

    def from_row(self, n: int, r: tables.RowItem, p: Piece) -> None:
        if r.day:
            self.day_break()
            self.skip(n, "dagsoverskrift")
            return
        if not r.title and not r.timed:
            return self.row_extra(n, r)
        if r.timed:
            self.table_timed = True
        elif self.table_timed and self.item is not None:
            return self.row_below(n, r)
        t = clk.Times(r.start, r.end, "", meridiem=r.meridiem) if r.start is not None else None
        marks = head(r.title)
        if marks.marker and marks.times is None and marks.rest:
            r.title = marks.rest  # "☐ Discussion on …", "1. Velkomst" in the title column
        pending, self.pending = self.pending, type(self.pending)()
        item = self.new_item(n, r.title, t)
        self.pending = pending
        if r.who:
            item.presenter_text = join(item.presenter_text, r.who, " og ") if item.presenter_text else r.who
        if r.minutes is not None:
            item.stated_minutes, item.minutes_first = r.minutes, True
        elif r.minutes_written:
            item.doubts.append(f"Varigheden »{r.minutes_written}« er ikke et helt antal minutter.")
        item.stated_kind = r.kind or item.stated_kind
        if r.text:
            item.description = r.text
        if self.base is None:
            self.base = 0
        self.last = ("row", item)  # a row is whole: the next line does not carry its title on

    def row_extra(self, n: int, r: tables.RowItem) -> None:
        """A row with no title and no time: more presenters or text for the item above."""
        if self.item is None:
            self.skip(n, "tom række")
        elif r.who:
            self.add_presenter(n, self.target or self.item, r.who)
        elif r.text:
            self.describe(n, self.item, r.text)
        else:
            self.skip(n, "tom række")

    def row_below(self, n: int, r: tables.RowItem) -> None:
        """A row without a time under a timed one: a sub-point of it (a sub-item when it
        names a presenter or a kind)."""
        title, who = split_presenter(r.title)
        who = r.who or who
        if who or r.kind:
            child = self.sub_item([n], title, who)
            child.stated_kind = r.kind or child.stated_kind
        else:
            self.sub_point(n, title)
