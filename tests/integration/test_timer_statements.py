"""How many SQL statements firing a timer sends: the sweep fires thousands of them.

A count is deterministic where a time is not; each bound lists the statements it
allows, so a new one on the firing path is a decision, not an accident.
"""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from service.db import unit_of_work, utcnow
from service.sweep import firing
from service.timers.models import CaseTimer
from tests.api.test_statement_counts import _on, sent
from tests.conftest import Staff
from tests.integration.test_timers import dispute_received, team  # noqa: F401
from workers.tasks import fire_timers


def _claimed(app: Flask, case_id: int) -> dict[str, int]:
    """The case's acceptance reminder and deadline, made due and claimed as the sweep
    claims them, by purpose."""
    with app.app_context(), unit_of_work() as work:
        work.execute(
            update(CaseTimer)
            .where(CaseTimer.case_id == case_id, CaseTimer.kind == "acceptance_decision")
            .values(due_at=utcnow() - timedelta(minutes=1))
        )
        firing.claim_due(db_session=work)
        work.commit()
        rows = work.execute(
            select(CaseTimer.purpose, CaseTimer.id).where(
                CaseTimer.case_id == case_id, CaseTimer.status == "dispatched"
            )
        ).all()
    return {purpose: timer_id for purpose, timer_id in rows}


def _status(app: Flask, timer_id: int) -> str:
    with app.app_context(), unit_of_work() as work:
        timer = work.get(CaseTimer, timer_id)
        assert timer is not None
        return timer.status


def test_firing_a_reminder_and_an_escalating_deadline(
    client: FlaskClient,
    team: dict[str, Staff],  # noqa: F811
) -> None:
    app = client.application
    # A first chunk fired before counting: the working calendar is read once a minute.
    first = _claimed(app, dispute_received(client, team, utcnow())["id"])
    with app.app_context():
        fire_timers(list(first.values()))
    case = dispute_received(client, team, utcnow())
    timers = _claimed(app, case["id"])
    assert set(timers) == {"reminder", "due"}

    with app.app_context(), sent(app) as chunk:
        fire_timers([timers["reminder"], timers["due"]])
    assert {_status(app, timer_id) for timer_id in timers.values()} == {"fired"}
    # The acceptance reminder and the overdue decision both go to the assignee and the
    # unit's supervisors. For the chunk, once: 1 the units and assignees of its timers'
    # cases; 2 those units' supervisors and the people's addresses and webhooks. Then
    # each timer: the timer and its case with its unit, locked in one statement; the
    # notifications, one INSERT … ON CONFLICT for all recipients (no deliveries: these
    # people have no email and their unit no webhook); the timer's UPDATE. SQLite also
    # sends BEGIN IMMEDIATE for each timer, and for the chunk's reading.
    assert len(chunk) <= _on(client, postgresql=8, sqlite=11)
