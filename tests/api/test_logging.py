"""Log lines: JSON with the request and user, and never a whole ID number or phone."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from flask import Flask

from service import logs
from service.app import create_app
from service.cases.models import Case
from service.config import Settings
from service.db import session, utcnow
from tests import data
from tests.conftest import Staff


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.fixture
def failing_app(db: Flask, settings: Settings) -> Flask:
    """An app with one extra endpoint whose insert of a case's parties breaks a constraint."""
    app = create_app({"SETTINGS": settings})
    person = data.claimant(address="上海市徐汇区漕溪北路88号")
    parties = {f"claimant_{field}": value for field, value in person.items()}

    @app.get("/broken")
    def broken() -> str:
        # No unit or user 0: the foreign keys refuse it, with the parties in the parameters.
        session().add(
            Case(
                number="XA-LD-2026-00001", type="labour_dispute", category="wage_arrears",
                status="registered", channel="visit", unit_id=0, created_by_id=0,
                claimant_name_pinyin="", claimant_name_initials="", received_at=utcnow(),
                description="", details={}, trail_length=0, trail_head="0" * 64, **parties,
            )
        )  # fmt: skip
        session().flush()
        return "unreachable"

    app.config["PERSON"] = person
    return app


def test_a_database_error_logs_neither_id_number_nor_phone_nor_address(
    failing_app: Flask, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    person = failing_app.config["PERSON"]
    with caplog.at_level(logging.INFO):
        response = failing_app.test_client().get("/broken", headers={"X-Request-Id": "desk-7"})

    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal_error"
    logged = caplog.text + capsys.readouterr().err
    assert "IntegrityError" in logged  # the error itself is there to be read
    for value in (person["id_number"], person["phone"], person["address"]):
        assert value not in logged
    [line] = [line for line in _lines(logged) if line["level"] == "ERROR"]
    assert line["request_id"] == "desk-7"
    assert line["message"] == "unhandled IntegrityError in GET /broken"
    assert line["time"] and line["logger"] == "service.errors" and "traceback" in line


def test_the_last_guard_masks_what_a_careless_line_would_leak() -> None:
    person = data.claimant()
    record = logging.LogRecord(
        "careless", logging.INFO, __file__, 1, "called %s at %s", (person["phone"], "x"), None
    )
    record.id_number = person["id_number"]
    line = json.loads(logs.JsonFormatter().format(record))

    assert person["phone"] not in line["message"]
    assert line["message"].startswith(f"called {person['phone'][:3]}****")
    assert line["id_number"] == person["id_number"][:6] + "********" + person["id_number"][-4:]


def test_the_digits_after_a_decimal_point_are_no_id_number() -> None:
    assert logs.mask("'runtime': 0.013867449329849854") == "'runtime': 0.013867449329849854"
    assert logs.mask("took 3.13800138000 s") == "took 3.13800138000 s"
    assert logs.mask("id 11010519491231002X.") == "id 110105********002X."
    assert logs.mask("1.11010519491231002X") == "1.110105********002X"  # a numbered line


def test_request_id_is_returned_and_a_bad_one_replaced(
    client: Any, team: dict[str, Staff], capsys: pytest.CaptureFixture[str]
) -> None:
    chair = team["chair"]
    given = client.get("/api/v1/cases", headers={**chair.headers, "X-Request-Id": "abc-123"})
    assert given.headers["X-Request-Id"] == "abc-123"
    made = client.get("/api/v1/cases", headers=chair.headers)
    assert len(made.headers["X-Request-Id"]) == 32
    hostile = client.get("/api/v1/cases", headers={**chair.headers, "X-Request-Id": "a\tb" * 40})
    assert hostile.headers["X-Request-Id"] != "a\tb" * 40
    assert client.get("/api/v1/nowhere").headers["X-Request-Id"]


def test_a_line_about_a_case_names_request_user_and_case(
    client: Any, team: dict[str, Staff], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    headers = {**team["desk"].headers, "X-Request-Id": "intake-1"}
    case = client.post("/api/v1/cases", json=data.dispute(), headers=headers).get_json()
    [line] = [
        line for line in _lines(capsys.readouterr().err) if line["message"] == "case registered"
    ]
    assert line["request_id"] == "intake-1"
    assert line["user_id"] == team["desk"].user_id
    assert line["case_id"] == case["id"]
    assert line["level"] == "INFO" and line["logger"] == "service.cases.service"
