"""The search index in PostgreSQL: the table ``search_index`` (key, ref, doc), its
``tsvector`` written by the triggers of db/versions/0005_search_index.py from the text
folded by ``kkr_search_fold`` (the SQL twin of :func:`.words.fold`). A term is matched
as a word's beginning (``:*``); a match in a title or a name counts five times one in a
text, as with FTS5 on SQLite."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text

from kkrdesk.services.search.backend import Match
from kkrdesk.services.search.sources import KEY_BITS

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


# ts_rank's weights are {D, C, B, A}: a body ("B") counts 1, a head ("A") 5. Higher is
# better there, lower here, hence the minus; of two equally good, the newer row first.
_QUERY = text(
    f"SELECT key & {(1 << KEY_BITS) - 1}, key >> {KEY_BITS}, ref, "
    "-ts_rank('{0, 0, 0.2, 1.0}', doc, q) AS rank "
    "FROM search_index, to_tsquery('simple', :q) AS q WHERE doc @@ q ORDER BY rank, key DESC")


def query_expression(terms: tuple[str, ...]) -> str:
    """The tsquery for ``terms``: each quoted and matched as a beginning, all required.
    The terms are folded words (letters and digits only), so quoting is a safeguard."""
    return " & ".join("'" + t.replace("'", "''").replace("\\", "") + "':*" for t in terms)


class TsvectorIndex:
    def matches(self, session: Session, terms: tuple[str, ...]) -> list[Match]:
        if not terms:
            return []
        rows = session.execute(_QUERY, {"q": query_expression(terms)}).all()
        return [Match(code, row_id, ref, rank) for code, row_id, ref, rank in rows]
