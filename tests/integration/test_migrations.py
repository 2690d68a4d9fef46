"""Migrations: one head, up from empty and back down, and in step with the models."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, inspect, text

from service.cases.events import GENESIS_HASH, TrailKeys, canonical
from service.cases.models import CaseEvent
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


def _event(case_id: int, seq: int, prev_hash: str, note: str) -> CaseEvent:
    return CaseEvent(
        event_id=str(uuid.UUID(int=case_id * 100 + seq)),
        case_id=case_id,
        seq=seq,
        action="register" if seq == 1 else "route",
        from_status=None if seq == 1 else "registered",
        to_status="registered" if seq == 1 else "under_review",
        actor_id=1,
        occurred_at=datetime(2026, 11, 20, 1, 30, seq, tzinfo=UTC),
        note=note,
        payload={"channel": "visit", "unit": "XA"},
        prev_hash=prev_hash,
    )


def _trail_at_0003(connection: Connection, case_id: int, number: str) -> list[CaseEvent]:
    """A case with two events hashed as revision 0003 did: plain SHA-256."""
    tables = Base.metadata.tables
    now = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)
    trail, prev = [], GENESIS_HASH
    for seq in (1, 2):
        event = _event(case_id, seq, prev, "")
        event.hash = prev = hashlib.sha256(canonical(event, number).encode()).hexdigest()
        trail.append(event)
    connection.execute(
        tables["cases"].insert().values(
            id=case_id, number=number, type="labour_dispute", category="wage_arrears",
            status="under_review", channel="visit", unit_id=1, claimant_id=1,
            workers_involved=1, collective=False, received_at=now, description="",
            details={}, created_by_id=1, created_at=now, updated_at=now, version=2,
            trail_length=2, trail_head=prev,
        )
    )  # fmt: skip
    for event in trail:
        names = [c.name for c in tables["case_events"].c if c.name not in ("id", "key_id")]
        values = {name: getattr(event, name) for name in names}
        connection.execute(tables["case_events"].insert().values(**values))
    return trail


def test_0005_re_keys_trails_that_verify_and_marks_those_that_do_not(
    empty_database: Connection,
) -> None:
    tables = Base.metadata.tables
    _migrate(empty_database, "upgrade", "0003")
    now = datetime(2026, 11, 20, tzinfo=UTC)
    empty_database.execute(
        tables["org_units"].insert().values(id=1, code="XA", name="XA", path="/1/", created_at=now)
    )
    empty_database.execute(
        tables["users"].insert().values(
            id=1, username="u", display_name="u", role="intake", unit_id=1, active=True,
            created_at=now,
        )
    )  # fmt: skip
    empty_database.execute(
        tables["persons"].insert().values(id=1, name="张三", name_pinyin="", name_initials="")
    )
    intact = _trail_at_0003(empty_database, 1, "XA-LD-2026-00001")
    edited = _trail_at_0003(empty_database, 2, "XA-LD-2026-00002")
    empty_database.execute(text("UPDATE case_events SET note = 'rewritten' WHERE case_id = 2"))
    empty_database.commit()

    config = alembic_config("unused://")
    config.attributes.update(connection=empty_database, audit_key="the production key")
    command.upgrade(config, "head")
    empty_database.commit()

    keys = TrailKeys.of("the production key")
    rows = empty_database.execute(
        text("SELECT case_id, seq, prev_hash, hash, key_id FROM case_events ORDER BY case_id, seq")
    ).all()
    prev = GENESIS_HASH
    for (case_id, seq, prev_hash, hash_, key_id), old in zip(rows[:2], intact, strict=True):
        event = _event(case_id, seq, prev, "")
        assert (prev_hash, key_id) == (prev, keys.current_id)
        assert hash_ == keys.sign(keys.current_id, canonical(event, "XA-LD-2026-00001"))
        assert hash_ != old.hash
        prev = hash_
    heads = dict(empty_database.execute(text("SELECT id, trail_head FROM cases")).all())
    assert heads == {1: prev, 2: edited[1].hash}
    assert [(row.hash, row.key_id) for row in rows[2:]] == [(e.hash, "sha256") for e in edited]

    command.downgrade(config, "0003")
    empty_database.commit()
    restored = empty_database.execute(
        text("SELECT hash FROM case_events WHERE case_id = 1 ORDER BY seq")
    ).scalars()
    assert list(restored) == [e.hash for e in intact]
