"""A household file's yearly re-verification 年审 and its exit 脱困, through the API."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, select, update

from service.auth.enums import Role
from service.db import unit_of_work
from service.households.models import Household, HouseholdEvent
from service.timers import schedule
from service.timers.models import CalendarDay, CalendarYear, CaseTimer
from tests import data
from tests.api.report_data import on
from tests.api.workflow_helpers import act, do, home_visit, propose, register, route, system
from tests.conftest import Office, Staff

NATIONAL_DAY_2027 = [date(2027, 10, d) for d in range(1, 8)]
SIX_MONTHS_ABOVE = [{"month": f"2027-{m:02d}", "per_head": "1200.00"} for m in range(4, 10)]


@pytest.fixture
def aid_team(office: Office, team: dict[str, Staff]) -> dict[str, Staff]:
    return {**team, "admin": office.staff(Role.ADMIN, "XA")}


@pytest.fixture
def holidays(db: Flask) -> Iterator[None]:
    """2027 and 2028 as an administrator loaded them: National Day 1–7 October 2027."""
    with db.app_context(), unit_of_work() as work:
        work.add_all(CalendarYear(year=year, source="test") for year in (2027, 2028))
        work.add_all(CalendarDay(day=day, working=False) for day in NATIONAL_DAY_2027)
        work.commit()
    schedule.forget_calendar()
    yield
    schedule.forget_calendar()


def set_dibao(client: FlaskClient, admin: Staff, year: int, amount: str) -> None:
    body = {"unit": "XA", "year": year, "item": "dibao", "amount": amount}
    response = client.put("/api/v1/aid-settings", json=body, headers=admin.headers)
    assert response.status_code == 200, response.get_json()


def file(client: FlaskClient, staff: Staff, body: dict | None = None) -> dict:
    response = client.post(
        "/api/v1/households", json=body or data.household(), headers=staff.headers
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def household(client: FlaskClient, staff: Staff, household_id: int) -> dict:
    response = client.get(f"/api/v1/households/{household_id}", headers=staff.headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def reverify(client: FlaskClient, staff: Staff, household_id: int, body: dict):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/households/{household_id}/reverifications", json=body, headers=staff.headers
    )


def exit_(client: FlaskClient, staff: Staff, household_id: int, body: dict):  # type: ignore[no-untyped-def]
    return client.post(f"/api/v1/households/{household_id}/exit", json=body, headers=staff.headers)


def worklist(client: FlaskClient, staff: Staff) -> list[dict]:
    return client.get("/api/v1/worklist", headers=staff.headers).get_json()["items"]


def test_file_aid_within_the_caps_and_reverify_a_year_later(
    client: FlaskClient, aid_team: dict[str, Staff], holidays: None
) -> None:
    caseworker, chair = aid_team["caseworker"], aid_team["chair"]
    with on("2026-10-09T10:00:00+08:00"):
        set_dibao(client, aid_team["admin"], 2026, "1000.00")
        filed = file(client, caseworker)
        # A year on is Saturday 9 October 2027: due on Monday the 11th.
        assert (filed["reverify_by"], filed["overdue"]) == ("2027-10-11", False)
        assert filed["level"] == "deep" and filed["exit_suggested"] is False
        assert filed["reverifications"] == []
        case = register(
            client, aid_team["desk"],
            data.aid(household=filed["id"], assignee=caseworker.username),
        )  # fmt: skip
        route(client.application, case["id"])
        home_visit(client, caseworker, case["id"], visited_on="2026-10-08")
        over = act(client, caseworker, case["id"], "propose",
                   {"amount": "20000.01", "hardship_level": "deep"})  # fmt: skip
        assert over.status_code == 422  # over the medical cap of ¥20,000
        assert set(over.get_json()["error"]["fields"]["data"]) == {"amount"}
        propose(
            client, caseworker, case["id"], {"amount": "3000.00", "hardship_level": "deep"},
            visited_on="2026-10-08",
        )  # fmt: skip
        assert do(client, chair, case["id"], "approve")["status"] == "public_notice"

    with on("2027-10-11T09:00:00+08:00"):
        shown = household(client, caseworker, filed["id"])
        assert (shown["reverify_by"], shown["overdue"]) == ("2027-10-11", True)
        overdue = client.get("/api/v1/households?overdue=true", headers=chair.headers).get_json()
        assert [h["id"] for h in overdue["items"]] == [filed["id"]]
        summary = client.get(
            "/api/v1/reports/summary?from=2027-10-01&to=2027-10-11", headers=chair.headers
        ).get_json()
        assert summary["households"]["overdue"]["count"] == 1
        drill = client.get(summary["households"]["overdue"]["households"], headers=chair.headers)
        assert [h["id"] for h in drill.get_json()["items"]] == [filed["id"]]
        exported = client.get(
            "/api/v1/reports/summary?from=2027-10-01&to=2027-10-11&format=csv",
            headers=chair.headers,
        ).data.decode("utf-8-sig")
        rows = list(csv.DictReader(x for x in exported.splitlines() if not x.startswith("#")))
        assert (rows[-1]["分组"], rows[-1]["逾期未年审户数"]) == ("合计", "1")

        set_dibao(client, aid_team["admin"], 2027, "1000.00")
        body = {"year": 2027, "income": "48000.00", "essential_costs": "6000.00",
                "months": SIX_MONTHS_ABOVE, "note": "配偶已稳定就业"}  # fmt: skip
        response = reverify(client, caseworker, filed["id"], body)
        assert response.status_code == 201, response.get_json()
        reverified = response.get_json()
        # (48,000 − 6,000) ÷ 12 ÷ 3 = 1,166.67 a head: relative; six months above 低保.
        assert reverified["level"] == "relative"
        assert reverified["reverified_on"] == "2027-10-11"
        assert (reverified["reverify_by"], reverified["overdue"]) == ("2028-10-11", False)
        assert reverified["exit_suggested"] is True
        # The re-verification as decided: the 低保 and level of that day stay on record.
        assert [
            (r["verified_on"], r["year"], r["monthly_per_head"], r["dibao"], r["level"])
            for r in reverified["reverifications"]
        ] == [("2027-10-11", 2027, "1166.67", "1000.00", "relative")]
        assert reverified["reverifications"][0]["recorded_by"] == caseworker.username
        assert [m["month"] for m in reverified["months"]][:2] == ["2027-09", "2027-08"]
        events = client.get(
            f"/api/v1/households/{filed['id']}/events", headers=chair.headers
        ).get_json()
        assert events[-1]["action"] == "reverify"
        assert events[-1]["payload"]["level"] == "relative"
        assert events[-1]["payload"]["months_above_dibao"] == 6
        suggested = [i for i in worklist(client, chair) if i["kind"] == "household_exit_suggested"]
        assert [i["household_id"] for i in suggested] == [filed["id"]]
        assert not [
            i for i in worklist(client, caseworker) if i["kind"].startswith("household_exit")
        ]

        assert (
            exit_(client, caseworker, filed["id"], {"reason": "连续六个月收入高于低保"}).status_code
            == 403
        )
        left = exit_(client, chair, filed["id"], {"reason": "连续六个月收入高于低保"})
        assert left.status_code == 200, left.get_json()
        exited = left.get_json()
        assert (exited["status"], exited["exited_on"]) == ("exited", "2027-10-11")
        assert (exited["reverify_by"], exited["overdue"], exited["exit_suggested"]) == (
            None, False, False,
        )  # fmt: skip
        assert not [i for i in worklist(client, chair) if i["household_id"] == filed["id"]]
        again = exit_(client, chair, filed["id"], {"reason": "重复"})
        assert again.status_code == 409
        assert reverify(client, caseworker, filed["id"], body).status_code == 409

        # The household falls back: it is filed again 返困, re-verified a year on.
        refiled = file(client, caseworker, {**data.household(), "head": shown["head"]})
        assert refiled["status"] == "refiled" and refiled["id"] != filed["id"]
        assert refiled["reverify_by"] == "2028-10-11"


def test_aid_to_a_household_that_exits_meanwhile_is_refused(
    client: FlaskClient, aid_team: dict[str, Staff]
) -> None:
    caseworker, chair = aid_team["caseworker"], aid_team["chair"]
    filed = file(client, caseworker)

    def aid_case() -> dict:
        case = register(
            client, aid_team["desk"],
            data.aid(household=filed["id"], assignee=caseworker.username),
        )  # fmt: skip
        route(client.application, case["id"])
        return case

    proposed, to_pay, to_propose = aid_case(), aid_case(), aid_case()
    propose(client, caseworker, proposed["id"])
    propose(client, caseworker, to_pay["id"])
    assert do(client, chair, to_pay["id"], "approve")["status"] == "public_notice"
    system(client.application, to_pay["id"], "notice_passed")
    assert exit_(client, chair, filed["id"], {"reason": "家庭收入已稳定"}).status_code == 200

    refused = act(client, chair, proposed["id"], "approve")
    assert refused.status_code == 422
    assert "household" in refused.get_json()["error"]["fields"]["data"]
    refused = act(client, caseworker, to_propose["id"], "propose",
                  {"amount": "1000.00", "hardship_level": "relative"})  # fmt: skip
    assert refused.status_code == 422
    assert "household" in refused.get_json()["error"]["fields"]["data"]
    payment = client.post(
        f"/api/v1/cases/{to_pay['id']}/payments",
        json={"amount": "2000.00", "method": "bank_transfer", "reference": "VCH-1",
              "paid_on": "2026-11-20"},
        headers=caseworker.headers,
    )  # fmt: skip
    assert payment.status_code == 409
    assert payment.get_json()["error"]["code"] == "household_exited"
    intake = client.post(
        "/api/v1/cases", json=data.aid(household=filed["id"]), headers=aid_team["desk"].headers
    )
    assert intake.status_code == 409
    set_dibao(client, aid_team["admin"], 2026, "1000.00")
    good = {"year": 2026, "income": "30000.00", "essential_costs": "6000.00"}
    for again in (
        reverify(client, caseworker, filed["id"], good),
        exit_(client, chair, filed["id"], {"reason": "再次确认"}),
    ):
        assert again.status_code == 409
        assert again.get_json()["error"]["code"] == "household_exited"


def test_bad_reverifications_and_exits_are_refused_and_write_nothing(
    client: FlaskClient, aid_team: dict[str, Staff], written: Callable[[], dict]
) -> None:
    caseworker, chair = aid_team["caseworker"], aid_team["chair"]
    filed = file(client, caseworker)
    good = {"year": 2026, "income": "30000.00", "essential_costs": "6000.00"}
    before = written()
    no_dibao = reverify(client, caseworker, filed["id"], good)
    assert no_dibao.status_code == 409
    assert no_dibao.get_json()["error"]["code"] == "no_dibao"
    assert written() == before
    set_dibao(client, aid_team["admin"], 2026, "1000.00")
    before = written()
    for bad in (
        {"income": 30000},
        {"year": 1800},
        {"months": [{"month": "2026-13", "per_head": "100.00"}]},
        {"months": [{"month": "2099-01", "per_head": "100.00"}]},
        {"months": [{"month": "2026-05"}]},
        {"verified_on": "2099-01-01"},
        {"level": "deep"},
    ):
        response = reverify(client, caseworker, filed["id"], {**good, **bad})
        assert response.status_code == 422, (bad, response.get_json())
    assert reverify(client, aid_team["admin"], filed["id"], good).status_code == 403
    assert reverify(client, caseworker, 999_999, good).status_code == 404
    for bad in ({}, {"reason": ""}, {"reason": "收入稳定", "exited_on": "2099-01-01"}):
        assert exit_(client, chair, filed["id"], bad).status_code == 422, bad
    # Dates before the file was filed are the file's conflict, not the request's shape.
    early = exit_(client, chair, filed["id"], {"reason": "收入稳定", "exited_on": "2001-01-01"})
    assert early.status_code == 409
    assert early.get_json()["error"]["code"] == "before_filing"
    early = reverify(client, caseworker, filed["id"], {**good, "verified_on": "2001-01-01"})
    assert early.status_code == 409
    assert early.get_json()["error"]["code"] == "before_filing"
    assert written() == before
    # Re-verified 20 days after filing, a re-verification dated 10 days after is refused.
    filed_on = date.fromisoformat(filed["created_at"][:10])
    with on(f"{filed_on + timedelta(days=20)}T10:00:00+08:00"):
        assert reverify(client, caseworker, filed["id"], good).status_code == 201
        earlier = {**good, "verified_on": (filed_on + timedelta(days=10)).isoformat()}
        later = reverify(client, caseworker, filed["id"], earlier)
    assert later.status_code == 409, later.get_json()
    assert later.get_json()["error"]["code"] == "before_last_reverification"


def test_months_with_a_gap_suggest_no_exit(client: FlaskClient, aid_team: dict[str, Staff]) -> None:
    set_dibao(client, aid_team["admin"], 2026, "1000.00")
    filed = file(client, aid_team["caseworker"])
    months = [{"month": f"2026-{m:02d}", "per_head": "1500.00"} for m in (3, 4, 5, 7, 8, 9)]
    body = {"year": 2026, "income": "30000.00", "essential_costs": "6000.00", "months": months}
    response = reverify(client, aid_team["caseworker"], filed["id"], body)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["exit_suggested"] is False
    # June recorded later closes the gap: six months on record in a row.
    body["months"] = [{"month": "2026-06", "per_head": "1500.00"}]
    again = reverify(client, aid_team["caseworker"], filed["id"], body).get_json()
    assert again["exit_suggested"] is True


def test_audit_verify_checks_the_household_histories(
    client: FlaskClient, aid_team: dict[str, Staff]
) -> None:
    filed = file(client, aid_team["caseworker"])
    verified = client.get("/api/v1/audit/verify", headers=aid_team["chair"].headers).get_json()
    assert verified["ok"] is True and verified["households"] == 1
    with client.application.app_context(), unit_of_work() as work:
        work.execute(
            update(HouseholdEvent)
            .where(HouseholdEvent.household_id == filed["id"])
            .values(note="改过的记录")
        )
        work.commit()
    verified = client.get("/api/v1/audit/verify", headers=aid_team["chair"].headers).get_json()
    assert verified["ok"] is False
    assert verified["broken_households"] == [
        {"household": filed["id"], "seq": 1,
         "problem": "its content was changed after it was written"},
    ]  # fmt: skip
    with client.application.app_context(), unit_of_work() as work:
        work.execute(delete(HouseholdEvent).where(HouseholdEvent.household_id == filed["id"]))
        work.commit()
    verified = client.get("/api/v1/audit/verify", headers=aid_team["chair"].headers).get_json()
    assert verified["ok"] is False
    assert verified["broken_households"] == [
        {"household": filed["id"], "seq": 1, "problem": "the history ends early"},
    ]


def test_cli_schedules_the_files_filed_before_re_verification_was_theirs(
    client: FlaskClient, aid_team: dict[str, Staff]
) -> None:
    filed = file(client, aid_team["caseworker"])
    # A file from before revision 0020: no due day, no timer.
    with client.application.app_context(), unit_of_work() as work:
        work.execute(update(CaseTimer).where(CaseTimer.household_id == filed["id"]).values(
            status="cancelled"))  # fmt: skip
        work.execute(update(Household).where(Household.id == filed["id"]).values(reverify_by=None))
        work.commit()
    assert household(client, aid_team["caseworker"], filed["id"])["reverify_by"] is None

    runner = client.application.test_cli_runner()
    result = runner.invoke(args=["households", "schedule"])
    assert result.exit_code == 0, result.output
    assert "1 household files scheduled" in result.output
    assert (
        household(client, aid_team["caseworker"], filed["id"])["reverify_by"]
        == (filed["reverify_by"])
    )
    again = runner.invoke(args=["households", "schedule"])
    assert "0 household files scheduled" in again.output
    with client.application.app_context(), unit_of_work() as work:
        pending = work.scalars(
            select(CaseTimer.purpose).where(
                CaseTimer.household_id == filed["id"], CaseTimer.status == "pending"
            )
        ).all()
    assert sorted(pending) == ["due", "reminder"]
