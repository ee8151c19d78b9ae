"""Lines of text -> a parsed agenda (:mod:`kkrdesk.imports.parsed_agenda`: plain
dataclasses, editable in the preview), judged: how much it reads as an agenda, and why it
is refused when it does not.

The reading in steps: the lines are prepared (:mod:`kkrdesk.imports.agenda_text`:
markup off, indentation, table cells, the document's own levels and headings), looked
over as a whole (:mod:`kkrdesk.imports.agenda_scan`: which lines carry the items, where
the agenda begins, the meeting's time), read one by one
(:mod:`kkrdesk.imports.agenda_walk`), finished (:mod:`kkrdesk.imports.agenda_finish`)
and judged (:mod:`kkrdesk.imports.agenda_judge`).

Every input line is accounted for: it is used by an item, a sub-point, a presenter or a
next-meeting topic; or skipped for a stated reason (blank, page number, heading, date);
or listed as not understood. Nothing is dropped silently."""

from __future__ import annotations

from collections.abc import Iterable

from kkrdesk.imports.agenda_durations import take_duration
from kkrdesk.imports.agenda_finish import finish
from kkrdesk.imports.agenda_judge import judge
from kkrdesk.imports.agenda_kind_words import standing_kind
from kkrdesk.imports.agenda_people import split_presenter
from kkrdesk.imports.agenda_scan import scan
from kkrdesk.imports.agenda_text import prepare
from kkrdesk.imports.agenda_walk import Walk
from kkrdesk.imports.line_layout import LineLayout
from kkrdesk.imports.parsed_agenda import ParsedAgenda


def _read(raw: tuple[str, ...], layouts: tuple[LineLayout, ...] = (), *, laid_out: bool = False,
          soft: bool = True, name: str = "") -> ParsedAgenda:
    lines = prepare(raw, layouts, laid_out=laid_out)
    doc = scan(lines)
    walk = Walk(lines, doc, raw)
    walk.soft = soft
    texts = [ln.text for ln in lines if not ln.skip and ln.cells is None]
    walk.width = max((len(t) for t in texts[:5000]), default=0)
    walk.dated = _dated(doc)
    # Without times, numbers or bullets, a list of lines is an agenda only if something says
    # so: a heading, a standing item, a presenter or a kind marker.
    walk.listed = doc.spine == "" and (doc.heading or any(
        standing_kind(t) or split_presenter(t)[1] for t in texts[:5000]))
    agenda = walk.run()
    _reconcile(agenda)
    finish(agenda)
    judge(agenda, doc, name)
    return agenda


def _dated(doc) -> bool:
    """Do most of the outermost marked lines state a duration ('(5 min)')?"""
    marked = [p for p in doc.pieces if not p.line.skip and p.head.marker and not p.line.link]
    if not marked:
        return False
    least = min(p.line.indent for p in marked)
    top = [p for p in marked if p.line.indent <= least + 1]
    return sum(1 for p in top if take_duration(p.head.rest)[1]) >= 0.6 * len(top)


def _reconcile(agenda: ParsedAgenda) -> None:
    """A line cut into pieces (a glued agenda) is used when any piece of it is."""
    used = set(agenda.used_lines())
    agenda.unread = [n for n in agenda.unread if n not in used]
    for n in used:
        agenda.skipped.pop(n, None)


def parse_lines(lines: Iterable[str]) -> ParsedAgenda:
    """Read an agenda from lines of text (pasted, typed, a text file)."""
    return _read(tuple(lines))


def parse_text(text: str) -> ParsedAgenda:
    return parse_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def read_agenda(source) -> ParsedAgenda:
    """Read an agenda from a source (:class:`kkrdesk.imports.agenda_sources.AgendaSource`),
    with what its format says about each line: the path the window and the command line
    take."""
    return _read(source.lines, source.layout, laid_out=source.kind == "PDF",
                 soft=source.kind != "Word", name=source.name)
