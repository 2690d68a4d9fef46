"""The severance calculator, calculations kept on a dispute, and the advice on default.

《劳动合同法》 arts. 47 and 87 through POST /calculators/severance and
POST /cases/{id}/calculations; 《劳动争议调解仲裁法》 arts. 16 and 27 on a defaulted case.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from service.auth.enums import Role
from service.auth.models import User
from service.db import unit_of_work
from tests import data
from tests.api.test_no_500 import VALUES
from tests.api.workflow_helpers import AGREEMENT, do, read, register, route, system
from tests.conftest import Office, Staff
from workflows.calendar import CHINA

FIGURES = {
    "start_on": "2020-03-01",
    "end_on": "2023-08-30",
    "average_wage": "8600.00",
    "minimum_wage": "2420.00",
    "city_average_wage": "10000.00",
}
CALCULATOR = "/api/v1/calculators/severance"


def calculate(client: FlaskClient, staff: Staff, body: dict, lang: str | None = None):  # type: ignore[no-untyped-def]
    headers = {**staff.headers, **({"Accept-Language": lang} if lang else {})}
    return client.post(CALCULATOR, json=body, headers=headers)


def attach(client: FlaskClient, staff: Staff, case_id: int, body: dict, key: str | None = None):  # type: ignore[no-untyped-def]
    headers = {**staff.headers, **({"Idempotency-Key": key} if key else {})}
    return client.post(f"/api/v1/cases/{case_id}/calculations", json=body, headers=headers)


def test_the_calculator_answers_n_w_the_amount_and_each_step(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    response = calculate(client, team["mediator"], FIGURES)
    assert response.status_code == 200, response.get_json()
    found = response.get_json()
    assert (found["n"], found["w"], found["cap_applied"], found["amount"]) == (
        "3.5",
        "8600.00",
        False,
        "30100.00",
    )
    assert found["service"] == {"years": 3, "months": 5, "days": 30}
    assert [s["rule"] for s in found["steps"]] == [
        "service_years",
        "minimum_wage_floor",
        "high_wage_cap",
        "severance",
    ]
    assert found["steps"][-1]["text"] == (
        "经济补偿 = N × W = 3.5 × 8,600.00 = 30,100.00元（《劳动合同法》第四十七条）"
    )
    english = calculate(client, team["mediator"], FIGURES, lang="en").get_json()
    assert english["steps"][-1]["text"] == (
        "Severance is N × W = 3.5 × 8,600.00 = 30,100.00 yuan (Labour Contract Law art. 47)"
    )


def test_the_cap_and_an_unlawful_termination(client: FlaskClient, team: dict[str, Staff]) -> None:
    body = {**FIGURES, "start_on": "2008-01-01", "end_on": "2025-12-31",
            "average_wage": "85000.00", "unlawful": True}  # fmt: skip
    found = calculate(client, team["chair"], body).get_json()
    assert (found["n"], found["w"], found["cap_applied"], found["multiple"]) == (
        "12",
        "30000.00",
        True,
        2,
    )
    assert found["amount"] == "720000.00"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"end_on": "2020-02-29"}, "end_on"),  # before the start
        ({"start_on": "1899-01-01"}, "start_on"),
        ({"end_on": "2999-01-01"}, "end_on"),
        ({"start_on": "2020-02-30"}, "start_on"),
        ({"start_on": 20200301}, "start_on"),
        ({"average_wage": "-1.00"}, "average_wage"),
        ({"average_wage": 8600.5}, "average_wage"),
        ({"average_wage": "8600.001"}, "average_wage"),
        ({"average_wage": "NaN"}, "average_wage"),
        ({"average_wage": "10000000.00"}, "average_wage"),
        ({"minimum_wage": "0.00"}, "minimum_wage"),
        ({"minimum_wage": "99999999"}, "minimum_wage"),
        ({"city_average_wage": "0"}, "city_average_wage"),
        ({"city_average_wage": None}, "city_average_wage"),
        ({"unlawful": "yes"}, "unlawful"),
        ({"bonus": "100.00"}, "bonus"),
    ],
)
def test_bad_figures_are_422_naming_the_field(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict],
    change: dict,
    field: str,
) -> None:
    body = {k: v for k, v in {**FIGURES, **change}.items() if v is not None}
    before = written()
    for response in (
        calculate(client, team["mediator"], body),
        attach(client, team["mediator"], dispute["id"], body, key=f"bad-{field}"),
    ):
        assert response.status_code == 422, response.get_json()
        error = response.get_json()["error"]
        assert error["code"] == "validation_failed"
        assert field in error["fields"]
    assert written() == before


def test_the_end_before_the_start_reads_in_chinese(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    response = calculate(client, team["mediator"], {**FIGURES, "end_on": "2020-02-29"})
    assert response.get_json()["error"]["fields"]["end_on"] == ["不得早于入职之日（2020年3月1日）"]


def test_who_may_use_the_calculator(
    client: FlaskClient, office: Office, team: dict[str, Staff]
) -> None:
    admin = office.staff(Role.ADMIN, "XA")
    for staff in (team["desk"], team["mediator"], team["chair"], admin):
        assert calculate(client, staff, FIGURES).status_code == 200, staff.role
    assert calculate(client, team["caseworker"], FIGURES).status_code == 403
    assert client.post(CALCULATOR, json=FIGURES).status_code == 401
    not_json = client.post(CALCULATOR, data="start_on=2020-03-01", headers=team["mediator"].headers)
    assert not_json.status_code == 400


def test_a_calculation_attached_to_a_dispute_is_on_its_trail_and_detail(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    response = attach(client, team["mediator"], dispute["id"], {**FIGURES, "unlawful": True})
    assert response.status_code == 201, response.get_json()
    kept = response.get_json()
    assert kept["amount"] == "60200.00"
    assert kept["calculated_by"] == team["mediator"].username
    with client.application.app_context(), unit_of_work() as work:
        name = work.scalar(select(User.display_name).where(User.id == team["mediator"].user_id))
    assert kept["calculated_by_name"] == name  # what the case page shows
    assert response.headers["ETag"] == f'"{read(client, team["chair"], dispute["id"])["version"]}"'

    case = read(client, team["chair"], dispute["id"])
    assert [c["amount"] for c in case["calculations"]] == ["60200.00"]
    assert case["calculations"][0]["seq"] == kept["seq"]
    assert case["calculations"][0]["steps"][-1]["rule"] == "unlawful_termination"
    assert case["status"] == "under_review"  # a calculation moves nothing
    assert case["details"]["severance_calculations"] == 1
    trail = client.get(f"/api/v1/cases/{dispute['id']}/events", headers=team["chair"].headers)
    last = trail.get_json()[-1]
    assert (last["action"], last["seq"]) == ("calculate_severance", kept["seq"])
    assert last["payload"]["amount"] == "60200.00"
    verified = client.get("/api/v1/audit/verify", headers=team["chair"].headers)
    assert verified.status_code == 200
    assert verified.get_json()["ok"] is True


def test_only_the_mediator_on_the_case_or_a_supervisor_in_scope_attaches(
    client: FlaskClient,
    office: Office,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict],
) -> None:
    sibling_chair = office.staff(Role.SUPERVISOR, "XA-HX")
    street_chair = office.staff(Role.SUPERVISOR, "XA")
    before = written()
    assert attach(client, team["other_mediator"], dispute["id"], FIGURES).status_code == 403
    assert attach(client, team["desk"], dispute["id"], FIGURES).status_code == 403
    assert attach(client, team["caseworker"], dispute["id"], FIGURES).status_code == 403
    assert attach(client, team["sibling_mediator"], dispute["id"], FIGURES).status_code == 404
    assert attach(client, sibling_chair, dispute["id"], FIGURES).status_code == 404
    assert attach(client, team["mediator"], 2_000_000, FIGURES).status_code == 404
    assert written() == before
    assert attach(client, team["vice_chair"], dispute["id"], FIGURES).status_code == 201
    assert attach(client, street_chair, dispute["id"], FIGURES).status_code == 201


def test_not_on_an_aid_case_nor_a_closed_dispute(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, written: Callable[[], dict]
) -> None:
    aid = register(client, team["desk"], data.aid(assignee=team["caseworker"].username))
    before = written()
    refused = attach(client, team["chair"], aid["id"], FIGURES)
    assert refused.status_code == 409
    assert refused.get_json()["error"]["code"] == "action_not_allowed"
    do(client, team["mediator"], dispute["id"], "withdraw", {"reason": "撤回申请"})
    before = written()
    assert attach(client, team["mediator"], dispute["id"], FIGURES).status_code == 409
    assert written() == before


def test_a_retried_attachment_is_recorded_once(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, written: Callable[[], dict]
) -> None:
    first = attach(client, team["mediator"], dispute["id"], FIGURES, key="calc-1")
    assert first.status_code == 201
    after = written()
    again = attach(client, team["mediator"], dispute["id"], FIGURES, key="calc-1")
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json() == first.get_json()
    assert written() == after
    assert len(read(client, team["chair"], dispute["id"])["calculations"]) == 1
    other = attach(client, team["mediator"], dispute["id"], FIGURES, key="calc-2")
    assert other.status_code == 201
    assert len(read(client, team["chair"], dispute["id"])["calculations"]) == 2


def _defaulted(client: FlaskClient, team: dict[str, Staff], category: str) -> dict:
    case = register(
        client,
        team["desk"],
        data.dispute(category=category, assignee=team["mediator"].username),
    )
    route(client.application, case["id"])
    do(client, team["mediator"], case["id"], "accept")
    do(client, team["mediator"], case["id"], "agree", AGREEMENT)
    system(client.application, case["id"], "default")
    return read(client, team["mediator"], case["id"])


def test_a_defaulted_dismissal_may_seek_a_payment_order(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = _defaulted(client, team, "dismissal")
    assert case["status"] == "defaulted"
    advice = case["default_advice"]
    assert advice["payment_order"] is True
    assert advice["payment_order_article"] == "《劳动争议调解仲裁法》 art. 16"
    # The employer agreeing to perform restarted the year (art. 27 §2).
    assert advice["limitation_on"] == case["limitation_on"]
    today = datetime.now(CHINA).date()
    left = (date.fromisoformat(advice["limitation_on"]) - today).days
    assert advice["limitation_days_left"] == left
    assert 365 <= left <= 372
    assert advice["advice"][0].startswith("可申请支付令：本争议类别为「解除劳动合同/经济补偿」")
    assert advice["advice"][1].startswith(f"仲裁时效还剩{left}天")
    english = client.get(
        f"/api/v1/cases/{case['id']}", headers={**team["chair"].headers, "Accept-Language": "en"}
    ).get_json()["default_advice"]
    assert english["advice"][0].startswith("A payment order is open")


def test_a_defaulted_social_insurance_dispute_goes_to_arbitration(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    advice = _defaulted(client, team, "social_insurance")["default_advice"]
    assert advice["payment_order"] is False
    assert "不适用支付令" in advice["advice"][0]


def test_no_advice_on_default_before_a_default(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    assert read(client, team["chair"], dispute["id"])["default_advice"] is None


NEVER_500 = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
CHANGES = st.dictionaries(st.sampled_from([*FIGURES, "unlawful", "extra"]), VALUES, max_size=4)
DROPPED = st.lists(st.sampled_from(list(FIGURES)), max_size=2)


@NEVER_500
@given(changes=CHANGES, dropped=DROPPED)
def test_whatever_figures_are_sent_the_calculator_never_fails_with_500(
    client: FlaskClient, team: dict[str, Staff], changes: dict, dropped: list[str]
) -> None:
    body = {k: v for k, v in {**FIGURES, **changes}.items() if k not in dropped}
    response = client.post(
        CALCULATOR, data=json.dumps(body), content_type="application/json",
        headers=team["mediator"].headers,
    )  # fmt: skip
    assert response.status_code in (200, 400, 422), response.get_json()
    assert response.get_json()["error" if response.status_code >= 400 else "amount"]


@settings(NEVER_500, max_examples=60)
@given(changes=CHANGES, dropped=DROPPED)
def test_whatever_figures_are_attached_nothing_half_written(
    client: FlaskClient,
    team: dict[str, Staff],
    dispute: dict,
    written: Callable[[], dict],
    changes: dict,
    dropped: list[str],
) -> None:
    body = {k: v for k, v in {**FIGURES, **changes}.items() if k not in dropped}
    before = written()
    response = client.post(
        f"/api/v1/cases/{dispute['id']}/calculations", data=json.dumps(body),
        content_type="application/json", headers=team["mediator"].headers,
    )  # fmt: skip
    assert response.status_code in (201, 400, 422), response.get_json()
    if response.status_code >= 400:
        assert written() == before
