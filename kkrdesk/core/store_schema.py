"""A database's schema as the store meets it: which Alembic revision it is at, its
upgrade to the newest (one at a time on a server; foreign keys held on SQLite), the
database's own integrity check, and the Danish phrase for a database error. Kept apart
from the store's sessions and sharing: these run once, when a database is opened or
checked."""

from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from kkrdesk.core import server_db
from kkrdesk.core.errors import ServerUnreachable, StoreError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.oserrors import sqlite_reason


def db_reason(exc: BaseException) -> str:
    """A Danish phrase for a database error, from the server's SQLSTATE or SQLite's code."""
    return server_db.server_reason(exc) or sqlite_reason(exc)


def newer_message(revision: str) -> str:
    return QT_TRANSLATE_NOOP("Store", "Databasen er fra en nyere version af KKR Desk (skema {revision}); "
                             "opdatér programmet for at åbne den.").format(revision=revision)


def read_revision(engine: Engine, url: URL) -> str | None:
    """The Alembic revision of the database (None: an empty one, to be made)."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                if inspect(conn).get_table_names():
                    raise StoreError(QT_TRANSLATE_NOOP(
                        "Store", "Filen er en SQLite-database, men ikke en KKR Desk-database."))
                return None
            return conn.execute(text("select version_num from alembic_version")).scalar()
    except SQLAlchemyError as exc:
        if server_db.is_server(url) and isinstance(exc, OperationalError):  # no connection at all
            raise ServerUnreachable(server_db.unreachable_message(url, exc)) from None
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Databasen kunne ikke læses: {reason}.").format(
            reason=db_reason(exc))) from exc


def upgrade(engine: Engine, url: URL) -> None:
    """Run Alembic's migrations to the newest revision in one transaction."""
    from alembic import command
    from alembic.config import Config

    from kkrdesk.core.paths import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    sqlite = url.get_backend_name() == "sqlite"
    try:
        with engine.connect() as conn:
            if sqlite:
                # Batch migrations rebuild a table (copy, drop, rename); with foreign
                # keys on, dropping the old table would cascade-delete its children.
                # The pragma only takes effect outside a transaction.
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            try:
                with conn.begin():
                    if server_db.is_server(url):  # one upgrade at a time
                        server_db.lock_for_upgrade(conn)
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                        raise StoreError(QT_TRANSLATE_NOOP(
                            "Store", "Databasen kunne ikke opgraderes: fremmednøgler ville blive brudt."))
            finally:
                if sqlite:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()
    except SQLAlchemyError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("Store", "Databasen kunne ikke opgraderes: {reason}.").format(
            reason=db_reason(exc))) from exc


def integrity_problems(engine: Engine, url: URL) -> list[str]:
    """Problems found by the database's own integrity check (empty when sound)."""
    if url.get_backend_name() != "sqlite":
        return []
    with engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
    problems = [r for r in rows if r != "ok"]
    problems += [f"fremmednøgle brudt i tabellen {r[0]} (række {r[1]})" for r in fk]
    return problems
