"""Alembic environment: the URL comes from the caller or from the settings."""

from alembic import context
from sqlalchemy import pool

from service.config import Settings
from service.db import make_engine
from service.models import Base, built_on

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    url = config.attributes.get("database_url") or Settings.from_env().database_url
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # One transaction per migration, as Alembic gives SQLite anyway: an index built
    # CONCURRENTLY (service.live_indexes) commits the migrations before it in any case,
    # so a failed upgrade always stops after the last migration it finished.
    connection = config.attributes.get("connection")
    if connection is not None:
        # Handed in with no transaction open: Alembic must own the one it commits before
        # an index built CONCURRENTLY.
        context.configure(
            connection=connection, target_metadata=target_metadata, transaction_per_migration=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    settings = Settings.from_env()
    url = config.attributes.get("database_url") or settings.database_url
    # A migration may rewrite a large table: no statement timeout here (0 is none).
    settings = settings.replace(database_url=url, database_statement_timeout=0)
    engine = make_engine(settings, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            include_object=built_on(connection.dialect.name),
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
