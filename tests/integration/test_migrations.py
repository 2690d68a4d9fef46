"""Migrations: one head, up from empty and back down, and in step with the models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, inspect, text

from service.cli import alembic_config
from service.config import Settings
from service.models import Base

SCHEMA = "unioncase_migration_check"


def test_one_head() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(
    request: pytest.FixtureRequest, settings: Settings, tmp_path: Path
) -> Iterator[Connection]:
    """An empty database: a new SQLite file, or a new schema on the suite's PostgreSQL."""
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
        with engine.connect() as connection:
            yield connection
        engine.dispose()
        return
    if settings.is_sqlite:
        pytest.skip("runs when DATABASE_URL names PostgreSQL (it does in CI)")
    engine = create_engine(settings.database_url)
    with engine.connect() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
        connection.execute(text(f"SET search_path TO {SCHEMA}"))
        connection.commit()
        yield connection
        connection.rollback()
        connection.execute(text(f"DROP SCHEMA {SCHEMA} CASCADE"))
        connection.commit()
    engine.dispose()


def _migrate(connection: Connection, direction: str, revision: str) -> None:
    config = alembic_config("unused://")
    config.attributes["connection"] = connection
    getattr(command, direction)(config, revision)
    connection.commit()


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {"alembic_version"}


def test_upgrade_from_empty_then_downgrade_to_empty(empty_database: Connection) -> None:
    _migrate(empty_database, "upgrade", "head")
    assert _tables(empty_database) == set(Base.metadata.tables)
    differences = compare_metadata(MigrationContext.configure(empty_database), Base.metadata)
    assert differences == []

    _migrate(empty_database, "downgrade", "base")
    assert _tables(empty_database) == set()


def test_0006_owes_each_published_event_to_each_consumer_that_has_not_recorded_it(
    empty_database: Connection,
) -> None:
    _migrate(empty_database, "upgrade", "0003")
    at = "2026-11-20 08:00:00+00:00"
    for event_id, topic in (("e-register", "case.register"), ("e-accept", "case.accept")):
        empty_database.execute(
            text(
                "INSERT INTO outbox (event_id, topic, payload, created_at, published_at, attempts)"
                " VALUES (:event_id, :topic, '{}', :at, :at, 1)"
            ),
            {"event_id": event_id, "topic": topic, "at": at},
        )
    empty_database.execute(
        text("INSERT INTO consumed_events VALUES ('route_case', 'e-register', :at)"), {"at": at}
    )
    empty_database.commit()

    _migrate(empty_database, "upgrade", "head")
    owed = empty_database.execute(
        text("SELECT event_id, consumer, consumed_at IS NULL, due_at FROM outbox ORDER BY consumer")
    ).all()
    assert [row[:3] for row in owed] == [
        ("e-register", "alert_collective", True),  # lost with a broker, perhaps: due again
        ("e-register", "route_case", False),
    ]
    assert all(row[3] is not None for row in owed)

    _migrate(empty_database, "downgrade", "0003")
    assert empty_database.execute(text("SELECT event_id FROM outbox")).scalars().all() == [
        "e-register"
    ]
