"""The Excel overview read from a SQLite file with the standard library's sqlite3,
without SQLAlchemy: the command line's ``export overview`` pays neither importing the
ORM nor building its objects. It gives the same ``OverviewData`` as
:func:`kkrdesk.services.overview.gather.overview_data` (``overview.read`` picks one).

The file gets the store's own checks before it is read (regular file, SQLite header,
quick check); it is read through a read-only connection, and what that adds beside a
WAL database is removed again as the read-only store does. When the file is not at the
newest schema or any check or read fails, ``read_overview`` returns None and the caller
reads through the store, which upgrades nothing read-only and says what is wrong."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from kkrdesk.core import file_safety, sqlite_file
from kkrdesk.core.errors import StoreError
from kkrdesk.core.schema import SCHEMA_HEAD
from kkrdesk.views.overview import OverviewData, OverviewOptions


def read_overview(path: str | Path, *, include_contact: bool = False,
                  today: dt.date | None = None, sds_weeks: int | None = None
                  ) -> OverviewData | None:
    """The overview of the database at ``path``; None when the store must read it."""
    from kkrdesk.services.overview.sql.gather import overview_data

    path = Path(path)
    try:
        sqlite_file.check_openable(path, create=False, write=False)
    except StoreError:
        return None
    existed = sqlite_file.reader_files(path)
    file_safety.register_database(path)
    try:
        try:
            if sqlite_file.quick_check(path, exclusive=False) != SCHEMA_HEAD:
                return None
        except StoreError:
            return None
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?{sqlite_file.readonly_flags(path)}",
                                   uri=True)
            try:
                conn.execute("PRAGMA query_only=ON")
                conn.execute("PRAGMA busy_timeout=5000")
                conn.execute("BEGIN")  # one snapshot for every statement
                return overview_data(conn, OverviewOptions(include_contact, today), sds_weeks)
            finally:
                conn.close()
        except (sqlite3.Error, LookupError, ValueError):
            return None  # the store reads it again and says what is wrong
    finally:
        file_safety.unregister_database(path)
        if not file_safety.is_open(path):
            sqlite_file.remove_reader_leftovers(path, existed)
