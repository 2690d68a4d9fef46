"""How many SQL statements an intake and a transition send: each one a round trip.

A count is deterministic where a time is not; each bound lists the statements it
allows, so a new one on the write path is a decision, not an accident.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from tests import data
from tests.api.workflow_helpers import (
    AGREEMENT,
    PROPOSAL,
    complete_file,
    home_visit,
    read,
    register,
    route,
)
from tests.conftest import Staff

T = TypeVar("T")


@contextmanager
def sent(app: Flask) -> Iterator[list[str]]:
    """The SQL statements sent while the block runs, as they were sent."""
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(re.sub(r"\s+", " ", statement).strip())

    engine = app.extensions["database"].engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)
    print("\n".join(f"{n:3}. {s[:160]}" for n, s in enumerate(statements, 1)))


def _on(client: FlaskClient, *, postgresql: T, sqlite: T) -> T:
    """The bound for the suite's database."""
    dialect = client.application.extensions["database"].engine.dialect.name
    return postgresql if dialect == "postgresql" else sqlite


def _transition(client: FlaskClient, staff: Staff, case: dict, action: str, data: Any) -> Any:
    return client.post(
        f"/api/v1/cases/{case['id']}/transitions",
        json={"action": action, "note": "", "data": data},
        headers={**staff.headers, "If-Match": f'"{case["version"]}"'},
    )


def test_an_intake(client: FlaskClient, team: dict[str, Staff]) -> None:
    register(client, team["desk"], data.dispute(claimant=data.claimant(name="热身")))
    body = data.dispute(assignee=team["mediator"].username)
    with sent(client.application) as statements:
        response = client.post("/api/v1/cases", json=body, headers=team["desk"].headers)
    assert response.status_code == 201, response.get_json()
    # 1 the caller (token, unit, scope); 2 the next case number (the counter's upsert, in
    # a WITH), the claimant's last case in scope with an open duplicate, and the
    # assignee, in one statement; 3 the write batch: the case, its first event and its
    # outbox rows in one WITH chain. The timers it starts are not read back. SQLite sends
    # the counter's upsert on its own, the batch as one INSERT per row (case, event, two
    # outbox rows) and BEGIN IMMEDIATE besides.
    assert len(statements) <= _on(client, postgresql=3, sqlite=8)


@pytest.fixture
def under_review(client: FlaskClient, team: dict[str, Staff]) -> dict:
    """A dispute of the mediator's, under review, read as the mediator reads it."""
    case = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(client.application, case["id"])
    return read(client, team["mediator"], case["id"])


def test_accept_and_agree(client: FlaskClient, team: dict[str, Staff], under_review: dict) -> None:
    with sent(client.application) as accepting:
        accepted = _transition(client, team["mediator"], under_review, "accept", {})
    assert accepted.status_code == 200, accepted.get_json()
    # 1 the caller; 2 the case with its unit and assignee, locked; 3 the write batch: the
    # case's versioned UPDATE, the state's timers cancelled and their worklist items
    # cleared, the event and the new state's timers in one WITH chain; 4 the answer's
    # open timers, sessions and payments (one UNION ALL), with the access log of the
    # unmasked claimant inserted in its WITH. SQLite also sends BEGIN IMMEDIATE, logs the
    # access in a statement of its own, and sends the batch as one statement per row
    # (the case, the timers cancelled, their worklist items, the event, the new timer).
    assert len(accepting) <= _on(client, postgresql=4, sqlite=10)

    agreement = {**AGREEMENT, "instalments": AGREEMENT["instalments"][:1]}
    agreement["amount"] = agreement["instalments"][0]["amount"]
    with sent(client.application) as agreeing:
        agreed = _transition(client, team["mediator"], accepted.get_json(), "agree", agreement)
    assert agreed.status_code == 200, agreed.get_json()
    # The same four: the limitation warnings the agreement restarts are cancelled with the
    # state's timers in the batch, and written in it with the instalment's (SQLite: one
    # INSERT per row here).
    assert len(agreeing) <= _on(client, postgresql=4, sqlite=11)


def test_the_write_batch_is_converted_once(
    client: FlaskClient, team: dict[str, Staff], monkeypatch: pytest.MonkeyPatch
) -> None:
    """psycopg keeps its conversion of the write batch, however long, for the next request."""
    if client.application.extensions["database"].engine.dialect.name != "postgresql":
        pytest.skip("psycopg's statement conversion: PostgreSQL's driver")
    from psycopg import _queries

    register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    converted_afresh: list[bytes] = []
    uncached = _queries._query2pg_nocache

    def counted(query: bytes, encoding: str) -> Any:
        converted_afresh.append(query)
        return uncached(query, encoding)

    monkeypatch.setattr(_queries, "_query2pg_nocache", counted)
    body = data.dispute(assignee=team["mediator"].username)
    with sent(client.application) as statements:
        response = client.post("/api/v1/cases", json=body, headers=team["desk"].headers)
    assert response.status_code == 201, response.get_json()
    # The batch has more than psycopg's 50 parameters of a statement it keeps by default.
    assert len(statements) == 3 and statements[-1].count("%(") > 50
    assert converted_afresh == []


def test_a_transition_leaves_the_session_nothing_to_flush(
    client: FlaskClient, team: dict[str, Staff], under_review: dict
) -> None:
    """The batch leaves the case as a flush would: the answer's read finds nothing to write,
    and so does not run the unit of work at all (the access log goes in that read's WITH
    on PostgreSQL; SQLite flushes it on its own)."""
    flushed: list[list[str]] = []

    def count(session: Any, _context: Any, _instances: Any) -> None:
        flushed.append([type(o).__name__ for o in (*session.new, *session.dirty)])

    event.listen(Session, "before_flush", count)
    try:
        accepted = _transition(client, team["mediator"], under_review, "accept", {})
    finally:
        event.remove(Session, "before_flush", count)
    assert accepted.status_code == 200, accepted.get_json()
    assert flushed == _on(client, postgresql=[], sqlite=[["PersonalDataRead"]])


def test_a_hardship_proposal(client: FlaskClient, team: dict[str, Staff]) -> None:
    case = register(client, team["desk"], data.aid(assignee=team["caseworker"].username))
    route(client.application, case["id"])
    complete_file(client, team["caseworker"], case["id"])
    home_visit(client, team["caseworker"], case["id"])
    current = read(client, team["caseworker"], case["id"])
    with sent(client.application) as statements:
        proposed = _transition(client, team["caseworker"], current, "propose", PROPOSAL)
    assert proposed.status_code == 200, proposed.get_json()
    # 1 the caller; 2 the case; 3 the household file, held for the answer; 4 the home
    # visits; 5-6 members and years of the file; 7-9 the aid cap, what the household was
    # paid this year and what its other cases were approved and not yet paid; 10 the
    # write batch (the case's UPDATE, the state's timers and their worklist items, the
    # event); 11-14 the visits, cap, aid paid and aid approved again for the answer's
    # checks in the new state (the file is held); 15 the answer's timers, sessions and
    # payments, with the access log in its WITH. The proposer is the caller, known
    # without a query. SQLite: BEGIN IMMEDIATE, the batch's timers, worklist items and
    # event, and the access log each as a statement of its own.
    assert len(statements) <= _on(client, postgresql=15, sqlite=20)
