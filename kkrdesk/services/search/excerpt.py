"""The words around a match, for a hit found in a text rather than in its title: read
from the row the match came from (a note, a milestone, a decision), as it is stored,
never from the index (which writes "å" as "aa")."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import Table

from kkrdesk.core.models import Base
from kkrdesk.services.search.backend import Match
from kkrdesk.services.search.sources import BY_CODE
from kkrdesk.services.search.words import words_of

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


WIDTH = 110  # characters of an excerpt, about one line of the results


def source_texts(s: Session, matches: list[Match]) -> dict[tuple[int, int], list[str]]:
    """(code, row id) -> the searched texts of that row, one query per table."""
    wanted: dict[int, list[int]] = defaultdict(list)
    for m in matches:
        wanted[m.code].append(m.row_id)
    out: dict[tuple[int, int], list[str]] = {}
    for code, row_ids in wanted.items():
        source = BY_CODE[code]
        table: Table = Base.metadata.tables[source.table]
        columns = [table.c[c] for c in source.columns]
        for row in s.execute(table.select().with_only_columns(table.c.id, *columns)
                             .where(table.c.id.in_(row_ids))):
            out[(code, row[0])] = [v for v in row[1:] if isinstance(v, str) and v]
    return out


def excerpt(texts: list[str], terms: tuple[str, ...], shown: tuple[str, ...]) -> str:
    """The first text holding a word that begins with one of ``terms``, cut to about one
    line around that word; '' when none is found or the hit ``shown`` it already (its
    title, a place in its context)."""
    for text in texts:
        flat = " ".join(text.split())
        at = _first_match(flat, terms)
        if at is None:
            continue
        return "" if any(flat in " ".join(t.split()) for t in shown) else _cut(flat, at)
    return ""


def _first_match(text: str, terms: tuple[str, ...]) -> int | None:
    for start, _end, word in words_of(text):
        if any(word.startswith(t) for t in terms):
            return start
    return None


def _cut(text: str, at: int) -> str:
    if len(text) <= WIDTH:
        return text
    start = max(0, min(at - WIDTH // 3, len(text) - WIDTH))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    end = start + WIDTH
    if end < len(text):
        space = text.rfind(" ", at, end)
        end = space if space > at else end
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")
