"""What an answer about a case shows besides the case: its open timers, its mediation
sessions and its payments, read in one statement."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import (
    Integer,
    Table,
    bindparam,
    cast,
    insert,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from service.access.models import PersonalDataRead
from service.cases.models import Case, MediationSession, Payment
from service.db import as_loaded
from service.timers.models import CaseTimer
from service.timers.schedule import OPEN

# Each part of the answer, the order it is shown in, and what selects its rows.
PARTS: tuple[tuple[type[Any], Any, Any], ...] = (
    (
        CaseTimer,
        lambda row: (row.due_at, row.id),
        CaseTimer.status.in_(OPEN) & (CaseTimer.case_id == bindparam("case_id")),
    ),
    (
        MediationSession,
        lambda row: (row.held_at, row.id),
        MediationSession.case_id == bindparam("case_id"),
    ),
    (Payment, lambda row: (row.instalment, row.part), Payment.case_id == bindparam("case_id")),
)
# The union's columns: every part's, side by side, NULL in the rows of the other parts.
SLOTS = tuple((n, column) for n, (model, _, _) in enumerate(PARTS) for column in model.__table__.c)
LOGGED: Table = PersonalDataRead.__table__  # type: ignore[assignment]
LOGGED_COLUMNS = tuple(column for column in LOGGED.columns if column.key != "id")


@functools.cache
def _statement(logging: bool) -> Any:
    """``SELECT 0, timers.*, NULL, … UNION ALL SELECT 1, NULL, …, mediation_sessions.* …``;
    with ``logging``, the access log's row inserted in a WITH (PostgreSQL)."""
    parts = []
    for n, (_, _, where) in enumerate(PARTS):
        columns = [
            (column if owner == n else cast(null(), column.type)).label(f"c{i}")
            for i, (owner, column) in enumerate(SLOTS)
        ]
        parts.append(select(literal_column(str(n), Integer).label("part"), *columns).where(where))
    statement = union_all(*parts)
    if logging:
        row = {c.key: bindparam(f"log_{c.key}", type_=c.type) for c in LOGGED_COLUMNS}
        statement = statement.add_cte(insert(LOGGED).values(row).cte("logged"))
    return statement


def read(
    *, db_session: Session, case: Case, logged: PersonalDataRead | None = None
) -> tuple[list[CaseTimer], list[MediationSession], list[Payment]]:
    """The case's open timers, sessions and payments, each in the order shown.

    ``logged`` is the access log's row this answer added, if it shows the claimant whole.
    """
    logging = (
        logged is not None
        and logged in db_session.new  # not flushed by a read since
        and db_session.get_bind().dialect.name == "postgresql"
    )
    params: dict[str, Any] = {"case_id": case.id}
    if logging:
        # The access log's row goes in this statement, as a WITH: one round trip fewer for
        # every unmasked answer, and still in the answer's transaction.
        db_session.expunge(logged)
        params.update({f"log_{c.key}": getattr(logged, c.key) for c in LOGGED_COLUMNS})
    db_session.flush()  # a Core statement does not flush what the session holds
    found: list[list[Any]] = [[] for _ in PARTS]
    for result in db_session.execute(_statement(logging), params):
        part = result[0]
        values = {
            column.key: result[i + 1] for i, (owner, column) in enumerate(SLOTS) if owner == part
        }
        found[part].append(as_loaded(db_session, PARTS[part][0], values))
    timers, sessions, payments = (
        sorted(rows, key=order) for rows, (_, order, _) in zip(found, PARTS, strict=True)
    )
    return timers, sessions, payments
