"""Lines with a marker (a number, a letter, a bullet, a time, a point word) and plain
lines: which become items, which sub-items or sub-points of the item above, which a
description, which are not understood. Part of the reading in
:mod:`kkrdesk.imports.agenda_walk`."""

from __future__ import annotations

import re

from kkrdesk.imports.agenda_durations import take_duration
from kkrdesk.imports.agenda_grow import Grower
from kkrdesk.imports.agenda_impossible_times import OddClock
from kkrdesk.imports.agenda_kind_words import standing_kind
from kkrdesk.imports.agenda_kinds import kind_and_duration
from kkrdesk.imports.agenda_people import split_presenter
from kkrdesk.imports.agenda_scan import Piece, family

_NEXT = re.compile(r"(?:emner|punkter)\s+til\s+(?:det\s+)?næste\s+møde|^næste\s+møde\b", re.I)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class EntryReader(Grower):
    soft = True
    dated = False  # most items of the document carry a time or a duration
    base: int | None = None  # depth of the agenda's items
    item_day_break = False

    def depth(self, p: Piece) -> int:
        return p.line.level * 4 if p.line.level is not None else p.line.indent

    def top(self, p: Piece) -> bool:
        """Is the line an item of the agenda (not a sub-item)?"""
        fam, spine, h = family(p), self.doc.spine, p.head
        if self.base is not None and self.depth(p) > self.base + 1:
            return False
        if spine == "point":
            return fam == "point" and self.next_number(h.number)
        if fam == "time":
            return True
        if fam == "number":
            numbered = h.style or h.glued or (self.doc.bare_numbers and h.number == self.last_number + 1)
            return spine in ("time", "number") and bool(numbered) and self.next_number(h.number)
        if fam == "letter":
            return spine == "letter"
        if fam == "bullet" and spine == "time" and re.match(r"~?\d{1,3}\s*min", h.rest, re.I):
            return True  # "* 15 min - Title [Name]": a duration leading the line makes an item
        return fam == "bullet" and spine == "bullet" and h.bullet == self.doc.bullet

    def next_number(self, number: int | None) -> bool:
        if number is None or number > self.last_number:
            return True
        return number == 1 and self.item_day_break

    # -- marked lines -------------------------------------------------------------------

    def marked(self, k: int, p: Piece) -> None:
        h, n = p.head, p.line.n
        if self.top(p):
            return self.top_item(p)
        if family(p) == "number" and h.sub and (parent := self.by_number(h.number)) is not None:
            self.item = parent
            title, who = split_presenter(h.rest)
            self.sub_item([n], title, who, h.times)
            return
        if self.pending and self.last is not None and self.last[0] == "pending" \
                and self.base is not None and self.depth(p) <= self.base + 1:
            return self.top_item(p)  # a bullet under a time that stood alone: its title
        if self.item is None or self.closed:
            return self.unread(n)
        self.sub_entry(p)

    def top_item(self, p: Piece) -> None:
        h, n = p.head, p.line.n
        rest = h.rest
        if h.times is not None and (num := re.match(r"^\d{1,2}[.)]\s+(?=\S)", rest)):
            rest = rest[num.end():]  # "12.00 4. Punkt"
        if self.base is None:
            self.base = self.depth(p)
        who = None
        if (m := re.fullmatch(r"\(([^()]{2,60})\)", rest)) is not None:
            rest, who = "", m.group(1)  # "Pkt. 3 (Malou)": the title follows
        item = self.new_item(n, rest, h.times, number=h.number)
        if who:
            item.presenter_text = who
        if h.number is not None and family(p) in ("number", "point"):
            self.last_number = h.number
        self.item_day_break = False
        self.want_title = not rest

    def by_number(self, top: int | None):
        for item in reversed(self.out.items):
            if item.source_number == top:
                return item
        return self.item

    def sub_entry(self, p: Piece) -> None:
        h, n = p.head, p.line.n
        depth = self.depth(p)
        if self.sub_depth is None:
            self.sub_depth, self.sub_kind = depth, family(p) + h.bullet
        elif depth > self.sub_depth + 1 and self.target is not None:
            self.describe(n, self.target, h.rest)  # a third level: said under its sub-item
            return
        text = h.rest
        if _NEXT.search(text) and not text.endswith("?"):
            return self.next_meeting(n, text)
        if self.in_topics:
            topic = self.new_point(text, n)
            self.out.topics.append(topic)
            self.last = ("topic", topic)
            return
        title, who = split_presenter(text)
        if who and _fold(kind_and_duration(title)[0]) == _fold(self.item.title):
            self.add_presenter(n, self.item, who)  # another talk in the same slot
            return
        if self.outcome(p):
            self.describe(n, self.item, text)
            return
        if self.child_like(p, who):
            self.sub_item([n], title, who, h.times).bullet_mark = h.bullet or h.letter
            return
        nested = self.target is not None and self.target is not self.item and \
            self.target.bullet_mark not in ("", h.bullet)
        self.sub_point(n, title, self.target if nested else None)

    def child_like(self, p: Piece, who: str | None) -> bool:
        """A sub-item of its own (not a text sub-point): it has a presenter, a time, a
        duration or a kind, a number or letter, the items' own marker, or a sibling that
        is one."""
        h = p.head
        if who or h.times is not None or h.marker in ("number", "letter", "point"):
            return True
        _, kind, minutes = kind_and_duration(h.rest)
        if kind is not None or minutes is not None:
            return True
        if self.doc.spine == "bullet" or self.opens_list:
            return True  # bullets under bullets, or a list the item introduces ("Valg:")
        kids = self.item.children
        return bool(kids) and self.target is kids[-1] and kids[-1].bullet_mark == h.bullet

    def outcome(self, p: Piece) -> bool:
        """A sentence written under the item in minutes ('- Everyone is doing fine.'), not
        a sub-point: no time or duration of its own where the items have them."""
        text = p.head.rest
        if p.head.marker != "bullet" or p.head.times is not None or take_duration(text)[1] is not None \
                or not text.endswith(".") or re.search(r"\b(?:v|ca|evt|bl\.a|jf|mv|etc)\.$", text, re.I):
            return False
        return self.dated and len(text.split()) >= 2

    def next_meeting(self, n: int, text: str) -> None:
        from kkrdesk.imports.agenda_dates import find_date

        self.out.next_meeting_date = self.out.next_meeting_date or find_date(text)
        self.sub_point(n, text.rstrip(":"))
        self.target = self.item
        self.in_topics = True

    # -- plain lines --------------------------------------------------------------------

    def plain(self, k: int, p: Piece) -> None:
        n, text = p.line.n, p.text
        if _NEXT.search(text) and self.item is not None and not text.endswith("?") and not self.closed:
            return self.next_meeting(n, text)
        if self.in_topics and not self.pending and not standing_kind(text):
            topic = self.new_point(text, n)
            self.out.topics.append(topic)
            self.last = ("topic", topic)
            return
        if self.pending or self.listed_item(text):
            self.new_item(n, text)
            return
        owner = self.target if self.last is not None and self.last[1] is self.target else self.item
        if self.item is not None and not self.gap and self.last is not None and self.describe(n, owner, text):
            if not any(d.startswith("Teksten under punktet") for d in owner.doubts):
                owner.doubts.append(f"Teksten under punktet (fra linje {n + 1}) er læst som beskrivelse.")
            self.closed = True
            return
        self.unread(n)

    def listed_item(self, text: str) -> bool:
        """A plain line that is an item: a standing item ('Pause', 'Eventuelt') among the
        items, or any line of a list without markers that says it is an agenda."""
        if self.doc.spine == "" and self.listed:
            return len(text.split()) <= 20 and not text.endswith(".")
        if standing_kind(text) is None or len(text.split()) > 8 or text.endswith((".", "?")):
            return False
        return bool(self.out.items) and (self.gap or self.last is None or self.doc.spine in ("time", ""))

    def odd_clock(self, n: int, odd: OddClock) -> None:
        """A line that begins with an impossible time: said with its line number; its text
        is an item without a time (or, with no text, a line not understood)."""
        said = f"»{odd.written}« er ikke et klokkeslæt."
        self.out.bad_times[n] = f"Linje {n + 1}: {said}"
        if not odd.rest.strip():
            return self.unread(n)
        self.new_item(n, odd.rest, None, doubt=said)

    def sub_number(self, odd: OddClock, text: str) -> bool:
        """'25.10' under an item numbered 25 is its sub-item 10, not a time."""
        from kkrdesk.imports.agenda_markers import head

        h = head(text) if odd.maybe_number else None
        return h is not None and h.marker == "number" and \
            any(i.source_number == h.number for i in self.out.items)
