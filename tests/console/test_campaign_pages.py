"""The campaign pages 专项帮扶: open a campaign, build and confirm a list, pay by the bank's file."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from service.auth.enums import Role
from service.campaigns import jobs
from service.campaigns.models import Campaign, CampaignList
from service.cases.models import Case
from service.db import unit_of_work
from service.domain_errors import Conflict
from service.i18n import N_
from tests.api.test_campaigns import run_job
from tests.campaign_data import (
    COMFORTABLE,
    THIS_YEAR,
    file_household,
    open_campaign,
    set_dibao,
    transfer_csv,
)
from tests.conftest import Office, Staff
from tests.console.conftest import Desk, errors_by_field

CHINESE = re.compile(r"[\u4e00-\u9fff]")
JOB = re.compile(r"/campaigns/(\d+)#job-(\d+)$")


def campaign_form(**overrides: str | list[str]) -> dict[str, str | list[str]]:
    return {
        "name": f"{THIS_YEAR}年春节送温暖",
        "kind": "seasonal",
        "budget": "1500.00",
        "amounts.per_household": "400.00",
        "amounts.per_level.deep": "",
        "amounts.per_level.relative": "",
        "amounts.per_level.accident": "",
        "eligibility.levels": ["deep", "relative"],
        "eligibility.filed_before": "",
        "starts_on": f"{THIS_YEAR}-01-01",
        "ends_on": f"{THIS_YEAR}-12-31",
        **overrides,
    }


@pytest.fixture
def households(client: FlaskClient, office: Office, team: dict[str, Staff]) -> list[dict]:
    """Three deep-hardship households of XA-HG and one that is not in hardship."""
    set_dibao(client, office.staff(Role.ADMIN, "XA"))
    filed = [file_household(client, team["caseworker"]) for _ in range(3)]
    return [*filed, file_household(client, team["caseworker"], income=COMFORTABLE)]


def build(db: Flask, person: Desk, campaign_id: int) -> int:
    """Build a list on the campaign page, let the worker run the job; the list's id."""
    path = f"/campaigns/{campaign_id}"
    asked = person.post(f"{path}/lists", {"unit": ""}, form_at=path)
    assert asked.status_code == 302, errors_by_field(asked.text) or asked.text
    found = JOB.search(asked.headers["Location"])
    assert found and int(found.group(1)) == campaign_id
    job_id = int(found.group(2))
    queued = person.client.get(path).text
    row = re.search(rf'<tr id="job-{job_id}">(.*?)</tr>', queued, re.S)
    assert row and "排队中" in row.group(1)
    run_job(db, {"id": job_id})
    done = re.search(rf'<tr id="job-{job_id}">(.*?)</tr>', person.client.get(path).text, re.S)
    assert done and "已完成" in done.group(1) and "4 / 4" in done.group(1)
    link = re.search(rf'href="{path}/lists/(\d+)"', done.group(1))
    assert link
    return int(link.group(1))


def figure(page: str, name: str) -> str:
    found = re.search(rf'<dd id="{name}">([^<]*)</dd>', page)
    assert found, page
    return found.group(1).strip()


def test_a_campaign_opened_built_confirmed_and_paid_in_the_console(
    db: Flask,
    signed_in: Callable[[str], Desk],
    households: list[dict],
    written: Callable[[], dict[str, int]],
) -> None:
    chair, vice_chair = signed_in("chair"), signed_in("vice_chair")
    listed = chair.client.get("/campaigns")
    assert (
        listed.status_code == 200
        and 'href="/campaigns"' in listed.text
        and "专项帮扶" in listed.text
    )
    opened = chair.post("/campaigns", campaign_form())
    assert opened.status_code == 302, errors_by_field(opened.text) or opened.text
    campaign_id = int(opened.headers["Location"].rsplit("/", 1)[1])
    path = f"/campaigns/{campaign_id}"
    assert f'href="{path}"' in chair.client.get("/campaigns").text
    with db.app_context(), unit_of_work() as work:
        campaign = work.get(Campaign, campaign_id)
        assert (campaign.amounts, campaign.eligibility) == (
            {"per_household": "400.00", "per_level": {}},
            {"levels": ["deep", "relative"]},
        )

    list_id = build(db, chair, campaign_id)
    page = chair.client.get(f"{path}/lists/{list_id}").text
    assert page.count("¥400.00") >= 3 and "困难" in page  # the comfortable one: why left off
    assert 'id="confirm"' not in page  # the builder has no button ...
    before = written()
    refused = chair.post(
        f"{path}/lists/{list_id}/confirmation", {}, form_at=f"{path}/lists/{list_id}"
    )
    assert refused.status_code == 403
    assert '<div class="alert" role="alert">' in refused.text and "四眼" in refused.text
    assert written() == before  # ... and the service refuses them with its reason

    confirm_page = vice_chair.client.get(f"{path}/lists/{list_id}").text
    assert 'id="confirm"' in confirm_page
    confirmed = vice_chair.post(
        f"{path}/lists/{list_id}/confirmation", {}, form_at=f"{path}/lists/{list_id}"
    )
    assert confirmed.status_code == 302, confirmed.text
    page = vice_chair.client.get(f"{path}/lists/{list_id}").text
    with db.app_context(), unit_of_work() as work:
        case_ids = work.scalars(select(Case.id).where(Case.household_id.is_not(None))).all()
        assert len(case_ids) == 3
    assert all(f'href="/cases/{case_id}"' in page for case_id in case_ids)
    shown = chair.client.get(path).text
    assert figure(shown, "committed") == "¥1,200.00" and figure(shown, "remaining") == "¥300.00"
    assert (
        figure(shown, "amounts") == "¥400.00"
        and figure(shown, "eligibility") == "深度困难、相对困难"
    )

    first, second, *_ = (h["head"]["id_number"] for h in households)
    bank = transfer_csv([(first, "400.00", "T001"), (second, "350.00", "T002")], "gbk")
    token = chair.token(path)
    uploaded = chair.client.post(
        f"{path}/transfers",
        data={"csrf_token": token, "file": (io.BytesIO(bank), "工商银行.csv")},
        content_type="multipart/form-data",
    )
    assert uploaded.status_code == 302, uploaded.text
    job_id = int(JOB.search(uploaded.headers["Location"]).group(2))
    run_job(db, {"id": job_id})
    shown = chair.client.get(path).text
    assert figure(shown, "paid").startswith("¥400.00")
    row = re.search(rf'<tr id="job-{job_id}">(.*?)</tr>', shown, re.S)
    assert row and "2 / 2" in row.group(1)
    result = chair.client.get(f"{path}/jobs/{job_id}/result.csv")
    assert result.status_code == 200 and "attachment" in result.headers["Content-Disposition"]
    table = list(csv.reader(io.StringIO(result.data.decode("utf-8-sig"))))
    by_reference = {r[3]: r for r in table[1:]}
    assert by_reference["T002"][5] == "金额不符：文件 ¥350.00，案件 ¥400.00"
    xlsx = chair.client.get(f"{path}/jobs/{job_id}/result.xlsx")
    assert xlsx.status_code == 200 and xlsx.data.startswith(b"PK")
    assert chair.client.get(f"{path}/jobs/{job_id}/result.pdf").status_code == 404
    paid = chair.client.get(f"{path}/lists/{list_id}").text
    assert "T001" in paid and "T002" not in paid


def test_bad_input_shows_the_messages_by_field_and_writes_nothing(
    db: Flask,
    signed_in: Callable[[str], Desk],
    households: list[dict],
    written: Callable[[], dict[str, int]],
) -> None:
    chair = signed_in("chair")
    before = written()
    bad = chair.post(
        "/campaigns",
        campaign_form(
            name="",
            kind="lottery",
            budget="-1",
            **{"amounts.per_household": "", "amounts.per_level.deep": "1.001"},
            **{"eligibility.levels": ["rich"], "eligibility.filed_before": "昨天"},
        ),
    )
    assert bad.status_code == 422
    errors = errors_by_field(bad.text)
    assert {
        "name", "kind", "budget", "amounts.per_household", "amounts.per_level.deep",
        "eligibility.levels", "eligibility.filed_before",
    } <= set(errors), errors  # fmt: skip
    assert all(CHINESE.search(message) for message in errors.values()), errors
    backwards = chair.post("/campaigns", campaign_form(ends_on=f"{THIS_YEAR}-01-01",
                                                       starts_on=f"{THIS_YEAR}-02-01"))  # fmt: skip
    assert backwards.status_code == 422 and "ends_on" in errors_by_field(backwards.text)
    assert written() == before

    opened = chair.post("/campaigns", campaign_form(budget="500.00"))
    campaign_id = int(opened.headers["Location"].rsplit("/", 1)[1])
    path = f"/campaigns/{campaign_id}"
    before = written()
    elsewhere = chair.post(f"{path}/lists", {"unit": "XA-HX"}, form_at=path)
    assert elsewhere.status_code == 422 and "unit" in errors_by_field(elsewhere.text)
    no_file = chair.post(f"{path}/transfers", {}, form_at=path)
    assert no_file.status_code == 422 and "file" in errors_by_field(no_file.text)
    token = chair.token(path)
    not_a_list = chair.client.post(
        f"{path}/transfers",
        data={"csrf_token": token, "file": (io.BytesIO(b"%PDF-1.4"), "list.pdf")},
        content_type="multipart/form-data",
    )
    assert not_a_list.status_code == 422 and CHINESE.search(not_a_list.text)
    assert written() == before

    list_id = build(db, signed_in("caseworker"), campaign_id)
    over = chair.post(f"{path}/lists/{list_id}/confirmation", {}, form_at=f"{path}/lists/{list_id}")
    assert over.status_code == 409 and '<div class="alert" role="alert">' in over.text
    assert "预算" in over.text
    with db.app_context(), unit_of_work() as work:
        assert work.get(CampaignList, list_id).status == "ready"
        assert work.scalar(select(func.count()).select_from(Case)) == 0
        assert work.get(Campaign, campaign_id).committed == 0


def test_another_units_campaign_is_not_found_and_the_desk_may_not_open_one(
    db: Flask,
    client: FlaskClient,
    office: Office,
    team: dict[str, Staff],
    signed_in: Callable[[str], Desk],
    written: Callable[[], dict[str, int]],
) -> None:
    theirs = open_campaign(client, office.staff(Role.SUPERVISOR, "XA-HX"))
    ours = open_campaign(client, team["chair"])
    caseworker = signed_in("caseworker")
    listed = caseworker.client.get("/campaigns").text
    assert f'href="/campaigns/{ours["id"]}"' in listed
    assert f'href="/campaigns/{theirs["id"]}"' not in listed
    assert 'id="open-title"' not in listed  # a caseworker does not open campaigns
    assert caseworker.client.get(f"/campaigns/{theirs['id']}").status_code == 404
    assert caseworker.client.get(f"/campaigns/{theirs['id']}/lists/1").status_code == 404
    before = written()
    token = caseworker.token("/campaigns")
    refused = caseworker.client.post(f"/campaigns/{theirs['id']}/lists", data={"csrf_token": token})
    assert refused.status_code == 404
    assert caseworker.post("/campaigns", campaign_form(), form_at="/campaigns").status_code == 403
    page = caseworker.client.get(f"/campaigns/{ours['id']}").text
    assert 'id="build-title"' in page and 'id="upload-title"' not in page
    assert written() == before

    clerk = signed_in("desk")
    assert clerk.client.get("/campaigns").status_code == 403
    assert clerk.client.get(f"/campaigns/{ours['id']}").status_code == 403
    assert 'href="/campaigns"' not in clerk.client.get("/cases").text
    assert clerk.client.post("/campaigns", data={}).status_code in (400, 403)


def test_a_bank_file_larger_than_a_form_is_taken_and_one_over_its_limit_is_a_413(
    db: Flask,
    signed_in: Callable[[str], Desk],
    households: list[dict],
    written: Callable[[], dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chair = signed_in("chair")
    opened = chair.post("/campaigns", campaign_form())
    path = opened.headers["Location"].removeprefix("http://localhost")
    settings = db.extensions["settings"]
    monkeypatch.setitem(db.extensions, "settings", settings.replace(transfer_file_max_bytes=2**21))
    row = (households[3]["head"]["id_number"], "400.00", "R" * 90)

    def upload(rows: int) -> tuple[int, str]:
        content = transfer_csv([row] * rows)
        token = chair.token(path)
        answer = chair.client.post(
            f"{path}/transfers",
            data={"csrf_token": token, "file": (io.BytesIO(content), "bank.csv")},
            content_type="multipart/form-data",
        )
        return answer.status_code, answer.text

    before = written()
    status, text = upload(30_000)  # over 2 MiB
    assert status == 413 and "文件过大（最多 2 MiB）" in text
    assert written() == before
    status, text = upload(12_000)  # over the 1 MiB of a form, within the file's limit
    assert status == 302, text


def test_a_closed_campaign_refuses_a_list_and_a_confirmation_above_the_form(
    db: Flask,
    client: FlaskClient,
    team: dict[str, Staff],
    signed_in: Callable[[str], Desk],
    households: list[dict],
    written: Callable[[], dict[str, int]],
) -> None:
    campaign = open_campaign(client, team["chair"])
    path = f"/campaigns/{campaign['id']}"
    list_id = build(db, signed_in("caseworker"), campaign["id"])
    chair = signed_in("chair")
    list_page = f"{path}/lists/{list_id}"
    token = chair.token(list_page)
    closed = client.post(
        f"/api/v1/campaigns/{campaign['id']}/closure", headers=team["chair"].headers
    )
    assert closed.status_code == 200, closed.get_json()
    before = written()
    refused = chair.client.post(f"{list_page}/confirmation", data={"csrf_token": token})
    assert refused.status_code == 409
    alert = re.search(r'<div class="alert" role="alert">(.*?)</div>', refused.text, re.S)
    assert alert and "活动已关闭" in alert.group(1), refused.text
    page = chair.client.get(path).text
    assert 'id="build-title"' not in page and '<span id="campaign-status">已关闭</span>' in page
    late = chair.client.post(f"{path}/lists", data={"csrf_token": token})
    assert late.status_code == 409
    alert = re.search(r'<div class="alert" role="alert">(.*?)</div>', late.text, re.S)
    assert alert and "活动已关闭" in alert.group(1)
    assert written() == before


def test_a_supervisor_closes_the_campaign_from_its_page_and_a_second_close_is_refused(
    db: Flask,
    client: FlaskClient,
    team: dict[str, Staff],
    signed_in: Callable[[str], Desk],
    written: Callable[[], dict[str, int]],
    office: Office,
) -> None:
    campaign = open_campaign(client, team["chair"])
    path = f"/campaigns/{campaign['id']}"
    caseworker, chair = signed_in("caseworker"), signed_in("chair")
    team["sibling_chair"] = office.staff(Role.SUPERVISOR, "XA-HX")
    sibling = signed_in("sibling_chair")
    assert 'id="close"' not in caseworker.client.get(path).text
    before = written()
    assert caseworker.post(f"{path}/closure", {}, form_at=path).status_code == 403
    # A supervisor of the union beside the campaign's does not see it at all.
    elsewhere = {"csrf_token": sibling.token("/campaigns")}
    assert sibling.client.post(f"{path}/closure", data=elsewhere).status_code == 404
    assert chair.client.post(f"{path}/closure").status_code == 400  # no form token
    assert written() == before

    page = chair.client.get(path).text
    assert 'id="close"' in page and "关闭活动" in page
    token = chair.token(path)
    closed = chair.client.post(f"{path}/closure", data={"csrf_token": token})
    assert closed.status_code == 302 and closed.headers["Location"].endswith(path)
    shown = chair.client.get(path).text
    assert '<span id="campaign-status">已关闭</span>' in shown
    assert 'id="close"' not in shown and 'id="build-title"' not in shown
    with db.app_context(), unit_of_work() as work:
        assert work.get(Campaign, campaign["id"]).status == "closed"

    before = written()
    again = chair.client.post(f"{path}/closure", data={"csrf_token": token})  # an older tab
    assert again.status_code == 409
    alert = re.search(r'<div class="alert" role="alert">(.*?)</div>', again.text, re.S)
    assert alert and "活动已经关闭" in alert.group(1), again.text
    assert written() == before


def test_a_failed_job_says_why_in_the_language_chosen_in_the_console(
    db: Flask,
    client: FlaskClient,
    team: dict[str, Staff],
    signed_in: Callable[[str], Desk],
    households: list[dict],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    campaign = open_campaign(client, team["chair"])
    path = f"/campaigns/{campaign['id']}"
    chair = signed_in("chair")
    asked = chair.post(f"{path}/lists", {"unit": ""}, form_at=path)
    job_id = int(JOB.search(asked.headers["Location"]).group(2))

    def refused(*_args: object) -> None:
        raise Conflict(N_("the campaign ended on {day}", day=date(2025, 2, 28)))

    monkeypatch.setattr(jobs, "chunk_facts", refused)
    run_job(db, {"id": job_id})
    row = re.search(rf'<tr id="job-{job_id}">(.*?)</tr>', chair.client.get(path).text, re.S)
    assert row and "失败" in row.group(1) and "活动已于2025年2月28日结束" in row.group(1)
    chair.client.set_cookie("lang", "en")
    row = re.search(rf'<tr id="job-{job_id}">(.*?)</tr>', chair.client.get(path).text, re.S)
    assert row and "the campaign ended on 2025-02-28" in row.group(1)
