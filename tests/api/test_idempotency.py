"""A retried intake with the same Idempotency-Key registers one case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from flask.testing import FlaskClient
from sqlalchemy import update

from service.db import unit_of_work, utcnow
from service.idempotency.models import IdempotencyRecord
from service.idempotency.service import forget_older_than
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
