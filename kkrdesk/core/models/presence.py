"""Who has the database open, and who changed what: one row per running app on a shared
(server) database, written at start, touched while it runs, removed at close; a row not
touched for a while belongs to an app that crashed or lost its network and is cleared by
the others. Not a lock: anyone may open the database; the row only tells the others."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Column, DateTime, String, Table

from kkrdesk.core.models.base import Base, id_column, metadata

if TYPE_CHECKING:
    from sqlalchemy.orm import Mapped


app_session_table = Table(
    "app_session", metadata,
    id_column(),
    Column("who", String(100), nullable=False),
    Column("machine", String(100), nullable=False),
    Column("since", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
)

change_log_table = Table(
    "change_log", metadata,
    id_column(),
    Column("at", DateTime, nullable=False, index=True),
    Column("who", String(100), nullable=False),
    Column("machine", String(100), nullable=False),
    Column("areas", String(200), nullable=False),
)


class AppSession(Base):
    __table__ = app_session_table

    id: Mapped[int]
    who: Mapped[str]
    machine: Mapped[str]
    since: Mapped[dt.datetime]
    last_seen: Mapped[dt.datetime]


class ChangeLog(Base):
    """One row per committed user action on a shared database: who (the database role
    and the login name), from which machine, when (the server's clock), which areas."""

    __table__ = change_log_table

    id: Mapped[int]
    at: Mapped[dt.datetime]
    who: Mapped[str]
    machine: Mapped[str]
    areas: Mapped[str]


RELATIONSHIPS: dict[type, dict] = {}  # the rows stand alone


MODELS = (AppSession, ChangeLog)  # in the order they are mapped
