"""Lines of text -> a parsed agenda (:mod:`kkrdesk.imports.parsed_agenda`: plain
dataclasses, editable in the preview).

Every input line is accounted for: it is used by an item, a sub-point, a presenter or a
next-meeting topic; or skipped for a stated reason (blank, page number, heading, date);
or listed as not understood. Nothing is dropped silently.

Slide and PDF text is read as it comes: a title or a name broken over two lines is
joined again, and a run of time ranges without titles ("13:00 – 13:20", "13:20 – 13:35")
is paired in order with the titles that follow it, and the item says so. Durations come
from the times; an item without any gets its kind's default duration and is flagged.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from kkrdesk.core.enums import ItemKind
from kkrdesk.core.errors import ValidationError
from kkrdesk.core.validate import MAX_TEXT
from kkrdesk.imports import agenda_lines as al
from kkrdesk.imports.parsed_agenda import ParsedAgenda, ParsedItem, ParsedPoint, ParsedPresenter, clock

DEFAULT_MINUTES = {ItemKind.WELCOME: 10, ItemKind.BREAK: 15, ItemKind.ANY_OTHER_BUSINESS: 10}
MAX_MINUTES = 600
# Items and sub-items together. A network meeting has 10-25 items with up to 40 sub-items;
# past 200 the text is not one meeting's agenda, and the preview, the minutes and the PDF
# of 10,000 items took minutes. The text is refused, not cut, so nothing is lost unseen.
MAX_ITEMS = 200
MAX_POINTS = 1_000  # bullet points under the items and topics for the next meeting, together
# A title, presenter list or sub-point is joined from at most this much text: past it the
# next line starts afresh. Real titles run to 300 characters; joining without an end made
# the parse quadratic (each join searches the whole title again).
MAX_JOINED_CHARS = 2_000


class _Builder:
    def __init__(self, lines: tuple[str, ...]):
        self.raw = lines
        self.text = [al.clean(line) for line in lines]
        self.out = ParsedAgenda(lines)
        self.pending: deque[tuple[int, al.Times]] = deque()
        self.item: ParsedItem | None = None  # current top-level item
        self.target: ParsedItem | None = None  # item or sub-item last named
        self.last: tuple[str, object] | None = None  # what the previous content line fed
        self.prev = -1  # index of the previous content line
        self.in_topics = False
        self.top_style: str | None = None
        self.items = self.points = 0  # items and sub-items made; sub-points and topics
        self.width = max((len(t) for t in self.text[:5000] if "\t" not in t), default=0)
        self.structured = any(al.times(t) or (al.number(t) and not al.date_line(t))
                              for t in self.text[:5000])
        # Without times or numbers, a list of lines is an agenda only if something says so:
        # a heading, a standing item, a presenter or a kind marker.
        self.listed = not self.structured and any(
            al.HEADING.match(t) or al.standing_kind(t) or al.split_presenter(t)[1]
            or al.kind_and_duration(t)[1:] != (None, None) for t in self.text[:5000])

    # -- the walk ------------------------------------------------------------------------

    def run(self) -> ParsedAgenda:
        first = self._heading_line()
        for n, text in enumerate(self.text):
            if n < first:
                self.out.skipped[n] = "tom linje" if not text else "før overskriften"
                continue
            if not text:
                self.out.skipped[n] = "tom linje"
                self.last = None
                continue
            self.line(n, text)
            self.prev = n
            if n in self.out.skipped:
                self.last = None  # a footer or a link carries nothing on
        for n, t in self.pending:
            self.new_item(n, "", t, doubt=f"Tidsrummet kl. {_span(t)} (linje {n + 1}) står "
                                            "uden titel; skriv titlen.")
        self.pending.clear()
        _finish(self.out)
        return self.out

    def _heading_line(self) -> int:
        """Where a bare heading ("Agenda", "Dagsorden") stands after other text without
        times (the deck's title slide, a welcome slide): the agenda begins there."""
        for n, text in enumerate(self.text[:300]):
            if al.times(text):
                return 0
            m = al.HEADING.match(text)
            if m:  # the first heading counts ("Dagsorden 5. november 2025" starts there)
                return n if not m.group(1) and any(self.text[:n]) else 0
        return 0

    def line(self, n: int, text: str) -> None:  # noqa: C901 - one decision list, in order
        if (why := al.noise(text)) is not None:
            self.out.skipped[n] = why
            return
        if (h := al.HEADING.match(text)) and (not h.group(1) or al.find_date(h.group(1))):
            self.out.skipped[n] = "overskrift"
            self.out.meeting_date = self.out.meeting_date or al.find_date(h.group(1) or "")
            return
        carried = self.last is not None and self.prev == n - 1 \
            and al.continues(self.raw[n - 1], self.text[n - 1], text)  # "… møde den" + "5/11-2025"
        if (day := al.date_line(text)) is not None and not al.NEXT_MEETING.search(text) and not carried:
            if self.out.items:  # a date inside the agenda is a footer, not the meeting's
                self.out.skipped[n] = "dato"
                return
            self.out.meeting_date = self.out.meeting_date or day
            self.out.skipped[n] = "mødedato"
            return
        if (odd := al.impossible_clock(text)) is not None and not self._sub_number(odd, text):
            self.odd_clock(n, odd)
            return
        if (who := al.presenter_line(text)) is not None and self.target is not None:
            self.add_presenter(n, self.target, who)
            return
        if self.continues(n, text):
            return
        if (t := al.times(text)) is not None:
            num = al.number(t.rest)
            rest = num.rest if num and not num.sub else t.rest
            if not rest:
                self.pending.append((n, t))
                self.last = ("pending", None)
            else:
                self.new_item(n, rest, t)
            return
        if (num := al.number(text)) is not None and not al.date_line(text):
            if self.numbered(n, num):
                return
            if self.item is not None and not num.sub:  # "1)" under "4.": a bullet
                self.bulleted(n, al.Bullet("1" + num.style, num.rest))
                return
        if (b := al.bullet(text)) is not None:
            self.bulleted(n, b)
            return
        self.plain(n, text)

    # -- kinds of lines ----------------------------------------------------------------------

    def continues(self, n: int, text: str) -> bool:
        if self.last is None or self.prev != n - 1 or self.last[0] == "pending":
            return False
        if al.times(text) or al.bullet(text) or al.presenter_line(text) or al.standing_kind(text):
            return False
        num = al.number(text)
        if num and (num.sub or num.style):
            return False
        what, obj = self.last
        held = obj.presenter_text if what == "presenter" else obj.title if what == "title" else obj.text
        if len(held) + len(text) > MAX_JOINED_CHARS:
            return False
        joins = al.continues(self.raw[n - 1], self.text[n - 1], text)
        if not joins and what == "presenter":  # "v. Poul Erik" / "Kristensen, KL"
            joins = al.name_tail(obj.presenter_text, text)
        if not joins and what in ("title", "point") and not self.pending:
            # "• Orientering om etablering af Digital" / "Sundhed Danmark v. Dorthe …"
            joins = not getattr(obj, "presenter_text", "") and al.split_presenter(text)[1] is not None
        if not joins and not self.pending and what != "topic":
            # a line broken where the text was full (PDF text keeps no soft breaks)
            prev = self.text[n - 1]
            joins = self.width >= 30 and len(prev) >= 0.7 * self.width \
                and not prev.endswith((".", ")", ":", "?", "!"))
        if not joins:
            return False
        if what == "presenter":
            obj.presenter_text = _join(obj.presenter_text, text)
            obj.lines.append(n)
        elif what == "title":  # split again: "… Danmark v." + "Dorthe Skou Lassen, MedCom"
            title, who = al.split_presenter(_join(obj.title, text))
            obj.title = title
            obj.lines.append(n)
            if who:
                obj.presenter_text = _join(obj.presenter_text, who)
                self.last = ("presenter", obj)
        else:  # a sub-point or a topic
            title, who = al.split_presenter(_join(obj.text, text))
            obj.text, obj.lines = title, obj.lines + [n]
            if who and what == "point" and self.item is not None:
                self.item.sub_points.remove(obj)
                self.sub_item(obj.lines, title, who)
        return True

    def numbered(self, n: int, num: al.Number) -> bool:
        if num.sub:
            parent = self._by_number(num.top)
            if parent is None:
                return False
            title, who = al.split_presenter(num.rest)
            self.item = parent
            self.sub_item([n], title, who)
            return True
        if self.top_style is None:
            self.top_style = num.style
        elif num.style != self.top_style and self.item is not None:
            return False  # "1)" under "4." is a sub-point
        self.new_item(n, num.rest, None, number=num.top)
        return True

    def bulleted(self, n: int, b: al.Bullet) -> None:
        if self.item is None:
            if not self.listed:
                self.out.unread.append(n)
            else:
                self.new_item(n, b.rest, None)
            return
        if self.in_topics:
            topic = self._point(ParsedPoint(b.rest, [n]))
            self.out.topics.append(topic)
            self.last = ("topic", topic)
            return
        if al.NEXT_MEETING.search(b.rest):
            self.next_meeting(n, b.rest)
            return
        title, who = al.split_presenter(b.rest)
        kids = self.item.children
        if who or (kids and kids[-1].bullet_mark == b.mark and self.target is kids[-1]):
            self.sub_item([n], title, who).bullet_mark = b.mark
            return
        nested = self.target is not None and self.target is not self.item \
            and self.target.bullet_mark not in ("", b.mark)
        owner = self.target if nested else self.item
        point = self._point(ParsedPoint(title, [n]))
        owner.sub_points.append(point)
        self.last = ("point", point)

    def plain(self, n: int, text: str) -> None:
        if al.NEXT_MEETING.search(text) and self.item is not None:
            self.next_meeting(n, text)
            return
        if self.in_topics and not self.pending and not al.standing_kind(text):
            topic = self._point(ParsedPoint(text, [n]))
            self.out.topics.append(topic)
            self.last = ("topic", topic)
            return
        if self.pending or al.standing_kind(text) or self.listed:
            self.new_item(n, text, None)
            return
        if self.item is not None and self.last is not None and self.prev == n - 1 \
                and len(self.item.description) + len(text) < MAX_TEXT:  # what the item can hold
            self.item.description = _join(self.item.description, text, "\n")
            self.item.lines.append(n)
            self.item.doubts.append(f"Linje {n + 1} er læst som beskrivelse af punktet.")
            return
        self.out.unread.append(n)
        self.last = None

    def odd_clock(self, n: int, odd: al.OddClock) -> None:
        """A line that begins with an impossible time: said with its line number; its text
        is an item without a time (or, with no text, a line not understood)."""
        said = f"»{odd.written}« er ikke et klokkeslæt."
        self.out.bad_times[n] = f"Linje {n + 1}: {said}"
        if not odd.rest.strip():
            self.out.unread.append(n)
            self.last = None
            return
        self.new_item(n, odd.rest, None, doubt=said)

    def _sub_number(self, odd: al.OddClock, text: str) -> bool:
        """'25.10' under an item numbered 25 is its sub-item 10, not a time."""
        num = al.number(text) if odd.maybe_number else None
        return num is not None and any(i.source_number == num.top for i in self.out.items)

    # -- building ------------------------------------------------------------------------

    def _counted(self, n: int) -> None:
        self.items += 1
        if self.items > MAX_ITEMS:
            raise _too_many(f"{MAX_ITEMS} punkter og underpunkter", n)

    def _point(self, point: ParsedPoint) -> ParsedPoint:
        self.points += 1
        if self.points > MAX_POINTS:
            raise _too_many(f"{MAX_POINTS:,} underpunkter og emner".replace(",", "."), point.lines[0])
        return point

    def new_item(self, n: int, text: str, t: al.Times | None, *, doubt: str = "",
                 number: int | None = None) -> ParsedItem:
        title, who = al.split_presenter(text)
        title, kind, minutes = al.kind_and_duration(title)
        self._counted(n)
        item = ParsedItem(title=title, lines=[n], stated_kind=kind, stated_minutes=minutes)
        item.source_number = number
        if t is None and self.pending:
            pn, t = self.pending.popleft()
            item.lines.insert(0, pn)
            item.paired_from = pn
            item.doubts.append(f"Tidspunktet kl. {_span(t)} stod for sig selv (linje {pn + 1}) "
                               "og er parret med titlen i rækkefølge.")
        if t is not None:
            item.start_min, item.end_min = t.start, t.end
        if doubt:
            item.doubts.append(doubt)
        if who:
            item.presenter_text = who
        self.out.items.append(item)
        self.item = self.target = item
        self.in_topics = False
        self.last = ("presenter" if who else "title", item)
        return item

    def sub_item(self, lines: list[int], title: str, who: str | None) -> ParsedItem:
        title, kind, minutes = al.kind_and_duration(title)
        self._counted(lines[0])
        child = ParsedItem(title=title, lines=list(lines), stated_kind=kind, stated_minutes=minutes,
                           presenter_text=who or "")
        self.item.children.append(child)
        self.target = child
        self.last = ("presenter" if who else "title", child)
        return child

    def add_presenter(self, n: int, item: ParsedItem, who: str) -> None:
        item.presenter_text = _join(item.presenter_text, who, " og ") if item.presenter_text else who
        item.lines.append(n)
        self.last = ("presenter", item)

    def next_meeting(self, n: int, text: str) -> None:
        self.out.next_meeting_date = self.out.next_meeting_date or al.find_date(text)
        point = self._point(ParsedPoint(text.rstrip(":"), [n]))
        self.item.sub_points.append(point)
        self.target = self.item
        self.in_topics = True
        self.last = ("point", point)

    def _by_number(self, top: int) -> ParsedItem | None:
        for item in reversed(self.out.items):
            if item.source_number == top:
                return item
        return self.item


def _too_many(what: str, n: int) -> ValidationError:
    return ValidationError(f"Teksten har over {what} (linje {n + 1}); så mange har et møde ikke. "
                           "Importér dagsordenen for sig, eller del teksten op.", field="file")


def _join(a: str, b: str, sep: str = " ") -> str:
    if not a:
        return b
    if a.endswith("-") and b[:1].islower() and not a.endswith(" -"):
        return a + b  # "paratheds-" + "analyse"
    return a + sep + b


def _span(t: al.Times) -> str:
    return clock(t.start) + ("–" + clock(t.end) if t.end is not None else "")


# -- finishing: kinds, presenters, durations, pins -------------------------------------------


def _finish(agenda: ParsedAgenda) -> None:
    items = agenda.items
    for item in agenda.all_items():
        title, kind, minutes = al.kind_and_duration(" ".join(item.title.split()))
        item.title = title or "Punkt uden titel"  # markers on a continued line count too
        item.stated_kind = item.stated_kind or kind
        item.stated_minutes = item.stated_minutes or minutes
        for point in item.sub_points:
            point.text = " ".join(point.text.split())
    for topic in agenda.topics:
        topic.text = " ".join(topic.text.split())
    if agenda.next_meeting_date is None:  # the date may have come on the next line
        texts = [p.text for i in agenda.all_items() for p in i.sub_points] + [i.title for i in items]
        agenda.next_meeting_date = next((al.find_date(t) for t in texts
                                         if al.NEXT_MEETING.search(t) and al.find_date(t)), None)
    for item in items:
        _settle_kind(item, None)
        for child in item.children:
            _settle_kind(child, item)
            child.presenters = _people(child.presenter_text)
            child.duration_min = child.stated_minutes or 0
            child.duration_source = "angivet" if child.stated_minutes else "underpunkt"
        item.presenters = _people(item.presenter_text)
    for k, item in enumerate(items):
        nxt = next((i.start_min for i in items[k + 1:] if i.start_min is not None), None)
        _settle_duration(item, nxt)
    cursor = agenda.start_min
    for item in items:
        if cursor is not None and item.start_min is not None and item.start_min != cursor:
            item.pinned_min = item.start_min
            what = "et hul" if item.start_min > cursor else "et overlap"
            item.doubts.append(f"Der er {what} før punktet i kilden; det er låst til kl. "
                               f"{clock(item.start_min)}.")
            cursor = item.start_min
        if cursor is not None:
            cursor += item.duration_min


def _settle_kind(item: ParsedItem, parent: ParsedItem | None) -> None:
    standing = al.standing_kind(item.title)
    wording = al.wording_kind(item.title)
    for kind, source in ((item.stated_kind, "markør"), (standing, "fast punkt"),
                         (wording, "ordlyd"),
                         (parent.kind if parent else None, "overordnet punkt")):
        if kind is not None:
            item.kind, item.kind_source = kind, source
            return
    item.kind, item.kind_source = ItemKind.DISCUSSION, "standard"


def _settle_duration(item: ParsedItem, next_start: int | None) -> None:
    default = DEFAULT_MINUTES.get(item.kind, 15)
    if item.start_min is not None and item.end_min is not None:
        span = item.end_min - item.start_min
        if 0 < span <= MAX_MINUTES:
            item.duration_min, item.duration_source = span, "tider"
            if item.stated_minutes and item.stated_minutes != span:
                item.doubts.append(f"Tiderne giver {span} min., men der står "
                                   f"{item.stated_minutes} min.; tiderne er brugt.")
            return
        item.doubts.append(f"Tiderne kl. {clock(item.start_min)}–{clock(item.end_min)} "
                           "giver ingen rimelig varighed.")
    if item.stated_minutes and 0 < item.stated_minutes <= MAX_MINUTES:
        item.duration_min, item.duration_source = item.stated_minutes, "angivet"
        return
    if item.start_min is not None and next_start is not None and 0 < next_start - item.start_min <= MAX_MINUTES:
        item.duration_min, item.duration_source = next_start - item.start_min, "næste start"
        return
    item.duration_min, item.duration_source = default, "standard"
    item.doubts.append(f"Ingen tid angivet; varigheden er sat til {default} min.")


def _people(text: str) -> list[ParsedPresenter]:
    return [ParsedPresenter(name, org) for name, org in al.split_people(text)] if text else []


def parse_lines(lines: Iterable[str]) -> ParsedAgenda:
    """Read an agenda from lines of text (any source)."""
    return _Builder(tuple(lines)).run()


def parse_text(text: str) -> ParsedAgenda:
    return parse_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
