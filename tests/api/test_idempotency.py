"""A retried intake with the same Idempotency-Key registers one case."""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select, update

from service.cases import service as case_service
from service.db import unit_of_work, utcnow
from service.idempotency.models import IdempotencyRecord
from service.idempotency.service import IN_PROGRESS, forget_older_than, request_digest
from tests import data
from tests.conftest import Office, Staff


def post(client: FlaskClient, staff: Staff, body: dict, key: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/v1/cases", json=body, headers={**staff.headers, "Idempotency-Key": key}
    )


def test_same_key_same_body_gives_one_case_and_the_same_answer(
    client: FlaskClient, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    body = data.dispute()
    first = post(client, desk, body, "6f1c-2026-11-20-001")
    after_first = written()
    # The same body re-serialised with its keys in another order is the same request.
    again = post(client, desk, dict(reversed(list(body.items()))), "6f1c-2026-11-20-001")

    assert first.status_code == again.status_code == 201
    assert again.get_json() == first.get_json()
    assert again.headers["ETag"] == first.headers["ETag"]
    assert written() == after_first
    assert after_first["cases"] == 1


def test_same_key_other_body_is_422(
    client: FlaskClient, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    post(client, desk, data.dispute(), "key-1")
    before = written()
    response = post(client, desk, data.dispute(), "key-1")

    assert response.status_code == 422
    assert response.get_json()["error"]["code"] == "idempotency_key_reused"
    assert written() == before


def test_keys_belong_to_their_user(client: FlaskClient, office: Office, desk: Staff) -> None:
    other = office.staff(desk.role, desk.unit)
    assert post(client, desk, data.dispute(), "shared-key").status_code == 201
    assert post(client, other, data.dispute(), "shared-key").status_code == 201


def test_a_refused_request_does_not_use_up_its_key(client: FlaskClient, desk: Staff) -> None:
    body = data.dispute()
    bad = post(client, desk, {**body, "claim_amount": "-5"}, "key-2")
    assert bad.status_code == 422
    assert post(client, desk, body, "key-3").status_code == 201


def test_unusable_key_is_400(client: FlaskClient, desk: Staff) -> None:
    response = post(client, desk, data.dispute(), "x" * 201)
    assert response.status_code == 400
    assert "Idempotency-Key" in response.get_json()["error"]["fields"]


def test_keys_are_kept_for_the_configured_hours(client: FlaskClient, desk: Staff) -> None:
    post(client, desk, data.dispute(), "old-key")
    post(client, desk, data.dispute(), "new-key")
    with client.application.app_context(), unit_of_work() as work:
        work.execute(
            update(IdempotencyRecord)
            .where(IdempotencyRecord.key == "old-key")
            .values(created_at=utcnow() - timedelta(hours=25))
        )
        assert forget_older_than(db_session=work, hours=24) == 1
        work.commit()
    assert post(client, desk, data.dispute(), "new-key").status_code == 422


RETRIES = 50


def test_concurrent_retries_all_get_the_first_answer(
    client: FlaskClient,
    desk: Staff,
    written: Callable[[], dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fifty copies of one intake at once: one case, and every one of them is told so."""
    app, body = client.application, data.dispute()
    start = threading.Barrier(RETRIES)
    registered = itertools.count()
    register = case_service.register

    def unhurried(**kwargs: Any) -> Any:
        # Spread the registrations out so that some begin after the first has committed,
        # as retries over a slow network do; without it the race is rarely seen here.
        time.sleep(next(registered) * 0.01)
        return register(**kwargs)

    monkeypatch.setattr(case_service, "register", unhurried)

    def send(_: int) -> tuple[int, dict]:
        own = app.test_client()  # each request runs in its own app context and session
        start.wait()
        response = post(own, desk, body, "2026-11-23-retry-storm")
        return response.status_code, response.get_json()

    with ThreadPoolExecutor(RETRIES) as pool:
        answers = list(pool.map(send, range(RETRIES)))

    assert {status for status, _ in answers} == {201}, [a for a in answers if a[0] != 201][:3]
    assert all(answer == answers[0][1] for _, answer in answers)
    assert written()["cases"] == 1
    assert next(registered) == 1  # the retries waited for the answer instead of working


def test_a_retry_while_the_first_runs_is_told_to_retry_later(
    client: FlaskClient,
    desk: Staff,
    written: Callable[[], dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A key claimed by a request still running, as if that request were slow."""
    body = data.dispute()
    assert post(client, desk, body, "slow-key").status_code == 201
    with client.application.app_context(), unit_of_work() as work:
        work.execute(
            update(IdempotencyRecord)
            .where(IdempotencyRecord.key == "slow-key")
            .values(status_code=IN_PROGRESS, created_at=utcnow())
        )
        work.commit()
    monkeypatch.setattr("service.idempotency.service.WAIT_SECONDS", 0.2)
    before = written()

    response = post(client, desk, body, "slow-key")
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "idempotency_in_progress"
    assert response.headers["Retry-After"] == "1"
    assert written() == before


def test_a_key_whose_request_died_is_taken_over(
    client: FlaskClient, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    body = data.dispute()
    with client.application.app_context(), unit_of_work() as work:
        work.add(
            IdempotencyRecord(
                user_id=desk.user_id,
                key="dead-key",
                request_digest=request_digest(json.dumps(body).encode()),
                status_code=IN_PROGRESS,
                response={},
                created_at=utcnow() - timedelta(minutes=5),
            )
        )
        work.commit()

    response = post(client, desk, body, "dead-key")
    assert response.status_code == 201
    assert written()["cases"] == 1
    with client.application.app_context(), unit_of_work() as work:
        stored = work.scalar(select(IdempotencyRecord).where(IdempotencyRecord.key == "dead-key"))
        assert stored is not None and stored.status_code == 201
