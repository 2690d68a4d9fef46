"""The access log of unmasked reads, and GET /api/v1/audit/access (issue 7.7, issue 9.4)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from service.auth.enums import Role
from service.fields import today
from tests import data
from tests.api.workflow_helpers import register, route
from tests.conftest import Office, Staff

ACCESS = "/api/v1/audit/access"


def _log(client: FlaskClient, staff: Staff, **query: str) -> dict:
    response = client.get(ACCESS, query_string=query, headers=staff.headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_each_unmasked_read_is_recorded_with_who_which_case_and_where(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    chair, mediator = team["chair"], team["mediator"]
    # Intake by the desk showed the data masked; the chair has read the case once.
    assert _log(client, chair)["total"] == 1

    client.get(f"/api/v1/cases/{dispute['id']}", headers=team["desk"].headers)  # masked
    client.get(f"/api/v1/cases/{dispute['id']}", headers=mediator.headers)
    client.get("/api/v1/cases", headers={**chair.headers, "X-Request-Id": "list-1"})

    page = _log(client, chair)
    assert page["total"] == 3
    newest, middle, _ = page["items"]
    assert (middle["user"], middle["role"]) == (mediator.username, "mediator")
    assert middle["endpoint"] == f"GET /api/v1/cases/{dispute['id']}"
    assert (newest["user"], newest["endpoint"], newest["request_id"]) == (
        chair.username,
        "GET /api/v1/cases",
        "list-1",
    )
    for item in page["items"]:
        assert (item["case_id"], item["case_number"], item["unit"]) == (
            dispute["id"],
            dispute["number"],
            "XA-HG",
        )
        assert item["read_at"].endswith("+08:00")


def test_a_write_that_answers_unmasked_is_recorded_with_it(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    response = client.post(
        f"/api/v1/cases/{dispute['id']}/transitions",
        json={"action": "accept"},
        headers={**team["mediator"].headers, "If-Match": f'"{dispute["version"]}"'},
    )
    assert response.status_code == 200
    read, _ = _log(client, team["chair"])["items"]
    assert read["endpoint"] == f"POST /api/v1/cases/{dispute['id']}/transitions"


def test_a_replayed_answer_that_shows_the_data_unmasked_is_recorded_again(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    chair = team["chair"]  # a supervisor sees the claimant unmasked in the intake's answer
    headers = {**chair.headers, "Idempotency-Key": "intake-once"}
    body = data.dispute()
    first = client.post("/api/v1/cases", json=body, headers=headers)
    again = client.post("/api/v1/cases", json=body, headers=headers)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "*" not in again.get_json()["claimant"]["id_number"]
    reads = _log(client, chair)["items"]
    assert [(item["case_id"], item["endpoint"]) for item in reads] == [
        (first.get_json()["id"], "POST /api/v1/cases")
    ] * 2


def test_filters_by_user_and_period_and_pages(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    chair, vice = team["chair"], team["vice_chair"]
    for _ in range(3):
        client.get(f"/api/v1/cases/{dispute['id']}", headers=chair.headers)
    client.get(f"/api/v1/cases/{dispute['id']}", headers=vice.headers)

    assert _log(client, chair, user=vice.username)["total"] == 1
    assert _log(client, chair, user="nobody")["total"] == 0
    day = today().isoformat()
    assert _log(client, chair, **{"from": day, "to": day})["total"] == 5  # with the first read
    assert _log(client, chair, **{"to": "2026-01-01"})["total"] == 0
    page = _log(client, chair, per_page="3", page="2")
    assert (page["total"], len(page["items"]), page["page"]) == (5, 2, 2)


def test_supervisors_see_only_their_units_reads(
    client: FlaskClient, office: Office, team: dict[str, Staff], dispute: dict
) -> None:
    client.get(f"/api/v1/cases/{dispute['id']}", headers=team["chair"].headers)
    sibling_chair = office.staff(Role.SUPERVISOR, "XA-HX")
    sibling_case = register(client, office.staff(Role.INTAKE, "XA-HX"), data.dispute())
    route(client.application, sibling_case["id"])
    client.get(f"/api/v1/cases/{sibling_case['id']}", headers=sibling_chair.headers)
    street_admin = office.staff(Role.ADMIN, "XA")

    assert [i["unit"] for i in _log(client, team["chair"])["items"]] == ["XA-HG", "XA-HG"]
    assert [i["unit"] for i in _log(client, sibling_chair)["items"]] == ["XA-HX"]
    assert sorted(i["unit"] for i in _log(client, street_admin)["items"]) == [
        "XA-HG",
        "XA-HG",
        "XA-HX",
    ]


@pytest.mark.parametrize("role", ["desk", "mediator", "caseworker"])
def test_only_supervisors_and_admins_read_the_access_log(
    client: FlaskClient, team: dict[str, Staff], role: str
) -> None:
    assert client.get(ACCESS, headers=team[role].headers).status_code == 403
    assert client.get(ACCESS).status_code == 401


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"from": "2026-11-20", "to": "2026-11-01"}, "to"),
        ({"from": "yesterday"}, "from"),
        ({"page": "0"}, "page"),
        ({"per_page": "1000"}, "per_page"),
        ({"user": ""}, "user"),
        ({"sort": "user"}, "sort"),
    ],
)
def test_bad_filters_are_422_naming_the_field(
    client: FlaskClient,
    team: dict[str, Staff],
    written: Callable[[], dict],
    query: dict,
    field: str,
) -> None:
    before = written()
    response = client.get(ACCESS, query_string=query, headers=team["chair"].headers)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert written() == before
