"""Upgrades build the indexes of cases without stopping intake, and a failed build runs again.

PostgreSQL only: SQLite builds its indexes in the migration's one transaction, and
nobody writes to it while it runs.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError

from service.config import Settings
from service.models import Base
from tests.integration.migrating import add_unit_and_desk, migrate
from tests.support import wait_for

SCHEMA = "unioncase_live_index_check"
# Up and down step by step; for the steps that build or drop indexes on tables in use
# (0009, 0008, 0019, 0022), how many CREATE or DROP INDEX statements they send.
STEPS = [
    ("upgrade", "0005", None),
    ("upgrade", "0009", 3),
    ("upgrade", "0008", 1),
    ("upgrade", "0017", None),
    ("upgrade", "0019", 7),
    ("upgrade", "0021", None),
    ("upgrade", "0022", 16),
    ("downgrade", "0021", 16),
    ("downgrade", "0019", None),
    ("downgrade", "0017", 7),
    ("downgrade", "0008", None),
    ("downgrade", "0009", 1),
    ("downgrade", "0005", 3),
]
INDEX_STATEMENT = re.compile(r"^\s*(CREATE|DROP) INDEX", re.IGNORECASE)


@pytest.fixture
def schema_engine(settings: Settings) -> Iterator[Engine]:
    """An engine whose connections work in an empty schema of the suite's PostgreSQL."""
    if settings.is_sqlite:
        pytest.skip("runs when DATABASE_URL names PostgreSQL (it does in CI)")
    engine = create_engine(settings.database_url)
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    engine.dispose()
    engine = create_engine(
        settings.database_url, connect_args={"options": f"-c search_path={SCHEMA}"}
    )
    yield engine
    engine.dispose()
    with create_engine(settings.database_url).begin() as connection:
        connection.execute(text(f"DROP SCHEMA {SCHEMA} CASCADE"))


def _seed(connection: Connection) -> None:
    """A unit and its intake desk, at 0021 as at head."""
    add_unit_and_desk(connection, username="desk", now=datetime(2026, 12, 5, tzinfo=UTC))
    connection.commit()


def _take_in(connection: Connection, number: str) -> None:
    """An intake's write of its case row (the rest of an intake writes other tables)."""
    now = datetime(2026, 12, 5, 9, tzinfo=UTC)
    connection.execute(
        Base.metadata.tables["cases"].insert().values(
            number=number, type="labour_dispute", category="wage_arrears", status="registered",
            channel="visit", unit_id=1, claimant_name="张秀兰",
            claimant_name_pinyin="zhang xiulan", claimant_name_initials="zxl",
            workers_involved=1, collective=False, received_at=now, description="", details={},
            created_by_id=1, created_at=now, updated_at=now, version=1, trail_length=0,
            trail_head="",
        )
    )  # fmt: skip


def _waiting_on_a_lock(watcher: Connection, pid: int) -> bool:
    query = text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid")
    return watcher.execute(query, {"pid": pid}).scalar() == "Lock"


def _invalid_indexes(connection: Connection) -> list[str]:
    query = text(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = :schema AND NOT i.indisvalid"
    )
    return list(connection.execute(query, {"schema": SCHEMA}).scalars())


def test_every_index_step_on_a_table_in_use_is_concurrent(schema_engine: Engine) -> None:
    with schema_engine.connect() as connection:
        sent: list[str] = []

        def capture(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            if INDEX_STATEMENT.match(statement):
                sent.append(" ".join(statement.split()))

        event.listen(connection, "before_cursor_execute", capture)
        for direction, revision, expected in STEPS:
            sent.clear()
            migrate(connection, direction, revision)
            if expected is None:
                continue
            plain = [s for s in sent if "CONCURRENTLY" not in s]
            assert plain == [], f"{direction} to {revision}"
            assert len(sent) == expected, f"{direction} to {revision}: {sent}"


def test_an_intake_is_written_while_0022_builds_its_indexes(schema_engine: Engine) -> None:
    with (
        schema_engine.connect() as migration,
        schema_engine.connect() as desk,
        schema_engine.connect() as other_desk,
        schema_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as watcher,
    ):
        migrate(migration, "upgrade", "0021")
        _seed(migration)
        pid = migration.execute(text("SELECT pg_backend_pid()")).scalar()
        migration.commit()
        _take_in(desk, "XA-1")  # an intake under way: its transaction is open
        failed: list[BaseException] = []

        def upgrade() -> None:
            try:
                migrate(migration, "upgrade", "0022")
            except BaseException as error:  # asserted on below, in the test's thread
                failed.append(error)

        thread = threading.Thread(target=upgrade)
        thread.start()
        try:
            # The build waits for the intake under way to end; another intake meanwhile
            # is written at once, not queued behind the build.
            wait_for(lambda: _waiting_on_a_lock(watcher, pid), timeout=20)
            other_desk.execute(text("SET LOCAL lock_timeout = '3s'"))
            _take_in(other_desk, "XA-2")
            other_desk.commit()
        finally:
            desk.commit()
            thread.join(timeout=60)
        assert not thread.is_alive()
        assert failed == []
        assert migration.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0022"
        assert _invalid_indexes(migration) == []
        assert migration.execute(text("SELECT count(*) FROM cases")).scalar() == 2


def _indexes(connection: Connection) -> dict[str, str]:
    query = text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = :schema")
    return {name: definition for name, definition in connection.execute(query, {"schema": SCHEMA})}


def test_an_upgrade_whose_build_failed_half_way_runs_again(schema_engine: Engine) -> None:
    with schema_engine.connect() as migration, schema_engine.connect() as desk:
        migrate(migration, "upgrade", "0021")
        _seed(migration)
        # Half-way through 0022 an intake starts and does not end, and the operator's
        # upgrade gives up waiting for it: one build stops, after others were done.
        stalled = re.compile(r"CREATE INDEX .*\bix_cases_unit_claimant_name_prefix ON")

        def intake_starts(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            if stalled.match(statement) and not desk.in_transaction():
                _take_in(desk, "XA-1")

        desk.execute(text("SET lock_timeout = '5s'"))  # an intake stopped by a build fails
        desk.commit()
        event.listen(migration, "before_cursor_execute", intake_starts)
        migration.execute(text("SET lock_timeout = '1s'"))
        with pytest.raises(OperationalError, match="lock timeout"):
            migrate(migration, "upgrade", "0022")
        migration.rollback()
        event.remove(migration, "before_cursor_execute", intake_starts)
        migration.execute(text("RESET lock_timeout"))
        desk.commit()
        assert _invalid_indexes(migration) == ["ix_cases_unit_claimant_name_prefix"]
        half_way = _indexes(migration)
        assert "ix_cases_unit_claimant_name_pinyin" in half_way
        assert "ix_cases_claimant_name_pinyin" not in half_way

        migrate(migration, "upgrade", "0022")
        assert migration.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0022"
        assert _invalid_indexes(migration) == []
        run_again = _indexes(migration)
        migrate(migration, "downgrade", "0021")
        migrate(migration, "upgrade", "0022")
        assert run_again == _indexes(migration)  # as an upgrade that never failed
