"""The one clock the app reads the time of day from, so a test can set it.

The chair's live view counts down and the actual times of the agenda items are kept
from it; a test hands the window a ``ManualClock`` and moves it on instead of sleeping.
Times are local, naive and whole seconds (what the referat shows is minutes)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """The computer's local time, to the second."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class ManualClock:
    """A clock that stands still until it is moved: for tests and for screenshots."""

    def __init__(self, start: dt.datetime):
        self._now = start.replace(microsecond=0)

    def now(self) -> dt.datetime:
        return self._now

    def set(self, when: dt.datetime) -> None:
        self._now = when.replace(microsecond=0)

    def advance(self, minutes: float = 0, seconds: float = 0) -> dt.datetime:
        self._now += dt.timedelta(minutes=minutes, seconds=seconds)
        return self._now
