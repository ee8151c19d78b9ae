"""Every date column refuses a date outside the range of ``core.dates`` when it is set,
so no service, import or future door can store one by forgetting to check: the
assignment raises DateRangeError (a ValidationError naming the column) before anything
is flushed, and the service's transaction writes nothing.

A value that is set again unchanged passes, so a row that already holds such a date
(written by an older version) can still be edited in its other fields. Undo and the
demo generator insert rows directly (``insert()``), which does not pass through here."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, event

from kkrdesk.core.dates import check_day


def _check(target, value, oldvalue, initiator):
    if isinstance(value, dt.date) and value != oldvalue:
        check_day(value, initiator.key)
    return value


def guard_dates(models) -> None:
    """Listen on every Date (not DateTime) column of every class mapped on the registry
    ``models``. Walks each mapper's columns, not its ``column_attrs``: asking for the
    properties configures every mapper (their relationships), which waits for an idle
    moment after the first paint (services.database.configure_models)."""
    for mapper in models.mappers:
        for key, column in mapper.columns.items():
            if type(column.type) is Date:
                event.listen(getattr(mapper.class_, key), "set", _check, retval=True)
