"""Which reader the overview takes: a SQLite file is read with the standard library's
sqlite3 when it can be (:mod:`kkrdesk.services.overview.sql`, no ORM to import), else
through the store (:mod:`kkrdesk.services.overview.gather`); both give the same data.
The readers are imported when asked for, so the command line's export loads only the
one it uses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kkrdesk.views.overview import OverviewData


def overview_of_file(path: str | Path, *, include_contact: bool = False,
                     today: dt.date | None = None, sds_weeks: int | None = None) -> OverviewData:
    """The overview of the database at ``path`` (a file, or a server's URL): a file is
    read with sqlite3 when it can be, else through a read-only store (StoreError says
    why it cannot be read)."""
    from kkrdesk.core.paths import is_url

    if not is_url(path):
        from kkrdesk.services.overview.sql import read_overview

        data = read_overview(path, include_contact=include_contact, today=today, sds_weeks=sds_weeks)
        if data is not None:
            return data
    from kkrdesk.services.database import open_for_reading
    from kkrdesk.services.overview.gather import overview_data

    with open_for_reading(path) as store:
        return overview_data(store, include_contact=include_contact, today=today,
                             sds_weeks=sds_weeks)


def overview_of_store(store, *, include_contact: bool = False,
                      today: dt.date | None = None, sds_weeks: int | None = None) -> OverviewData:
    """The overview of an open store; a SQLite file is read through its own read-only
    sqlite3 connection (the same data, faster), which sees what the store has committed."""
    from kkrdesk.services.overview.gather import overview_data
    from kkrdesk.services.overview.sql import read_overview

    data = read_overview(store.path, include_contact=include_contact, today=today,
                         sds_weeks=sds_weeks) if store.path is not None else None
    return data if data is not None else overview_data(
        store, include_contact=include_contact, today=today, sds_weeks=sds_weeks)
