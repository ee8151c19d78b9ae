"""Live refresh on a shared database: every commit that changes areas sends
``pg_notify('kkr_changes', '<origin> <area,area>')`` inside its transaction (so it is
delivered only if the commit happens), and one worker thread per app holds an
autocommit psycopg connection that LISTENs and hands the areas of the other apps'
commits to a callback (the window's area listeners, through a queued Qt signal).

The same thread touches this app's presence row every ``presence.HEARTBEAT`` seconds
and reports who else is open. It is also the app's watch on the server: a lost
connection is noticed within about a second (a ``SELECT 1`` every half second) and
reported (``on_connection(False)``); it is retried after 1, 2, 4, 8, then every 10
seconds; once back, the store's pooled connections (dead since the server went) are
dropped, ``on_connection(True)`` is called and the callback gets ``None`` ("anything
may have changed"), since notifications sent while it was away are gone."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from kkrdesk.core.presence import HEARTBEAT, Other, Presence

if TYPE_CHECKING:  # the ORM is imported at a store's first ORM session
    from sqlalchemy.orm import Session

CHANNEL = "kkr_changes"
RETRY_FIRST, RETRY_MAX = 1.0, 10.0  # seconds before the first and the later attempts
log = logging.getLogger(__name__)

Deliver = Callable[[set[str] | None], None]
OnConnection = Callable[[bool], None]


def new_origin() -> str:
    """A name for this app's commits, so it does not refresh on its own notifications."""
    return os.urandom(6).hex()


def payload(origin: str, areas: set[str]) -> str:
    """What a commit's notification says: who sent it and which areas it changed."""
    return f"{origin} {','.join(sorted(areas))}"


def announce(session: Session, origin: str, areas: set[str]) -> None:
    """Queue the notification in ``session``'s transaction; sent on its commit."""
    session.execute(text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": CHANNEL, "payload": payload(origin, areas)})


def parse(payload: str, origin: str) -> set[str] | None:
    """The areas of another app's commit; an empty set for this app's own."""
    sender, _, areas = payload.partition(" ")
    return set() if sender == origin else {a for a in areas.split(",") if a}


class ChangeFeed(threading.Thread):
    def __init__(self, engine: Engine, origin: str, deliver: Deliver,
                 presence: Presence | None = None,
                 on_presence: Callable[[list[Other]], None] | None = None,
                 on_connection: OnConnection | None = None):
        super().__init__(name="kkrdesk-change-feed", daemon=True)
        self.engine, self.origin, self.deliver = engine, origin, deliver
        self.presence, self.on_presence = presence, on_presence
        self.on_connection = on_connection
        self._stopping = threading.Event()
        self.connected = threading.Event()
        self.online = True  # the store has just opened: the server was there

    def stop(self, wait: float = 3.0) -> None:
        self._stopping.set()
        if self.is_alive():
            self.join(wait)

    def run(self) -> None:
        delay = RETRY_FIRST
        while not self._stopping.is_set():
            try:
                self._listen()
            except Exception as exc:  # noqa: BLE001 - the server went away: try again
                log.info("change feed lost its connection: %s", exc)
            if self.connected.is_set():
                delay = RETRY_FIRST  # it was up: the next try soon
            self.connected.clear()
            if self._stopping.is_set():
                break
            self._set_online(False)
            self._stopping.wait(delay)
            delay = min(delay * 2, RETRY_MAX)

    def _set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        if online:
            self.engine.dispose()  # the pool's connections died with the server's
        log.info("server connection %s", "back" if online else "lost")
        if self.on_connection is not None:
            self.on_connection(online)

    def _connect(self):
        import psycopg

        args, params = self.engine.dialect.create_connect_args(self.engine.url)
        params = {k: v for k, v in params.items() if k != "options"}  # never read-only
        return psycopg.connect(*args, **params, autocommit=True)

    def _listen(self) -> None:
        with self._connect() as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.connected.set()
            if not self.online:
                self._set_online(True)
                self.deliver(None)
            beat = 0.0
            while not self._stopping.is_set():
                if time.monotonic() - beat >= HEARTBEAT:
                    beat = time.monotonic()
                    self._heartbeat()
                for note in conn.notifies(timeout=0.5):
                    areas = parse(note.payload, self.origin)
                    if areas:
                        self.deliver(areas)
                conn.execute("SELECT 1")  # notice a dropped connection

    def _heartbeat(self) -> None:
        if self.presence is None:
            return
        self.presence.touch()
        if self.on_presence is not None:
            self.on_presence(self.presence.others())
