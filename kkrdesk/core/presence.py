"""Presence on a shared (PostgreSQL) database instead of a lock: each running app has a
row in ``app_session`` (who, which machine, since when, last seen), touched every
``HEARTBEAT`` seconds by its change feed; a row not touched for ``STALE`` is an app that
crashed or lost its network, and whoever looks next removes it. Nobody is ever kept
out and nothing is "opened anyway": the row only lets the others say "Også åben: Mette
(PC-2)". Times are the server's clock (``now()``), so laptops' clocks do not matter."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from sqlalchemy import Engine, text

HEARTBEAT = 20.0  # seconds between touches
STALE = 90  # seconds without a touch before a row is taken for gone


@dataclass(frozen=True)
class Other:
    who: str
    machine: str

    def __str__(self) -> str:
        return f"{self.who} ({self.machine})" if self.machine else self.who


def who_am_i() -> tuple[str, str]:
    """The login name and the machine's name (never a network lookup)."""
    try:
        who = os.environ.get("KKRDESK_USER") or getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name here: say so rather than fail
        who = "ukendt"
    import platform  # only here: most commands never need the machine's name

    return who[:100], platform.node()[:100]


class Presence:
    """This app's row, and the others'."""

    def __init__(self, engine: Engine, who: str | None = None, machine: str | None = None):
        me, here = who_am_i()
        self.engine, self.who, self.machine = engine, who or me, machine or here
        self.row_id: int | None = None

    def join(self) -> None:
        with self.engine.begin() as conn:
            self.row_id = conn.execute(text(
                "INSERT INTO app_session (who, machine, since, last_seen) "
                "VALUES (:w, :m, LOCALTIMESTAMP, LOCALTIMESTAMP) RETURNING id"),
                {"w": self.who, "m": self.machine}).scalar()

    def touch(self) -> None:
        """Say this app is still here (again, if a stale-row sweep took the row), and
        clear the rows of apps that are gone."""
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM app_session WHERE last_seen < "
                              f"LOCALTIMESTAMP - INTERVAL '{STALE} seconds'"))
            if self.row_id is not None:
                touched = conn.execute(text(
                    "UPDATE app_session SET last_seen = LOCALTIMESTAMP WHERE id = :id"),
                    {"id": self.row_id}).rowcount
                if not touched:
                    self.row_id = None
        if self.row_id is None:
            self.join()

    def others(self) -> list[Other]:
        """The other apps open on this database, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT who, machine FROM app_session WHERE id <> :id AND last_seen >= "
                f"LOCALTIMESTAMP - INTERVAL '{STALE} seconds' ORDER BY since, id"),
                {"id": self.row_id or -1}).all()
        return [Other(who, machine) for who, machine in rows]

    def leave(self) -> None:
        if self.row_id is None:
            return
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM app_session WHERE id = :id"), {"id": self.row_id})
        self.row_id = None


def also_open(others: list[Other]) -> str:
    """The status bar's words: "Også åben: Mette (PC-2), Jens (PC-3)"; '' when alone."""
    return "Også åben: " + ", ".join(str(o) for o in others) if others else ""
