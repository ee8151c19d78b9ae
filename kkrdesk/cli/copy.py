"""``kkrdesk copy --from KILDE --to MÅL``: move a database between a SQLite file and a
PostgreSQL server (either way), every row with its id, verified by row counts and
checksums before the target's transaction commits. The source is only read; a target
that holds rows is refused unless ``--replace`` is given."""

from __future__ import annotations

import time

URL_HELP = ("en databasefil eller en adresse: sqlite:///sti/til/fil.sqlite eller "
            "postgresql+psycopg://bruger@server/database?sslmode=verify-full")


def add_parser(sub) -> None:
    """Register ``copy`` (set ``handler`` on its parser)."""
    p = sub.add_parser(
        "copy", help="kopiér en database til en anden (SQLite-fil eller PostgreSQL-server)",
        description="Kopiér alle rækker med deres id'er fra KILDE til MÅL, og kontrollér "
                    "kopien med antal og kontrolsummer for hver tabel. KILDE læses kun. "
                    "MÅL oprettes (en fil) eller får skemaet (en tom serverdatabase).")
    p.add_argument("--from", dest="source", required=True, metavar="KILDE", help=URL_HELP)
    p.add_argument("--to", dest="target", required=True, metavar="MÅL", help=URL_HELP)
    p.add_argument("--replace", action="store_true",
                   help="erstat alt i en måldatabase, der ikke er tom")
    p.set_defaults(handler=_copy)


def _copy(args) -> int:
    from kkrdesk.core.copy_db import copy_database
    from kkrdesk.core.errors import KkrDeskError
    from kkrdesk.services.database import store_for

    if _same(args.source, args.target):
        raise KkrDeskError("Kilde og mål er den samme database.")
    started = time.perf_counter()
    with store_for(args.source, readonly=True) as source, \
            store_for(args.target, create=True) as target:
        report = copy_database(source, target, replace=args.replace)
    for table in report.tables:
        print(f"  {table.name}: {table.rows} rækker")
    print(f"Kopieret: {report.rows} rækker i {len(report.tables)} tabeller, kontrolleret "
          f"({time.perf_counter() - started:.1f} s).")
    return 0


def _same(a: str, b: str) -> bool:
    from pathlib import Path

    from sqlalchemy.engine import make_url

    def where(text: str):
        if "://" not in text:
            return ("file", Path(text).resolve())
        url = make_url(text)
        if url.get_backend_name() == "sqlite" and url.database:
            return ("file", Path(url.database).resolve())
        return (url.get_backend_name(), url.host, url.port, url.database, url.query.get("host"))

    return where(a) == where(b)
