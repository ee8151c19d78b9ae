"""A store's ORM sessions, made at its first ORM use (a write, or a read of whole rows):
the models are mapped then (kkrdesk.core.models.base), and both kinds of session are
watched for the rows' versions (core/row_versions.py). Until then a store reads plain
rows only (``Store.rows``), which needs nothing of the ORM: the first screen is read
that way, and SQLAlchemy's ORM is not even imported before the window is painted."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from kkrdesk.core import server_db, shown, stale
from kkrdesk.core.errors import ChangedElsewhere, ServerAway, StoreError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core.models import map_models
from kkrdesk.core.row_versions import RowVersions, lost_connection
from kkrdesk.core.store_schema import db_reason


class Store(Protocol):
    """What of its store (core/store.py, which makes these sessions) they use."""

    engine: Engine
    read_engine: Engine
    versions: RowVersions
    on_server: bool
    origin: str
    login: str
    machine: str

    def notify(self, areas: set[str]) -> None: ...


class OrmSessions:
    """The sessions of one user action (``transaction``) and of one read (``reading``)."""

    def __init__(self, store: Store):
        map_models()
        self.store = store
        self.write = sessionmaker(store.engine, expire_on_commit=False)
        self.read = sessionmaker(store.read_engine, expire_on_commit=False)
        for sessions in (self.write, self.read):
            # a write is checked against what its editor showed (the versions a read
            # saw count too); a stale one names the other person's value
            store.versions.watch(sessions)

    @contextlib.contextmanager
    def transaction(self, areas: tuple[str, ...]) -> Iterator[Session]:
        store = self.store
        session = self.write()
        try:
            yield session
            if areas and store.on_server:
                server_db.record(session, store.origin, set(areas), store.login, store.machine)
            session.commit()
        except StaleDataError as exc:
            raise self._refused(session, areas) from exc
        except SQLAlchemyError as exc:
            session.rollback()
            if (basis := shown.current()) is not None:
                basis.lost = lost_connection(exc)  # the typing is kept and tried again
            if store.on_server and isinstance(exc, DBAPIError) and exc.connection_invalidated:
                raise ServerAway(QT_TRANSLATE_NOOP(  # lost before the feed noticed
                    "Store", "Ingen forbindelse til serveren – ændringen er ikke gemt; "
                    "prøv igen, når der er forbindelse igen.")) from exc
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Ændringen kunne ikke gemmes: {reason}.").format(
                reason=db_reason(exc))) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if areas:
            store.notify(set(areas))

    def _refused(self, session: Session, areas: tuple[str, ...]) -> ChangedElsewhere:
        """A stale write rolled back: the refusal names the other person's values."""
        fields = session.info.get("changing", [])
        session.rollback()
        with self.write() as fresh:
            detail = stale.now_values(fresh, fields)
        refused = ChangedElsewhere(detail)
        if (basis := shown.current()) is not None:
            basis.refused(str(refused))  # before the views read the rows again
        if areas:
            self.store.notify(set(areas))  # the views read the other person's version
        return refused

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        session = self.read()
        try:
            yield session
        except SQLAlchemyError as exc:
            raise StoreError(QT_TRANSLATE_NOOP("Store", "Databasen kunne ikke læses: {reason}.").format(
                reason=db_reason(exc))) from exc
        finally:
            session.rollback()
            session.close()
