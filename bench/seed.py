"""What the runners share: a fresh bench database, its staff, and cases ready to move.

Everything here runs in the runner's own process, outside the timed part.
"""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from service.demo import people

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/unioncase_bench"
# A database of its own on the broker: the nudges queued by a bench are never consumed.
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/15"
AGREEMENT = {
    "amount": "8600.00",
    "instalments": [{"due_on": "2026-12-01", "amount": "8600.00"}],
    "signed_by_both": True,
}


def intake_body(rng: random.Random) -> dict[str, Any]:
    """A valid, distinct intake of a wage-arrears dispute."""
    return {
        "type": "labour_dispute",
        "category": "wage_arrears",
        "channel": "visit",
        "claimant": {
            "name": people.name(rng),
            "id_number": people.id_number(rng),
            "phone": people.mobile(rng),
        },
        "employer": {"name": people.employer_name(rng), "credit_code": people.credit_code(rng)},
        "claim_amount": f"{rng.randrange(1000, 90000)}.00",
        "known_on": "2026-11-01",
        "description": "拖欠工资",
    }


def bench_env() -> dict[str, str]:
    """The environment of the service under test: the bench database, no request limit."""
    return {
        **os.environ,
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL),
        "REDIS_URL": os.environ.get("REDIS_URL", DEFAULT_REDIS_URL),
        "DATA_DIR": str(ROOT / "data" / "bench"),
        # One user posts thousands of requests a minute here.
        "RATE_LIMIT_PER_MINUTE": "0",
    }


def analyze(url: str) -> None:
    """Fresh planner statistics before a part is timed, the same for every side.

    A bench database is new, and a server may run without autovacuum (this one's
    does): with no statistics the planner can read the duplicate check through every
    case of the unit instead of the claimant's index (1.3 ms against 0.05 ms at 24,000
    cases), a cost no production database with autovacuum pays.
    """
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("ANALYZE"))
    engine.dispose()


def recreate_database(url: str) -> None:
    """Drop and create the database of ``url``, so that every run starts empty."""
    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": target.database}
        )
        if exists:
            connection.execute(text(f'DROP DATABASE "{target.database}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()


def migrated_app(env: dict[str, str]) -> Flask:
    """A fresh, migrated bench database and an app bound to it, in this process."""
    from alembic import command

    from service.app import create_app
    from service.cli import alembic_config

    recreate_database(env["DATABASE_URL"])
    os.environ.update({k: env[k] for k in ("DATABASE_URL", "REDIS_URL", "DATA_DIR")})
    os.environ["RATE_LIMIT_PER_MINUTE"] = env["RATE_LIMIT_PER_MINUTE"]
    command.upgrade(alembic_config(env["DATABASE_URL"]), "head")
    return create_app()


@dataclass
class Staff:
    desk_token: str
    mediator_token: str
    mediator_id: int
    desk: Any  # service.auth.service.Caller of the intake desk


def create_staff(app: Flask) -> Staff:
    """Unit BENCH with an intake desk and a mediator, each with a token."""
    from service.auth.enums import Role
    from service.auth.service import Caller, issue_token
    from service.db import unit_of_work
    from service.staff.service import create_unit, create_user

    with app.app_context(), unit_of_work() as work:
        unit = create_unit(db_session=work, code="BENCH", name="压测社区工会", parent_code=None)
        desk = create_user(
            db_session=work, username="desk", role=Role.INTAKE, unit_code="BENCH", name=None
        ).user
        mediator = create_user(
            db_session=work, username="mediator", role=Role.MEDIATOR, unit_code="BENCH", name=None
        ).user
        staff = Staff(
            desk_token=issue_token(db_session=work, user=desk),
            mediator_token=issue_token(db_session=work, user=mediator),
            mediator_id=mediator.id,
            desk=Caller(desk.id, "desk", Role.INTAKE, unit.id, "BENCH", frozenset({unit.id})),
        )
        work.commit()
    return staff


def register_cases(app: Flask, staff: Staff, count: int, rng: random.Random) -> list[int]:
    """Register ``count`` disputes assigned to the mediator, through the service layer."""
    from service.cases import service as cases
    from service.cases.schemas import CaseIntakeSchema
    from service.db import unit_of_work

    schema = CaseIntakeSchema()
    with app.app_context(), unit_of_work() as work:
        case_ids = []
        for _ in range(count):
            intake = schema.load({**intake_body(rng), "assignee": "mediator"})
            case_ids.append(cases.register(db_session=work, caller=staff.desk, intake=intake).id)
        work.commit()
    return case_ids


def route_cases(app: Flask, case_ids: Sequence[int]) -> dict[int, int]:
    """Route registered disputes to review, as the worker would; returns id -> version."""
    from service.cases.models import Case
    from service.cases.transitions import fire
    from service.db import unit_of_work
    from workflows.engine import SYSTEM_ACTOR

    with app.app_context(), unit_of_work() as work:
        for case_id in case_ids:
            case = work.get(Case, case_id)
            if case is not None and case.status == "registered":
                fire(db_session=work, case=case, actor=SYSTEM_ACTOR, actor_id=None, action="route")
        work.commit()
        rows = work.execute(select(Case.id, Case.version).where(Case.id.in_(case_ids)))
        return {case_id: version for case_id, version in rows}
