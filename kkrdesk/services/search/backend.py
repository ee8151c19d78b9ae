"""The one place a search touches the index: given the folded words, the documents that
hold every one of them as the beginning of a word, best first. Everything else (the
words, what a hit is called, where it opens) is the same for every database.

SQLite's FTS5 answers here (:mod:`.sqlite_fts`); on PostgreSQL a ``search_index`` table
with a ``tsvector`` under a GIN index, written by PL/pgSQL triggers (:mod:`.pg_fts`);
``find.index_for`` picks one from the connection's dialect. The two rank differently
(bm25 and ts_rank, both weighing a title five times a text), so the same hits may come
in another order."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


class Match(NamedTuple):
    """One document of the index: its source (``sources.Source.code``), the row of the
    source table it was made from, the record it finds (``ref``), and its rank (lower
    is better). A tuple: a search may make thousands."""

    code: int
    row_id: int
    ref: int
    rank: float


class Index(Protocol):
    def matches(self, session: Session, terms: tuple[str, ...]) -> list[Match]:
        """Every document holding each of ``terms`` as a word's beginning, best first."""
        ...
