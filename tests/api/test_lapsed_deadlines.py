"""A deadline that passed before its stage was done is a breach, even if no sweep fired it."""

from __future__ import annotations

from datetime import timedelta

from flask.testing import FlaskClient
from sqlalchemy import select

from service.db import unit_of_work, utcnow
from service.timers.models import CaseTimer
from tests import data
from tests.api.workflow_helpers import do, register, route
from tests.conftest import Staff


def _acceptance_deadline(client: FlaskClient, case_id: int) -> str:
    with client.application.app_context(), unit_of_work() as work:
        return work.scalar(
            select(CaseTimer.status).where(
                CaseTimer.case_id == case_id,
                CaseTimer.kind == "acceptance_decision",
                CaseTimer.purpose == "due",
            )
        )


def _breached(client: FlaskClient, chair: Staff) -> list[str]:
    answer = client.get("/api/v1/cases?breached=acceptance_decision", headers=chair.headers)
    return [case["number"] for case in answer.get_json()["items"]]


def test_an_acceptance_after_its_deadline_counts_as_breached(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    received = (utcnow() - timedelta(days=10)).isoformat()
    mediator = team["mediator"].username
    late = register(client, team["desk"], data.dispute(received_at=received, assignee=mediator))
    route(client.application, late["id"])
    do(client, team["mediator"], late["id"], "accept")  # before any sweep fired the timer

    assert _acceptance_deadline(client, late["id"]) == "lapsed"
    assert _breached(client, team["chair"]) == [late["number"]]


def test_an_acceptance_in_time_is_met(client: FlaskClient, team: dict[str, Staff]) -> None:
    now = utcnow().isoformat()
    case = register(
        client, team["desk"], data.dispute(received_at=now, assignee=team["mediator"].username)
    )
    route(client.application, case["id"])
    do(client, team["mediator"], case["id"], "accept")

    assert _acceptance_deadline(client, case["id"]) == "cancelled"
    assert _breached(client, team["chair"]) == []
