"""Input no one writes by hand: each gets a JSON 4xx and writes nothing (issue 7, defect 10)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests import data
from tests.api.workflow_helpers import AGREEMENT, act, do
from tests.conftest import Staff

NUL = "\x00"
SESSION = {"held_at": "2026-11-21T14:00:00+08:00", "place": "调解室", "attendees": ["王芳"]}
PAYMENT = {"instalment": 1, "amount": "4300.00", "method": "cash", "reference": "R-1",
           "paid_on": "2026-11-20"}  # fmt: skip


def _post(client: FlaskClient, url: str, body: Any, headers: dict[str, str]) -> Any:
    """POST ``body`` as JSON text exactly as given (a lone surrogate survives as \\ud800)."""
    raw = body if isinstance(body, str) else json.dumps(body)
    return client.post(url, data=raw, content_type="application/json", headers=headers)


def _refused(response: Any, status: int = 422) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    error = response.get_json()["error"]
    assert error["code"] == ("validation_failed" if status == 422 else error["code"])
    return error


INTAKE_TEXTS: list[tuple[str, dict[str, Any], list[str]]] = [
    ("claimant name", {"claimant": data.claimant(name=f"王{NUL}芳")}, ["claimant", "name"]),
    ("address", {"claimant": data.claimant(address=f"和光路{NUL}1号")}, ["claimant", "address"]),
    ("employer", {"employer": {"name": f"某{NUL}公司"}}, ["employer", "name"]),
    ("description", {"description": f"拖欠{NUL}工资"}, ["description"]),
    ("unknown field's name", {f"x{NUL}": "1"}, ["x{escaped}"]),
]


@pytest.mark.parametrize(
    ("change", "path"), [c[1:] for c in INTAKE_TEXTS], ids=[c[0] for c in INTAKE_TEXTS]
)
@pytest.mark.parametrize("bad", [NUL, "\ud800"], ids=["NUL", "lone surrogate"])
def test_intake_text_with_a_nul_or_a_lone_surrogate_is_422(
    client: FlaskClient,
    desk: Staff,
    written: Callable[[], dict[str, int]],
    change: dict[str, Any],
    path: list[str],
    bad: str,
) -> None:
    # json.dumps escapes both as \u0000 and \ud800, as a client's JSON library would.
    body = json.loads(json.dumps(data.dispute(**change)).replace("\\u0000", json.dumps(bad)[1:-1]))
    before = written()

    error = _refused(_post(client, "/api/v1/cases", body, desk.headers))

    messages: Any = error["fields"]
    escaped = bad.encode("unicode_escape").decode("ascii")  # a key is shown back escaped
    for key in path:
        messages = messages[key.replace("{escaped}", escaped)]
    assert messages and isinstance(messages, list)
    assert written() == before


def test_a_lone_surrogate_anywhere_is_422_and_named_in_english(
    client: FlaskClient, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    raw = json.dumps(data.dispute(description="X")).replace('"X"', '"\\ud800"')
    before = written()
    response = _post(client, "/api/v1/cases", raw, {**desk.headers, "Accept-Language": "en"})
    error = _refused(response)
    assert "surrogate" in error["fields"]["description"][0]
    assert written() == before


def test_the_search_text_with_a_nul_is_422(client: FlaskClient, desk: Staff) -> None:
    error = _refused(client.get("/api/v1/cases?q=%00", headers=desk.headers))
    assert error["fields"]["q"] == ["含有空字符（U+0000）；请去掉后再提交"]


@pytest.mark.parametrize("bad", [NUL, "\ud800"], ids=["NUL", "lone surrogate"])
def test_texts_of_case_work_with_unwritable_characters_are_422(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict[str, int]],
    bad: str,
) -> None:
    case_url = f"/api/v1/cases/{dispute['id']}"
    mediator, chair = team["mediator"], team["chair"]
    version = {"If-Match": f'"{dispute["version"]}"'}
    before = written()

    assignment = {"assignee": team["other_mediator"].username, "note": f"转{bad}交"}
    fields = _refused(_post(client, f"{case_url}/assignment", assignment, chair.headers))["fields"]
    assert list(fields) == ["note"]
    for body in (
        {"action": "accept", "note": f"受{bad}理", "data": {}},
        {"action": "reject", "data": {"reason": f"不{bad}属于", "advice": "仲裁"}},
        {"action": "reject", "data": {f"reason{bad}": "x", "advice": "仲裁"}},
        {"action": f"accept{bad}", "data": {}},
    ):
        response = _post(client, f"{case_url}/transitions", body, {**mediator.headers, **version})
        _refused(response)
    assert written() == before

    do(client, mediator, dispute["id"], "accept")
    before = written()
    session = {**SESSION, "notes": f"双方{bad}到场"}
    assert (
        "notes"
        in _refused(_post(client, f"{case_url}/sessions", session, mediator.headers))["fields"]
    )
    do(client, mediator, dispute["id"], "agree", AGREEMENT)
    before = written()
    payment = {**PAYMENT, "reference": f"R{bad}1"}
    fields = _refused(_post(client, f"{case_url}/payments", payment, mediator.headers))["fields"]
    assert list(fields) == ["reference"]
    assert written() == before


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/cases/2147483648",
        "/api/v1/cases/99999999999999999999999/events",
        "/api/v1/cases/0",
    ],
)
def test_ids_no_row_can_have_are_404(client: FlaskClient, desk: Staff, url: str) -> None:
    response = client.get(url, headers=desk.headers)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_ids_beyond_the_database_integer_are_404_on_writes(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    for url, body in (
        ("/api/v1/cases/2147483648/transitions", {"action": "accept"}),
        ("/api/v1/cases/2147483648/payments", PAYMENT),
        ("/api/v1/worklist/99999999999/done", None),
    ):
        response = client.post(url, json=body, headers={**team["chair"].headers, "If-Match": '"1"'})
        assert response.status_code == 404, url


def test_the_largest_id_is_a_case_that_does_not_exist(client: FlaskClient, desk: Staff) -> None:
    response = client.get("/api/v1/cases/2147483647", headers=desk.headers)
    assert response.status_code == 404
    assert response.get_json()["error"]["message"] == "没有这个案件"


@pytest.mark.parametrize("page", ["99999999999999999999", "100001", "0"])
def test_a_page_past_any_office_is_422(client: FlaskClient, desk: Staff, page: str) -> None:
    assert (
        "page" in _refused(client.get(f"/api/v1/cases?page={page}", headers=desk.headers))["fields"]
    )


@pytest.mark.parametrize(
    "moment",
    ["0001-01-01T00:00:00", "0001-01-01T00:00:00+08:00", "9999-12-31T23:59:59-05:00",
     "1900-01-01T09:00:00", "1999-12-31T09:00:00+08:00"],
)  # fmt: skip
def test_moments_outside_the_offices_reach_are_422(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict[str, int]],
    moment: str,
) -> None:
    desk, mediator = team["desk"], team["mediator"]
    before = written()
    error = _refused(_post(client, "/api/v1/cases", data.dispute(received_at=moment), desk.headers))
    assert list(error["fields"]) == ["received_at"]
    for key in ("opened_from", "opened_to", "closed_from"):
        response = client.get("/api/v1/cases", query_string={key: moment}, headers=desk.headers)
        assert list(_refused(response)["fields"]) == [key]
    do(client, mediator, dispute["id"], "accept")
    before = written()
    url = f"/api/v1/cases/{dispute['id']}/sessions"
    error = _refused(_post(client, url, {**SESSION, "held_at": moment}, mediator.headers))
    assert list(error["fields"]) == ["held_at"]
    assert written() == before


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1999-12-31", "2099-01-01"])
def test_dates_of_transitions_outside_the_offices_reach_are_422(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict[str, int]],
    day: str,
) -> None:
    mediator = team["mediator"]
    version = do(client, mediator, dispute["id"], "accept")["version"]
    before = written()  # the version is given, so no read of the case is logged in between
    extend = {"new_end_on": day, "both_parties_consent": True}
    error = _refused(act(client, mediator, dispute["id"], "extend", extend, version=version))
    assert list(error["fields"]["data"]) == ["new_end_on"]
    agreement = {**AGREEMENT, "instalments": [{"due_on": day, "amount": "8600.00"}]}
    error = _refused(act(client, mediator, dispute["id"], "agree", agreement, version=version))
    assert list(error["fields"]["data"]) == ["instalments"]
    intake = data.dispute(known_on=day if day < "2026" else "1999-12-31")
    error = _refused(_post(client, "/api/v1/cases", intake, team["desk"].headers))
    assert list(error["fields"]) == ["known_on"]
    assert written() == before


def test_json_nested_five_thousand_deep_is_400(
    client: FlaskClient, desk: Staff, written: Callable[[], dict[str, int]]
) -> None:
    before = written()
    for raw in ("[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000):
        response = _post(client, "/api/v1/cases", raw, desk.headers)
        assert response.status_code == 400, response.get_data(as_text=True)
        assert response.get_json()["error"]["message"] == "请求内容嵌套层数过多（最多 16 层）"
    deep_data = {"action": "accept", "data": {"x": json.loads("[" * 20 + "]" * 20)}}
    response = _post(client, "/api/v1/cases/1/transitions", deep_data, desk.headers)
    assert response.status_code == 400
    assert written() == before


def test_a_method_an_address_does_not_take_is_405_with_allow(
    client: FlaskClient, desk: Staff
) -> None:
    response = client.delete("/api/v1/cases", headers=desk.headers)
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, HEAD, OPTIONS, POST"
    assert response.get_json()["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize(("if_match", "status"), [("", 400), ("3", 400), ('"abc"', 412)])
def test_an_if_match_that_is_no_etag_is_400_and_a_foreign_one_412(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, if_match: str, status: int
) -> None:
    url = f"/api/v1/cases/{dispute['id']}/transitions"
    headers = {**team["mediator"].headers, "If-Match": if_match}
    response = client.post(url, json={"action": "accept"}, headers=headers)
    assert response.status_code == status


@pytest.mark.parametrize("query", ["from=0001-01-01", "to=9999-12-31", "user=%00"])
def test_the_access_log_query_outside_reach_is_422(
    client: FlaskClient, team: dict[str, Staff], query: str
) -> None:
    response = client.get(f"/api/v1/audit/access?{query}", headers=team["chair"].headers)
    assert response.status_code == 422, response.get_data(as_text=True)
