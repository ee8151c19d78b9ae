"""Alembic environment. KKR Desk runs migrations in-process (kkrdesk.core.store):
the store passes an open connection in ``config.attributes["connection"]``."""

from alembic import context

from kkrdesk.core.models import Base
from kkrdesk.core.schema import include_name

target_metadata = Base.metadata
config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs batch mode for ALTER
        compare_type=True,
        include_name=include_name,  # the search index is written by triggers, not a model
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
