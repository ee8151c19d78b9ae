"""What a PostgreSQL database needs from the store that a SQLite file does not: how
its connections are made (a reader's are read-only on the server's side), and its
errors worded in Danish from the SQLSTATE. psycopg is imported only by SQLAlchemy's
dialect, when a server URL is opened; a laptop on SQLite never loads it."""

from __future__ import annotations

from sqlalchemy.engine import URL

from kkrdesk.core.marked import QT_TRANSLATE_NOOP

# SQLSTATE class or code -> a Danish phrase (https://www.postgresql.org/docs/15/errcodes-appendix.html)
_SQLSTATE = {
    "08": "forbindelsen til databaseserveren blev afbrudt",
    "28": "databaseserveren afviste brugernavnet eller adgangskoden",
    "3D": "databasen findes ikke på serveren",
    "25006": "du har kun læseadgang til databasen",
    "42501": "du har ikke rettighed til at ændre dette i databasen",
    "40001": "en anden ændrede det samme på samme tid; prøv igen",
    "40P01": "en anden ændrede det samme på samme tid; prøv igen",
    "23505": "værdien findes allerede",
    "23503": "rækken hænger sammen med andre rækker",
    "57P01": "databaseserveren lukkede ned",
}


# Words of libpq's message when no connection is made (it carries no SQLSTATE then),
# first match wins -> why, in plain Danish words
_NO_CONNECTION = (
    ("password authentication failed", "den afviste brugernavnet eller adgangskoden"),
    ("no password supplied", "den kræver en adgangskode (skriv den i pgpass-filen)"),
    ("no pg_hba.conf entry", "den tillader ikke forbindelser fra denne maskine eller bruger"),
    ("does not exist", "databasen eller brugeren findes ikke på serveren"),
    ("could not translate host name", "servernavnet kendes ikke (er maskinen på netværket?)"),
    ("name or service not known", "servernavnet kendes ikke (er maskinen på netværket?)"),
    ("timeout expired", "den svarede ikke inden for 5 sekunder"),
    ("network is unreachable", "netværket når ikke frem til den"),
    ("no route to host", "netværket når ikke frem til den"),
    ("connection refused", "den tager ikke imod forbindelser – den er måske stoppet"),
    ("no such file or directory", "den tager ikke imod forbindelser – den er måske stoppet"),
    ("certificate", "dens certifikat kunne ikke godkendes"),
    ("ssl", "den sikre forbindelse (TLS) kunne ikke oprettes"),
    ("the database system is", "den er ved at starte eller lukke ned"),
)


def is_server(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def engine_options(url: URL, readonly: bool) -> dict:
    """create_engine's options: a reader's sessions read-only on the server. The pool is
    not pinged before each use (a round trip per read): the change feed notices a lost
    server within a second and drops the pool's connections once it is back
    (core.change_feed), a connection found dead on use is dropped with the whole pool
    by SQLAlchemy, and none is kept longer than ``RECYCLE`` seconds (a laptop that
    slept, a firewall that forgot an idle connection)."""
    options = "-c default_transaction_read_only=on" if readonly else ""
    args = {"connect_timeout": 5, "application_name": "KKR Desk"}
    if options:
        args["options"] = options
    return {"pool_recycle": RECYCLE, "connect_args": args}


RECYCLE = 300  # seconds a pooled connection is used at most


def reading_engine(engine):
    """The engine reads go through on a server: autocommit, so a read is its statements
    alone, without BEGIN and ROLLBACK around them (two round trips). Under PostgreSQL's
    READ COMMITTED each statement sees the data committed before it either way."""
    return engine.execution_options(isolation_level="AUTOCOMMIT")


def server_reason(exc: BaseException) -> str | None:
    """A Danish phrase for a psycopg error (or a SQLAlchemy error wrapping one); None
    when ``exc`` is not one."""
    orig = getattr(exc, "orig", None) or exc
    if type(orig).__module__.split(".")[0] != "psycopg":
        return None
    state = getattr(orig, "sqlstate", None) or ""
    if not state:
        return "databaseserveren kan ikke nås"
    return _SQLSTATE.get(state) or _SQLSTATE.get(state[:2]) or "databaseserveren afviste handlingen"


def server_name(url: URL) -> str:
    """The server as a user would name it: host (a socket folder for a local one) and
    database, never the password."""
    host = url.host or url.query.get("host") or "localhost"
    if isinstance(host, tuple):
        host = ",".join(host)
    port = f":{url.port}" if url.port else ""
    return f"{host}{port} (databasen {url.database or '?'})"


def unreachable_reason(exc: BaseException) -> str:
    """Why no connection was made, in plain words, from libpq's message."""
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None) or ""
    if state[:2] in ("28", "3D"):
        return _SQLSTATE[state[:2]]
    text = str(orig).lower()
    return next((why for words, why in _NO_CONNECTION if words in text),
                "den kan ikke nås")


def unreachable_message(url: URL, exc: BaseException) -> str:
    return QT_TRANSLATE_NOOP("Store", "Serveren {server} kan ikke bruges: {reason}.").format(
        server=server_name(url), reason=unreachable_reason(exc))


UPGRADE_LOCK = 0x4B4B5244  # "KKRD": the advisory lock held while the schema is upgraded


def lock_for_upgrade(conn) -> None:
    """Wait for any other app upgrading the same database, then hold the lock until this
    transaction ends; Alembic reads the revision after it, so the second one finds the
    schema upgraded already and does nothing. Opening never takes a lock otherwise."""
    from sqlalchemy import text

    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})


def record(session, origin: str, areas: set[str], login: str, machine: str) -> None:
    """In the commit's own transaction: the audit row (the database role and the
    login name, the machine, the server's time, the areas) and the notification the
    other apps refresh on, in one statement (one round trip instead of two)."""
    from sqlalchemy import text

    from kkrdesk.core.change_feed import CHANNEL, payload

    session.execute(text(
        "WITH logged AS (INSERT INTO change_log (at, who, machine, areas) VALUES ("
        "LOCALTIMESTAMP, left(session_user || ' / ' || :login, 100), :machine, :areas) "
        "RETURNING id) SELECT pg_notify(:channel, :payload) FROM logged"),
        {"login": login, "machine": machine, "areas": ",".join(sorted(areas))[:200],
         "channel": CHANNEL, "payload": payload(origin, areas)})


def can_write(conn) -> bool:
    """Whether the role connected may change the records (kkr_laeser may not)."""
    from sqlalchemy import text

    return bool(conn.execute(text(
        "SELECT has_table_privilege(current_user, 'meeting', 'UPDATE')")).scalar())
