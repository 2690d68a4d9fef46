"""Assignment, mediation sessions, the audit trail and its verification."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import text

from service.auth.enums import Role
from tests import data
from tests.api.workflow_helpers import do, read, register
from tests.conftest import Office, Staff

SESSION = {
    "held_at": "2026-11-21T14:00:00+08:00",
    "place": "和光社区工会调解室",
    "attendees": ["张秀兰", "某某建筑劳务有限公司 李经理", "调解员"],
    "notes": "单位同意分两期支付",
    "offer": "6000.00",
    "counter_offer": "8600",
}


def assign(client: FlaskClient, staff: Staff, case_id: int, username: str):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/cases/{case_id}/assignment",
        json={"assignee": username, "note": "调整工作量"},
        headers=staff.headers,
    )


def test_supervisor_reassigns(client: FlaskClient, team: dict[str, Staff], dispute: dict) -> None:
    response = assign(client, team["chair"], dispute["id"], team["other_mediator"].username)
    assert response.status_code == 200
    case = response.get_json()
    assert case["assignee"] == team["other_mediator"].username
    assert case["version"] == dispute["version"] + 1
    # The new mediator may act; the old one no longer may.
    assert read(client, team["other_mediator"], dispute["id"])["allowed_actions"] == [
        "accept",
        "reject",
        "withdraw",
    ]
    assert read(client, team["mediator"], dispute["id"])["allowed_actions"] == []
    trail = client.get(f"/api/v1/cases/{dispute['id']}/events", headers=team["chair"].headers)
    assert trail.get_json()[-1]["payload"] == {
        "from": team["mediator"].username,
        "to": team["other_mediator"].username,
    }


@pytest.mark.parametrize(
    ("who", "assignee", "status"),
    [
        ("mediator", "other_mediator", 403),
        ("desk", "other_mediator", 403),
        ("chair", "caseworker", 422),
        ("chair", "sibling_mediator", 422),
        ("chair", "nobody", 422),
    ],
)
def test_bad_assignments_are_refused(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict],
    who: str,
    assignee: str,
    status: int,
) -> None:
    username = team[assignee].username if assignee in team else assignee
    before = written()
    assert assign(client, team[who], dispute["id"], username).status_code == status
    assert written() == before


def test_closed_cases_are_not_reassigned(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    do(client, team["chair"], dispute["id"], "withdraw", {"reason": "劳动者撤回申请"})
    response = assign(client, team["chair"], dispute["id"], team["other_mediator"].username)
    assert response.status_code == 409


def test_sessions_are_logged_in_mediation_and_listed(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    url = f"/api/v1/cases/{dispute['id']}/sessions"
    early = client.post(url, json=SESSION, headers=team["mediator"].headers)
    assert early.status_code == 409

    do(client, team["mediator"], dispute["id"], "accept")
    response = client.post(url, json=SESSION, headers=team["mediator"].headers)
    assert response.status_code == 201
    logged = response.get_json()
    assert logged["offer"] == "6000.00"
    assert logged["counter_offer"] == "8600.00"
    assert logged["held_at"] == "2026-11-21T14:00:00+08:00"

    case = read(client, team["mediator"], dispute["id"])
    assert [s["place"] for s in case["sessions"]] == ["和光社区工会调解室"]
    trail = client.get(f"/api/v1/cases/{dispute['id']}/events", headers=team["mediator"].headers)
    assert trail.get_json()[-1]["action"] == "log_session"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"held_at": "2999-01-01T09:00:00+08:00"}, "held_at"),
        ({"attendees": []}, "attendees"),
        ({"place": ""}, "place"),
        ({"offer": "-5"}, "offer"),
        ({"mood": "tense"}, "mood"),
    ],
)
def test_bad_sessions_are_422(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, change: dict, field: str
) -> None:
    do(client, team["mediator"], dispute["id"], "accept")
    url = f"/api/v1/cases/{dispute['id']}/sessions"
    response = client.post(url, json={**SESSION, **change}, headers=team["mediator"].headers)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_only_the_cases_mediator_logs_sessions(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    do(client, team["mediator"], dispute["id"], "accept")
    url = f"/api/v1/cases/{dispute['id']}/sessions"
    assert client.post(url, json=SESSION, headers=team["other_mediator"].headers).status_code == 403
    assert client.post(url, json=SESSION, headers=team["desk"].headers).status_code == 403
    assert client.post(url, json=SESSION, headers=team["chair"].headers).status_code == 201


def test_events_of_another_units_case_are_404(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    response = client.get(
        f"/api/v1/cases/{dispute['id']}/events", headers=team["sibling_mediator"].headers
    )
    assert response.status_code == 404


def test_hash_chain_verifies_and_a_modified_event_is_detected(
    client: FlaskClient, office: Office, team: dict[str, Staff], dispute: dict
) -> None:
    do(client, team["mediator"], dispute["id"], "accept")
    do(client, team["mediator"], dispute["id"], "fail", {"reason": "用人单位拒绝调解"})
    register(client, team["desk"], data.aid())
    admin = office.staff(Role.ADMIN, "XA")

    report = client.get("/api/v1/audit/verify", headers=team["chair"].headers).get_json()
    assert report == {
        "ok": True,
        "cases": 2,
        "events": 6,
        "anchors": 0,
        "broken": [],
        "anchor_problems": [],
        "households": 1,  # the aid case's household file, filed at intake
        "household_events": 1,
        "broken_households": [],
    }
    assert client.get("/api/v1/audit/verify", headers=team["desk"].headers).status_code == 403

    engine = client.application.extensions["database"].engine
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE case_events SET note = 'rewritten' WHERE case_id = :id AND seq = 3"),
            {"id": dispute["id"]},
        )
    report = client.get("/api/v1/audit/verify", headers=admin.headers).get_json()
    assert report["ok"] is False
    assert report["broken"] == [
        {
            "case": dispute["number"],
            "seq": 3,
            "problem": "its content was changed after it was written",
        }
    ]


@pytest.mark.parametrize(
    ("deleted", "problem"), [(2, "event 2 is missing"), (3, "the trail ends early")]
)
def test_a_deleted_event_breaks_the_chain(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, deleted: int, problem: str
) -> None:
    do(client, team["mediator"], dispute["id"], "accept")  # events 1 to 3
    engine = client.application.extensions["database"].engine
    with engine.begin() as connection:
        connection.execute(
            text("DELETE FROM case_events WHERE case_id = :id AND seq = :seq"),
            {"id": dispute["id"], "seq": deleted},
        )
    report = client.get("/api/v1/audit/verify", headers=team["chair"].headers).get_json()
    assert report["broken"] == [{"case": dispute["number"], "seq": 3, "problem": problem}]


@pytest.mark.parametrize(
    "body", [{}, {"assignee": ""}, {"assignee": "x", "role": "mediator"}, {"assignee": 7}]
)
def test_malformed_assignments_are_422(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict],
    body: dict,
) -> None:
    before = written()
    response = client.post(
        f"/api/v1/cases/{dispute['id']}/assignment", json=body, headers=team["chair"].headers
    )
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"]
    assert written() == before
