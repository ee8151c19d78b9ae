"""Opening a database the way the app and the CLI do: check, lock, migrate, and make
sure the reference organisations (98 municipalities, 5 regions, national bodies) exist."""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core import models
from kkrdesk.core.paths import is_url
from kkrdesk.core.store import Store
from kkrdesk.services import reference


def store_for(place: str | Path, **kw) -> Store:
    """The store of a file's path or of a URL."""
    return Store(place, **kw) if is_url(place) else Store.open_path(place, **kw)


def open_database(path: str | Path, *, create: bool = True) -> Store:
    store = store_for(path, create=create)
    try:
        reference.ensure_reference_data(store)
    except BaseException:
        store.close()
        raise
    return store


def open_for_reading(path: str | Path) -> Store:
    """Read-only: for exports and checks, allowed while the app has the file open."""
    return store_for(path, readonly=True)


def open_memory() -> Store:
    """A fresh in-memory database with the reference data (tests, previews)."""
    store = Store("sqlite://")
    reference.ensure_reference_data(store)
    return store


def load_orm() -> None:
    """Import the ORM now, mapping nothing (the first idle step; see ``configure_models``)."""
    models.load_orm()


def configure_models() -> None:
    """Map the models and configure their mappers now. The first screen reads plain rows
    (``Store.rows``) and leaves the ORM unloaded: importing it, mapping the models and
    configuring them would be paid by the first ORM query instead; the window calls this
    in an idle moment after its first paint (after ``load_orm`` in one of its own, so
    neither holds the window for long), so that query is not the user's first edit."""
    models.prepare_models()
