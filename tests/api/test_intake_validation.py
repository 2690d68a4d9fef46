"""Every bad intake gets a 422 naming its fields and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests import data
from tests.conftest import Staff


def _claimant(**fields: Any) -> dict[str, Any]:
    return {"claimant": {"name": "王芳", "id_number": "11010519491231002X", **fields}}


BAD_DISPUTES: list[tuple[str, dict[str, Any], list[str]]] = [
    ("unknown type", {"type": "complaint"}, ["type"]),
    ("category of another type", {"category": "medical"}, ["category"]),
    ("unknown channel", {"channel": "fax"}, ["channel"]),
    ("unknown top-level field", {"priority": "high"}, ["priority"]),
    (
        "ID check digit wrong",
        _claimant(id_number="110105194912310021", phone="13800138000"),
        ["claimant"],
    ),
    (
        "ID birth date impossible",
        _claimant(id_number="110105194902300025", phone="13800138000"),
        ["claimant"],
    ),
    (
        "ID province unknown",
        _claimant(id_number="99010519491231002X", phone="13800138000"),
        ["claimant"],
    ),
    ("ID too short", _claimant(id_number="1101051949123100", phone="13800138000"), ["claimant"]),
    (
        "name of control separators only",
        _claimant(name="\x1c\x1d", phone="13800138000"),
        ["claimant"],
    ),
    ("ID missing", {"claimant": {"name": "王芳", "phone": "13800138000"}}, ["claimant"]),
    ("phone malformed", _claimant(phone="12345"), ["claimant"]),
    ("unknown claimant field", _claimant(phone="13800138000", wechat="wf"), ["claimant"]),
    (
        "empty name",
        {"claimant": {"name": "", "id_number": "11010519491231002X", "phone": "13800138000"}},
        ["claimant"],
    ),
    (
        "credit code wrong",
        {"employer": {"name": "某公司", "credit_code": "91350100M000100Y44"}},
        ["employer"],
    ),
    ("employer missing", {"employer": None}, ["employer"]),
    ("amount with three places", {"claim_amount": "8600.001"}, ["claim_amount"]),
    ("amount negative", {"claim_amount": "-1.00"}, ["claim_amount"]),
    ("amount not a number", {"claim_amount": "八千六"}, ["claim_amount"]),
    ("amount infinite", {"claim_amount": "Infinity"}, ["claim_amount"]),
    ("amount boolean", {"claim_amount": True}, ["claim_amount"]),
    ("amount as a JSON number", {"claim_amount": 8600.5}, ["claim_amount"]),
    ("allow_duplicate as a number", {"allow_duplicate": 0}, ["allow_duplicate"]),
    ("amount too large", {"claim_amount": "1000000000000.00"}, ["claim_amount"]),
    ("workers as text", {"workers_involved": "10"}, ["workers_involved"]),
    ("workers zero", {"workers_involved": 0}, ["workers_involved"]),
    ("received in the future", {"received_at": "2999-01-01T09:00:00+08:00"}, ["received_at"]),
    ("received not a time", {"received_at": "yesterday"}, ["received_at"]),
    # Forms the document's cn-date-time pattern refuses, though datetime.fromisoformat reads them.
    ("received without separators", {"received_at": "20251001T090000"}, ["received_at"]),
    ("received as a week date", {"received_at": "2025-W40-3T09:00"}, ["received_at"]),
    ("known in the future", {"known_on": "2999-01-01"}, ["known_on"]),
    ("known_on missing", {"known_on": None}, ["known_on"]),
    # The document's format "date" is YYYY-MM-DD; date.fromisoformat alone reads these too.
    ("known_on without hyphens", {"known_on": "20250101"}, ["known_on"]),
    ("known_on as a week date", {"known_on": "2025-W02-1"}, ["known_on"]),
    ("employment end in the future", {"employment_end_on": "2999-01-01"}, ["employment_end_on"]),
    ("accident date on a wage claim", {"accident_on": "2026-10-01"}, ["accident_on"]),
    ("household size on a dispute", {"household_size": 3}, ["household_size"]),
    ("unit outside the caller's scope", {"unit": "XA-HX"}, ["unit"]),
    ("unit unknown", {"unit": "NOPE"}, ["unit"]),
    ("description too long", {"description": "欠" * 50_001}, ["description"]),
]


def _without_nones(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if value is not None}


@pytest.mark.parametrize(
    ("change", "fields"),
    [case[1:] for case in BAD_DISPUTES],
    ids=[case[0] for case in BAD_DISPUTES],
)
def test_bad_dispute_is_refused(
    client: FlaskClient,
    desk: Staff,
    written: Callable[[], dict[str, int]],
    change: dict[str, Any],
    fields: list[str],
) -> None:
    before = written()
    response = client.post(
        "/api/v1/cases", json=_without_nones(data.dispute(**change)), headers=desk.headers
    )

    assert response.status_code == 422, response.get_json()
    error = response.get_json()["error"]
    assert error["code"] == "validation_failed"
    assert sorted(error["fields"]) == fields
    assert written() == before


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        (data.aid(workers_involved=3), ["workers_involved"]),
        (data.aid(known_on="2026-01-01"), ["known_on"]),
        (data.aid(hardship_level="poor"), ["hardship_level"]),
        (data.aid(household_size=0), ["household_size"]),
        (data.aid(category="wage_arrears"), ["category"]),
        (data.consultation(claimant={"name": "李四"}), ["claimant"]),
        (data.consultation(category="living"), ["category"]),
        (data.consultation(household_size=2), ["household_size"]),
    ],
    ids=[
        "aid with workers",
        "aid with known_on",
        "aid with unknown hardship level",
        "aid with empty household",
        "aid with a dispute category",
        "consultation without contact",
        "consultation with an aid kind",
        "consultation with household",
    ],
)
def test_bad_aid_or_consultation_is_refused(
    client: FlaskClient,
    desk: Staff,
    written: Callable[[], dict[str, int]],
    body: dict[str, Any],
    fields: list[str],
) -> None:
    before = written()
    response = client.post("/api/v1/cases", json=body, headers=desk.headers)

    assert response.status_code == 422
    assert sorted(response.get_json()["error"]["fields"]) == fields
    assert written() == before


def test_messages_say_what_is_wrong(client: FlaskClient, desk: Staff) -> None:
    body = data.dispute(**_claimant(id_number="110105194912310021", phone="13800138000"))
    response = client.post("/api/v1/cases", json=body, headers=desk.headers)

    messages = response.get_json()["error"]["fields"]["claimant"]["id_number"]
    assert messages == ["身份证号校验码不符，请重新核对身份证"]


def test_messages_are_in_english_on_request(client: FlaskClient, desk: Staff) -> None:
    body = data.dispute(**_claimant(id_number="110105194912310021", phone="13800138000"))
    english = {**desk.headers, "Accept-Language": "en-GB,en;q=0.9"}
    response = client.post("/api/v1/cases", json=body, headers=english)

    error = response.get_json()["error"]
    assert response.headers["Content-Language"] == "en"
    assert error["message"] == "some fields are not valid"
    assert error["fields"]["claimant"]["id_number"] == [
        "the check digit does not match; please re-read the ID card"
    ]


def test_library_messages_are_in_chinese_too(client: FlaskClient, desk: Staff) -> None:
    response = client.post("/api/v1/cases", json={"type": "labour_dispute"}, headers=desk.headers)

    error = response.get_json()["error"]
    assert response.headers["Content-Language"] == "zh"
    assert error["message"] == "部分字段填写有误"
    assert error["fields"]["claimant"] == ["此项为必填项"]


def test_required_fields_are_named(client: FlaskClient, desk: Staff) -> None:
    response = client.post("/api/v1/cases", json={}, headers=desk.headers)

    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]) == {
        "type",
        "category",
        "channel",
        "claimant",
    }
