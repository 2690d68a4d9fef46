"""Recording what the employer paid and the aid paid out: once, and the case moves on."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from tests import data
from tests.api.workflow_helpers import AGREEMENT, do, propose, read, register, route, system
from tests.conftest import Staff

FIRST = {"instalment": 1, "amount": "4300.00", "method": "bank_transfer",
         "reference": "ICBC-20261201-0042", "paid_on": "2026-11-20"}  # fmt: skip
SECOND = {**FIRST, "instalment": 2, "reference": "ICBC-20270101-0042"}


def pay(  # type: ignore[no-untyped-def]
    client: FlaskClient,
    staff: Staff,
    case_id: int,
    payment: dict,
    key: str | None = None,
    lang: str | None = None,
):
    headers = {**staff.headers, **({"Idempotency-Key": key} if key else {})}
    if lang:
        headers["Accept-Language"] = lang
    return client.post(f"/api/v1/cases/{case_id}/payments", json=payment, headers=headers)


@pytest.fixture
def agreed(client: FlaskClient, team: dict[str, Staff], dispute: dict) -> dict:
    do(client, team["mediator"], dispute["id"], "accept")
    return do(client, team["mediator"], dispute["id"], "agree", AGREEMENT)


def test_paying_every_instalment_settles_the_dispute(
    client: FlaskClient, team: dict[str, Staff], agreed: dict
) -> None:
    first = pay(client, team["mediator"], agreed["id"], FIRST)
    assert first.status_code == 201
    case = first.get_json()
    assert case["status"] == "awaiting_payment"
    assert [p["instalment"] for p in case["payments"]] == [1]
    assert {t["instalment"] for t in case["timers"] if t["kind"] == "instalment_due"} == {2}

    settled = pay(client, team["mediator"], agreed["id"], SECOND).get_json()
    assert settled["status"] == "follow_up"
    assert [p["amount"] for p in settled["payments"]] == ["4300.00", "4300.00"]
    trail = client.get(f"/api/v1/cases/{agreed['id']}/events", headers=team["mediator"].headers)
    assert [e["action"] for e in trail.get_json()][-3:] == [
        "record_payment",
        "record_payment",
        "settle",
    ]


def test_late_payment_after_default_still_settles(
    client: FlaskClient, team: dict[str, Staff], agreed: dict
) -> None:
    system(client.application, agreed["id"], "default")
    pay(client, team["mediator"], agreed["id"], FIRST)
    assert pay(client, team["chair"], agreed["id"], SECOND).get_json()["status"] == "follow_up"


def test_a_retried_payment_is_recorded_once(
    client: FlaskClient, team: dict[str, Staff], agreed: dict, written: Callable[[], dict]
) -> None:
    first = pay(client, team["mediator"], agreed["id"], FIRST, key="pay-1")
    after = written()
    again = pay(client, team["mediator"], agreed["id"], FIRST, key="pay-1")
    assert again.status_code == 201
    assert again.get_json() == first.get_json()
    # The replayed answer shows the claimant to the mediator again: that read is recorded.
    after = {**after, "personal_data_reads": after["personal_data_reads"] + 1}
    assert written() == after

    other_key = pay(client, team["mediator"], agreed["id"], FIRST, key="pay-2")
    assert other_key.status_code == 409
    assert other_key.get_json()["error"]["code"] == "payment_recorded"
    assert written() == after


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"instalment": 3}, "instalment"),
        ({"instalment": None}, "instalment"),
        ({"amount": "0"}, "amount"),
        ({"amount": "43.001"}, "amount"),
        ({"method": "cheque"}, "method"),
        ({"reference": ""}, "reference"),
        ({"paid_on": "2999-01-01"}, "paid_on"),
        ({"payer": "boss"}, "payer"),
    ],
)
def test_bad_payments_are_422(
    client: FlaskClient,
    team: dict[str, Staff],
    agreed: dict,
    written: Callable[[], dict],
    change: dict,
    field: str,
) -> None:
    before = written()
    body = {k: v for k, v in {**FIRST, **change}.items() if v is not None}
    response = pay(client, team["mediator"], agreed["id"], body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert written() == before


def test_payments_only_when_due_and_by_the_people_on_the_case(
    client: FlaskClient, team: dict[str, Staff], dispute: dict, agreed: dict
) -> None:
    assert pay(client, team["other_mediator"], agreed["id"], FIRST).status_code == 403
    assert pay(client, team["desk"], agreed["id"], FIRST).status_code == 403
    fresh = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(client.application, fresh["id"])
    early = pay(client, team["mediator"], fresh["id"], FIRST)
    assert early.status_code == 409


def test_aid_is_paid_out_once_and_moves_to_follow_up(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = register(client, team["desk"], data.aid(category="emergency"))
    route(client.application, case["id"])
    propose(client, team["caseworker"], case["id"])
    assert do(client, team["chair"], case["id"], "approve")["status"] == "payout"
    payout = {"amount": "3000.00", "method": "bank_transfer", "reference": "VCH-0042",
              "paid_on": "2026-11-21"}  # fmt: skip

    too_much = pay(client, team["caseworker"], case["id"], {**payout, "amount": "3000.01"})
    assert too_much.status_code == 422
    paid = pay(client, team["caseworker"], case["id"], payout, key="aid-42")
    assert paid.status_code == 201
    assert paid.get_json()["status"] == "follow_up"
    assert pay(client, team["caseworker"], case["id"], payout, key="aid-42").get_json() == (
        paid.get_json()
    )
    assert pay(client, team["caseworker"], case["id"], payout).status_code == 409
    timers = read(client, team["caseworker"], case["id"])["timers"]
    # The yearly re-verification is the household file's, not the case's.
    assert {t["kind"] for t in timers} == {"aid_follow_up"}


def test_an_instalment_paid_short_is_not_satisfied_until_made_up(
    client: FlaskClient, team: dict[str, Staff], agreed: dict
) -> None:
    short = pay(client, team["mediator"], agreed["id"], {**FIRST, "amount": "3000.00"}).get_json()
    assert short["status"] == "awaiting_payment"
    # Its default still stands: the agreement is not performed until it is paid in full.
    assert {
        (t["instalment"], t["purpose"]) for t in short["timers"] if t["kind"] == "instalment_due"
    } >= {(1, "due")}
    # The second instalment paid with what the first still owes does not settle anything.
    extra = pay(client, team["mediator"], agreed["id"], {**SECOND, "amount": "5600.00"})
    assert extra.status_code == 422
    assert extra.get_json()["error"]["outstanding"] == "4300.00"
    on_time = pay(client, team["mediator"], agreed["id"], SECOND).get_json()
    assert on_time["status"] == "awaiting_payment"

    made_up = pay(client, team["mediator"], agreed["id"], {**FIRST, "amount": "1300.00"})
    assert made_up.status_code == 201
    settled = made_up.get_json()
    assert settled["status"] == "follow_up"
    assert [(p["instalment"], p["part"], p["amount"]) for p in settled["payments"]] == [
        (1, 1, "3000.00"),
        (1, 2, "1300.00"),
        (2, 1, "4300.00"),
    ]


@pytest.mark.parametrize("amount", ["4300.01", "8600.00", "999999999.00"])
def test_more_than_an_instalment_owes_is_422_naming_what_is_owed(
    client: FlaskClient,
    team: dict[str, Staff],
    agreed: dict,
    written: Callable[[], dict],
    amount: str,
) -> None:
    before = written()
    response = pay(client, team["mediator"], agreed["id"], {**FIRST, "amount": amount})

    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "overpayment"
    assert error["outstanding"] == "4300.00"
    assert error["fields"]["amount"] == ["超过第1期尚欠的4,300.00元"]
    english = pay(client, team["mediator"], agreed["id"], {**FIRST, "amount": amount}, lang="en")
    assert english.get_json()["error"]["message"] == (
        "more than the 4,300.00 yuan still owed on instalment 1"
    )
    assert written() == before
    assert read(client, team["mediator"], agreed["id"])["status"] == "awaiting_payment"


def test_an_instalment_paid_in_full_takes_no_more(
    client: FlaskClient, team: dict[str, Staff], agreed: dict, written: Callable[[], dict]
) -> None:
    assert pay(client, team["mediator"], agreed["id"], FIRST).status_code == 201
    after = written()
    again = pay(client, team["mediator"], agreed["id"], {**FIRST, "amount": "0.01"})
    assert again.status_code == 409
    assert again.get_json()["error"]["code"] == "payment_recorded"
    assert written() == after


@pytest.mark.parametrize("amount", ["2999.99", "3000.01"])
def test_aid_is_paid_out_only_as_approved(
    client: FlaskClient, team: dict[str, Staff], written: Callable[[], dict], amount: str
) -> None:
    case = register(client, team["desk"], data.aid(category="emergency"))
    route(client.application, case["id"])
    propose(client, team["caseworker"], case["id"])
    do(client, team["chair"], case["id"], "approve")
    payout = {"amount": amount, "method": "bank_transfer", "reference": "VCH-0043",
              "paid_on": "2026-11-21"}  # fmt: skip
    before = written()

    response = pay(client, team["caseworker"], case["id"], payout)
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"]["amount"] == ["帮扶金按批准金额发放：3,000.00元"]
    assert written() == before
