"""Whatever is sent, the answer is never a 500 and a refused request writes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from flask.testing import FlaskClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import data
from tests.api.workflow_helpers import do, register, route
from tests.conftest import Staff

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "8600.00", "2026-11-20", "2026-13-45T25:61:00+08:00", "1e400",
                     "11010519491231002X", "labour_dispute", "wage_arrears", "\x00", "Ω" * 20]),
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [*data.dispute(), "unit", "assignee", "allow_duplicate", "household_size"]
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _mutated(base: dict[str, Any], changes: dict[str, Any], dropped: list[str]) -> dict[str, Any]:
    body = {**base, **changes}
    for name in dropped:
        body.pop(name, None)
    return body


@SETTINGS
@given(
    changes=st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=4),
    dropped=st.lists(st.sampled_from(FIELDS), max_size=3),
)
def test_intake_never_fails_with_500(
    client: FlaskClient,
    desk: Staff,
    written: Callable[[], dict[str, int]],
    changes: dict[str, Any],
    dropped: list[str],
) -> None:
    body = _mutated(data.dispute(), changes, dropped)
    before = written()
    response = client.post(
        "/api/v1/cases", data=json.dumps(body), content_type="application/json",
        headers=desk.headers,
    )  # fmt: skip
    assert response.status_code != 500, response.get_json()
    assert response.get_json()["error" if response.status_code >= 400 else "number"]
    if response.status_code >= 400:
        assert written() == before


@SETTINGS
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_as_a_body_are_refused_cleanly(
    client: FlaskClient, desk: Staff, raw: bytes
) -> None:
    response = client.post(
        "/api/v1/cases", data=raw, content_type="application/json", headers=desk.headers
    )
    assert response.status_code in (400, 409, 422, 201)
    assert response.is_json


DATA_FIELDS = ["reason", "advice", "amount", "instalments", "new_end_on",
               "both_parties_consent", "signed_by_both", "outcome", "satisfaction"]  # fmt: skip
INSTALMENTS = st.lists(st.dictionaries(st.sampled_from(["due_on", "amount"]), SCALARS), max_size=3)
ACTION_DATA = (
    st.fixed_dictionaries({}, optional={name: VALUES | INSTALMENTS for name in DATA_FIELDS})
    | VALUES
)
ACTIONS = ["accept", "reject", "agree", "extend", "withdraw", "fail", "deem_failed", "fly"]


@settings(SETTINGS, max_examples=250)
@given(
    action=st.sampled_from(ACTIONS) | SCALARS,
    payload=ACTION_DATA,
    note=st.just("") | st.text(max_size=10) | VALUES,
    accepted=st.booleans(),
)
@example(action="reject", payload={"reason": [], "advice": 1}, note="", accepted=False)
@example(action="withdraw", payload={"reason": {"x": 1}}, note="", accepted=True)
@example(action="agree", payload={"amount": 1e400, "instalments": [{"due_on": 5}]}, note="",
         accepted=True)  # fmt: skip
@example(action="extend", payload={"new_end_on": [], "both_parties_consent": "yes"}, note="",
         accepted=True)  # fmt: skip
def test_transitions_never_fail_with_500(
    client: FlaskClient,
    team: dict[str, Staff],
    action: Any,
    payload: Any,
    note: Any,
    accepted: bool,
) -> None:
    # A new case for every example, under review or in mediation: what one example does
    # cannot hide the next.
    case = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(client.application, case["id"])
    if accepted:
        do(client, team["mediator"], case["id"], "accept")
    url = f"/api/v1/cases/{case['id']}"
    version = client.get(url, headers=team["chair"].headers).get_json()["version"]
    response = client.post(
        f"{url}/transitions",
        data=json.dumps({"action": action, "data": payload, "note": note}),
        content_type="application/json",
        headers={**team["chair"].headers, "If-Match": f'"{version}"'},
    )
    assert response.status_code in (200, 403, 409, 422), response.get_json()
