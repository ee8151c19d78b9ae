"""What every model shares: one MetaData with a naming convention (so Alembic migrations are
stable), the version column, the enum type, and the base class.

A model is a plain class over a Core table (``Meeting.__table__``), mapped by SQLAlchemy's
ORM the first time anything ORM-like is asked of any model: an instance made, a column
attribute read (``Meeting.date``), an entity put in a statement (``select(Meeting)``), or
an ORM session opened by the store. Until then nothing of the ORM is imported: the first
screen is read from the tables alone, and declaring and configuring 28 mappers (about
100 ms on the build machines) happens after the window is painted, in an idle moment
(ui/idle_build.py) or at the first edit, whichever comes first. The mapping itself, each
area's relationships included, is in :mod:`kkrdesk.core.models.mapping`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import Column, Enum, ForeignKey, Integer, MetaData, Table

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

# Names SQLAlchemy's coercion asks a class for before it inspects it as a mapped entity:
# asked of a model, they map the models first (then the entity is found as usual).
_ENTITY_PROBES = frozenset({"__clause_element__"})


class _Mapping:
    """Whether the models are mapped, and the one function that maps them (set by the
    models package, :func:`kkrdesk.core.models.map_models`). Another thread asking while
    they are being mapped waits for the mapping; SQLAlchemy's own questions during the
    mapping (same thread) are answered as for an unmapped class."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.state = "unmapped"  # -> "mapping" -> "mapped"
        self.map_all: Callable[[], None] | None = None

    def ensure(self) -> bool:
        """Map the models unless they are (or are being, in this thread) mapped; True if
        this call mapped them."""
        if self.state == "mapped":
            return False
        with self.lock:
            if self.state != "unmapped" or self.map_all is None:
                return False
            self.state = "mapping"
            try:
                self.map_all()  # undoes what it mapped if it fails, so it can be tried again
            except BaseException:
                self.state = "unmapped"
                raise
            self.state = "mapped"
            return True


orm_mapping = _Mapping()


class MappedOnUse(type):
    """The models' metaclass: what only a mapped class has, asked before the mapping,
    maps every model first and is then answered as usual. (``sqlalchemy.inspect(Model)``
    and ``Model.__mapper__`` ask nothing of the class: before the first ORM use call
    :func:`kkrdesk.core.models.map_models`, as the store's ORM sessions do.)"""

    def __getattr__(cls, name: str) -> Any:
        if not (name.startswith("__") and name.endswith("__")) or name in _ENTITY_PROBES:
            orm_mapping.ensure()
            if orm_mapping.state == "mapped":
                return type.__getattribute__(cls, name)
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        orm_mapping.ensure()
        return super().__call__(*args, **kwargs)


class Base(metaclass=MappedOnUse):
    """A model: its table in ``__table__``; made with keyword arguments naming its columns
    and relationships, as SQLAlchemy's declarative classes are."""

    metadata: ClassVar[MetaData] = metadata
    __table__: ClassVar[Table]

    def __init__(self, **kwargs: Any) -> None:
        cls = type(self)
        for key, value in kwargs.items():
            if not hasattr(cls, key):
                raise TypeError(f"{key!r} is an invalid keyword argument for {cls.__name__}")
            setattr(self, key, value)


class Versioned:
    """A row a user edits carries a version, raised by every ORM update and named in
    its WHERE clause (SQLAlchemy's version_id_col, set by the mapping): a write based on
    a row that another person has changed since it was read matches nothing and is
    refused as stale, never written over their work. Rows inserted by plain SQL start
    at 1."""


def related(target: type | str, **options: Any) -> dict[str, Any]:
    """One relationship of a model to ``target``, as SQLAlchemy's ``relationship()``
    takes it; made when the models are mapped (kkrdesk.core.models.mapping)."""
    return {"argument": target, **options}


def id_column() -> Column:
    """A table's own id (never reused: ``sqlite_autoincrement``, set in the package)."""
    return Column("id", Integer, primary_key=True)


def part_of(name: str, parent: str) -> Column:
    """The column ``name`` naming the row this one belongs to (``parent``, "meeting.id"):
    required, indexed, and deleted with it."""
    return Column(name, Integer, ForeignKey(parent, ondelete="CASCADE"), nullable=False, index=True)


def version_column() -> Column:
    """The version column of a :class:`Versioned` model's table (its last column)."""
    return Column("version", Integer, nullable=False, server_default="1")


def enum_column(enum_cls: type[StrEnum]) -> Enum:
    """Store an enum as its value in a VARCHAR (no native enum, portable to PostgreSQL)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
