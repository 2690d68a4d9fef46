"""Migrations: one head, up from empty and back down, and in step with the models."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
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
    _migrate(connection, "upgrade", "0003")
    _seed_0003(connection)
    connection.commit()

    _migrate(connection, "upgrade", "head")
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

    _migrate(connection, "downgrade", "0003")
    persons = connection.execute(text("SELECT name, id_number FROM persons ORDER BY id")).all()
    assert [tuple(p) for p in persons] == [("张秀兰", SHARED[0][3]), ("李建国", None)]
    shared = connection.execute(text("SELECT DISTINCT claimant_id FROM cases WHERE id < 3"))
    assert len(shared.all()) == 1
    assert connection.execute(text("SELECT count(*) FROM employers")).scalar() == 1
    paid = connection.execute(text("SELECT instalment, amount FROM payments")).all()
    assert [(n, Decimal(str(a))) for n, a in paid] == [(1, Decimal("4300.00"))]
