"""Start-up without Python's cyclic garbage collector.

Starting KKR Desk creates a few hundred thousand objects that live as long as the
process: modules, classes, SQLAlchemy's mappers and compiled statements, Qt wrappers.
With the collector on, each new batch of them makes it walk all the earlier ones
again; measured on the build machines that is about a quarter of the start-up's CPU
time (``--smoke`` 1.6 -> 1.2 s, ``export overview`` of ten years 1.9 -> 1.6 s), for
no memory saved (peak RSS the same within 1 %).

``paused()`` wraps one run of the command line. A command runs to its end with the
collector off (a command is short and frees nearly everything by reference counting);
the window calls ``settle()`` once it is painted with its data: what exists then is
moved out of the collector's way (``gc.freeze``) and collecting starts as usual for
everything made afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_state = {"paused": False, "frozen": False}


@contextmanager
def paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    _state.update(paused=True, frozen=False)
    try:
        yield
    finally:
        if _state["frozen"]:
            gc.unfreeze()  # in a long-lived caller (the tests) they may be collected again
        _state.update(paused=False, frozen=False)
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


def settle() -> None:
    """Start-up is over: freeze what exists and collect as usual from here on."""
    if _state["paused"] and not gc.isenabled():
        gc.freeze()
        _state["frozen"] = True
        gc.enable()
