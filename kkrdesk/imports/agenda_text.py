"""Source lines -> lines ready to read: markup taken off (markdown headings, tables and
front matter here; emphasis, links and HTML tags in :mod:`kkrdesk.imports.agenda_markup`),
white space cleaned, and what the line's place says kept beside it: its indentation, its
level and heading flag from the document's own structure, its table cells.

Line numbers never change: one prepared line for each source line, so every item can
name the lines it came from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kkrdesk.imports.agenda_markup import clean, inline
from kkrdesk.imports.line_layout import PLAIN, LineLayout

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_MD_ROW = re.compile(r"^\s*\|.*\|")
_MD_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FRONT = ("---", "+++")
_MAX_FRONT = 60
_TAB = 4


@dataclass
class Line:
    """One source line as the parser reads it."""

    n: int
    text: str  # markup off, white space cleaned; "" for a blank or markup-only line
    indent: int = 0  # columns of white space before the text (a tab counts 4)
    level: int | None = None  # from the document's structure
    heading: int = 0  # 1-6: a heading (markdown level, or 1 for a Word or slide heading)
    cells: tuple[str, ...] | None = None  # a table row's cells, empty ones kept
    offsets: tuple[int, ...] | None = None  # where each cell begins in the line (laid-out text)
    cont: bool = False  # a further paragraph of the row above's cells
    skip: str = ""  # why the line is passed over ("" when it is read)
    link: bool = False  # the whole text was a link


def _indent(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch == " " or ch == "\u00a0":
            width += 1
        elif ch == "\t":
            width += _TAB
        else:
            break
    return width


def _front_matter(raws: list[str]) -> int:
    """How many lines a YAML/TOML front matter block at the top takes (0: none)."""
    first = next((k for k, r in enumerate(raws[:5]) if r.strip()), None)
    if first is None or raws[first].strip() not in _FRONT:
        return 0
    fence = raws[first].strip()
    for k in range(first + 1, min(len(raws), first + _MAX_FRONT)):
        if raws[k].strip() == fence:
            return k + 1
    return 0


_MARK_CELL = re.compile(r"^(?:[•▪◦●○■□►▸‣⁃∙·*\-–—o>➢✓☐❑✔+]|\d{1,2}[.)]|[a-zA-Z][.)])$")


def _cells(raw: str) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """A laid-out row (PDF text): runs of 2+ spaces part cells (a table's columns only
    count where a header says so); a bullet or number alone in the first cell belongs to
    the text after it."""
    parts = [[m.start(), m.group()] for m in re.finditer(r"\S+(?: \S+)*", raw)]
    if len(parts) > 1 and _MARK_CELL.match(parts[0][1]):
        parts[1] = [parts[0][0], parts[0][1] + " " + parts[1][1]]
        del parts[0]
    if len(parts) < 2:
        return None
    return tuple(clean(p) for _, p in parts), tuple(o for o, _ in parts)


def prepare(raws: tuple[str, ...], layouts: tuple[LineLayout, ...] = (), *,
            laid_out: bool = False) -> list[Line]:
    """Every source line, ready to read (see the module's docstring). ``laid_out``: the
    lines are a page laid out in characters (PDF), so wide gaps part columns."""
    structured = bool(layouts) or laid_out
    front = _front_matter(list(raws[:_MAX_FRONT])) if not structured else 0
    out: list[Line] = []
    for n, raw in enumerate(raws):
        lay = layouts[n] if n < len(layouts) else PLAIN
        line = Line(n, "", level=lay.level, heading=1 if lay.heading else 0, cont=lay.cont)
        out.append(line)
        if n < front:
            line.skip = "forside-data" if raw.strip() else "tom linje"
            continue
        if lay.row or (not structured and "\t" in raw.strip()):
            _row(line, raw)
            continue
        _text_line(line, raw, out, structured, laid_out)
    return out


def _row(line: Line, raw: str) -> None:
    cells = [clean(inline(c)[0]) for c in raw.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    if not any(cells):
        line.skip = "tom linje"
        return
    line.cells = tuple(cells)
    line.text = clean(" ".join(c for c in cells if c))


def _text_line(line: Line, raw: str, out: list[Line], structured: bool, laid_out: bool) -> None:
    if structured:
        raw = raw.replace("\t", " ")  # a tab in a Word paragraph or on a slide is a space
    stripped = raw.strip()
    if not stripped:
        line.skip = "tom linje"
        return
    line.indent = _indent(raw)
    if not structured and _SETEXT.match(raw) and len(out) > 1 and out[-2].text and not out[-2].cells:
        out[-2].heading = out[-2].heading or (1 if "=" in raw else 2)
        line.skip = "understregning"
        return
    if _MD_RULE_ROW.match(raw) and "|" in raw:
        line.skip = "tabellinje"
        return
    if not structured and _MD_ROW.match(raw) and raw.count("|") >= 2:
        inner = stripped.strip("|") if stripped.endswith("|") else stripped[1:]
        _row(line, "\t".join(inner.split("|")))
        return
    if not structured and (m := _MD_HEADING.match(stripped)):
        line.heading, stripped = len(m.group(1)), m.group(2)
    text, line.link = inline(stripped)
    if laid_out and (split := _cells(inline(raw)[0])) is not None:
        line.cells, line.offsets = split
    line.text = clean(text) if line.cells is None else clean(" ".join(line.cells))
    if not line.text:
        line.skip = "tom linje"
