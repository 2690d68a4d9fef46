"""Every console form's bad input: each message by its field, in Chinese, and nothing written."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable

import pytest
from flask import Flask
from sqlalchemy import select

from service.cases.models import Case
from service.db import unit_of_work
from service.i18n import N_, translate
from tests.api.workflow_helpers import (
    AGREEMENT,
    INSTALMENT_DAYS,
    complete_file,
    do,
    home_visit,
    register,
    route,
)
from tests.conftest import Staff
from tests.console.conftest import Desk, errors_by_field

DISPUTE_FORM = {
    "type": "labour_dispute",
    "claimant.name": "张秀兰",
    "claimant.id_number": "11010519491231002X",
    "claimant.phone": "13800138000",
    "employer.name": "某某建筑劳务有限公司",
    "employer.credit_code": "91350100M000100Y43",
    "category": "wage_arrears",
    "channel": "visit",
    "known_on": "2026-11-01",
    "claim_amount": "8600.00",
    "description": "拖欠10月工资",
}


def case_status(app: Flask, case_id: int) -> tuple[str, int]:
    with app.app_context(), unit_of_work() as work:
        case = work.get(Case, case_id)
        return case.status, case.version


def first_number(desk: Desk, case_id: int) -> str:
    found = re.search(
        r'id="case-number">([^<]+)<', desk.client.get(f"/cases/{case_id}/receipt").text
    )
    assert found
    return found.group(1)


@pytest.fixture
def clerk(signed_in: Callable[[str], Desk]) -> Desk:
    return signed_in("desk")


CHINESE = re.compile(r"[\u4e00-\u9fff]")


def api_body(form: dict[str, str]) -> dict:
    """The same intake as the API's JSON body, to compare what each refuses."""
    from werkzeug.datastructures import MultiDict

    from service.console.forms import intake_body

    return intake_body(MultiDict(form))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("claimant.id_number", "110105194912310021"),  # check digit
        ("claimant.id_number", "12345"),
        ("claimant.phone", "12345"),
        ("employer.credit_code", "91350100M000100Y44"),  # check character
        ("claim_amount", "86.001"),
        ("claim_amount", "八千"),
        ("known_on", "2099-01-01"),
        ("known_on", ""),
        ("workers_involved", "十"),
        ("claimant.name", ""),
    ],
)
def test_each_intake_message_is_the_apis_shown_next_to_its_field_and_nothing_is_written(
    client,
    clerk: Desk,
    team: dict[str, Staff],
    written: Callable[[], dict[str, int]],
    field: str,
    value: str,  # type: ignore[no-untyped-def]
) -> None:
    form = {**DISPUTE_FORM, field: value}
    before = written()
    answer = clerk.post("/intake", form, form_at="/intake")
    assert answer.status_code == 422
    shown = {name: html.unescape(message) for name, message in errors_by_field(answer.text).items()}
    assert list(shown) == [field], shown
    assert CHINESE.search(shown[field]), shown[field]
    api = client.post("/api/v1/cases", json=api_body(form), headers=team["desk"].headers)
    assert api.status_code == 422
    fields = api.get_json()["error"]["fields"]
    for part in field.split("."):
        fields = fields[part]
    assert shown[field] == fields[0]  # the API's own message, in the same Chinese
    if value:
        assert f'value="{value}"' in answer.text  # what was typed stays in the form
    assert written() == before


def test_a_good_intake_shows_the_number_large_and_the_receipt(
    clerk: Desk, db: Flask, signed_in: Callable[[str], Desk]
) -> None:
    answer = clerk.post("/intake", DISPUTE_FORM, form_at="/intake")
    assert answer.status_code == 302
    receipt = clerk.client.get(answer.location)
    assert '<p class="case-number" id="case-number">XA-HG-LD-' in receipt.text
    assert "受理回执" in receipt.text and "受理决定截止日" in receipt.text
    # A worker still employed: wage arrears are not barred (art. 27 §4).
    assert "不受仲裁时效限制" in receipt.text and "仲裁时效届满日" not in receipt.text
    assert "¥8,600.00" in receipt.text
    assert "张秀兰" in receipt.text and "某某建筑劳务有限公司" in receipt.text
    # The desk goes on to the next person; a mediator, who may not register, is not sent
    # to a form that would refuse them.
    assert "登记下一位" in receipt.text
    by_mediator = signed_in("mediator").client.get(answer.location)
    assert by_mediator.status_code == 200
    assert "登记下一位" not in by_mediator.text and "查看案件" in by_mediator.text

    ended = {**DISPUTE_FORM, "employment_end_on": "2026-10-31", "allow_duplicate": "true"}
    answer = clerk.post("/intake", ended, form_at="/intake")
    receipt = clerk.client.get(answer.location)
    assert "仲裁时效届满日" in receipt.text


def test_a_duplicate_warns_and_links_to_the_open_case_and_writes_nothing(
    clerk: Desk, written: Callable[[], dict[str, int]]
) -> None:
    first = clerk.post("/intake", DISPUTE_FORM, form_at="/intake")
    case_id = int(first.location.split("/")[2])
    before = written()
    again = clerk.post("/intake", DISPUTE_FORM, form_at="/intake")
    assert again.status_code == 409
    assert f'href="/cases/{case_id}"' in again.text
    number = first_number(clerk, case_id)
    duplicate = translate(
        N_("{number} is already open for this person, employer and category", number=number)
    )
    assert duplicate in html.unescape(again.text)
    assert written() == before
    anyway = clerk.post("/intake", {**DISPUTE_FORM, "allow_duplicate": "true"}, form_at="/intake")
    assert anyway.status_code == 302


def test_a_consultation_takes_three_fields(clerk: Desk) -> None:
    form = {
        "type": "consultation",
        "claimant.name": "李强",
        "claimant.phone": "027-82345678",
        "description": "咨询金秋助学申请条件",
        "category": "policy",
        "channel": "phone",
    }
    page = clerk.client.get("/intake?type=consultation")
    assert 'name="claimant.id_number"' not in page.text
    assert clerk.post("/intake", form, form_at="/intake?type=consultation").status_code == 302


def test_the_intake_form_refuses_an_unknown_case_type(clerk: Desk) -> None:
    assert clerk.client.get("/intake?type=lottery").status_code == 404
    assert (
        clerk.post("/intake", {**DISPUTE_FORM, "type": "lottery"}, form_at="/intake").status_code
        == 400
    )


@pytest.fixture
def dispute(db: Flask, client, team: dict[str, Staff]) -> int:  # type: ignore[no-untyped-def]
    """A dispute routed to the mediator and under review."""
    from tests import data

    case = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(db, case["id"])
    return case["id"]


def test_the_case_page_offers_exactly_the_allowed_actions(signed_in, dispute: int) -> None:  # type: ignore[no-untyped-def]
    mediator = signed_in("mediator")
    page = mediator.client.get(f"/cases/{dispute}")
    assert f"/cases/{dispute}/act/accept" in page.text
    assert f"/cases/{dispute}/act/reject" in page.text
    assert f"/cases/{dispute}/act/withdraw" in page.text
    assert "/act/agree" not in page.text
    clerk = signed_in("desk")
    assert "/act/" not in clerk.client.get(f"/cases/{dispute}").text
    assert clerk.client.get(f"/cases/{dispute}/act/accept").status_code == 200  # the form only
    refused = clerk.post(
        f"/cases/{dispute}/act/accept", {"version": "2"}, form_at=f"/cases/{dispute}"
    )
    assert refused.status_code == 403


def test_an_action_form_shows_each_missing_field_and_writes_nothing(
    db: Flask,
    signed_in,
    dispute: int,
    written: Callable[[], dict[str, int]],  # type: ignore[no-untyped-def]
) -> None:
    mediator = signed_in("mediator")
    form = mediator.client.get(f"/cases/{dispute}/act/reject")
    assert 'name="reason"' in form.text and 'name="advice"' in form.text
    _, version = case_status(db, dispute)
    before = written()
    answer = mediator.post(
        f"/cases/{dispute}/act/reject", {"version": str(version), "reason": "不属于受理范围"}
    )
    assert answer.status_code == 422
    assert list(errors_by_field(answer.text)) == ["advice"]
    assert written() == before


def test_a_stale_form_is_told_someone_else_changed_the_case(
    db: Flask,
    client,
    signed_in,
    team,
    dispute: int,
    written,  # type: ignore[no-untyped-def]
) -> None:
    mediator = signed_in("mediator")
    _, version = case_status(db, dispute)
    do(client, team["chair"], dispute, "accept")  # someone else, after the form was opened
    before = written()
    answer = mediator.post(
        f"/cases/{dispute}/act/withdraw",
        {"version": str(version), "reason": "撤回"},
        form_at=f"/cases/{dispute}",
    )
    assert answer.status_code == 409
    assert "其他人修改了此案件" in answer.text
    assert written() == before
    assert case_status(db, dispute)[0] == "in_mediation"


def test_accept_then_session_then_agreement_through_the_forms(
    db: Flask, signed_in, dispute: int
) -> None:  # type: ignore[no-untyped-def]
    mediator = signed_in("mediator")
    _, version = case_status(db, dispute)
    assert (
        mediator.post(f"/cases/{dispute}/act/accept", {"version": str(version)}).status_code == 302
    )
    _, version = case_status(db, dispute)
    bad = mediator.post(
        f"/cases/{dispute}/sessions",
        {"version": str(version), "held_at": "2099-01-01T10:00", "place": "", "attendees": ""},
    )
    assert bad.status_code == 422
    assert set(errors_by_field(bad.text)) == {"held_at", "place", "attendees"}
    good = mediator.post(
        f"/cases/{dispute}/sessions",
        {
            "version": str(version),
            "held_at": "2026-11-21T10:00",
            "place": "社区调解室",
            "attendees": "张秀兰\n王经理",
            "offer": "6000",
            "counter_offer": "8600",
        },
    )
    assert good.status_code == 302
    _, version = case_status(db, dispute)
    wrong_sum = {
        "version": str(version),
        "amount": "8600.00",
        "signed_by_both": "true",
        "instalments.due_on": [i["due_on"] for i in AGREEMENT["instalments"]],
        "instalments.amount": ["4300.00", "4000.00"],
    }
    answer = mediator.post(f"/cases/{dispute}/act/agree", wrong_sum)
    assert answer.status_code == 422
    assert "8300.00" in errors_by_field(answer.text)["instalments"]
    right = {**wrong_sum, "instalments.amount": [i["amount"] for i in AGREEMENT["instalments"]]}
    assert mediator.post(f"/cases/{dispute}/act/agree", right).status_code == 302
    page = mediator.client.get(f"/cases/{dispute}")
    assert f'id="case-status">{translate("awaiting_payment")}<' in page.text
    assert "社区调解室" in page.text and "¥8,600.00" in page.text
    assert "¥4,300.00" in page.text
    agreement = mediator.client.get(f"/cases/{dispute}/agreement")
    assert (
        agreement.status_code == 200
        and "调解协议书" in agreement.text
        and "{0.year}年{0.month}月{0.day}日".format(INSTALMENT_DAYS[0]) in agreement.text
    )


def test_the_payment_form_shows_its_messages_and_records_a_payment(
    db: Flask, client, signed_in, team, dispute: int, written
) -> None:  # type: ignore[no-untyped-def]
    do(client, team["mediator"], dispute, "accept")
    do(client, team["mediator"], dispute, "agree", AGREEMENT)
    mediator = signed_in("mediator")
    _, version = case_status(db, dispute)
    before = written()
    bad = mediator.post(
        f"/cases/{dispute}/payments",
        {
            "version": str(version),
            "instalment": "9",
            "amount": "-1",
            "method": "",
            "reference": "",
            "paid_on": "2026-11-21",
        },
    )
    assert bad.status_code == 422
    assert set(errors_by_field(bad.text)) >= {"amount", "method", "reference"}
    out_of_range = mediator.post(
        f"/cases/{dispute}/payments",
        {
            "version": str(version),
            "instalment": "9",
            "amount": "4300.00",
            "method": "cash",
            "reference": "R1",
            "paid_on": "2026-11-21",
        },
    )
    assert out_of_range.status_code == 422 and "instalment" in errors_by_field(out_of_range.text)
    assert written() == before
    paid = mediator.post(
        f"/cases/{dispute}/payments",
        {
            "version": str(version),
            "instalment": "1",
            "amount": "4300.00",
            "method": "cash",
            "reference": "R1",
            "paid_on": "2026-11-21",
        },
    )
    assert paid.status_code == 302
    page = mediator.client.get(f"/cases/{dispute}")
    assert 'id="outstanding">¥4,300.00' in page.text


def unmasked_reads(app: Flask) -> int:
    from sqlalchemy import func

    from service.access.models import PersonalDataRead

    with app.app_context(), unit_of_work() as work:
        return work.scalar(select(func.count()).select_from(PersonalDataRead)) or 0


def test_identity_is_masked_until_shown_and_showing_is_logged(
    db: Flask,
    signed_in,
    dispute: int,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    mediator = signed_in("mediator")
    reads_before = unmasked_reads(db)
    page = mediator.client.get(f"/cases/{dispute}")
    assert "********" in page.text and "显示完整身份证号" in page.text
    assert unmasked_reads(db) == reads_before  # shown masked: no read to record
    with caplog.at_level(logging.INFO, logger="service.console.cases"):
        shown = mediator.post(f"/cases/{dispute}/identity", {}, form_at=f"/cases/{dispute}")
    assert (
        shown.status_code == 200 and "********" not in shown.text.split('id="id-number">')[1][:30]
    )
    assert any(
        r.message == "identity shown in the console" and r.case_id == dispute
        for r in caplog.records
    )
    assert unmasked_reads(db) == reads_before + 1  # recorded in the access log
    clerk = signed_in("desk")
    assert "显示完整身份证号" not in clerk.client.get(f"/cases/{dispute}").text
    assert (
        clerk.post(f"/cases/{dispute}/identity", {}, form_at=f"/cases/{dispute}").status_code == 403
    )


def test_a_case_of_another_unit_is_not_found(signed_in, dispute: int) -> None:  # type: ignore[no-untyped-def]
    sibling = signed_in("sibling_mediator")
    assert sibling.client.get(f"/cases/{dispute}").status_code == 404


def test_the_case_list_filters_searches_by_pinyin_and_pages(
    db: Flask, client, signed_in, team
) -> None:  # type: ignore[no-untyped-def]
    from tests import data

    for name in ("张秀兰", "李强", "王芳"):
        register(client, team["desk"], data.dispute(claimant=data.claimant(name=name)))
    chair = signed_in("chair")
    everyone = chair.client.get("/cases")
    assert "共 3 件" in everyone.text
    found = chair.client.get("/cases?q=zxl")
    assert "张秀兰" in found.text and "李强" not in found.text
    paged = chair.client.get("/cases?per_page=2&page=2")
    assert "第 2 页，共 2 页" in paged.text and "上一页" in paged.text
    bad = chair.client.get("/cases?type=lottery")
    assert bad.status_code == 422 and "type" in errors_by_field(bad.text)
    none = chair.client.get("/cases?type=hardship_aid&opened_from=2026-11-01")
    assert "共 0 件" in none.text


def test_the_worklist_shows_the_mediators_cases_with_their_deadline(
    signed_in, dispute: int
) -> None:  # type: ignore[no-untyped-def]
    mediator = signed_in("mediator")
    page = mediator.client.get("/worklist")
    assert f'href="/cases/{dispute}"' in page.text
    assert f"<td>{translate('under_review')}</td>" in page.text


def test_the_worklist_puts_overdue_items_first_in_red_and_never_marks_a_notice_late(
    db: Flask, signed_in, team, dispute: int
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from service.db import utcnow
    from service.notifications.service import notify

    now = utcnow()
    with db.app_context(), unit_of_work() as work:
        for key, deadline in (
            ("later", now + timedelta(days=5)),
            ("soon", now + timedelta(hours=30)),
            ("late", now - timedelta(days=1)),
            ("notice", None),  # a report built last week has no deadline to miss
        ):
            notify(
                db_session=work,
                user_ids=[team["mediator"].user_id],
                case_id=dispute,
                kind="test",
                message=f"reminder {key}",
                source_key=key,
                due_at=now - timedelta(days=2),
                deadline_at=deadline,
            )
        work.commit()
    page = signed_in("mediator").client.get("/worklist").text
    rows = re.findall(
        r'<tr class="(\w*)">\s*<td><a href="/cases/\d+">[^<]+</a></td>\s*<td>reminder (\w+)</td>',
        page,
    )
    assert rows == [("", "notice"), ("overdue", "late"), ("soon", "soon"), ("", "later")]
    assert "已逾期" in page and "即将到期" in page


def test_a_signed_in_user_never_sees_a_500_on_odd_addresses(signed_in) -> None:  # type: ignore[no-untyped-def]
    chair = signed_in("chair")
    for path in (
        "/cases/999999",
        "/cases/999999/act/accept",
        "/cases/999999/agreement",
        "/cases/999999/receipt",
    ):
        assert chair.client.get(path).status_code == 404


def test_no_case_was_left_behind(db: Flask) -> None:
    with db.app_context(), unit_of_work() as work:
        assert work.scalar(select(Case.id)) is None


def test_an_intake_without_its_form_token_is_refused_with_400_and_writes_nothing(
    clerk: Desk, written: Callable[[], dict[str, int]]
) -> None:
    before = written()
    answer = clerk.client.post("/intake", data=DISPUTE_FORM)
    assert answer.status_code == 400
    assert written() == before
    forged = clerk.client.post("/intake", data={**DISPUTE_FORM, "csrf_token": "forged"})
    assert forged.status_code == 400
    assert written() == before


def test_hardship_aid_from_proposal_to_payout_through_the_forms(
    db: Flask, client, signed_in, team
) -> None:  # type: ignore[no-untyped-def]
    from tests import data

    case = register(
        client, team["desk"], data.aid(category="living", assignee=team["caseworker"].username)
    )
    route(db, case["id"])
    path = f"/cases/{case['id']}"
    caseworker = signed_in("caseworker")
    form = caseworker.client.get(f"{path}/act/propose").text
    assert '<select id="hardship_level"' in form
    complete_file(client, team["caseworker"], case["id"])
    home_visit(client, team["caseworker"], case["id"])
    _, version = case_status(db, case["id"])
    bad = caseworker.post(
        f"{path}/act/propose",
        {"version": str(version), "amount": "3000.001", "hardship_level": "rich"},
    )
    assert bad.status_code == 422
    assert set(errors_by_field(bad.text)) == {"amount", "hardship_level"}
    good = {"version": str(version), "amount": "3000.00", "hardship_level": "relative"}
    assert caseworker.post(f"{path}/act/propose", good).status_code == 302
    chair = signed_in("chair")
    assert f"{path}/act/approve" in chair.client.get(path).text
    _, version = case_status(db, case["id"])
    assert chair.post(f"{path}/act/approve", {"version": str(version)}).status_code == 302
    assert case_status(db, case["id"])[0] == "public_notice"


def test_a_consultation_is_answered_through_its_form(db: Flask, client, signed_in, team) -> None:  # type: ignore[no-untyped-def]
    from tests import data

    case = register(client, team["desk"], data.consultation())
    clerk = signed_in("desk")
    path = f"/cases/{case['id']}"
    page = clerk.client.get(path).text
    assert f"{path}/act/answer" in page and "/act/convert" not in page
    _, version = case_status(db, case["id"])
    empty = clerk.post(f"{path}/act/answer", {"version": str(version), "answer": "   "})
    assert empty.status_code == 422 and list(errors_by_field(empty.text)) == ["answer"]
    answered = clerk.post(
        f"{path}/act/answer", {"version": str(version), "answer": "符合条件的可向社区工会申请"}
    )
    assert answered.status_code == 302
    assert case_status(db, case["id"])[0] == "closed"
