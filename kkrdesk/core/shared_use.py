"""What an app on a shared (server) database runs beside its store: its presence row
and the change feed that hears the other apps' commits (one worker thread for both)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from kkrdesk.core.change_feed import ChangeFeed, Deliver
from kkrdesk.core.presence import Other, Presence


class SharedUse:
    def __init__(self, engine: Engine, origin: str, login: str, machine: str):
        self.engine, self.origin = engine, origin
        self.presence = Presence(engine, login, machine)
        self.feed: ChangeFeed | None = None

    def start(self, deliver: Deliver,
              on_presence: Callable[[list[Other]], None] | None = None,
              on_connection: Callable[[bool], None] | None = None) -> None:
        if self.feed is not None:
            return
        with contextlib.suppress(SQLAlchemyError):  # a reader without the grant: unseen
            self.presence.join()
        self.feed = ChangeFeed(self.engine, self.origin, deliver, self.presence, on_presence,
                               on_connection)
        self.feed.start()

    @property
    def online(self) -> bool:
        """Whether the server is there, as the feed last found it."""
        return self.feed is None or self.feed.online

    def listening(self, timeout: float) -> bool:
        """Whether the feed is connected (waiting up to ``timeout`` seconds for it)."""
        return self.feed is not None and self.feed.connected.wait(timeout)

    def others(self) -> list[Other]:
        return self.presence.others()

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
        with contextlib.suppress(SQLAlchemyError):
            self.presence.leave()
