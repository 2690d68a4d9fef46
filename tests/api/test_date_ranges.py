"""The case list's date ranges ("from,to") are read exactly as the document states them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import Staff

RANGES = [
    "opened_between",
    "closed_between",
    "active_between",
    "paid_between",
    "agreed_between",
    "breached_between",
]


def test_the_document_gives_each_range_its_form(client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    parameters = {p["name"]: p for p in document["paths"]["/api/v1/cases"]["get"]["parameters"]}
    for name in RANGES:
        schema = parameters[name]["schema"]
        assert schema["format"] == "date-range", name
        assert re.fullmatch(schema["pattern"], "2026-10-01,2026-10-31"), name
        assert not re.search(schema["pattern"], "20261001,20261031"), name
        assert "from,to" in parameters[name]["description"], name


@pytest.mark.parametrize(
    "written",
    ["", "2026-10-01", "20261001,20261031", "2026-W40-1,2026-W44-6", "2026-10-1,2026-10-31"],
)
def test_a_range_in_another_form_is_refused(client: FlaskClient, desk: Staff, written: str) -> None:
    response = client.get(
        "/api/v1/cases", query_string={"opened_between": written}, headers=desk.headers
    )
    assert response.status_code == 422, response.get_json()
    assert list(response.get_json()["error"]["fields"]) == ["opened_between"]


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("2026-10-31,2026-10-01", "the first date is after the second"),
        ("1999-12-31,2026-10-01", "must be a date from 2000-01-01"),
        ("2026-02-30,2026-03-01", "two dates separated by a comma"),
    ],
)
def test_a_range_in_form_but_not_a_range_is_refused(
    client: FlaskClient, desk: Staff, written: str, problem: str
) -> None:
    response = client.get(
        "/api/v1/cases",
        query_string={"closed_between": written},
        headers={**desk.headers, "Accept-Language": "en"},
    )
    assert response.status_code == 422, response.get_json()
    (message,) = response.get_json()["error"]["fields"]["closed_between"]
    assert message.startswith(problem), message


@pytest.mark.parametrize(
    "written", ["2026-10-01,2026-10-31", "２０２６-１０-０１,２０２６-１０-３１"]
)
def test_a_range_as_documented_is_read(client: FlaskClient, desk: Staff, written: Any) -> None:
    response = client.get(
        "/api/v1/cases", query_string={"paid_between": written}, headers=desk.headers
    )
    assert response.status_code == 200, response.get_json()
