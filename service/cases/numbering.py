"""Case numbers UNIT-LD-2026-00042: consecutive per unit, case type and year."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, bindparam
from sqlalchemy.orm import Session

from service.cases.models import CaseCounter
from service.db import upsert

COUNTERS: Table = CaseCounter.__table__  # type: ignore[assignment]


def next_number(*, db_session: Session, unit_id: int, case_type: str, year: int) -> int:
    """Issue the next number; the counter row stays locked until the transaction ends.

    An insert-or-increment in one statement never hands two transactions the same
    number, and a rolled-back intake rolls its increment back too, so none is skipped.
    """
    statement = increment(upsert(db_session))
    values = {"unit_id": unit_id, "case_type": case_type, "year": year}
    return db_session.execute(statement, values).scalar_one()


@functools.cache
def increment(insert: Callable[..., Any]) -> Any:
    """The counter's insert-or-increment for the dialect's INSERT, built once: every intake
    sends it (on PostgreSQL as a WITH, ``service.cases.intake_reads``), and SQLAlchemy
    reuses a statement's compiled form only when it is the same."""
    return (
        insert(COUNTERS)
        .values(
            unit_id=bindparam("unit_id"),
            case_type=bindparam("case_type"),
            year=bindparam("year"),
            last_value=1,
        )
        .on_conflict_do_update(
            index_elements=["unit_id", "case_type", "year"],
            set_={"last_value": COUNTERS.c.last_value + 1},
        )
        .returning(COUNTERS.c.last_value)
    )


def format_number(*, unit_code: str, prefix: str, year: int, value: int) -> str:
    return f"{unit_code}-{prefix}-{year}-{value:05d}"
