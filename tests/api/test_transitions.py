"""Transitions over the API: preconditions, permissions, data, and the paths of DESIGN §2."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from service.auth.enums import Role
from tests import data
from tests.api.workflow_helpers import AGREEMENT, act, do, propose, read, register, route, system
from tests.conftest import Office, Staff


def test_routing_assigns_the_named_or_least_loaded_specialist(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    assert dispute["status"] == "under_review"
    assert dispute["assignee"] == team["mediator"].username
    second = register(client, team["desk"], data.dispute())
    route(client.application, second["id"])
    # The other mediator has no open case yet.
    assert read(client, team["chair"], second["id"])["assignee"] == team["other_mediator"].username
    aid = register(client, team["desk"], data.aid())
    route(client.application, aid["id"])
    assert read(client, team["chair"], aid["id"])["assignee"] == team["caseworker"].username


def test_missing_if_match_is_428_and_stale_is_412(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, written: Callable[[], dict]
) -> None:
    before = written()
    url = f"/api/v1/cases/{dispute['id']}/transitions"
    missing = client.post(url, json={"action": "accept"}, headers=team["mediator"].headers)
    assert missing.status_code == 428
    assert missing.get_json()["error"]["code"] == "precondition_required"
    for stale in (dispute["version"] - 1, "abc"):
        response = act(client, team["mediator"], dispute["id"], "accept", version=stale)
        assert response.status_code == 412
        assert response.get_json()["error"]["code"] == "precondition_failed"
    assert written() == before


def test_accept_returns_the_case_with_its_new_etag(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    response = act(client, team["mediator"], dispute["id"], "accept", note="材料齐全，受理")
    assert response.status_code == 200
    case = response.get_json()
    assert case["status"] == "in_mediation"
    assert case["version"] == dispute["version"] + 1
    assert response.headers["ETag"] == f'"{case["version"]}"'
    assert case["allowed_actions"] == ["extend", "agree", "fail", "withdraw"]


@pytest.mark.parametrize("who", ["desk", "other_mediator", "caseworker"])
def test_people_who_may_not_act_get_403(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    who: str,
    written: Callable[[], dict],
) -> None:
    before = written()
    response = act(client, team[who], dispute["id"], "accept")
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "forbidden"
    assert written() == before


def test_system_actions_are_refused_to_people(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    do(client, team["mediator"], dispute["id"], "accept")
    response = act(client, team["chair"], dispute["id"], "deem_failed")
    assert response.status_code == 403


def test_action_not_possible_now_is_409_with_the_callers_allowed_actions(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, written: Callable[[], dict]
) -> None:
    version = dispute["version"]  # reading it now would log an unmasked read
    before = written()
    response = act(client, team["mediator"], dispute["id"], "agree", AGREEMENT, version=version)
    assert response.status_code == 409
    error = response.get_json()["error"]
    assert error["code"] == "action_not_allowed"
    assert error["allowed_actions"] == ["accept", "reject", "withdraw"]
    other = act(client, team["other_mediator"], dispute["id"], "fly", version=version)
    other = other.get_json()["error"]
    assert other["allowed_actions"] == []
    assert written() == before


def test_bad_transition_bodies_are_422(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    url = f"/api/v1/cases/{dispute['id']}/transitions"
    headers = {**team["mediator"].headers, "If-Match": f'"{dispute["version"]}"'}
    for body in (
        {},
        {"action": ""},
        {"action": "accept", "data": []},
        {"action": "accept", "x": 1},
    ):
        response = client.post(url, json=body, headers=headers)
        assert response.status_code == 422, body


def test_cases_outside_scope_are_404(
    client: FlaskClient, office: Office, team: dict[str, Staff], dispute: dict
) -> None:
    outsider = office.staff(Role.SUPERVISOR, "XA-HX")
    response = act(client, outsider, dispute["id"], "accept", version=dispute["version"])
    assert response.status_code == 404


def _in_mediation(client: FlaskClient, team: dict[str, Staff], dispute: dict) -> int:
    do(client, team["mediator"], dispute["id"], "accept")
    return dispute["id"]


def _follow_up(client: FlaskClient, team: dict[str, Staff], dispute: dict) -> int:
    case_id = _in_mediation(client, team, dispute)
    do(client, team["mediator"], case_id, "fail", {"reason": "用人单位拒绝调解"})
    return case_id


def _defaulted(client: FlaskClient, team: dict[str, Staff], dispute: dict) -> int:
    case_id = _in_mediation(client, team, dispute)
    do(client, team["mediator"], case_id, "agree", AGREEMENT)
    system(client.application, case_id, "default")
    return case_id


DISPUTE_DATA = [
    ("reject", lambda c, t, d: d["id"], {"reason", "advice"}),
    ("withdraw", lambda c, t, d: d["id"], {"reason"}),
    ("extend", _in_mediation, {"new_end_on", "both_parties_consent"}),
    ("agree", _in_mediation, {"amount", "instalments", "signed_by_both"}),
    ("fail", _in_mediation, {"reason"}),
    ("refer", _defaulted, {"advice"}),
    ("close", _follow_up, {"outcome", "satisfaction"}),
]


@pytest.mark.parametrize(
    ("action", "walk", "fields"), DISPUTE_DATA, ids=[d[0] for d in DISPUTE_DATA]
)
def test_every_dispute_action_checks_its_data(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict],
    action: str,
    walk: Callable,
    fields: set[str],
) -> None:
    case_id = walk(client, team, dispute)
    version = read(client, team["mediator"], case_id)["version"]
    before = written()
    response = act(client, team["mediator"], case_id, action, {}, version=version)
    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]["data"]) == fields
    assert written() == before


def test_reopen_needs_a_reason(client: FlaskClient, team: dict[str, Staff], dispute: dict) -> None:
    case_id = _follow_up(client, team, dispute)
    response = act(client, team["chair"], case_id, "reopen", {"reason": ""})
    assert response.status_code == 422
    assert (
        do(client, team["chair"], case_id, "reopen", {"reason": "用人单位同意重新协商"})["status"]
        == "in_mediation"
    )


def test_failed_mediation_is_referred_then_followed_up(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    case_id = _follow_up(client, team, dispute)
    case = read(client, team["mediator"], case_id)
    assert case["status"] == "follow_up"
    trail = client.get(f"/api/v1/cases/{case_id}/events", headers=team["mediator"].headers)
    assert [
        (e["action"], e["from_status"], e["to_status"], e["actor"]) for e in trail.get_json()
    ] == [
        ("register", None, "registered", team["desk"].username),
        ("route", "registered", "under_review", "system"),
        ("accept", "under_review", "in_mediation", team["mediator"].username),
        ("fail", "in_mediation", "referred", team["mediator"].username),
        ("follow", "referred", "follow_up", "system"),
    ]
    closed = do(
        client,
        team["mediator"],
        case_id,
        "close",
        {"outcome": "arbitration", "satisfaction": "satisfied"},
    )
    assert closed["status"] == "closed"
    assert closed["outcome"] == "arbitration"
    assert closed["closed_at"] is not None
    assert closed["allowed_actions"] == []


def test_agreement_moves_to_awaiting_payment(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    case_id = _in_mediation(client, team, dispute)
    case = do(client, team["mediator"], case_id, "agree", AGREEMENT)
    assert case["status"] == "awaiting_payment"
    assert case["details"]["agreement"]["amount"] == "8600.00"
    uneven = {**AGREEMENT, "amount": "9000.00"}
    assert act(client, team["mediator"], case_id, "agree", uneven).status_code == 409


def test_extension_is_kept_on_the_case(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    case_id = _in_mediation(client, team, dispute)
    extension = {"new_end_on": "2027-01-15", "both_parties_consent": True}
    assert (
        do(client, team["mediator"], case_id, "extend", extension)["details"]["mediation_ends_on"]
        == "2027-01-15"
    )
    earlier = {"new_end_on": "2027-01-10", "both_parties_consent": True}
    assert act(client, team["mediator"], case_id, "extend", earlier).status_code == 422


def test_hardship_aid_to_payout_with_four_eyes(client: FlaskClient, team: dict[str, Staff]) -> None:
    # A small union: the chair is the caseworker on this file.
    case = register(client, team["desk"], data.aid(assignee=team["chair"].username))
    route(client.application, case["id"])
    proposed = propose(client, team["chair"], case["id"])
    assert proposed["status"] == "proposed"
    assert "approve" not in proposed["allowed_actions"]

    refused = act(client, team["chair"], case["id"], "approve")
    assert refused.status_code == 403
    assert "双人复核" in refused.get_json()["error"]["message"]
    assert read(client, team["vice_chair"], case["id"])["allowed_actions"] == [
        "approve",
        "return",
        "withdraw",
    ]
    approved = do(client, team["vice_chair"], case["id"], "approve")
    assert approved["status"] == "public_notice"

    objected = do(client, team["desk"], case["id"], "object", {"objection": "邻居反映家庭收入不实"})
    assert objected["status"] == "under_review"


def test_emergency_aid_is_paid_without_notice(client: FlaskClient, team: dict[str, Staff]) -> None:
    case = register(client, team["desk"], data.aid(category="emergency"))
    route(client.application, case["id"])
    propose(client, team["caseworker"], case["id"])
    assert do(client, team["chair"], case["id"], "approve")["status"] == "payout"


AID_DATA = [
    ("propose", "caseworker", {"amount", "hardship_level"}),
    ("reject", "caseworker", {"reason"}),
    ("withdraw", "chair", {"reason"}),
]


@pytest.mark.parametrize(("action", "who", "fields"), AID_DATA, ids=[d[0] for d in AID_DATA])
def test_every_aid_action_checks_its_data(
    client: FlaskClient, team: dict[str, Staff], action: str, who: str, fields: set[str]
) -> None:
    case = register(client, team["desk"], data.aid())
    route(client.application, case["id"])
    response = act(client, team[who], case["id"], action, {"unexpected": 1})
    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]["data"]) == fields | {"unexpected"}


def test_return_and_object_need_reasons(client: FlaskClient, team: dict[str, Staff]) -> None:
    case = register(client, team["desk"], data.aid())
    route(client.application, case["id"])
    propose(client, team["caseworker"], case["id"])
    assert act(client, team["chair"], case["id"], "return", {}).status_code == 422
    do(client, team["chair"], case["id"], "approve")
    assert act(client, team["desk"], case["id"], "object", {}).status_code == 422


def test_consultation_answered(client: FlaskClient, team: dict[str, Staff]) -> None:
    case = register(client, team["desk"], data.consultation())
    assert act(client, team["desk"], case["id"], "answer", {}).status_code == 422
    answered = do(
        client, team["desk"], case["id"], "answer", {"answer": "符合金秋助学条件，可于9月申请"}
    )
    assert answered["status"] == "closed"
    assert answered["outcome"] == "answered"


def test_consultation_converted_into_a_dispute(client: FlaskClient, team: dict[str, Staff]) -> None:
    consultation = register(client, team["desk"], data.consultation(category="wage_arrears"))
    bad = act(
        client, team["desk"], consultation["id"], "convert", {"case": {"type": "labour_dispute"}}
    )
    assert bad.status_code == 422
    assert "category" in bad.get_json()["error"]["fields"]["data"]["case"]

    converted = do(client, team["desk"], consultation["id"], "convert", {"case": data.dispute()})
    assert converted["outcome"] == "converted"
    trail = client.get(f"/api/v1/cases/{consultation['id']}/events", headers=team["desk"].headers)
    new_number = trail.get_json()[-1]["payload"]["case"]["number"]
    found = client.get(f"/api/v1/cases?q={new_number}", headers=team["desk"].headers).get_json()
    assert found["items"][0]["details"]["converted_from"] == consultation["number"]
