"""The parts the agenda and the minutes share: the header, the agenda items, the
"Næste møde" section and tables. Every paragraph gets a named style of the template;
every text passes through ``clean`` (python-docx refuses XML-invalid characters)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from kkrdesk.core.danish import clock, long_date, short_date, time_span
from kkrdesk.core.enums import ItemKind
from kkrdesk.core.validate import strip_controls
from kkrdesk.export import attendance_text
from kkrdesk.export import docx_template as T
from kkrdesk.export.doc_words import item_mark, presenters, word
from kkrdesk.views.agenda import (
    AttendanceView,
    DocumentOptions,
    ItemView,
    MeetingDetail,
    MeetingSummary,
)

STEP_EMU = 425 * 635  # one indent step of the template (0.75 cm): sub-items sit one deeper
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def clean(text: str | None) -> str:
    return strip_controls(text or "").strip()


def blocks(text: str | None) -> list[str]:
    """Paragraphs of a typed text: split at blank lines; single newlines stay line breaks."""
    return [b.strip() for b in _BLANK_LINES.split(clean(text)) if b.strip()]


class Writer:
    def __init__(self, doc, needed: dict[str, tuple[str, ...]],
                 options: DocumentOptions | None = None):
        # Minutes list each item's action items under it, too (set by the minutes).
        self.actions_by_item: dict[int, list] = {}
        self.doc = doc
        self.options = options or DocumentOptions()
        self.styles = T.style_map(doc, needed)
        self._indent: dict[str, int] = {}
        self._lists = {name: T.list_number(self.styles[name]) for name in (T.ITEM, T.BREAK, T.SUB_ITEM)}
        self.last = None  # the paragraph written last
        self.lang = self.options.lang

    def w(self, text: str, **values: object) -> str:
        """A fixed word of the document in its reader's language."""
        return word(text, self.lang, **values)

    def long_date(self, d: dt.date) -> str:
        return long_date(d, self.lang)

    def span(self, start, end) -> str:
        return time_span(start, end, self.options.time_sep, self.lang)

    # -- paragraphs ------------------------------------------------------------------

    def para(self, style: str, text: str = "", *, deeper: bool = False):
        p = self.doc.add_paragraph(style=self.styles[style])
        if text:
            p.add_run(text)
        if deeper:
            p.paragraph_format.left_indent = self._base_indent(style) + STEP_EMU
        if style == T.TITLE:  # the navigation pane's top: the headings below hang under it
            T.set_outline_level(p, 0)
        self.last = p
        return p

    def unnumbered(self, style: str, text: str):
        """A paragraph in a numbered style that takes no number (a break): numId 0 turns
        the style's list off for it, so Word counts the next item on from the last one."""
        p = self.para(style, text)
        if self._lists.get(style) is not None:
            T.set_numbering(p, "0", "0")
        return p

    def numbered(self, style: str, number: str, text: str):
        """An item's title numbered by Word's own list (moving it in Word renumbers); a
        template whose style has no list gets the number typed in front."""
        num = self._lists.get(style)
        if num is None:
            return self.para(style, f"{number}{'' if '.' in number else '.'}\t{text}")
        p = self.para(style, text)
        T.set_numbering(p, num[0], num[1])
        return p

    def _base_indent(self, style: str) -> int:
        if style not in self._indent:
            self._indent[style] = int(self.styles[style].paragraph_format.left_indent or 0)
        return self._indent[style]

    def labelled(self, style: str, label: str, text: str, *, deeper: bool = False):
        """'Label: text' with the label in the emphasis character style."""
        p = self.para(style, deeper=deeper)
        p.add_run(label, style=self.styles[T.STRONG])
        p.add_run(text)
        return p

    def info(self, label: str, lines: Sequence[str]) -> None:
        """'Dato:<tab>onsdag d. 18. juni 2025'; several values one under the other."""
        self.labelled(T.INFO, f"{self.w(label)}:", "\t" + "\n".join(lines))

    # -- header ----------------------------------------------------------------------

    def header(self, detail: MeetingDetail, kind: str, *, minutes: bool, status: str = "",
               missing: str = "") -> None:
        m = detail.meeting
        self.para(T.SENDER, T.NETWORK)
        self.para(T.TITLE, kind)
        title = clean(m.title)
        self.para(T.SUBTITLE, title if title and title != T.NETWORK else self.w("Netværksmøde"))
        if status:
            self.info("Status", [status])
        if missing:  # a draft names what it still lacks rather than claim anything
            self.info("Mangler", [missing])
        self.meeting_lines(m, place_always=True, ended=detail.ended_at if minutes else None)
        people = {a.person_id: a for a in detail.attendance}
        if m.chair_name:
            self.info("Mødeleder", [attendance_text.person_line(people.get(m.chair_id), m.chair_name)])
        if minutes:
            self.attendance(detail, people)

    def meeting_lines(self, m: MeetingSummary, *, place_always: bool = False,
                      ended: dt.datetime | None = None) -> None:
        """Dato, Tid, Sted (and Online). The document's own meeting always has a Sted line
        ("Ikke angivet" when nobody entered one); the next meeting's only a known place.
        A referat whose meeting's end was kept says when it ended under Tid."""
        self.info("Dato", [self.long_date(m.date)])
        ended_line = ([self.w("Mødet sluttede kl. {time}",
                              time=clock(ended.time(), self.options.time_sep))]
                      if ended is not None else [])
        self.info("Tid", [self.span(m.start_time, m.end_time), *ended_line])
        place, url = clean(m.place), clean(m.online_url)
        if place or (place_always and not url):
            self.info("Sted", [place or self.w("Ikke angivet")])
        if url:
            self.info("Online", [url])

    def attendance(self, detail: MeetingDetail, people: dict[int, AttendanceView]) -> None:
        m = detail.meeting
        if m.minute_taker_name:
            self.info("Referent", [attendance_text.person_line(people.get(m.minute_taker_id), m.minute_taker_name)])
        if not detail.attendance:  # nothing recorded: say so once, claim nothing
            self.info("Fremmøde", [self.w("Ikke registreret")])
            return
        present = attendance_text.members_present(detail.attendance)
        self.info("Deltagere", [attendance_text.attendee_line(a, self.lang) for a in present] or [self.w("Ingen")])
        self.para(T.SUBHEADING, self.w("Fremmøde og afbud"))
        for sentence in attendance_text.sentences(detail.attendance, self.lang):
            self.para(T.TEXT, clean(sentence))

    # -- agenda items ----------------------------------------------------------------

    def item(self, it: ItemView, *, minutes: bool, meeting_end: int | None = None) -> None:
        slot = self.span(it.start_min, it.end_min)
        if minutes and self.options.actual_times and it.actual_span:
            slot += self.w(" (faktisk {span})",
                           span=it.actual_span.replace('.', self.options.time_sep))
        self.para(T.SLOT, slot)
        title = clean(it.title) or self.w("(uden titel)")
        suffix, kind_line = item_mark(self.options, it.kind)
        if it.kind == ItemKind.BREAK and not it.number:
            self.unnumbered(T.BREAK, title)
        else:
            self.numbered(T.BREAK if it.kind == ItemKind.BREAK else T.ITEM, it.number,
                          title + suffix)
        line = " · ".join(x for x in (kind_line, clean(presenters(it, self.lang))) if x)
        if line and it.kind != ItemKind.BREAK:
            self.para(T.PRESENTER, line)
        self.case_and_proposal(it)
        for point in it.sub_points:
            if clean(point):
                self.para(T.BULLET, clean(point))
        for child in it.children:
            self.sub_item(child, minutes=minutes)
        if minutes:
            self.minutes_text(it)
        if meeting_end is not None and it.start_min < meeting_end < it.end_min:
            self.para(T.TEXT, self.w("Bemærk: dagsordenen løber her over mødets slut kl. {time}.",
                                     time=clock(meeting_end, self.options.time_sep)))

    def case_and_proposal(self, it: ItemView, *, deeper: bool = False) -> None:
        """Sagsfremstilling (the item's description) and Indstilling, each under its rubric."""
        for rubric, style, text in (("Sagsfremstilling", T.CASE, it.description),
                                    ("Indstilling", T.PROPOSAL, it.proposal)):
            paragraphs = blocks(text)
            if paragraphs:
                self.para(T.RUBRIC, self.w(rubric), deeper=deeper)
                for block in paragraphs:
                    self.para(style, block, deeper=deeper)
        for att in it.attachments:  # "Bilag 3.1: Status på FK-OSS.pptx"
            self.labelled(T.BODY, self.w("Bilag {number}: ", number=att.number),
                          clean(att.filename), deeper=deeper)

    def sub_item(self, it: ItemView, *, minutes: bool) -> None:
        suffix, kind_line = item_mark(self.options, it.kind)
        self.numbered(T.SUB_ITEM, it.number, (clean(it.title) or self.w("(uden titel)")) + suffix)
        slot = self.span(it.start_min, it.end_min) if it.has_own_slot else ""
        line = ", ".join(x for x in (slot, clean(presenters(it, self.lang))) if x)
        line = " · ".join(x for x in (kind_line, line) if x)
        if line:
            self.para(T.PRESENTER, line, deeper=True)
        self.case_and_proposal(it, deeper=True)
        for point in it.sub_points:
            if clean(point):
                self.para(T.BULLET_2, clean(point))
        if minutes:
            self.minutes_text(it, deeper=True)

    def minutes_text(self, it: ItemView, *, deeper: bool = False) -> None:
        for block in blocks(it.notes):
            self.para(T.BODY, block, deeper=deeper)
        decision = clean(it.decision)
        if decision:
            self.labelled(T.DECISION, self.w("Beslutning: "), decision, deeper=deeper)
        actions = self.actions_by_item.get(it.id, ())
        if actions and self.last is not None:  # the item's last lines stay with its Opfølgning
            self.last.paragraph_format.keep_with_next = True
        for action in actions:
            who = ", ".join(x for x in (clean(action.who), short_date(action.due)) if x)
            text = clean(action.what) + (f" ({who})" if who else "")
            self.labelled(T.BODY, self.w("Opfølgning: "), text, deeper=deeper)

    # -- closing sections --------------------------------------------------------------

    def next_meeting(self, detail: MeetingDetail, *, topics_heading: str) -> None:
        nxt = detail.next_meeting
        topics = [t for t in detail.topics if clean(t.title)]
        dates = [t.target_date for t in topics if t.target_date]
        day = nxt.date if nxt else (min(dates) if dates else None)
        if day is None and not topics:
            return
        self.para(T.HEADING, self.w("Næste møde"))
        if nxt is not None and detail.next_meeting_time_known:
            self.meeting_lines(nxt)
        elif nxt is not None:  # only the date is settled: no invented time or place
            self.info("Dato", [self.long_date(nxt.date)])
        elif day is not None:
            self.info("Dato", [self.long_date(day)])
        else:
            self.para(T.TEXT, self.w("Datoen for næste møde er ikke fastlagt."))
        if topics:
            self.para(T.SUBHEADING, self.w(topics_heading))
            for t in topics:
                extra = self.w(" (til mødet {day})", day=short_date(t.target_date)) if (
                    t.target_date and t.target_date != day) else ""
                self.para(T.BULLET, clean(t.title) + extra)

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]],
              fractions: Sequence[float]) -> None:
        """A table as wide as the text, with explicit column widths (fixed layout: long
        text wraps inside its column instead of pushing the table off the page) and a
        header row repeated on every page; rows are kept whole on one page."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn
        from docx.shared import Emu
        from docx.table import _Cell

        total = T.text_width_emu(self.doc)
        widths = [int(total * f) for f in fractions]
        widths[-1] = total - sum(widths[:-1])
        table = self.doc.add_table(rows=0, cols=len(headers))
        table.style = self.styles[T.TABLE]
        tbl = table._tbl
        for col, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
            col.w = Emu(width)
        tbl_pr = tbl.tblPr
        tbl_w = tbl_pr.find(qn("w:tblW"))
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(total // 635))
        table.autofit = False  # w:tblLayout fixed, in its schema place
        head, cell_style = self.styles[T.CELL_HEAD], self.styles[T.CELL]
        for n, values in enumerate([headers, *rows]):
            tr = table.add_row()._tr
            tr_pr = tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))  # a row never breaks across pages
            if n == 0:
                tr_pr.append(OxmlElement("w:tblHeader"))  # after cantSplit, as the schema wants
            for tc, value in zip(tr.tc_lst, values, strict=True):
                p = _Cell(tc, table).paragraphs[0]
                p.style = head if n == 0 else cell_style
                text = clean(value)
                if text:
                    p.add_run(text)

