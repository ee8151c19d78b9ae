"""The search index in SQLite: the FTS5 table ``search_index`` (ref, head, body), written
by the triggers of db/versions/0005_search_index.py. Its tokenizer (unicode61,
remove_diacritics 2) folds case and accents; "å" arrives already written "aa"
(:func:`kkrdesk.services.search.words.danish_aa` in SQL), so it is never taken for an
accented "a"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

from kkrdesk.services.search.backend import Match
from kkrdesk.services.search.sources import KEY_BITS

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


# A match in a title or a name counts five times one in a text (bm25 per column: ref
# is not searched); of two equally good, the newer row first.
_QUERY = text(
    f"SELECT rowid & {(1 << KEY_BITS) - 1}, rowid >> {KEY_BITS}, ref, "
    "bm25(search_index, 0.0, 5.0, 1.0) AS rank "
    "FROM search_index WHERE search_index MATCH :q ORDER BY rank, rowid DESC")


def match_expression(terms: tuple[str, ...]) -> str:
    """FTS5's query for ``terms``: each quoted (so no word is read as an operator) and
    matched as a beginning, all of them required."""
    return " ".join('"' + t.replace('"', '""') + '"*' for t in terms)


class Fts5Index:
    def matches(self, session: Session, terms: tuple[str, ...]) -> list[Match]:
        if not terms:
            return []
        rows = session.execute(_QUERY, {"q": match_expression(terms)}).all()
        return list(map(Match._make, rows))
