"""Every error answers in the one JSON format, with its status and code, and writes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from service.app import create_app
from service.auth.enums import Role
from service.cases.models import CaseEvent
from service.config import Settings
from service.db import unit_of_work
from service.errors import ApiError
from service.ratelimit import Limiter
from tests import data
from tests.conftest import Office, Staff


def error_of(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    error = response.get_json()["error"]
    assert error["code"] == code
    assert error["message"]
    return error


def test_malformed_json_is_400(
    client: FlaskClient, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    before = written()
    response = client.post(
        "/api/v1/cases",
        data='{"type": "labour_dispute",',
        content_type="application/json",
        headers={**desk.headers, "Idempotency-Key": "k-malformed"},
    )
    error_of(response, 400, "bad_request")
    assert written() == before


@pytest.mark.parametrize("body", ["[1, 2]", '"case"', "null", "42"])
def test_json_that_is_not_an_object_is_400(client: FlaskClient, desk: Staff, body: str) -> None:
    response = client.post(
        "/api/v1/cases", data=body, content_type="application/json", headers=desk.headers
    )
    error_of(response, 400, "bad_request")


def test_a_body_that_is_not_json_is_400(client: FlaskClient, desk: Staff) -> None:
    response = client.post("/api/v1/cases", data="type=labour_dispute", headers=desk.headers)
    error_of(response, 400, "bad_request")


@pytest.mark.parametrize(
    "authorization", [None, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer not-a-token"]
)
def test_missing_or_bad_token_is_401(
    client: FlaskClient,
    desk: Staff,
    written: Callable[[], dict[str, int]],
    authorization: str | None,
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    before = written()
    error_of(
        client.post("/api/v1/cases", json=data.dispute(), headers=headers), 401, "unauthorized"
    )
    error_of(client.get("/api/v1/cases", headers=headers), 401, "unauthorized")
    assert written() == before


@pytest.mark.parametrize("role", [Role.MEDIATOR, Role.CASEWORKER, Role.ADMIN])
def test_roles_that_do_not_register_get_403(
    client: FlaskClient,
    office: Office,
    street: str,
    written: Callable[[], dict[str, int]],
    role: Role,
) -> None:
    staff = office.staff(role, "XA-HG")
    before = written()
    response = client.post("/api/v1/cases", json=data.dispute(), headers=staff.headers)
    error_of(response, 403, "forbidden")
    assert written() == before


def test_unknown_case_and_unknown_path_are_404(client: FlaskClient, desk: Staff) -> None:
    error_of(client.get("/api/v1/cases/999999", headers=desk.headers), 404, "not_found")
    error_of(client.get("/api/v1/no-such-thing", headers=desk.headers), 404, "not_found")
    error_of(client.get("/api/v1/cases/abc", headers=desk.headers), 404, "not_found")


def test_wrong_method_is_405(client: FlaskClient, desk: Staff) -> None:
    error_of(client.delete("/api/v1/cases", headers=desk.headers), 405, "method_not_allowed")
    error_of(client.put("/api/v1/cases/1", headers=desk.headers), 405, "method_not_allowed")


def test_body_over_one_mebibyte_is_413(
    client: FlaskClient, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    before = written()
    body = data.dispute(description="欠" * 400_000)  # 1.2 MB in UTF-8
    response = client.post("/api/v1/cases", json=body, headers=desk.headers)
    error_of(response, 413, "payload_too_large")
    assert written() == before


def test_open_duplicate_is_409_naming_the_case(
    client: FlaskClient, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    body = data.dispute()
    first = client.post("/api/v1/cases", json=body, headers=desk.headers).get_json()
    before = written()

    error = error_of(
        client.post("/api/v1/cases", json=body, headers=desk.headers), 409, "duplicate_case"
    )
    assert error["existing_case"] == first["number"]
    assert first["number"] in error["message"]
    assert written() == before


@pytest.mark.parametrize(
    "body",
    [data.dispute(employer={"name": "和光餐饮店"}), data.aid()],
    ids=["employer by name only", "no employer"],
)
def test_a_duplicate_without_a_credit_code_is_found(
    client: FlaskClient, desk: Staff, body: dict
) -> None:
    first = client.post("/api/v1/cases", json=body, headers=desk.headers)
    assert first.status_code == 201, first.get_json()
    error = error_of(
        client.post("/api/v1/cases", json=body, headers=desk.headers), 409, "duplicate_case"
    )
    assert error["existing_case"] == first.get_json()["number"]


@pytest.mark.parametrize(
    ("first_code", "second_code"),
    [(True, False), (False, True)],
    ids=["second without the code", "first without the code"],
)
def test_an_employer_named_with_its_code_once_and_by_name_once_is_the_same(
    client: FlaskClient, desk: Staff, first_code: bool, second_code: bool
) -> None:
    employer = {"name": "和光餐饮店", "credit_code": data.dispute()["employer"]["credit_code"]}
    by_name = {"name": employer["name"]}
    body = data.dispute(employer=employer if first_code else by_name)
    first = client.post("/api/v1/cases", json=body, headers=desk.headers)
    assert first.status_code == 201, first.get_json()

    again = {**body, "employer": employer if second_code else by_name}
    error = error_of(
        client.post("/api/v1/cases", json=again, headers=desk.headers), 409, "duplicate_case"
    )
    assert error["existing_case"] == first.get_json()["number"]


def test_two_credit_codes_are_two_employers_whatever_their_names(
    client: FlaskClient, desk: Staff
) -> None:
    body = data.dispute()
    assert client.post("/api/v1/cases", json=body, headers=desk.headers).status_code == 201
    branch = {**body["employer"], "credit_code": data.dispute()["employer"]["credit_code"]}
    assert branch["credit_code"] != body["employer"]["credit_code"]
    response = client.post("/api/v1/cases", json={**body, "employer": branch}, headers=desk.headers)
    assert response.status_code == 201, response.get_json()


def test_duplicate_allowed_on_request_and_recorded(client: FlaskClient, desk: Staff) -> None:
    body = data.dispute()
    first = client.post("/api/v1/cases", json=body, headers=desk.headers).get_json()
    response = client.post(
        "/api/v1/cases", json={**body, "allow_duplicate": True}, headers=desk.headers
    )
    assert response.status_code == 201
    second = response.get_json()
    assert second["number"] != first["number"]
    with client.application.app_context(), unit_of_work() as work:
        event = work.scalars(select(CaseEvent).where(CaseEvent.case_id == second["id"])).one()
    assert event.payload["allowed_duplicate_of"] == first["number"]


def test_same_person_other_category_or_employer_is_not_a_duplicate(
    client: FlaskClient, desk: Staff
) -> None:
    body = data.dispute()
    assert client.post("/api/v1/cases", json=body, headers=desk.headers).status_code == 201
    other_category = {**body, "category": "overtime"}
    other_employer = {**body, "employer": {"name": "另一家餐饮管理有限公司"}}
    assert (
        client.post("/api/v1/cases", json=other_category, headers=desk.headers).status_code == 201
    )
    assert (
        client.post("/api/v1/cases", json=other_employer, headers=desk.headers).status_code == 201
    )


def test_bad_list_filters_are_422(client: FlaskClient, desk: Staff) -> None:
    queries = (
        "page=0",
        "per_page=1000",
        "sort=name",
        "type=x",
        "opened_from=today",
        "q=",
        "stauts=x",
    )
    for query in queries:
        response = client.get(f"/api/v1/cases?{query}", headers=desk.headers)
        error_of(response, 422, "validation_failed")


def test_too_many_requests_is_429_with_retry_after(
    db: Flask, settings: Settings, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    limited = create_app({"SETTINGS": settings.replace(rate_limit_per_minute=3), "TESTING": True})
    client = limited.test_client()
    for _ in range(3):
        assert client.get("/api/v1/cases", headers=desk.headers).status_code == 200
    before = written()
    response = client.post("/api/v1/cases", json=data.dispute(), headers=desk.headers)
    error = error_of(response, 429, "rate_limited")
    assert 1 <= int(response.headers["Retry-After"]) <= 61
    assert error["retry_after"] == int(response.headers["Retry-After"])
    assert written() == before


def test_the_limit_is_per_user_and_per_minute() -> None:
    limiter = Limiter(per_minute=2)
    limiter.hit(1, now=0.0)
    limiter.hit(1, now=1.0)
    limiter.hit(2, now=1.0)
    with pytest.raises(ApiError):
        limiter.hit(1, now=30.0)
    limiter.hit(1, now=60.5)  # the first request has left the window


def test_a_refused_intake_spends_no_number_and_names_what_is_wrong(
    client: FlaskClient, office: Office, desk: Staff
) -> None:
    """The number is issued with the reads that may refuse the intake: a refusal rolls it
    back, so the next case takes the number the refused one would have had."""
    mediator = office.staff(Role.MEDIATOR, "XA-HG")
    elsewhere = office.staff(Role.MEDIATOR, "XA-HX")
    english = {**desk.headers, "Accept-Language": "en"}
    body = data.dispute(assignee=mediator.username)
    first = client.post("/api/v1/cases", json=body, headers=desk.headers).get_json()
    assert first["number"].endswith("-00001")
    assert first["assignee"] == mediator.username

    error_of(client.post("/api/v1/cases", json=body, headers=desk.headers), 409, "duplicate_case")
    refusals = [
        ("nobody", "no such person in the case's unit"),
        (elsewhere.username, "no such person in the case's unit"),
        (desk.username, f"must be a mediator / supervisor; {desk.username} is intake"),
    ]
    for assignee, message in refusals:
        response = client.post(
            "/api/v1/cases", json=data.dispute(assignee=assignee), headers=english
        )
        error = error_of(response, 422, "validation_failed")
        assert error["fields"] == {"assignee": [message]}

    second = client.post("/api/v1/cases", json=data.dispute(), headers=desk.headers).get_json()
    assert second["number"].endswith("-00002")
