"""Declarative base with a naming convention, so Alembic migrations are stable."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """A row a user edits carries a version, raised by every ORM update and named in
    its WHERE clause (SQLAlchemy's version_id_col): a write based on a row that another
    person has changed since it was read matches nothing and is refused as stale, never
    written over their work. Rows inserted by plain SQL start at 1."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


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
