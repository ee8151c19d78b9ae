"""Who a dated record names as the one who made it (the SOR history's »registreret … af
…«): the secretary's name as the user's settings give it, or nobody. Never the operating
system's login name: on a shared or administrator account that is »root« or
»Administrator«, which names no one and reads as English in a Danish history.

The window's context feeds the name once (``set_source``, a function it asks each time,
so a changed setting counts at once); services ask ``name()`` when they write. Without a
source (the command line, tests of services) nobody is named."""

from __future__ import annotations

from collections.abc import Callable

MAX_CHARS = 100  # the column's width
_source: Callable[[], str] | None = None


def set_source(source: Callable[[], str] | None) -> None:
    global _source
    _source = source


def name() -> str:
    """The name to record now: one line, at most ``MAX_CHARS`` characters, or ''."""
    text = _source() if _source is not None else ""
    return " ".join(str(text or "").split())[:MAX_CHARS]
