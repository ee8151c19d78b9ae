"""The parsed agenda as it grows while its lines are read: new items and sub-items,
sub-points, presenters, times, descriptions, titles joined again over a line break, and
what the reading holds between lines (the item being read, times waiting for a title,
the sub-list being read). :mod:`kkrdesk.imports.agenda_walk` decides what each line is;
this module does it."""

from __future__ import annotations

from collections import deque

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.validate import MAX_TEXT
from kkrdesk.imports import agenda_clock as clk
from kkrdesk.imports.agenda_kinds import kind_and_duration
from kkrdesk.imports.agenda_people import split_presenter
from kkrdesk.imports.agenda_scan import Doc
from kkrdesk.imports.agenda_text import Line
from kkrdesk.imports.parsed_agenda import ParsedAgenda, ParsedItem, ParsedPoint, clock

# Items and sub-items together. A network meeting has 10-25 items with up to 40 sub-items;
# past 200 the text is not one meeting's agenda, and the preview, the minutes and the PDF
# of 10,000 items took minutes. The text is refused, not cut, so nothing is lost unseen.
MAX_ITEMS = 200
MAX_POINTS = 1_000  # bullet points under the items and topics for the next meeting, together
# A title, presenter list or sub-point is joined from at most this much text: past it the
# next line starts afresh. Real titles run to 300 characters; joining without an end made
# the parse quadratic (each join searches the whole title again).
MAX_JOINED_CHARS = 2_000


def too_many(what: str, n: int) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "Agenda", "Teksten har over {what} (linje {line}); så mange har et møde ikke. "
        "Importér dagsordenen for sig, eller del teksten op.").format(what=what, line=n + 1), field="file")


def join(a: str, b: str, sep: str = " ") -> str:
    if not a:
        return b
    if a.endswith("-") and b[:1].islower() and not a.endswith(" -"):
        return a + b  # "paratheds-" + "analyse"
    return a + sep + b


def span(t: clk.Times) -> str:
    return clock(t.start) + ("–" + clock(t.end) if t.end is not None else "")


class Grower:
    """The agenda being built and the state of the reading between lines."""

    def __init__(self, lines: list[Line], doc: Doc, raw: tuple[str, ...]):
        self.lines, self.doc = lines, doc
        self.out = ParsedAgenda(raw, meeting_date=doc.meeting_date, meeting_start=doc.meeting_start,
                                meeting_end=doc.meeting_end)
        self.pending: deque[tuple[int, clk.Times]] = deque()
        self.item: ParsedItem | None = None  # current top-level item
        self.target: ParsedItem | None = None  # item or sub-item last named
        self.last: tuple[str, object] | None = None  # what the previous content line fed
        self.prev = -1  # line number of the previous content line
        self.gap = False  # a blank line since the previous content line
        self.closed = False  # prose under the item: no more sub-points for it
        self.want_title = False  # the item's marker stood alone ("Pkt. 3"): its title follows
        self.sub_depth: int | None = None  # indentation (or level) of the sub-list being read
        self.sub_kind = ""  # marker family of that sub-list
        self.last_number = 0
        self.opens_list = False  # the item's title ends in a colon: a list of sub-items follows
        self.in_topics = False
        self.items = self.points = 0

    # -- counting ----------------------------------------------------------------------

    def counted(self, n: int) -> None:
        self.items += 1
        if self.items > MAX_ITEMS:
            raise too_many(QT_TRANSLATE_NOOP("Agenda", "{n} punkter og underpunkter").format(n=MAX_ITEMS), n)

    def new_point(self, text: str, n: int) -> ParsedPoint:
        self.points += 1
        if self.points > MAX_POINTS:
            raise too_many(QT_TRANSLATE_NOOP("Agenda", "{n} underpunkter og emner").format(
                n=f"{MAX_POINTS:,}".replace(",", ".")), n)
        return ParsedPoint(text, [n])

    # -- items --------------------------------------------------------------------------

    def new_item(self, n: int, text: str, t: clk.Times | None = None, *, doubt: str = "",
                 number: int | None = None) -> ParsedItem:
        title, who = split_presenter(text)
        title, kind, minutes = kind_and_duration(title)
        self.counted(n)
        item = ParsedItem(title=title, lines=[n], stated_kind=kind, stated_minutes=minutes)
        item.source_number = number
        if t is None and self.pending:
            pn, t = self.pending.popleft()
            item.lines.insert(0, pn)
            item.paired_from = pn
            item.doubts.append(f"Tidspunktet kl. {span(t)} stod for sig selv (linje {pn + 1}) "
                               "og er parret med titlen i rækkefølge.")
        if t is not None:
            self.set_time(item, t)
        if doubt:
            item.doubts.append(doubt)
        if who:
            item.presenter_text = who
        self.out.items.append(item)
        self.item = self.target = item
        self.in_topics = self.closed = self.want_title = False
        self.sub_depth, self.sub_kind = None, ""
        self.opens_list = text.rstrip().endswith(":")
        self.last = ("presenter" if who else "title", item)
        return item

    def set_time(self, item: ParsedItem, t: clk.Times) -> None:
        item.start_min, item.end_min, item.meridiem = t.start, t.end, t.meridiem

    def sub_item(self, lines: list[int], text: str, who: str | None = None,
                 t: clk.Times | None = None) -> ParsedItem:
        title, kind, minutes = kind_and_duration(text)
        self.counted(lines[0])
        child = ParsedItem(title=title, lines=list(lines), stated_kind=kind, stated_minutes=minutes,
                           presenter_text=who or "")
        if t is not None:
            self.set_time(child, t)
        self.item.children.append(child)
        self.target = child
        self.last = ("presenter" if who else "title", child)
        return child

    def sub_point(self, n: int, text: str, owner: ParsedItem | None = None) -> ParsedPoint:
        point = self.new_point(text, n)
        (owner or self.item).sub_points.append(point)
        self.last = ("point", point)
        return point

    def add_presenter(self, n: int, item: ParsedItem, who: str) -> None:
        item.presenter_text = join(item.presenter_text, who, " og ") if item.presenter_text else who
        item.lines.append(n)
        self.last = ("presenter", item)

    def describe(self, n: int, item: ParsedItem, text: str) -> bool:
        """The line as the item's description (a line of text under it); False when the
        description is full."""
        if len(item.description) + len(text) >= MAX_TEXT:
            return False
        item.description = join(item.description, text, "\n")
        item.lines.append(n)
        self.last = ("desc", item)
        return True

    def join_title(self, n: int, text: str) -> bool:
        """Carry the previous line on ('… Digital' + 'Sundhed Danmark v. Dorthe …')."""
        what, obj = self.last
        held = obj.presenter_text if what == "presenter" else obj.title if what == "title" else \
            obj.text if isinstance(obj, ParsedPoint) else ""
        if what not in ("presenter", "title", "point", "topic") or len(held) + len(text) > MAX_JOINED_CHARS:
            return False
        if what == "presenter":
            obj.presenter_text = join(obj.presenter_text, text)
            obj.lines.append(n)
        elif what == "title":
            title, who = split_presenter(join(obj.title, text))
            obj.title = title
            obj.lines.append(n)
            if who:
                obj.presenter_text = join(obj.presenter_text, who)
                self.last = ("presenter", obj)
        else:
            title, who = split_presenter(join(obj.text, text))
            obj.text, obj.lines = title, obj.lines + [n]
            if who and what == "point" and self.item is not None and obj in self.item.sub_points:
                self.item.sub_points.remove(obj)
                self.sub_item(obj.lines, title, who)
        return True
