"""Who has the database open, and who changed what: one row per running app on a shared (server) database,
written at start, touched while it runs, removed at close; a row not touched for a
while belongs to an app that crashed or lost its network and is cleared by the others.
Not a lock: anyone may open the database; the row only tells the others."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from kkrdesk.core.models.base import Base


class AppSession(Base):
    __tablename__ = "app_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    who: Mapped[str] = mapped_column(String(100))
    machine: Mapped[str] = mapped_column(String(100))
    since: Mapped[dt.datetime] = mapped_column(DateTime)
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime)


class ChangeLog(Base):
    """One row per committed user action on a shared database: who (the database role
    and the login name), from which machine, when (the server's clock), which areas."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    who: Mapped[str] = mapped_column(String(100))
    machine: Mapped[str] = mapped_column(String(100))
    areas: Mapped[str] = mapped_column(String(200))
