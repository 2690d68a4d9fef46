"""The outbox relay and the consumers' once-only rule, against the real database."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from service.auth.enums import Role
from service.cases import consumers
from service.cases.models import Case, CaseEvent
from service.db import unit_of_work
from service.notifications.models import Notification
from service.outbox import service as outbox
from service.outbox.models import OutboxMessage
from tests import data
from tests.conftest import Office, Staff


@pytest.fixture(autouse=True)
def no_nudges(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests relay by hand: keep the suite's worker (if one runs) off this outbox."""
    monkeypatch.setattr(outbox, "nudge", lambda app: None)


@pytest.fixture
def desk(office: Office) -> Staff:
    office.unit("XA", "西安路街道总工会")
    office.unit("XA-HG", "和光社区联合工会", parent="XA")
    office.staff(Role.MEDIATOR, "XA-HG")
    office.staff(Role.SUPERVISOR, "XA-HG")
    office.staff(Role.SUPERVISOR, "XA")
    return office.staff(Role.INTAKE, "XA-HG")


def _register(client: FlaskClient, desk: Staff, **overrides: Any) -> dict:
    response = client.post("/api/v1/cases", json=data.dispute(**overrides), headers=desk.headers)
    assert response.status_code == 201
    return response.get_json()


def _relay(app: Flask, publish: Any) -> int:
    with app.app_context(), unit_of_work() as work:
        published = outbox.relay(db_session=work, publish=publish)
        work.commit()
    return published


def _pending(app: Flask) -> list[OutboxMessage]:
    with app.app_context(), unit_of_work() as work:
        return list(work.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_relay_hands_each_event_to_its_consumers_once(client: FlaskClient, desk: Staff) -> None:
    case = _register(client, desk)
    sent: list[tuple[str, list[Any]]] = []

    assert _relay(client.application, lambda name, args: sent.append((name, args))) == 1
    assert _relay(client.application, lambda name, args: sent.append((name, args))) == 0

    (message,) = _pending(client.application)
    assert message.case_id == case["id"]
    assert message.published_at is not None
    assert sent == [
        ("unioncase.route_case", [message.event_id]),
        ("unioncase.alert_collective", [message.event_id]),
    ]


def test_failing_messages_count_attempts_then_go_to_the_dead_letters(
    client: FlaskClient, desk: Staff, office: Office
) -> None:
    _register(client, desk)

    def broken(name: str, args: list[Any]) -> None:
        raise ValueError("cannot serialise")

    for attempt in range(1, outbox.MAX_ATTEMPTS + 1):
        assert _relay(client.application, broken) == 0
        (message,) = _pending(client.application)
        assert message.attempts == attempt
    assert message.dead_at is not None
    assert message.last_error == "ValueError: cannot serialise"
    assert _relay(client.application, lambda *a: None) == 0  # the dead are not retried

    admin = office.staff(Role.ADMIN, "XA")
    dead = client.get("/api/v1/outbox/dead", headers=admin.headers)
    assert dead.status_code == 200
    assert [d["event_id"] for d in dead.get_json()] == [message.event_id]
    assert client.get("/api/v1/outbox/dead", headers=desk.headers).status_code == 403
    # An admin of a sibling community sees none of XA-HG's dead letters (issue 7.8).
    office.unit("XA-HX", "和兴社区联合工会", parent="XA")
    sibling = office.staff(Role.ADMIN, "XA-HX")
    assert client.get("/api/v1/outbox/dead", headers=sibling.headers).get_json() == []


def test_an_unreachable_broker_stops_the_relay_without_counting(
    client: FlaskClient, desk: Staff
) -> None:
    _register(client, desk)

    def unreachable(name: str, args: list[Any]) -> None:
        raise outbox.BrokerUnavailable("connection refused")

    assert _relay(client.application, unreachable) == 0
    (message,) = _pending(client.application)
    assert (message.attempts, message.published_at, message.dead_at) == (0, None, None)


def _register_event(app: Flask, case_id: int) -> str:
    with app.app_context(), unit_of_work() as work:
        return work.scalar(
            select(CaseEvent.event_id).where(CaseEvent.case_id == case_id, CaseEvent.seq == 1)
        )


def test_consumers_act_once_per_event(client: FlaskClient, desk: Staff) -> None:
    case = _register(client, desk, workers_involved=25)
    event_id = _register_event(client.application, case["id"])

    outcomes = []
    for _ in range(3):
        with client.application.app_context(), unit_of_work() as work:
            outcomes.append(
                (
                    consumers.route_case(db_session=work, event_id=event_id),
                    consumers.alert_collective(db_session=work, event_id=event_id),
                )
            )
            work.commit()

    assert outcomes == [(True, 2), (False, 0), (False, 0)]
    with client.application.app_context(), unit_of_work() as work:
        routed = work.scalar(
            select(func.count()).where(CaseEvent.case_id == case["id"], CaseEvent.action == "route")
        )
        alerts = work.scalars(select(Notification.kind)).all()
        status = work.get(Case, case["id"]).status
    assert (routed, status) == (1, "under_review")
    assert alerts == ["collective_dispute", "collective_dispute"]
