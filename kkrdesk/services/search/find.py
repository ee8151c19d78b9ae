"""The search a user runs, from the field in the window or ``kkrdesk search``: read-only,
one snapshot, a fixed number of queries however much is found."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING


from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.store import Store
from kkrdesk.services.search import describe_agenda as agenda
from kkrdesk.services.search import describe_records as records
from kkrdesk.core.errors import StoreError
from kkrdesk.services.search.backend import Index, Match
from kkrdesk.services.search.excerpt import excerpt, source_texts
from kkrdesk.services.search.sources import BY_CODE, KINDS, LABELS
from kkrdesk.services.search.words import terms
from kkrdesk.views.search import SearchGroup, SearchHit, SearchResult

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


PER_KIND = 5  # hits shown per kind; the group tells how many more there are
ALL_OF_KIND = 200  # hits shown of the one kind a user asked to see all of

DESCRIBE: dict[str, Callable[[Session, list[int]], agenda.Described]] = {
    "meeting": agenda.meetings, "item": agenda.items, "minutes": agenda.minutes,
    "action": agenda.actions, "person": records.people, "organisation": records.organisations,
    "proposal": records.proposals, "round": records.rounds, "answer": records.answers,
    "project": records.projects,
}


def search(store: Store, text: str, per_kind: int = PER_KIND,
           expand: str | None = None) -> SearchResult:
    """Every record holding each word of ``text`` as the beginning of a word, grouped by
    kind, best first: the group with the best hit leads (a name typed finds the person
    before the minutes that mention them, so Enter opens the person); the first
    ``per_kind`` of each kind named and placed (``ALL_OF_KIND`` of the kind ``expand``)."""
    words = terms(text)
    if not words:
        return SearchResult(text, ())
    with store.reading() as s:
        best = best_per_record(index_for(s).matches(s, words))
        shown = {kind: found[:ALL_OF_KIND if kind == expand else per_kind]
                 for kind, found in best.items()}
        texts = source_texts(s, [m for found in shown.values() for m in found])
        order = sorted(best, key=lambda kind: (best[kind][0].rank, KINDS.index(kind)))
        groups = tuple(_group(s, kind, best[kind], shown[kind], texts, words) for kind in order)
    return SearchResult(text, groups)


def index_for(session: Session) -> Index:
    """The index of the database ``session`` is bound to (see ``backend``)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        from kkrdesk.services.search.sqlite_fts import Fts5Index

        return Fts5Index()
    if dialect == "postgresql":
        from kkrdesk.services.search.pg_fts import TsvectorIndex

        return TsvectorIndex()
    raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "Søgning er ikke mulig i en {dialect}-database endnu.").format(dialect=dialect))


def best_per_record(matches: list[Match]) -> dict[str, list[Match]]:
    """kind -> the best match of each record found, best first (a project found by its
    name and by three milestones is one hit)."""
    seen: set[tuple[str, int]] = set()
    out: dict[str, list[Match]] = {}
    for m in matches:  # best first already
        kind = BY_CODE[m.code].kind
        if (kind, m.ref) not in seen:
            seen.add((kind, m.ref))
            out.setdefault(kind, []).append(m)
    return out


def _group(s: Session, kind: str, found: list[Match], shown: list[Match], texts,
           words: tuple[str, ...]) -> SearchGroup:
    described = DESCRIBE[kind](s, [m.ref for m in shown])
    hits = []
    for m in shown:
        if m.ref not in described:
            continue
        title, context, target = described[m.ref]
        hits.append(SearchHit(kind, m.ref, title, context,
                              excerpt(texts.get((m.code, m.row_id), []), words, (title, context)),
                              target))
    return SearchGroup(kind, LABELS[kind], len(found), tuple(hits))
