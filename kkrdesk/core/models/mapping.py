"""The models mapped by SQLAlchemy's ORM: each area's classes onto their tables, with
their relationships, the version column of every :class:`~.base.Versioned` one, and the
date guard on every Date column. Imported, and run once, at the models' first ORM use
(:mod:`kkrdesk.core.models.base` says when); nothing else imports the ORM's mapping."""

from __future__ import annotations

from sqlalchemy.orm import registry, relationship

from kkrdesk.core.models import meetings, people, presence, projects, sor
from kkrdesk.core.models.base import Base, Versioned, metadata
from kkrdesk.core.models.date_guard import guard_dates

AREAS = (people, meetings, sor, projects, presence)


def map_all() -> None:
    """Map every model of every area on one registry, then guard its dates. A failure
    leaves nothing mapped (the registry is disposed of), so the next use tries again."""
    models = registry(metadata=metadata)
    try:
        for area in AREAS:
            for cls in area.MODELS:
                table = cls.__table__
                related = area.RELATIONSHIPS.get(cls, {})
                extra = {"version_id_col": table.c.version} if issubclass(cls, Versioned) else {}
                models.map_imperatively(cls, table, **extra, properties={
                    name: relationship(**options) for name, options in related.items()})
        guard_dates(models)
    except BaseException:
        models.dispose()
        raise
    Base.registry = models
