"""The lines of an agenda read one by one, each decided: an item (a line of the agenda's
spine at its level), a sub-item or sub-point (another marker, or one indented further,
under an item), the item's presenter, time, kind or description, a title carried on from
the line before, a table row, a heading, or a line that is passed over with its reason
or not understood. Every line is accounted for. Tables are read by
:mod:`kkrdesk.imports.agenda_rows`, the agenda is finished by
:mod:`kkrdesk.imports.agenda_finish`."""

from __future__ import annotations

import re

from kkrdesk.imports import agenda_clock as clk
from kkrdesk.imports import agenda_non_items as non_items
from kkrdesk.imports.agenda_columns import TITLE, WHO
from kkrdesk.imports.agenda_dates import date_line, find_date
from kkrdesk.imports.agenda_durations import take_duration
from kkrdesk.imports.agenda_grow import span
from kkrdesk.imports.agenda_impossible_times import impossible_clock
from kkrdesk.imports.agenda_joins import continues, dash_tail
from kkrdesk.imports.agenda_kind_words import standing_kind
from kkrdesk.imports.agenda_kinds import kind_line
from kkrdesk.imports.agenda_people import presenter_line, split_presenter
from kkrdesk.imports.agenda_rows import RowReader
from kkrdesk.imports.agenda_scan import Piece, spine_piece

NEXT_MEETING = re.compile(r"(?:emner|punkter)\s+til\s+(?:det\s+)?næste\s+møde|^næste\s+møde\b", re.I)


class Walk(RowReader):
    """See the module's docstring; ``soft``: the source breaks lines where the page was
    full (text, PDF, slides), so a title may go on in the next line."""

    width = 0  # the longest line of text (where a PDF's lines are full)
    listed = False
    prev_text = ""
    marked_prev = False  # the previous content line began with a marker

    def run(self):
        for k, piece in enumerate(self.doc.pieces):
            if piece.line.skip:
                self.skip(piece.line.n, piece.line.skip)
                self.gap = self.gap or piece.line.skip == "tom linje"
                continue
            self.piece(k, piece)
            self.prev, self.gap, self.prev_text = piece.line.n, False, piece.text
            self.marked_prev = bool(piece.head.marker)
            if piece.line.n in self.out.skipped and self.out.skipped[piece.line.n] != "mødetidspunkt":
                self.last = None  # a footer or a link carries nothing on
        for n, t in self.pending:
            self.new_item(n, "", t, doubt=f"Tidsrummet kl. {span(t)} (linje {n + 1}) står uden titel; skriv titlen.")
        self.pending.clear()
        return self.out

    def raw_ends_soft(self, n: int) -> bool:
        """Slide text keeps a space where PowerPoint broke the line by itself."""
        return self.out.lines[n][-1:].isspace()

    def skip(self, n: int, why: str) -> None:
        self.out.skipped.setdefault(n, why)

    def unread(self, n: int) -> None:
        if n not in self.out.unread:
            self.out.unread.append(n)
        self.last = None
        if self.item is not None:
            self.closed = True

    # -- one line ------------------------------------------------------------------------

    def piece(self, k: int, p: Piece) -> None:  # noqa: C901 - one decision list, in order
        n, text = p.line.n, p.text
        if p.line.cells is not None and self.row(k, p):
            return
        if p.line.cells is None and self.col_offsets is None:
            self.columns, self.table_timed = None, False  # text ends a table (not a PDF's: it has lines of one cell)
        if k < self.doc.start:
            self.skip(n, "overskrift" if non_items.heading(text) else
                      "før overskriften" if self.doc.heading else "før dagsordenen")
            return
        if p.line.link:
            return self.skip(n, "link")
        if (why := non_items.noise(text)) is not None:
            return self.skip(n, why)
        if self.in_column(p):
            return
        if p.line.heading and not spine_piece(self.doc, p) and self.heading_line(k, p):
            return
        if not self.out.items and not p.head.marker and p.head.times is None and non_items.heading(text):
            return self.skip(n, "overskrift")  # "Program", "Dagsorden:" above a list without markers
        if non_items.day_heading(text) and not p.head.marker and not p.head.times:
            self.day_break()
            return self.skip(n, "dagsoverskrift")
        if self.date_only(n, text):
            return
        if (odd := impossible_clock(text)) is not None and not self.sub_number(odd, text):
            return self.odd_clock(n, odd)
        if (who := presenter_line(text)) is not None and self.target is not None:
            return self.add_presenter(n, self.target, who)
        if self.kind_of_item(n, text) or self.carried(k, p):
            return
        h = p.head
        if h.times is not None and not h.rest and not h.marker:
            return self.lone_time(n, h.times)
        if h.marker or h.times is not None:
            return self.marked(k, p)
        self.plain(k, p)

    def date_only(self, n: int, text: str) -> bool:
        day = date_line(text)
        carried = self.last is not None and not self.gap and text[:1].isdigit() and "/" in text[:6]
        if day is None or NEXT_MEETING.search(text) or carried:  # "… møde den" + "5/11-2025"
            return False
        if self.out.items:  # a date inside the agenda: a new day (or a footer), not the meeting's
            self.day_break()
            self.skip(n, "dato")
        else:
            self.out.meeting_date = self.out.meeting_date or day
            self.skip(n, "mødedato")
        return True

    def kind_of_item(self, n: int, text: str) -> bool:
        """'Beslutning' or 'Orientering' on a line of its own after the item's time (a
        table flattened into lines)."""
        kind = kind_line(text)
        if kind is None or self.item is None or self.last is None or self.last[0] != "time":
            return False
        self.item.stated_kind = self.item.stated_kind or kind
        self.item.lines.append(n)
        self.last = ("kind", self.item)
        return True

    def in_column(self, p: Piece) -> bool:
        """A PDF line of one cell under a table's presenter or text column."""
        role = self.column_at(p) if p.line.cells is None and p.line.indent else None
        if role is None or role == TITLE or self.item is None:
            return False
        if role == WHO:
            self.add_presenter(p.line.n, self.target or self.item, p.text)
        else:
            self.describe(p.line.n, self.item, p.text)
        return True

    def carried(self, k: int, p: Piece) -> bool:
        n, text = p.line.n, p.text
        if self.want_title and self.item is not None and not p.head.marker and p.head.times is None:
            self.fill_title(n, text)
            return True
        if self.last is None or self.last[0] not in ("title", "presenter", "point", "topic"):
            return False
        if self.last[0] == "title" and dash_tail(self.prev_text, text):
            dash = "" if self.last[1].title.endswith(("–", "-")) else self.prev_text.rstrip()[-1] + " "
            return self.join_title(n, dash + text)
        if self.gap:
            return False
        if continues(self, k):
            return self.join_title(n, text)
        return False

    def fill_title(self, n: int, text: str) -> None:
        from kkrdesk.imports.agenda_kinds import kind_and_duration

        title, who = split_presenter(text)
        title, kind, minutes = kind_and_duration(title)
        item = self.item
        item.title, item.lines = title, item.lines + [n]
        item.stated_kind = item.stated_kind or kind
        item.stated_minutes = item.stated_minutes or minutes
        if who:
            item.presenter_text = who if not item.presenter_text else item.presenter_text + " og " + who
        self.want_title = False
        self.opens_list = text.rstrip().endswith(":")
        self.last = ("title", item)

    def lone_time(self, n: int, t: clk.Times) -> None:
        """A time range on a line of its own: the time of the item above when it has none
        ('Pkt. 3' / title / '18.45-18.55'), else it waits for the title that follows."""
        item = self.item
        if item is not None and item.start_min is None and not self.pending and not self.want_title:
            self.set_time(item, t)
            item.lines.append(n)
            self.last = ("time", item)
            return
        if not self.out.items and self.doc.spine in ("number", "point", "letter"):
            self.out.meeting_start = self.out.meeting_start if self.out.meeting_start is not None else t.start
            self.skip(n, "mødetidspunkt")
            return
        self.pending.append((n, t))
        self.last = ("pending", None)

    def day_break(self) -> None:
        self.item_day_break = True

    def heading_line(self, k: int, p: Piece) -> bool:
        """A heading inside the agenda: a group label above a table or list ('###
        Administrativt'), or an item of its own ('# Pause 15 minutter', a closing
        heading with nothing under it)."""
        n, text = p.line.n, p.text
        if non_items.heading(text) or find_date(text):
            self.skip(n, "overskrift")
            return True
        nxt = next((q for q in self.doc.pieces[k + 1:] if not q.line.skip), None)
        label = nxt is not None and not nxt.line.heading
        if label or not (standing_kind(text) or take_duration(text)[1] or nxt is None or len(text.split()) <= 8):
            self.skip(n, "afsnitsoverskrift")
            if self.item is not None:
                self.closed = True
            return True
        self.new_item(n, text)
        return True
