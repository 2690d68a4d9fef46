"""A row locked for a change does not hold up the rows that point at it.

Each change locks what it changes FOR NO KEY UPDATE: two changes to one case still
queue, but a row that only refers to the case (a read in the access log, a worklist
item, a worker's delivery) is written meanwhile. Under FOR UPDATE every such insert
waited for the change to commit, for its foreign key check takes KEY SHARE.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from service.access.models import PersonalDataRead
from service.auth.models import User
from service.auth.service import as_caller
from service.cases import service
from service.cases.models import Case
from service.config import Settings
from service.db import unit_of_work, utcnow
from service.households import service as households
from service.sweep.firing import _TIMER_AND_CASE
from service.timers.models import CaseTimer
from tests import data
from tests.api.workflow_helpers import register
from tests.conftest import Staff


@pytest.fixture(autouse=True)
def postgresql(settings: Settings) -> None:
    if settings.is_sqlite:
        pytest.skip("row locks: PostgreSQL's (the embedded SQLite locks the whole database)")


@contextmanager
def locked(app: Flask, lock: Callable[[Session], Any]) -> Iterator[None]:
    """``lock`` run in a transaction of its own, kept open inside the block."""
    with app.app_context(), unit_of_work() as work:
        lock(work)
        yield
        work.rollback()


@contextmanager
def impatient(app: Flask) -> Iterator[Connection]:
    """Another transaction, which waits at most a fifth of a second for a lock."""
    with app.extensions["database"].engine.begin() as connection:
        connection.execute(text("SET LOCAL lock_timeout = '200ms'"))
        yield connection


def as_staff(work: Session, staff: Staff) -> Any:
    return as_caller(db_session=work, user=work.get_one(User, staff.user_id))


def read_for_a_change(work: Session, staff: Staff, case_id: int) -> None:
    """The case read and locked as a transition, a session or a payment reads it."""
    service.get(db_session=work, caller=as_staff(work, staff), case_id=case_id, for_update=True)


def test_a_case_locked_for_a_change_lets_its_reads_be_logged(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    app, chair, case_id = client.application, team["chair"], dispute["id"]

    def by_a_transition(work: Session) -> None:
        read_for_a_change(work, chair, case_id)

    def by_a_firing_timer(work: Session) -> None:
        timer_id = work.scalars(select(CaseTimer.id).where(CaseTimer.case_id == case_id)).first()
        assert work.execute(_TIMER_AND_CASE, {"timer_id": timer_id}).first() is not None

    with app.app_context(), unit_of_work() as work:
        unit_id = work.get_one(Case, case_id).unit_id
    read = {"user_id": chair.user_id, "case_id": case_id, "unit_id": unit_id, "endpoint": "test"}
    for lock in (by_a_transition, by_a_firing_timer):
        with locked(app, lock), impatient(app) as other:
            try:
                other.execute(PersonalDataRead.__table__.insert(), {**read, "read_at": utcnow()})
            except OperationalError as error:
                pytest.fail(f"locked {lock.__name__}, the access log waited: {error.orig}")


def test_a_read_being_logged_does_not_hold_up_a_change(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    app, chair, case_id = client.application, team["chair"], dispute["id"]

    def by_a_logged_read(work: Session) -> None:
        # What the access log's foreign key check leaves on the case until the list commits.
        work.execute(text("SELECT 1 FROM cases WHERE id = :id FOR KEY SHARE"), {"id": case_id})

    with locked(app, by_a_logged_read), app.app_context(), unit_of_work() as work:
        work.execute(text("SET LOCAL lock_timeout = '200ms'"))
        read_for_a_change(work, chair, case_id)


def test_two_changes_to_one_case_still_queue(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    app, chair, case_id = client.application, team["chair"], dispute["id"]

    with (
        locked(app, lambda work: read_for_a_change(work, chair, case_id)),
        impatient(app) as other,
        pytest.raises(OperationalError, match="lock timeout"),
    ):
        other.execute(
            text("SELECT id FROM cases WHERE id = :id FOR NO KEY UPDATE"), {"id": case_id}
        )


def test_a_household_locked_for_a_change_lets_rows_point_at_it(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    app, caseworker = client.application, team["caseworker"]
    household_id = register(client, team["desk"], data.aid())["household"]

    def by_a_change(work: Session) -> None:
        households.get(
            db_session=work,
            caller=as_staff(work, caseworker),
            household_id=household_id,
            for_update=True,
        )

    with locked(app, by_a_change), impatient(app) as other:
        # What a new row's foreign key check takes on the household it points at.
        other.execute(
            text("SELECT 1 FROM households WHERE id = :id FOR KEY SHARE"), {"id": household_id}
        )
