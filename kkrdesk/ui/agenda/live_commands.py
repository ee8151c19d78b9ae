"""The undo steps of the chair's live view: moving on and stepping back. Both keep the
items' times as they were; undo puts them back, redo repeats the step at the same
moment (so the same times return, not the time of the redo)."""

from __future__ import annotations

import datetime as dt

from kkrdesk.services.agenda import live
from kkrdesk.ui.undo import ServiceCommand


def next_item(store, meeting_id: int, at: dt.datetime, text: str) -> ServiceCommand:
    return ServiceCommand(text, lambda: live.next_item(store, meeting_id, at),
                          lambda before: live.restore_times(store, meeting_id, before))


def previous_item(store, meeting_id: int, text: str) -> ServiceCommand:
    return ServiceCommand(text, lambda: live.previous_item(store, meeting_id),
                          lambda before: live.restore_times(store, meeting_id, before))
