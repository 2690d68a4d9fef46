"""Aid campaigns 送温暖/金秋助学 through the API: list, four eyes, cases, budget, transfers.

The worker's jobs run in-process here (tests/integration/test_campaigns.py runs them on a
real worker).
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, update

from service.auth.enums import Role
from service.campaigns import facts, jobs, transfers
from service.campaigns.models import Campaign, CampaignJob
from service.cases.models import Payment
from service.db import unit_of_work, utcnow
from service.domain_errors import Conflict
from service.households.aid import standing
from service.households.models import Household
from service.households.reading import year_view
from service.i18n import N_
from tests import data
from tests.api.test_statement_counts import _on, sent
from tests.api.workflow_helpers import act, read, register
from tests.campaign_data import (
    COMFORTABLE,
    THIS_YEAR,
    campaign_body,
    file_household,
    open_campaign,
    set_dibao,
    transfer_csv,
)
from tests.conftest import Office, Staff
from workers.tasks import run_campaign_job

EN = {"Accept-Language": "en"}


@pytest.fixture
def households(client: FlaskClient, office: Office, team: dict[str, Staff]) -> list[dict]:
    """Three deep-hardship households of XA-HG and one that is not in hardship."""
    set_dibao(client, office.staff(Role.ADMIN, "XA"))
    filed = [file_household(client, team["caseworker"]) for _ in range(3)]
    return [*filed, file_household(client, team["caseworker"], income=COMFORTABLE)]


def run_job(app: Flask, job: dict) -> None:
    """What the worker does with a queued job."""
    with app.app_context():
        run_campaign_job(job["id"])


def build(client: FlaskClient, staff: Staff, campaign: dict, **body: Any) -> dict:
    """Build a list as ``staff`` and let the job run; the list, read by ``staff``."""
    response = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists", json=body, headers=staff.headers
    )
    assert response.status_code == 202, response.get_json()
    job = response.get_json()
    assert job["status"] == "queued" and job["kind"] == "build"
    run_job(client.application, job)
    done = client.get(f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}", headers=staff.headers)
    assert done.get_json()["status"] == "done", done.get_json()
    listed = client.get(
        f"/api/v1/campaigns/{campaign['id']}/lists/{job['list']}", headers=staff.headers
    )
    assert listed.status_code == 200
    return listed.get_json()


def confirm(client: FlaskClient, staff: Staff, campaign: dict, listed: dict):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists/{listed['id']}/confirmation",
        headers=staff.headers,
    )


def figures(client: FlaskClient, staff: Staff, campaign: dict) -> dict:
    response = client.get(f"/api/v1/campaigns/{campaign['id']}", headers=staff.headers)
    assert response.status_code == 200
    return response.get_json()


def test_the_list_proposes_the_eligible_and_says_why_others_are_left_off(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    campaign = open_campaign(client, team["chair"])
    listed = build(client, team["caseworker"], campaign)
    assert listed["status"] == "ready"
    assert listed["households"] == 3 and listed["total"] == "1200.00"
    on_list = {e["household"]: e for e in listed["entries"]}
    assert {h["id"] for h in households[:3]} == {
        h for h, e in on_list.items() if e["amount"] == "400.00"
    }
    left_off = on_list[households[3]["id"]]
    assert left_off["amount"] is None
    assert "困难" in left_off["left_off"]  # in Chinese by default


def test_confirmation_makes_one_case_per_household_in_payout_within_the_budget(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    campaign = open_campaign(client, team["chair"], budget="1500.00")
    listed = build(client, team["caseworker"], campaign)
    response = confirm(client, team["chair"], campaign, listed)
    assert response.status_code == 200, response.get_json()
    confirmed = response.get_json()
    assert confirmed["status"] == "confirmed"
    numbers = [e["case"] for e in confirmed["entries"] if e["amount"]]
    assert len(numbers) == 3 and all(numbers)
    shown = figures(client, team["chair"], campaign)
    assert (shown["budget"], shown["committed"], shown["paid"], shown["remaining"]) == (
        "1500.00", "1200.00", "0.00", "300.00",
    )  # fmt: skip
    cases = client.get(
        "/api/v1/cases", query_string={"type": "hardship_aid"}, headers=team["chair"].headers
    ).get_json()["items"]
    assert sorted(c["number"] for c in cases) == sorted(numbers)
    case = cases[0]
    assert (case["status"], case["category"]) == ("payout", "seasonal")
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=team["chair"].headers)
    actions = [e["action"] for e in trail.get_json()]
    assert actions == ["register", "grant_in_campaign"]
    granted = trail.get_json()[1]
    assert granted["payload"]["amount"] == "400.00"
    assert campaign["name"] in granted["payload"]["campaign"]


def test_whoever_built_the_list_may_not_confirm_it(
    client: FlaskClient, team: dict[str, Staff], households: list[dict], written: Callable
) -> None:
    campaign = open_campaign(client, team["chair"], budget="1500.00")
    listed = build(client, team["chair"], campaign)
    before = written()
    refused = confirm(client, team["chair"], campaign, listed)
    assert refused.status_code == 403
    assert refused.get_json()["error"]["message"] == "名单的编制人不得确认该名单（四眼原则）"
    assert written() == before
    not_a_supervisor = confirm(client, team["caseworker"], campaign, listed)
    assert not_a_supervisor.status_code == 403
    confirmed = confirm(client, team["vice_chair"], campaign, listed)
    assert confirmed.status_code == 200, confirmed.get_json()
    again = confirm(client, team["vice_chair"], campaign, listed)
    assert again.status_code == 409


def test_a_confirmation_over_the_budget_is_refused_and_names_the_figures(
    client: FlaskClient, team: dict[str, Staff], households: list[dict], written: Callable
) -> None:
    campaign = open_campaign(client, team["chair"], budget="1000.00")
    listed = build(client, team["caseworker"], campaign)  # three households: ¥1,200
    before = written()
    refused = confirm(client, team["chair"], campaign, listed)
    assert refused.status_code == 409
    error = refused.get_json()["error"]
    assert error["code"] == "over_budget"
    assert (error["budget"], error["committed"], error["needed"]) == ("1000.00", "0.00", "1200.00")
    english = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists/{listed['id']}/confirmation",
        headers={**team["chair"].headers, **EN},
    ).get_json()["error"]["message"]
    assert "¥1,200.00" in english and "¥1,000.00" in english
    assert written() == before
    assert figures(client, team["chair"], campaign)["committed"] == "0.00"


def test_one_unit_at_a_time_and_never_a_household_twice(
    client: FlaskClient, office: Office, team: dict[str, Staff], households: list[dict]
) -> None:
    sibling = file_household(client, office.staff(Role.CASEWORKER, "XA-HX"), unit="XA-HX")
    street_chair = office.staff(Role.SUPERVISOR, "XA")
    street_caseworker = office.staff(Role.CASEWORKER, "XA")
    campaign = open_campaign(client, street_chair, unit="XA", budget="5000.00")
    community = build(client, street_caseworker, campaign, unit="XA-HG")
    assert sibling["id"] not in {e["household"] for e in community["entries"]}
    assert confirm(client, street_chair, campaign, community).status_code == 200
    whole_street = build(client, street_caseworker, campaign)
    # XA-HG's three have their cases open already: only XA-HX's household is new.
    assert whole_street["households"] == 1
    again = [e["left_off"] for e in whole_street["entries"] if e["household"] != sibling["id"]]
    assert sum(1 for r in again if r and "尚未办结" in r) == 3
    confirmed = confirm(client, street_chair, campaign, whole_street).get_json()
    assert figures(client, street_chair, campaign)["committed"] == "1600.00"  # not 2,800
    assert figures(client, street_chair, campaign)["cases"] == 4
    assert sum(1 for e in confirmed["entries"] if e["case"]) == 1  # only the new household's
    outside = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists", json={"unit": "ZZ"},
        headers=street_caseworker.headers,
    )  # fmt: skip
    assert outside.status_code == 422
    # XA-HX is in the street caseworker's scope, but not beneath a campaign of XA-HG.
    community_campaign = open_campaign(client, street_chair, unit="XA-HG", name="社区送温暖")
    before = figures(client, street_chair, community_campaign)
    beside = client.post(
        f"/api/v1/campaigns/{community_campaign['id']}/lists", json={"unit": "XA-HX"},
        headers=street_caseworker.headers,
    )  # fmt: skip
    assert beside.status_code == 422
    assert "unit" in beside.get_json()["error"]["fields"]
    assert figures(client, street_chair, community_campaign) == before


def test_a_household_whose_cap_the_amount_would_break_is_left_off(
    client: FlaskClient, office: Office, team: dict[str, Staff], households: list[dict]
) -> None:
    admin = office.staff(Role.ADMIN, "XA")
    body = {"unit": "XA-HG", "year": THIS_YEAR, "item": "education", "amount": "300.00"}
    assert client.put("/api/v1/aid-settings", json=body, headers=admin.headers).status_code == 200
    campaign = open_campaign(client, team["chair"], kind="education",
                             eligibility={"in_school": True})  # fmt: skip
    listed = build(client, team["caseworker"], campaign)
    reasons = {e["left_off"] for e in listed["entries"]}
    assert listed["households"] == 0
    assert "¥400.00 超过该户本年度剩余帮扶额度 ¥300.00" in reasons, reasons


def test_payments_one_by_one_count_once(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    campaign = open_campaign(client, team["chair"], budget="1500.00")
    listed = build(client, team["caseworker"], campaign)
    confirm(client, team["chair"], campaign, listed)
    case = client.get(
        "/api/v1/cases", query_string={"type": "hardship_aid"}, headers=team["chair"].headers
    ).get_json()["items"][0]
    payment = {"amount": "400.00", "method": "bank_transfer", "reference": "B0001",
               "paid_on": f"{THIS_YEAR}-01-20"}  # fmt: skip
    paid = client.post(
        f"/api/v1/cases/{case['id']}/payments", json=payment, headers=team["chair"].headers
    )
    assert paid.status_code == 201, paid.get_json()
    again = client.post(
        f"/api/v1/cases/{case['id']}/payments", json=payment, headers=team["chair"].headers
    )
    assert again.status_code == 409
    shown = figures(client, team["chair"], campaign)
    assert (shown["paid"], shown["cases_paid"]) == ("400.00", 1)


def _import(client: FlaskClient, staff: Staff, campaign: dict, content: bytes, name: str):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/campaigns/{campaign['id']}/transfers",
        data={"file": (io.BytesIO(content), name)},
        headers=staff.headers,
        content_type="multipart/form-data",
    )


def test_a_transfer_file_pays_each_matched_case_once_and_says_why_for_the_rest(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    chair = team["chair"]
    campaign = open_campaign(client, chair, budget="1500.00")
    confirm(client, chair, campaign, build(client, team["caseworker"], campaign))
    first, second, third, comfortable = (h["head"]["id_number"] for h in households)
    rows = [
        (first, "400.00", "T001"),  # matched
        (comfortable, "400.00", "T002"),  # not on the campaign
        (first, "400.00", "T003"),  # the same person again
        (second, "350.00", "T004"),  # not the amount of the case
        (third, "400.00", "T001"),  # the same reference again
        ("123", "400.00", "T005"),  # not an ID number
    ]
    uploaded = _import(client, chair, campaign, transfer_csv(rows, "gbk"), "工商银行.csv")
    assert uploaded.status_code == 202, uploaded.get_json()
    job = uploaded.get_json()
    assert (job["status"], job["total"]) == ("queued", 6)
    run_job(client.application, job)
    done = client.get(f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}", headers=chair.headers)
    assert done.get_json()["status"] == "done"
    assert done.get_json()["counts"] == {
        "matched": 1, "unmatched": 1, "duplicate": 2, "amount_differs": 1, "unreadable": 1,
    }  # fmt: skip
    shown = figures(client, chair, campaign)
    assert (shown["paid"], shown["cases_paid"]) == ("400.00", 1)
    listed = client.get(f"/api/v1/campaigns/{campaign['id']}/lists/1", headers=chair.headers)
    paid = {e["household"]: e["paid"] for e in listed.get_json()["entries"]}
    assert paid[households[0]["id"]]["reference"] == "T001"
    assert paid[households[0]["id"]]["amount"] == "400.00"
    assert paid[households[1]["id"]] is None
    result = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}/result", headers=chair.headers
    )
    assert result.status_code == 200
    table = list(csv.reader(io.StringIO(result.data.decode("utf-8-sig"))))
    assert len(table) == 7
    by_reference = {row[3]: row for row in table[1:]}
    assert by_reference["T004"][5] == "金额不符：文件 ¥350.00，案件 ¥400.00"
    assert all(row[5] for row in table[1:] if row[3] != "T001" or row[1] == third)
    english = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}/result?format=xlsx",
        headers={**chair.headers, **EN},
    )
    assert english.status_code == 200 and english.data.startswith(b"PK")
    again = _import(client, chair, campaign, transfer_csv(rows[:1]), "again.csv").get_json()
    run_job(client.application, again)
    repeated = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{again['id']}", headers=chair.headers
    ).get_json()
    assert repeated["counts"] == {"duplicate": 1}  # its reference is on the payment already
    assert figures(client, chair, campaign)["paid"] == "400.00"


def test_a_row_whose_case_refuses_the_payment_fails_alone_and_says_why(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    """A household that exited since the confirmation is paid no more; the others are."""
    chair = team["chair"]
    campaign = open_campaign(client, chair, budget="1500.00")
    confirm(client, chair, campaign, build(client, team["caseworker"], campaign))
    first, second = households[0], households[1]
    exited = client.post(
        f"/api/v1/households/{second['id']}/exit",
        json={"reason": "已稳定就业"},
        headers=chair.headers,
    )
    assert exited.status_code == 200, exited.get_json()
    rows = [
        (first["head"]["id_number"], "400.00", "T1"),
        (second["head"]["id_number"], "400.00", "T2"),
    ]
    job = _import(client, chair, campaign, transfer_csv(rows), "bank.csv").get_json()
    run_job(client.application, job)
    done = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}", headers=chair.headers
    ).get_json()
    assert (done["status"], done["counts"]) == ("done", {"matched": 1, "unmatched": 1})
    assert figures(client, chair, campaign)["paid"] == "400.00"
    result = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}/result", headers=chair.headers
    )
    by_reference = {r[3]: r for r in csv.reader(io.StringIO(result.data.decode("utf-8-sig")))}
    assert "脱困" in by_reference["T2"][5]


def test_an_unreadable_row_keeps_its_cells_under_the_banks_own_headings(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    chair = team["chair"]
    campaign = open_campaign(client, chair, budget="1500.00")
    confirm(client, chair, campaign, build(client, team["caseworker"], campaign))
    first = households[0]["head"]["id_number"]
    content = f"身份证号码,金额（元）,交易流水号\n{first},四百元,T9\n".encode()
    job = _import(client, chair, campaign, content, "bank.csv").get_json()
    run_job(client.application, job)
    result = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}/result", headers=chair.headers
    )
    (row,) = list(csv.reader(io.StringIO(result.data.decode("utf-8-sig"))))[1:]
    assert row[1:4] == [first, "四百元", "T9"] and row[4] == "无法读取"
    assert figures(client, chair, campaign)["paid"] == "0.00"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"budget": 1000}, "budget"),
        ({"budget": "-5.00"}, "budget"),
        ({"budget": "0.00"}, "budget"),
        ({"budget": "12.345"}, "budget"),
        ({"kind": "luxury"}, "kind"),
        ({"amounts": {"per_level": {"deep": "800.00"}}}, "amounts"),
        ({"amounts": {"per_household": "400.00", "per_level": {"deep": "-1.00"}}}, "amounts"),
        ({"amounts": {}}, "amounts"),
        ({"amounts": {"per_household": "400.00", "per_level": {"rich": "1.00"}}}, "amounts"),
        ({"amounts": {"per_household": "0.00"}}, "amounts"),
        ({"eligibility": {"levels": ["poor"]}}, "eligibility"),
        ({"eligibility": {"filed_before": "2026-13-01"}}, "eligibility"),
        ({"starts_on": "yesterday"}, "starts_on"),
        ({"ends_on": "2025-01-01"}, "ends_on"),
        ({"unit": "XA-HX"}, "unit"),
        ({"name": ""}, "name"),
    ],
)
def test_bad_campaigns_are_refused_field_by_field(
    client: FlaskClient, team: dict[str, Staff], written: Callable, change: dict, field: str
) -> None:
    before = written()
    response = client.post(
        "/api/v1/campaigns", json=campaign_body(**change), headers=team["chair"].headers
    )
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]
    assert written() == before


def test_bad_transfer_files_are_refused_whole_with_nothing_written(
    client: FlaskClient, team: dict[str, Staff], households: list[dict], written: Callable
) -> None:
    chair = team["chair"]
    campaign = open_campaign(client, chair)
    before = written()
    one = households[0]["head"]["id_number"]
    too_many = transfer_csv([(one, "400.00", f"R{n}") for n in range(100_001)])
    for content, name in (
        (b"%PDF-1.4 not a list", "list.pdf"),
        (b"", "empty.csv"),
        ("姓名,电话\n张三,13800138000\n".encode(), "no-header.csv"),
        (too_many, "too-many.csv"),
    ):
        response = _import(client, chair, campaign, content, name)
        assert response.status_code == 422, (name, response.get_json())
        assert response.get_json()["error"]["message"]
    long_name = _import(client, chair, campaign, b"%PDF-1.4", "清单" * 300 + "\x00.pdf")
    assert long_name.status_code == 422
    no_file = client.post(
        f"/api/v1/campaigns/{campaign['id']}/transfers", data={}, headers=chair.headers,
        content_type="multipart/form-data",
    )  # fmt: skip
    assert no_file.status_code == 422
    assert written() == before


def test_other_units_see_no_campaign(
    client: FlaskClient, office: Office, team: dict[str, Staff], households: list[dict]
) -> None:
    campaign = open_campaign(client, team["chair"])
    stranger = office.staff(Role.SUPERVISOR, "XA-HX")
    for path in ("", "/lists/1", "/jobs/1"):
        response = client.get(f"/api/v1/campaigns/{campaign['id']}{path}", headers=stranger.headers)
        assert response.status_code == 404
    assert client.get("/api/v1/campaigns", headers=stranger.headers).get_json() == []
    assert client.get("/api/v1/campaigns/999999", headers=team["chair"].headers).status_code == 404
    desk = client.post("/api/v1/campaigns", json=campaign_body(), headers=team["desk"].headers)
    assert desk.status_code == 403


def test_a_campaign_case_reads_and_reports_like_any_other(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    campaign = open_campaign(client, team["chair"], budget="1500.00")
    confirm(client, team["chair"], campaign, build(client, team["caseworker"], campaign))
    listed = client.get(
        "/api/v1/cases", query_string={"type": "hardship_aid"}, headers=team["chair"].headers
    ).get_json()["items"]
    case = client.get(f"/api/v1/cases/{listed[0]['id']}", headers=team["chair"].headers)
    assert case.status_code == 200
    assert (case.get_json()["channel"], case.get_json()["assignee"]) == (
        "campaign", team["caseworker"].username,
    )  # fmt: skip
    summary = client.get(
        "/api/v1/reports/summary", query_string={"group_by": "channel", "format": "csv"},
        headers=team["chair"].headers,
    )  # fmt: skip
    assert summary.status_code == 200
    assert "专项活动" in summary.data.decode("utf-8-sig")


def test_the_cli_runs_a_campaign_as_a_named_user(
    client: FlaskClient, team: dict[str, Staff], households: list[dict], tmp_path: Any
) -> None:
    runner = client.application.test_cli_runner()
    chair, vice, caseworker = team["chair"], team["vice_chair"], team["caseworker"]
    opened = runner.invoke(args=[
        "campaigns", "open", "--as", chair.username, f"{THIS_YEAR}年金秋助学", "--kind",
        "education", "--budget", "3000.00", "--per-household", "500.00", "--in-school",
        "--to", f"{THIS_YEAR}-12-31",
    ])  # fmt: skip
    assert opened.exit_code == 0, opened.output
    refused = runner.invoke(args=[
        "campaigns", "open", "--as", caseworker.username, "x", "--kind", "education",
        "--budget", "1.00", "--per-household", "1.00", "--to", f"{THIS_YEAR}-12-31",
    ])  # fmt: skip
    assert refused.exit_code != 0 and "supervisor" in refused.output
    built = runner.invoke(args=["campaigns", "build", "--as", caseworker.username, "1"])
    assert built.exit_code == 0, built.output
    run_job(client.application, {"id": 1})
    confirmed = runner.invoke(args=["campaigns", "confirm", "--as", vice.username, "1", "1"])
    assert confirmed.exit_code == 0, confirmed.output
    assert '"committed": "1500.00"' in confirmed.output  # three households with a student
    bank = tmp_path / "bank.csv"
    bank.write_bytes(transfer_csv([(households[0]["head"]["id_number"], "500.00", "CLI001")]))
    imported = runner.invoke(args=["campaigns", "import", "--as", chair.username, "1", str(bank)])
    assert imported.exit_code == 0, imported.output
    run_job(client.application, {"id": 2})
    result = tmp_path / "result.csv"
    shown = runner.invoke(
        args=["campaigns", "job", "--as", chair.username, "1", "2", "--result", str(result)]
    )
    assert shown.exit_code == 0 and '"matched": 1' in shown.output, shown.output
    assert "已匹配付款" in result.read_text(encoding="utf-8-sig")
    figures_shown = runner.invoke(args=["campaigns", "show", "--as", caseworker.username, "1"])
    assert '"paid": "500.00"' in figures_shown.output
    pdf = tmp_path / "bank.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    not_a_list = runner.invoke(args=["campaigns", "import", "--as", chair.username, "1", str(pdf)])
    assert not_a_list.exit_code != 0 and not_a_list.output.strip()


def test_a_campaign_whose_period_is_over_takes_no_new_list(
    client: FlaskClient, team: dict[str, Staff], households: list[dict], written: Callable
) -> None:
    campaign = open_campaign(client, team["chair"], starts_on="2025-01-01", ends_on="2025-02-28")
    before = written()
    response = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists", json={}, headers=team["caseworker"].headers
    )
    assert response.status_code == 409
    assert response.get_json()["error"]["message"] == "活动已于2025年2月28日结束"
    assert written() == before


def test_a_case_from_the_desk_is_never_granted_as_if_in_a_campaign(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = register(client, team["desk"], data.aid(category="seasonal"))
    assert case["status"] == "registered"
    assert "grant_in_campaign" not in read(client, team["chair"], case["id"])["allowed_actions"]
    response = act(
        client, team["chair"], case["id"], "grant_in_campaign",
        {"amount": "400.00", "campaign": "送温暖"},
    )  # fmt: skip
    assert response.status_code == 403
    assert read(client, team["chair"], case["id"])["status"] == "registered"


def test_an_import_interrupted_and_delivered_again_pays_each_case_once(
    client: FlaskClient,
    team: dict[str, Staff],
    households: list[dict],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chair = team["chair"]
    campaign = open_campaign(client, chair, budget="1500.00")
    confirm(client, chair, campaign, build(client, team["caseworker"], campaign))
    rows = [(h["head"]["id_number"], "400.00", f"R{n}") for n, h in enumerate(households[:3])]
    job = _import(client, chair, campaign, transfer_csv(rows), "bank.csv").get_json()
    monkeypatch.setattr(transfers, "CHUNK", 2)
    app = client.application
    with app.app_context(), unit_of_work() as work:  # the file read, then two rows paid ...
        assert jobs.step(db_session=work, job_id=job["id"])
        work.commit()
    with app.app_context(), unit_of_work() as work:
        assert jobs.step(db_session=work, job_id=job["id"])
        work.commit()
    midway = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}", headers=chair.headers
    )
    assert (midway.get_json()["status"], midway.get_json()["done"]) == ("running", 2)
    run_job(app, job)  # ... and the worker died: the job is delivered again, twice
    run_job(app, job)
    done = client.get(f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}", headers=chair.headers)
    assert done.get_json()["counts"] == {"matched": 3}
    with app.app_context(), unit_of_work() as work:
        assert work.scalar(select(func.count()).select_from(Payment)) == 3
    assert figures(client, chair, campaign)["paid"] == "1200.00"


def _age(work: Any, job_id: int, status: str, since: timedelta) -> None:
    """Make the job ``status`` and last touched ``since`` ago."""
    work.execute(
        update(CampaignJob)
        .where(CampaignJob.id == job_id)
        .values(status=status, updated_at=utcnow() - since)
    )


def test_the_sweep_sends_a_job_once_and_again_only_when_no_worker_touched_it_for_long(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    campaign = open_campaign(client, team["chair"])
    path = f"/api/v1/campaigns/{campaign['id']}/lists"
    waiting, lost, busy, finished = (
        client.post(path, json={}, headers=team["caseworker"].headers).get_json()["id"]
        for _ in range(4)
    )
    app = client.application
    run_job(app, {"id": finished})
    almost = jobs.STALLED - timedelta(minutes=1)
    with app.app_context(), unit_of_work() as work:
        # Never sent: the sweep the request nudged sends them ...
        assert jobs.stalled(db_session=work) == [waiting, lost, busy]
        work.commit()
        # ... and the sweeps of the next minutes leave them to the workers they went to.
        assert jobs.stalled(db_session=work) == []
        for job_id in (waiting, lost, busy):
            _age(work, job_id, "queued" if job_id == waiting else "running", almost)
        assert jobs.stalled(db_session=work) == []
        _age(work, waiting, "queued", jobs.STALLED)  # its message was lost
        _age(work, lost, "running", jobs.STALLED)  # its worker died
        _age(work, busy, "running", timedelta(0))  # its worker's last chunk just committed
        assert jobs.stalled(db_session=work) == [waiting, lost]
        work.commit()
    with app.app_context(), unit_of_work() as work:  # sent again and again, never finished
        for _send in range(3, jobs.MAX_SENDS + 1):
            assert jobs.stalled(db_session=work) == []
            _age(work, waiting, "queued", jobs.STALLED)
            _age(work, lost, "running", jobs.STALLED)
            assert jobs.stalled(db_session=work) == [waiting, lost]
        _age(work, waiting, "queued", jobs.STALLED)
        _age(work, lost, "running", jobs.STALLED)
        assert jobs.stalled(db_session=work) == []
        work.commit()
    for job_id in (waiting, lost):
        seen = client.get(f"/api/v1/campaigns/{campaign['id']}/jobs/{job_id}",
                          headers=team["chair"].headers).get_json()  # fmt: skip
        assert seen["status"] == "failed"
        assert seen["error"] == f"已停止：已派发 {jobs.MAX_SENDS} 次仍未完成"
        listed = client.get(f"{path}/{seen['list']}", headers=team["chair"].headers)
        assert listed.get_json()["status"] == "failed"
    english = client.get(f"/api/v1/campaigns/{campaign['id']}/jobs/{lost}",
                         headers={**team["chair"].headers, **EN}).get_json()  # fmt: skip
    assert english["error"] == f"stopped: sent {jobs.MAX_SENDS} times, it never finished"


def test_a_job_that_fails_says_why_in_the_readers_language(
    client: FlaskClient,
    team: dict[str, Staff],
    households: list[dict],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    campaign = open_campaign(client, team["chair"])
    response = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists", json={}, headers=team["caseworker"].headers
    )
    job = response.get_json()

    def refused(*_args: Any) -> None:
        # A refusal of the domain met halfway through the job, with a value in it.
        raise Conflict(N_("the campaign ended on {day}", day=date(2025, 2, 28)))

    monkeypatch.setattr(jobs, "chunk_facts", refused)
    run_job(client.application, job)
    path = f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}"
    chinese = client.get(path, headers=team["chair"].headers).get_json()
    assert (chinese["status"], chinese["error"]) == ("failed", "活动已于2025年2月28日结束")
    english = client.get(path, headers={**team["chair"].headers, **EN}).get_json()
    assert english["error"] == "the campaign ended on 2025-02-28"
    listed = client.get(
        f"/api/v1/campaigns/{campaign['id']}/lists/{job['list']}", headers=team["chair"].headers
    )
    assert listed.get_json()["status"] == "failed"


def test_a_build_delivered_twice_at_once_lists_each_household_once(
    client: FlaskClient,
    team: dict[str, Staff],
    households: list[dict],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(jobs, "BUILD_CHUNK", 1)  # four chunks, each one a transaction
    campaign = open_campaign(client, team["chair"])
    job = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists", json={}, headers=team["caseworker"].headers
    ).get_json()
    app = client.application
    crashed: list[BaseException] = []

    def worker() -> None:
        try:
            run_job(app, job)
        except BaseException as exc:  # a chunk done twice breaks the list's unique entries
            crashed.append(exc)

    # The sweep sent it again while the first message waited: two workers take it at once.
    twice = [threading.Thread(target=worker) for _ in range(2)]
    for thread in twice:
        thread.start()
    for thread in twice:
        thread.join()
    run_job(app, job)  # and a third time, once it is done
    assert crashed == []
    done = client.get(
        f"/api/v1/campaigns/{campaign['id']}/jobs/{job['id']}", headers=team["chair"].headers
    ).get_json()
    assert (done["status"], done["done"], done["total"]) == ("done", 4, 4)
    listed = client.get(
        f"/api/v1/campaigns/{campaign['id']}/lists/{job['list']}", headers=team["chair"].headers
    ).get_json()
    assert sorted(e["household"] for e in listed["entries"]) == sorted(h["id"] for h in households)
    assert (listed["households"], listed["total"]) == (3, "1200.00")


def test_a_file_with_a_long_odd_name_is_kept_under_a_name_that_fits(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    campaign = open_campaign(client, team["chair"])
    name = "工商银行转账清单" * 40 + "\x00.csv"
    uploaded = _import(client, team["chair"], campaign, transfer_csv([]), name)
    assert uploaded.status_code == 202, uploaded.get_json()
    assert len(uploaded.get_json()["filename"]) == 200
    assert "\x00" not in uploaded.get_json()["filename"]


def test_a_body_over_the_upload_limit_is_a_413_saying_the_limit(
    client: FlaskClient, team: dict[str, Staff], monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign = open_campaign(client, team["chair"])
    settings = client.application.extensions["settings"]
    small = settings.replace(transfer_file_max_bytes=2 * 2**20)
    monkeypatch.setitem(client.application.extensions, "settings", small)
    huge = transfer_csv([("11010519491231002X", "400.00", "R" * 90)] * 30_000)
    assert len(huge) > 2 * 2**20
    response = _import(client, team["chair"], campaign, huge, "huge.csv")
    assert response.status_code == 413
    assert response.get_json()["error"]["message"] == "文件过大（最多 2 MiB）"


def test_a_closed_campaign_takes_no_list_but_its_cases_are_still_paid(
    client: FlaskClient, team: dict[str, Staff], households: list[dict], written: Callable
) -> None:
    chair = team["chair"]
    campaign = open_campaign(client, chair, budget="1500.00")
    listed = build(client, team["caseworker"], campaign)
    confirm(client, chair, campaign, listed)
    spare = build(client, team["caseworker"], campaign)
    closure = f"/api/v1/campaigns/{campaign['id']}/closure"
    assert client.post(closure, headers=team["caseworker"].headers).status_code == 403
    closed = client.post(closure, headers=chair.headers)
    assert closed.status_code == 200 and closed.get_json()["status"] == "closed"
    before = written()
    assert client.post(closure, headers=chair.headers).status_code == 409
    again = client.post(
        f"/api/v1/campaigns/{campaign['id']}/lists", json={}, headers=team["caseworker"].headers
    )
    assert again.status_code == 409 and again.get_json()["error"]["message"] == "活动已关闭"
    assert confirm(client, team["vice_chair"], campaign, spare).status_code == 409
    assert written() == before
    rows = [(households[0]["head"]["id_number"], "400.00", "LATE01")]
    late = _import(client, chair, campaign, transfer_csv(rows), "late.csv").get_json()
    run_job(client.application, late)
    assert figures(client, chair, campaign)["paid"] == "400.00"


def _build_statements(client: FlaskClient, staff: Staff, campaign: dict) -> list[str]:
    """The statements of the one step that builds a whole list (under BUILD_CHUNK files)."""
    path = f"/api/v1/campaigns/{campaign['id']}/lists"
    job = client.post(path, json={}, headers=staff.headers).get_json()
    app = client.application
    with app.app_context(), unit_of_work() as work, sent(app) as statements:
        assert not jobs.step(db_session=work, job_id=job["id"])
        work.commit()
    return statements


def test_a_chunk_of_the_list_reads_the_households_figures_once_not_per_household(
    client: FlaskClient, team: dict[str, Staff], households: list[dict]
) -> None:
    campaign = open_campaign(client, team["chair"])
    four = _build_statements(client, team["caseworker"], campaign)
    for _ in range(4):
        file_household(client, team["caseworker"])
    eight = _build_statements(client, team["caseworker"], campaign)
    # The chunk's own: 1 the households, 2-3 their years and members, 4 their open cases of
    # the kind, 5 what they were paid this year, 6 what is approved and unpaid, 7-8 the
    # unit's 低保 figure and caps, 9 the entries. Before, eight statements per household.
    # SQLite also sends BEGIN IMMEDIATE.
    assert len(eight) == len(four) <= _on(client, postgresql=21, sqlite=22)


def test_a_chunk_reads_the_same_levels_caps_and_open_cases_as_one_household_at_a_time(
    client: FlaskClient, office: Office, team: dict[str, Staff], households: list[dict]
) -> None:
    admin = office.staff(Role.ADMIN, "XA")
    body = {"unit": "XA-HG", "year": THIS_YEAR, "item": "education", "amount": "1000.00"}
    assert client.put("/api/v1/aid-settings", json=body, headers=admin.headers).status_code == 200
    campaign = open_campaign(client, team["chair"], kind="education", budget="5000.00")
    confirm(client, team["chair"], campaign, build(client, team["caseworker"], campaign))
    case = client.get(
        "/api/v1/cases", query_string={"type": "hardship_aid"}, headers=team["chair"].headers
    ).get_json()["items"][0]
    payment = {"amount": "400.00", "method": "bank_transfer", "reference": "E0001",
               "paid_on": f"{THIS_YEAR}-01-20"}  # fmt: skip
    paid = client.post(
        f"/api/v1/cases/{case['id']}/payments", json=payment, headers=team["chair"].headers
    )
    assert paid.status_code == 201, paid.get_json()
    with client.application.app_context(), unit_of_work() as work:
        chunk = work.scalars(select(Household).order_by(Household.id)).all()
        found = facts.chunk_facts(work, chunk, work.get(Campaign, campaign["id"]))
        for household, fact in zip(chunk, found, strict=True):
            one = standing(work, household_id=household.id, unit_id=household.unit_id,
                           kind="education")  # fmt: skip
            latest = year_view(work, household, household.years[-1])
            assert (fact.cap_left, fact.level, fact.assessed) == (
                one.left,
                latest["level"],
                latest["dibao"] is not None,
            )
    # Two cases approved and unpaid, one paid, one household with neither.
    assert sorted(str(f.cap_left) for f in found) == ["1000.00", "600.00", "600.00", "600.00"]
    assert sum(1 for f in found if f.open_case is not None) == 3
