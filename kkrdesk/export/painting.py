"""Where Qt paints during an export: on the thread that owns the application.

Two exporters paint with Qt (the PDF writer's text, the project timeline in the status
report and, through the PDF, the mødepakke). The window runs an export on a worker
thread behind its progress dialog (ui/export_feedback). Qt's painting there made the
worker a Qt thread with its own font cache, added the shipped fonts to the font
database from it, and at the thread's end Qt warned through the Python message handler
from a thread Python had already let go; a test run hung once at the first PDF export
on that path. So a worker hands each painting job to the window's thread and waits for
it: the worker keeps the slow pure-Python part (building the Word document, packing the
zip), the window's thread paints, for a few tens of milliseconds.

Where nothing is handed over (the command line, a test calling an exporter, the window's
own thread) the job runs where it is asked for. Like ``atomic.cancellable``, the handoff
is set per writing thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")
Handoff = Callable[[Callable[[], T]], T]

# Per writing thread: how its painting jobs reach the window's thread.
_HANDOFF: dict[int, Handoff] = {}


@contextlib.contextmanager
def painting_handed_to(run: Handoff) -> Iterator[None]:
    """Within this block, ``painted`` on this thread gives its job to ``run`` (which runs
    it on the window's thread and returns its result or raises its error)."""
    _HANDOFF[threading.get_ident()] = run
    try:
        yield
    finally:
        _HANDOFF.pop(threading.get_ident(), None)


def painted(job: Callable[[], T]) -> T:
    """``job()``, run where Qt may paint: handed over from a writing thread, else here."""
    run = _HANDOFF.get(threading.get_ident())
    return job() if run is None else run(job)
