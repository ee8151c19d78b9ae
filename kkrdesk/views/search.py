"""Read models of the search: what one search found, grouped by kind of record, each
hit with the words that place it (meeting date, item number, a person's organisation)
and where it opens. No Qt, no SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchHit:
    """One record found. ``target`` is where it opens: (area, id) as
    ``AppContext.navigate`` takes it, or None when it has nowhere to open (a round
    with no proposal)."""

    kind: str
    record_id: int
    title: str
    context: str
    excerpt: str = ""  # the words around the match, when it was not in the title
    target: tuple[str, int] | None = None


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    label: str  # "Dagsordenspunkter"
    total: int  # how many records of the kind matched; ``hits`` holds the first of them
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class SearchResult:
    text: str  # what was asked
    groups: tuple[SearchGroup, ...]  # the kind with the best hit first; none without hits

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)

    def hits(self) -> tuple[SearchHit, ...]:
        """Every hit shown, in the order shown."""
        return tuple(h for g in self.groups for h in g.hits)
