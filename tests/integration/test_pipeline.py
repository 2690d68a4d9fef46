"""Intake to review with a real worker on the real broker, and events delivered twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from service.auth.enums import Role
from service.cases.models import Case, CaseEvent
from service.db import unit_of_work
from service.notifications.models import Notification
from tests import data, support
from tests.conftest import Office, Staff


@pytest.fixture
def desk(office: Office) -> Staff:
    office.unit("XA", "西安路街道总工会")
    office.unit("XA-HG", "和光社区联合工会", parent="XA")
    office.staff(Role.SUPERVISOR, "XA")
    office.staff(Role.SUPERVISOR, "XA-HG")
    return office.staff(Role.INTAKE, "XA-HG")


def _case(app: Flask, case_id: int) -> Case:
    with app.app_context(), unit_of_work() as work:
        return work.get(Case, case_id)


def _count(app: Flask, statement) -> int:  # type: ignore[no-untyped-def]
    with app.app_context(), unit_of_work() as work:
        return work.scalar(statement) or 0


def _finished(worker_log: Path, task_id: str) -> bool:
    """Whether the worker has finished the run ``task_id``."""
    return re.search(rf"\[{task_id}\] succeeded", worker_log.read_text()) is not None


def test_intake_reaches_review_with_an_assignee_by_itself(
    client: FlaskClient, office: Office, desk: Staff, worker: Path
) -> None:
    mediator = office.staff(Role.MEDIATOR, "XA-HG")
    response = client.post("/api/v1/cases", json=data.dispute(), headers=desk.headers)
    assert response.status_code == 201
    case_id = response.get_json()["id"]

    routed = support.wait_for(
        lambda: (case := _case(client.application, case_id)).status == "under_review" and case,
        timeout=30,
    )
    assert routed.assignee_id == mediator.user_id
    with client.application.app_context(), unit_of_work() as work:
        note = work.scalar(
            select(CaseEvent.note).where(CaseEvent.case_id == case_id, CaseEvent.action == "route")
        )
    assert note.endswith(f"（{mediator.username}）")  # the trail says who routing chose


def test_collective_dispute_alerts_supervisors_at_once(
    client: FlaskClient, office: Office, desk: Staff, worker: Path
) -> None:
    office.staff(Role.MEDIATOR, "XA-HG")
    body = data.dispute(workers_involved=32, description="32名农民工被拖欠工资")
    case_id = client.post("/api/v1/cases", json=body, headers=desk.headers).get_json()["id"]

    alerts = select(func.count()).where(Notification.case_id == case_id)
    support.wait_for(lambda: _count(client.application, alerts) == 2, timeout=30)


def test_an_event_delivered_twice_has_one_effect(
    client: FlaskClient, office: Office, desk: Staff, worker: Path
) -> None:
    office.staff(Role.MEDIATOR, "XA-HG")
    body = data.dispute(workers_involved=12)
    case_id = client.post("/api/v1/cases", json=body, headers=desk.headers).get_json()["id"]
    routes = select(func.count()).where(CaseEvent.case_id == case_id, CaseEvent.action == "route")
    support.wait_for(lambda: _count(client.application, routes) == 1, timeout=30)
    event_id = _count(
        client.application,
        select(CaseEvent.event_id).where(CaseEvent.case_id == case_id, CaseEvent.seq == 1),
    )
    alerts = select(func.count()).where(Notification.case_id == case_id)

    celery = client.application.extensions["celery"]
    redelivered = [
        celery.send_task(f"unioncase.{task}", args=[event_id]).id
        for _ in range(2)
        for task in ("route_case", "alert_collective")
    ]
    # Wait for these four runs by their task ids: the first delivery may finish at any time.
    support.wait_for(lambda: all(_finished(worker, task_id) for task_id in redelivered), timeout=30)

    assert _count(client.application, routes) == 1
    assert _count(client.application, alerts) == 2
