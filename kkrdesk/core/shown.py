"""What a write is based on: the moment its editor showed the data (issue 24, item 3).

Two edits minutes apart never overlap as transactions, so the version column alone
cannot tell that the second person typed over a value they never saw. Every change
another app made to a row is noted, when this app first reads it, with a tick of
``CLOCK`` (core/row_versions.py); an editor remembers the tick at which it showed its
value (``now()``) and writes inside ``based_on(tick)``: a row changed by someone
else after that tick is refused as stale, exactly as ``UPDATE … WHERE version =
shown`` would be. Pure Python, so the widgets (ui/autosave.py, ui/undo.py) may use it."""

from __future__ import annotations

import contextvars
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

_ticks = itertools.count(1)
_now = 0


def now() -> int:
    """The tick of the newest change by someone else that this app has read."""
    return _now


def tick() -> int:
    """A new tick: another app's change has just been read."""
    global _now
    _now = next(_ticks)
    return _now


@dataclass
class Basis:
    """One write's basis: what it saw (``seen``) and, once a row turns out to have been
    changed by someone else, the message saying so (``conflict``)."""

    seen: int
    on_conflict: Callable[[], None] | None = None
    conflict: str = ""
    lost: bool = False  # not written: the connection was lost (or the file busy); try again
    retrying: bool = False  # a save tried again: its failing once more was said already
    # told by the undo stack's push, with (stack, step, step's text), once the step was
    # tried: a field keeps a write the lost connection stopped (ui/pending_saves.py)
    tried: Callable[[object, object, str], None] | None = None
    kept: bool = False  # the write is kept and tried again: its failing is not said

    def refused(self, message: str) -> None:
        self.conflict = message
        if self.on_conflict is not None:
            self.on_conflict()


_basis: contextvars.ContextVar[Basis | None] = contextvars.ContextVar("kkr_basis", default=None)


def current() -> Basis | None:
    return _basis.get()


@contextmanager
def based_on(basis: Basis) -> Iterator[Basis]:
    """Writes made inside are refused if a row they change moved after ``basis.seen``.
    The innermost basis counts: a field saved from a nested event loop (a message box
    over another field's save) is judged by what it showed itself."""
    token = _basis.set(basis)
    try:
        yield basis
    finally:
        _basis.reset(token)
