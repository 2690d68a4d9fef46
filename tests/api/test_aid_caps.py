"""Aid caps per household, aid kind and calendar year: propose, approve, pay first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from flask.testing import FlaskClient

from service.auth.enums import Role
from tests import data
from tests.api.workflow_helpers import act, do, home_visit, propose, read, register, route, system
from tests.conftest import Office, Staff
from workflows.calendar import CHINA

EN = {"Accept-Language": "en"}
THIS_YEAR = datetime.now(CHINA).year


@pytest.fixture
def capped(client: FlaskClient, office: Office, team: dict[str, Staff]) -> dict:
    """XA-HG caps medical aid at ¥5,000 a household this year and last; a filed household."""
    admin = office.staff(Role.ADMIN, "XA")
    for year in (THIS_YEAR - 1, THIS_YEAR):
        body = {"unit": "XA-HG", "year": year, "item": "medical", "amount": "5000.00"}
        response = client.put("/api/v1/aid-settings", json=body, headers=admin.headers)
        assert response.status_code == 200, response.get_json()
    head = data.claimant()
    response = client.post(
        "/api/v1/households", json=data.household(head=head), headers=team["caseworker"].headers
    )
    assert response.status_code == 201, response.get_json()
    return {"household": response.get_json()["id"], "head": head}


def aid_case(client: FlaskClient, team: dict[str, Staff], capped: dict, **overrides: object) -> int:
    case = register(
        client,
        team["desk"],
        data.aid(
            claimant=capped["head"],
            household=capped["household"],
            assignee=team["caseworker"].username,
            allow_duplicate=True,  # one household, several aid cases of a kind in a year
            **overrides,
        ),
    )
    route(client.application, case["id"])
    return int(case["id"])


def paid(
    client: FlaskClient, team: dict[str, Staff], case_id: int, amount: str, paid_on: str
) -> None:
    """Approve the proposed aid, let the notice pass and record its payout."""
    do(client, team["chair"], case_id, "approve")
    system(client.application, case_id, "notice_passed")
    response = client.post(
        f"/api/v1/cases/{case_id}/payments",
        json={"amount": amount, "method": "bank_transfer", "reference": f"T{case_id}",
              "paid_on": paid_on},
        headers=team["caseworker"].headers,
    )  # fmt: skip
    assert response.status_code == 201, response.get_json()


def proposal(amount: str) -> dict:
    return {"amount": amount, "hardship_level": "relative"}


def test_a_proposal_over_the_cap_names_cap_paid_and_left(
    client: FlaskClient, team: dict[str, Staff], capped: dict, written: Callable[[], dict]
) -> None:
    caseworker = team["caseworker"]
    first = aid_case(client, team, capped)
    propose(client, caseworker, first, proposal("3000.00"))
    paid(client, team, first, "3000.00", f"{THIS_YEAR}-01-02")

    second = aid_case(client, team, capped, description="术后复查费用")
    home_visit(client, caseworker, second)
    assert read(client, caseworker, second)["aid"] == {
        "kind": "medical",
        "year": THIS_YEAR,
        "cap": "5000.00",
        "paid_this_year": "3000.00",
        "approved_unpaid": "0.00",
        "left": "2000.00",
    }
    version = read(client, caseworker, second)["version"]
    before = written()
    refused = client.post(
        f"/api/v1/cases/{second}/transitions",
        json={"action": "propose", "data": proposal("2000.01")},
        headers={**caseworker.headers, **EN, "If-Match": f'"{version}"'},
    )
    assert refused.status_code == 422
    (message,) = refused.get_json()["error"]["fields"]["data"]["amount"]
    assert "¥5,000.00" in message and "¥3,000.00" in message and "¥2,000.00 left" in message
    assert written() == before

    chinese = act(client, caseworker, second, "propose", proposal("2000.01"))
    (message,) = chinese.get_json()["error"]["fields"]["data"]["amount"]
    assert "医疗救助" in message and "¥2,000.00" in message
    assert do(client, caseworker, second, "propose", proposal("2000.00"))["status"] == "proposed"


def test_a_payment_between_proposal_and_approval_is_caught_at_approval(
    client: FlaskClient, team: dict[str, Staff], capped: dict, written: Callable[[], dict]
) -> None:
    caseworker = team["caseworker"]
    first, second = aid_case(client, team, capped), aid_case(client, team, capped)
    propose(client, caseworker, first, proposal("3000.00"))
    propose(client, caseworker, second, proposal("2500.00"))  # fits while nothing is paid
    paid(client, team, first, "3000.00", f"{THIS_YEAR}-01-02")

    version = read(client, team["chair"], second)["version"]
    before = written()
    refused = act(client, team["chair"], second, "approve", version=version)
    assert refused.status_code == 422
    assert "amount" in refused.get_json()["error"]["fields"]["data"]
    assert written() == before
    assert read(client, team["chair"], second)["status"] == "proposed"
    returned = do(client, team["chair"], second, "return", {"reason": "超过年度上限"})
    assert returned["status"] == "under_review"


def test_aid_approved_and_not_yet_paid_counts_at_the_next_approval(
    client: FlaskClient, team: dict[str, Staff], capped: dict, written: Callable[[], dict]
) -> None:
    """Two proposals that each fit: once one is approved, the other would pass the cap."""
    caseworker, chair = team["caseworker"], team["chair"]
    first, second = aid_case(client, team, capped), aid_case(client, team, capped)
    propose(client, caseworker, first, proposal("3000.00"))
    propose(client, caseworker, second, proposal("2500.00"))
    assert do(client, chair, first, "approve")["status"] == "public_notice"
    assert read(client, chair, second)["aid"]["approved_unpaid"] == "3000.00"
    assert read(client, chair, second)["aid"]["left"] == "2000.00"

    version = read(client, chair, second)["version"]
    before = written()
    refused = act(client, chair, second, "approve", version=version)
    assert refused.status_code == 422
    (message,) = refused.get_json()["error"]["fields"]["data"]["amount"]
    assert "已批准待发放 ¥3,000.00" in message and "尚余 ¥2,000.00" in message
    assert written() == before
    assert read(client, chair, second)["status"] == "proposed"

    # Once the first is paid, its amount moves from approved to paid: the same left.
    system(client.application, first, "notice_passed")
    response = client.post(
        f"/api/v1/cases/{first}/payments",
        json={"amount": "3000.00", "method": "bank_transfer", "reference": "T1",
              "paid_on": f"{THIS_YEAR}-01-02"},
        headers=caseworker.headers,
    )  # fmt: skip
    assert response.status_code == 201, response.get_json()
    aid = read(client, chair, second)["aid"]
    assert (aid["paid_this_year"], aid["approved_unpaid"], aid["left"]) == (
        "3000.00", "0.00", "2000.00",
    )  # fmt: skip


def test_last_years_aid_does_not_count_after_1_january(
    client: FlaskClient, team: dict[str, Staff], capped: dict
) -> None:
    caseworker = team["caseworker"]
    last_year = aid_case(client, team, capped)
    propose(client, caseworker, last_year, proposal("5000.00"))
    paid(client, team, last_year, "5000.00", f"{THIS_YEAR - 1}-12-31")

    this_year = aid_case(client, team, capped)
    assert read(client, caseworker, this_year)["aid"]["paid_this_year"] == "0.00"
    assert propose(client, caseworker, this_year, proposal("5000.00"))["status"] == "proposed"


def test_other_kinds_and_other_households_do_not_count(
    client: FlaskClient, team: dict[str, Staff], capped: dict
) -> None:
    caseworker = team["caseworker"]
    medical = aid_case(client, team, capped)
    propose(client, caseworker, medical, proposal("5000.00"))
    paid(client, team, medical, "5000.00", f"{THIS_YEAR}-01-02")
    education = aid_case(client, team, capped, category="education")
    assert read(client, caseworker, education)["aid"]["cap"] == "5000.00"  # DOMAIN's default
    assert propose(client, caseworker, education, proposal("5000.00"))["status"] == "proposed"
    stranger = register(client, team["desk"], data.aid(assignee=caseworker.username))
    route(client.application, stranger["id"])
    assert propose(client, caseworker, stranger["id"], proposal("5000.00"))["status"] == "proposed"


def test_emergency_aid_paid_first_stays_within_its_cap(
    client: FlaskClient, team: dict[str, Staff], capped: dict
) -> None:
    case = aid_case(client, team, capped, category="emergency")
    over = act(client, team["chair"], case, "pay_first", {"amount": "3000.01"})
    assert over.status_code == 422
    assert "amount" in over.get_json()["error"]["fields"]["data"]
    assert do(client, team["chair"], case, "pay_first", {"amount": "3000.00"})["status"] == (
        "emergency_payout"
    )
