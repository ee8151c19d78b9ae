"""The name of a database that a calendar UID is made from.

A calendar keeps an entry by its UID: exported again with the same UID, the meeting
moves to its new time instead of appearing twice; with a different one, two networks'
"meeting 3" would overwrite each other in a member's calendar. The schema holds no
identity of its own (a stored random one needs a migration), and an export never
writes, so the name is derived from what a database records first and then keeps: its
oldest meeting's number and date. Copies, backups and the same file opened from another
folder or machine give the same name; two networks' databases differ unless their first
meetings share both. It changes if that first meeting is deleted or moved to another
day: then calendars get new entries once (the old ones stay until deleted)."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from kkrdesk.core.models import Meeting
from kkrdesk.core.store import Store


def database_source(store: Store) -> str:
    """A short hexadecimal name of the database ('' names one without meetings)."""
    with store.reading() as s:
        first = s.execute(select(Meeting.id, Meeting.date).order_by(Meeting.id).limit(1)).first()
    if first is None:
        return ""
    anchor = f"{first.id}/{first.date.isoformat()}"
    return hashlib.sha256(anchor.encode("ascii")).hexdigest()[:16]
