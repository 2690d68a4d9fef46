"""Migrations: one head, up from empty and back down, and in step with the models."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, inspect, text

from service.cases.events import canonical
from service.cases.models import CaseEvent
from service.cli import alembic_config
from service.config import Settings
from service.hash_chain import GENESIS_HASH, TrailKeys
from service.models import Base, built_on
from tests.integration.migrating import add_unit_and_desk, migrate

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


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {"alembic_version"}


def test_upgrade_from_empty_then_downgrade_to_empty(empty_database: Connection) -> None:
    migrate(empty_database, "upgrade", "head")
    assert _tables(empty_database) == set(Base.metadata.tables)
    context = MigrationContext.configure(
        empty_database, opts={"include_object": built_on(empty_database.dialect.name)}
    )
    differences = compare_metadata(context, Base.metadata)
    assert differences == []

    migrate(empty_database, "downgrade", "base")
    assert _tables(empty_database) == set()


SHARED = [  # two units' cases of one person (one row shared before 0004), one without an ID
    (1, 1, "张秀兰", "11010519491231002X", "13800138000", 1, "恒信物流", "91350100M000100Y43"),
    (2, 2, "张秀兰", "11010519491231002X", "13800138000", 1, "恒信物流", "91350100M000100Y43"),
    (3, 1, "李建国", None, "027-82345678", None, None, None),
]


def _seed_0003(connection: Connection) -> None:
    """Rows as 0003 held them: cases pointing at shared persons and employers."""
    run = connection.execute
    moment = "2026-11-20 09:30:00+00:00"
    for unit_id, code in ((1, "XA-HG"), (2, "XA-HX")):
        run(
            text(
                "INSERT INTO org_units (id, code, name, path, created_at)"
                " VALUES (:id, :code, :code, :path, :at)"
            ),
            {"id": unit_id, "code": code, "path": f"/{unit_id}/", "at": moment},
        )
    run(
        text(
            "INSERT INTO users (id, username, display_name, role, unit_id, active, created_at)"
            " VALUES (1, 'desk', 'desk', 'intake', 1, true, :at)"
        ),
        {"at": moment},
    )
    run(
        text(
            "INSERT INTO persons (id, name, name_pinyin, name_initials, id_number, phone, address)"
            " VALUES (1, '张秀兰', 'zhangxiulan', 'zxl', '11010519491231002X', '13800138000',"
            " '和光街12号'), (2, '李建国', 'lijianguo', 'ljg', NULL, '027-82345678', NULL)"
        )
    )
    run(text("INSERT INTO employers (id, name, credit_code) VALUES (1, '恒信物流', :code)"), {
        "code": SHARED[0][7]
    })  # fmt: skip
    for case_id, unit_id, *_rest in SHARED:
        run(
            text(
                "INSERT INTO cases (id, number, type, category, status, channel, unit_id,"
                " claimant_id, employer_id, workers_involved, collective, received_at,"
                " description, details, created_by_id, created_at, updated_at, version)"
                " VALUES (:id, :number, 'labour_dispute', 'wage_arrears', 'awaiting_payment',"
                " 'visit', :unit, :person, :employer, 1, false, :at, '', '{}', 1, :at, :at, 1)"
            ),
            {
                "id": case_id,
                "number": f"N-{case_id}",
                "unit": unit_id,
                "person": 2 if case_id == 3 else 1,
                "employer": None if case_id == 3 else 1,
                "at": moment,
            },
        )
    run(
        text(
            "INSERT INTO payments (case_id, instalment, amount, method, reference, paid_on,"
            " recorded_by_id, created_at) VALUES (1, 1, 3000.00, 'cash', 'R1', '2026-11-21', 1,"
            " :at)"
        ),
        {"at": moment},
    )


def test_party_rows_become_snapshots_and_come_back(empty_database: Connection) -> None:
    connection = empty_database
    migrate(connection, "upgrade", "0003")
    _seed_0003(connection)
    connection.commit()

    migrate(connection, "upgrade", "head")
    rows = connection.execute(
        text(
            "SELECT id, unit_id, claimant_name, claimant_id_number, claimant_phone,"
            " employer_name IS NOT NULL, employer_name, employer_credit_code FROM cases ORDER BY id"
        )
    ).all()
    assert [(r[0], r[1], r[2], r[3], r[4], r[6], r[7]) for r in rows] == [
        (case_id, unit, name, id_number, phone, employer, code)
        for case_id, unit, name, id_number, phone, _e, employer, code in SHARED
    ]
    address = connection.execute(text("SELECT claimant_address FROM cases WHERE id = 2"))
    assert address.scalar() == "和光街12号"
    # An instalment made up by a second part, then the way back to one row per instalment.
    connection.execute(
        text(
            "INSERT INTO payments (case_id, instalment, part, amount, method, reference, paid_on,"
            " recorded_by_id, created_at) VALUES (1, 1, 2, 1300.00, 'cash', 'R2', '2026-11-22',"
            " 1, '2026-11-22 09:00:00+00:00')"
        )
    )
    connection.commit()

    migrate(connection, "downgrade", "0003")
    persons = connection.execute(text("SELECT name, id_number FROM persons ORDER BY id")).all()
    assert [tuple(p) for p in persons] == [("张秀兰", SHARED[0][3]), ("李建国", None)]
    shared = connection.execute(text("SELECT DISTINCT claimant_id FROM cases WHERE id < 3"))
    assert len(shared.all()) == 1
    assert connection.execute(text("SELECT count(*) FROM employers")).scalar() == 1
    paid = connection.execute(text("SELECT instalment, amount FROM payments")).all()
    assert [(n, Decimal(str(a))) for n, a in paid] == [(1, Decimal("4300.00"))]


def test_0006_owes_each_published_event_to_each_consumer_that_has_not_recorded_it(
    empty_database: Connection,
) -> None:
    migrate(empty_database, "upgrade", "0003")
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

    migrate(empty_database, "upgrade", "head")
    owed = empty_database.execute(
        text("SELECT event_id, consumer, consumed_at IS NULL, due_at FROM outbox ORDER BY consumer")
    ).all()
    assert [row[:3] for row in owed] == [
        ("e-register", "alert_collective", True),  # lost with a broker, perhaps: due again
        ("e-register", "route_case", False),
    ]
    assert all(row[3] is not None for row in owed)

    migrate(empty_database, "downgrade", "0003")
    assert empty_database.execute(text("SELECT event_id FROM outbox")).scalars().all() == [
        "e-register"
    ]


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
    # The columns of cases at 0003 (the models have had the party snapshot since 0004).
    cases_0003 = sa.table(
        "cases", *(sa.column(c.name, c.type) for c in tables["cases"].c), sa.column("claimant_id")
    )
    connection.execute(
        cases_0003.insert().values(
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
    migrate(empty_database, "upgrade", "0003")
    now = datetime(2026, 11, 20, tzinfo=UTC)
    add_unit_and_desk(empty_database, username="u", now=now)
    empty_database.execute(
        text(
            "INSERT INTO persons (id, name, name_pinyin, name_initials) VALUES (1, '张三', '', '')"
        )
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
    empty_database.commit()

    command.downgrade(config, "0003")
    empty_database.commit()
    restored = empty_database.execute(
        text("SELECT hash FROM case_events WHERE case_id = 1 ORDER BY seq")
    ).scalars()
    assert list(restored) == [e.hash for e in intact]
