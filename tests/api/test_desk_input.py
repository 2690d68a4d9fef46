"""Intake as a Chinese reception desk types it: input-method forms, long statements, names
found by how they are read (issue 8, "Input as the desk types it")."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests import data
from tests.api.workflow_helpers import do, read, register
from tests.conftest import Staff

# Everything that takes digits or codes, in the full-width forms a Chinese input method gives.
INPUT_METHOD_DISPUTE = {
    "type": "ｌａｂｏｕｒ＿ｄｉｓｐｕｔｅ",
    "category": "ｗａｇｅ＿ａｒｒｅａｒｓ",
    "channel": "ｖｉｓｉｔ",
    "unit": "ＸＡ－ＨＧ",
    "received_at": "２０２６－１１－２０Ｔ０９：３０：００＋０８：００",
    "claimant": {
        "name": "　张　秀兰　",
        "id_number": "１１０１０５１９４９１２３１００２ｘ",
        "phone": "＋８６　１３８－００１３－８０００",
        "address": "和光路１号",
    },
    "employer": {"name": "某某(北京)建筑劳务有限公司", "credit_code": "９１３５０１００Ｍ０００１００Ｙ４３"},
    "claim_amount": "８，６００．００",
    "workers_involved": 1,
    "known_on": "２０２６－１１－０１",
    "employment_end_on": "２０２６－１０－３１",
    "description": "拖欠１０月工资。",
}  # fmt: skip


def test_intake_in_input_method_forms_is_stored_in_one_form(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    body = {**INPUT_METHOD_DISPUTE, "assignee": "ｍｅｄｉａｔｏｒ" + team["mediator"].username[8:]}
    case = register(client, team["desk"], body)
    seen = read(client, team["chair"], case["id"])

    assert seen["type"] == "labour_dispute"
    assert seen["category"] == "wage_arrears"
    assert seen["channel"] == "visit"
    assert seen["unit"] == "XA-HG"
    assert seen["assignee"] == team["mediator"].username
    assert seen["received_at"] == "2026-11-20T09:30:00+08:00"
    assert seen["claimant"] == {
        "name": "张秀兰",
        "id_number": "11010519491231002X",
        "phone": "13800138000",
        "address": "和光路1号",
    }
    assert seen["employer"] == {
        "name": "某某（北京）建筑劳务有限公司",
        "credit_code": "91350100M000100Y43",
    }
    assert seen["claim_amount"] == "8600.00"
    assert seen["known_on"] == "2026-11-01"
    assert seen["employment_end_on"] == "2026-10-31"
    assert seen["description"] == "拖欠１０月工资。"  # a statement is kept as written


def test_either_parentheses_name_the_same_employer(client: FlaskClient, desk: Staff) -> None:
    claimant = data.claimant()
    first = register(
        client, desk, data.dispute(claimant=claimant, employer={"name": "某某（北京）有限公司"})
    )
    again = client.post(
        "/api/v1/cases",
        json=data.dispute(claimant=claimant, employer={"name": "某某(北京)有限公司 "}),
        headers={**desk.headers, "Accept-Language": "en"},
    )
    assert again.status_code == 409, again.get_json()
    assert first["number"] in again.get_json()["error"]["message"]


def test_case_work_takes_input_method_digits(
    client: FlaskClient, team: dict[str, Staff], dispute: dict
) -> None:
    mediator = team["mediator"]
    do(client, mediator, dispute["id"], "accept")
    agreement = {
        "amount": "８６００．００",
        "instalments": [
            {"due_on": "２０２６－１２－０１", "amount": "４３００"},
            {"due_on": "２０２７－０１－０４", "amount": "４，３００．００"},
        ],
        "signed_by_both": True,
    }
    do(client, mediator, dispute["id"], "agree", agreement)
    payment = {"instalment": 1, "amount": "４３００．００", "method": "ｃａｓｈ",
               "reference": "ＩＣＢＣ－２０２６１２０１－００４２", "paid_on": "２０２６－１１－２０"}  # fmt: skip
    response = client.post(
        f"/api/v1/cases/{dispute['id']}/payments", json=payment, headers=mediator.headers
    )
    assert response.status_code == 201, response.get_json()
    paid = response.get_json()["payments"]
    assert [(p["amount"], p["method"], p["reference"], p["paid_on"]) for p in paid] == [
        ("4300.00", "cash", "ICBC-20261201-0042", "2026-11-20")
    ]


def test_a_statement_of_twenty_thousand_characters_is_kept_whole(
    client: FlaskClient, desk: Staff
) -> None:
    statement = ("我于二〇二五年三月入职，公司至今拖欠工资。" * 1000)[:20_000]
    case = register(client, desk, data.dispute(description=statement))
    assert read(client, desk, case["id"])["description"] == statement


def _found(client: FlaskClient, staff: Staff, q: str) -> list[str]:
    response = client.get("/api/v1/cases", query_string={"q": q}, headers=staff.headers)
    assert response.status_code == 200, response.get_json()
    return sorted(case["claimant"]["name"] for case in response.get_json()["items"])


def test_search_finds_a_person_by_how_the_name_is_read(client: FlaskClient, desk: Staff) -> None:
    for name in ("单丽", "曾国藩", "仇伟", "区伟", "尉迟恭", "覃丽", "阿依古丽·买买提", "张秀兰"):
        register(client, desk, data.dispute(claimant=data.claimant(name=name)))

    assert _found(client, desk, "shanli") == ["单丽"]
    assert _found(client, desk, "Shan Li") == ["单丽"]
    assert _found(client, desk, "ｓｈａｎ") == ["单丽"]
    assert _found(client, desk, "sl") == ["单丽"]
    assert _found(client, desk, "zeng") == ["曾国藩"]
    assert _found(client, desk, "zgf") == ["曾国藩"]
    assert _found(client, desk, "qiu") == ["仇伟"]
    assert _found(client, desk, "ouwei") == ["区伟"]
    assert _found(client, desk, "yuchi") == ["尉迟恭"]
    assert _found(client, desk, "qinli") == ["覃丽"]
    assert _found(client, desk, "ayiguli") == ["阿依古丽·买买提"]
    assert _found(client, desk, "maimaiti") == ["阿依古丽·买买提"]
    assert _found(client, desk, "ayiguli·maimaiti") == ["阿依古丽·买买提"]
    assert _found(client, desk, "mmt") == ["阿依古丽·买买提"]
    assert _found(client, desk, "阿依古丽・买买提") == ["阿依古丽·买买提"]
    assert _found(client, desk, "danli") == []  # 单 as a surname is not read dan
