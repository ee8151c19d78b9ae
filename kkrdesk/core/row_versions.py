"""The versions this app has seen of each editable row, kept by session events, so a
write can be checked against what its editor showed (see core/shown.py).

Every load of a versioned row records its version; a version this app did not write
itself (a commit of another app, or of another window on the same file) is noted with
a new tick. Our own commits record their new versions only once committed, so a rolled
back flush never passes for somebody else's change. Before a flush, a row about to be
changed or deleted whose other-person tick is newer than the write's basis is refused
with StaleDataError, the same path as a version column that matches nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import event, inspect
from sqlalchemy.exc import InterfaceError, OperationalError

from kkrdesk.core import shown, stale
from kkrdesk.core.models.base import Versioned

if TYPE_CHECKING:  # the ORM is imported at a store's first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session

_OURS = "kkr_our_versions"


class RowVersions:
    def __init__(self):
        self.known: dict[tuple, int] = {}   # (table, primary key) -> version last seen
        self.moved: dict[tuple, int] = {}   # (table, primary key) -> tick of another's change

    def watch(self, sessions) -> None:
        event.listen(sessions, "loaded_as_persistent", self._loaded)
        event.listen(sessions, "before_flush", self._check)
        event.listen(sessions, "after_flush", self._flushed)
        event.listen(sessions, "after_commit", self._committed)

    def _loaded(self, _session: Session, obj) -> None:
        if isinstance(obj, Versioned):
            self.saw(_key(obj), obj.version)

    def saw(self, key: tuple, version: int) -> None:
        before = self.known.get(key)
        if before is not None and before != version:
            self.moved[key] = shown.tick()
        self.known[key] = version

    def _check(self, session: Session, _context, _instances) -> None:
        basis = shown.current()
        session.info["changing"] = stale.changed_fields(session)
        if basis is None:
            return
        for obj in [*session.dirty, *session.deleted]:
            if not isinstance(obj, Versioned) or inspect(obj).identity is None:
                continue
            if obj in session.dirty and not session.is_modified(obj):
                continue
            if self.moved.get(_key(obj), 0) > basis.seen:
                from sqlalchemy.orm.exc import StaleDataError  # loaded with the session

                raise StaleDataError(f"{type(obj).__name__} changed by someone else")

    def _flushed(self, session: Session, _context) -> None:
        ours = session.info.setdefault(_OURS, {})
        for state in session.identity_map.all_states():
            version = state.dict.get("version")  # never a load: the row may be gone
            if isinstance(state.obj(), Versioned) and version is not None:
                ours[(state.class_.__table__.name, state.identity)] = version

    def _committed(self, session: Session) -> None:
        self.known.update(session.info.pop(_OURS, {}))


def _key(obj) -> tuple:
    return (obj.__table__.name, inspect(obj).identity)


SQLITE_READONLY = 8  # the primary code: a read-only file, never worth trying again


def lost_connection(exc: BaseException) -> bool:
    """Whether a failed write may well succeed when tried again: the DB-API calls it an
    operational error (the server's connection lost or refused, the file busy or its
    disk full), not a refusal of the data or of a reader's write."""
    if not isinstance(exc, (OperationalError, InterfaceError)):
        return False
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code is None or code & 0xFF != SQLITE_READONLY
