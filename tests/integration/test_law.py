"""Issue 8 on the real database: emergency aid paid first, one source for the mediation
period, the 2027 calendar, and a new office whose staff arrive after its cases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.auth.enums import Role
from service.auth.models import User
from service.auth.service import Caller, subtree_ids
from service.db import unit_of_work, utcnow
from service.timers import schedule
from service.worklist.service import worklist
from tests import data
from tests.api.workflow_helpers import act, do, home_visit, read, register, route
from tests.conftest import Office, Staff
from tests.integration.test_timers import sweep
from workflows.calendar import CHINA
from workflows.periods import statutory_date

SCHEDULE_2027 = {
    "year": 2027,
    "source": "a schedule for the test, as the State Council's notice would read",
    "holidays": ["2027-01-01", "2027-02-06..2027-02-12", "2027-10-01..2027-10-07"],
    "working_days": ["2027-02-14", "2027-09-26", "2027-10-09"],
}


@pytest.fixture
def team(office: Office) -> dict[str, Staff]:
    office.unit("XA")
    office.unit("XA-HG", parent="XA")
    return {
        "desk": office.staff(Role.INTAKE, "XA-HG"),
        "mediator": office.staff(Role.MEDIATOR, "XA-HG"),
        "caseworker": office.staff(Role.CASEWORKER, "XA-HG"),
        "chair": office.staff(Role.SUPERVISOR, "XA-HG"),
    }


@pytest.fixture
def forget_calendar(db: Flask) -> Iterator[None]:
    """The calendar is cached a minute per process; the tables are emptied after a test."""
    schedule.forget_calendar()
    yield
    schedule.forget_calendar()


def items(client: FlaskClient, staff: Staff, case_id: int | None = None) -> list[str]:
    listed = client.get("/api/v1/worklist", headers=staff.headers).get_json()["items"]
    return [i["kind"] for i in listed if case_id is None or i["case_id"] == case_id]


def test_emergency_aid_is_paid_before_review_then_reviewed(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    intake = data.aid(category="emergency", assignee=team["caseworker"].username)
    claimant_id = intake["claimant"]["id_number"]
    case = register(client, team["desk"], intake)
    route(client.application, case["id"])
    over = act(client, team["chair"], case["id"], "pay_first", {"amount": "3000.01"})
    assert over.status_code == 422
    assert "amount" in over.get_json()["error"]["fields"]["data"]
    assert (
        act(client, team["caseworker"], case["id"], "pay_first", {"amount": "2000.00"}).status_code
        == 403
    )

    paid_first = do(client, team["chair"], case["id"], "pay_first", {"amount": "2000.00"})
    assert paid_first["status"] == "emergency_payout"
    payout = client.post(
        f"/api/v1/cases/{case['id']}/payments",
        json={"amount": "2000.00", "method": "bank_transfer", "reference": "YJ-2026-001",
              "paid_on": utcnow().astimezone(CHINA).date().isoformat()},
        headers=team["caseworker"].headers,
    )  # fmt: skip
    assert payout.status_code == 201, payout.get_json()
    assert payout.get_json()["status"] == "review_afterwards"

    # Paid: review, home visit and file are now open items, for the caseworker and the chair;
    # the household file opened at intake with the claimant alone is one until completed.
    sweep(client.application)
    open_items = ["household_file_incomplete", "review_afterwards.reminder"]
    assert items(client, team["caseworker"], case["id"]) == open_items
    assert items(client, team["chair"], case["id"]) == open_items
    assert act(client, team["caseworker"], case["id"], "close", {}).status_code == 409

    # The review asks for the records, not free text: the file completed, the visit made.
    refused = act(
        client, team["caseworker"], case["id"], "complete_review", {"hardship_level": "accident"}
    )
    assert refused.status_code == 422
    assert set(refused.get_json()["error"]["fields"]["data"]) == {"household", "home_visit"}
    household = data.household(head=case["claimant"] | {"id_number": claimant_id})
    completed = client.patch(
        f"/api/v1/households/{case['household']}",
        json={
            "head": household["head"],
            "members": household["members"],
            "years": household["years"],
        },
        headers=team["caseworker"].headers,
    )
    assert completed.status_code == 200, completed.get_json()
    assert items(client, team["caseworker"], case["id"]) == ["review_afterwards.reminder"]
    home_visit(client, team["caseworker"], case["id"])
    reviewed = do(
        client, team["caseworker"], case["id"], "complete_review", {"hardship_level": "accident"}
    )
    assert reviewed["status"] == "follow_up"
    assert items(client, team["caseworker"], case["id"]) == []
    assert items(client, team["chair"], case["id"]) == []
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=team["chair"].headers)
    actions = [e["action"] for e in trail.get_json()]
    assert actions[2:] == ["pay_first", "record_payment", "disburse", "complete_review"]
    assert "public_notice" not in [e["to_status"] for e in trail.get_json()]


def test_only_emergency_aid_is_paid_first(client: FlaskClient, team: dict[str, Staff]) -> None:
    case = register(client, team["desk"], data.aid(assignee=team["caseworker"].username))
    route(client.application, case["id"])
    assert "pay_first" not in read(client, team["chair"], case["id"])["allowed_actions"]
    refused = act(client, team["chair"], case["id"], "pay_first", {"amount": "100.00"})
    assert refused.status_code == 403


def test_a_changed_mediation_period_moves_the_end_the_extension_check_uses(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    app = client.application
    settings = app.extensions["settings"]
    app.extensions["settings"] = settings.replace(timer_overrides={"mediation_limit": {"days": 30}})
    try:
        received = utcnow().astimezone(CHINA)
        case = register(
            client, team["desk"], data.dispute(received_at=received.isoformat(),
                                               assignee=team["mediator"].username),
        )  # fmt: skip
        route(app, case["id"])
        accepted = do(client, team["mediator"], case["id"], "accept")
        with app.app_context(), unit_of_work() as work:
            working = schedule.calendar(work)
        thirty = statutory_date(working, received.date(), days=30)
        assert accepted["deadlines"]["mediation_ends_on"] == thirty.isoformat()
        # An extension must end after the period the timer counts, not after 15 days.
        earlier = act(
            client, team["mediator"], case["id"], "extend",
            {"new_end_on": (thirty - timedelta(days=1)).isoformat(), "both_parties_consent": True},
        )  # fmt: skip
        assert earlier.status_code == 422
    finally:
        app.extensions["settings"] = settings


def test_a_reopened_mediation_counts_its_period_by_the_same_rule(
    client: FlaskClient, team: dict[str, Staff]
) -> None:
    case = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(client.application, case["id"])
    do(client, team["mediator"], case["id"], "accept")
    do(client, team["mediator"], case["id"], "fail", {"reason": "用人单位拒绝调解"})
    reopened = do(client, team["chair"], case["id"], "reopen", {"reason": "单位同意重新协商"})
    with client.application.app_context(), unit_of_work() as work:
        working = schedule.calendar(work)
    today = utcnow().astimezone(CHINA).date()
    assert reopened["deadlines"]["mediation_ends_on"] == (
        statutory_date(working, today, days=15).isoformat()
    )


def test_the_2027_schedule_is_loaded_in_one_step_and_shown(
    client: FlaskClient, team: dict[str, Staff], forget_calendar: None, tmp_path: Path
) -> None:
    app = client.application
    ready = client.get("/readyz").get_json()["checks"]["calendar"]
    assert 2027 in ready["fallback_years"]

    schedule_file = tmp_path / "2027.json"
    schedule_file.write_text(json.dumps(SCHEDULE_2027, ensure_ascii=False))
    result = app.test_cli_runner().invoke(args=["calendar", "load", str(schedule_file)])
    assert result.exit_code == 0, result.output
    assert "2027: 15 holidays and 3 make-up working days loaded" in result.output

    ready = client.get("/readyz").get_json()["checks"]["calendar"]
    assert 2027 in ready["official_years"] and 2027 not in ready["fallback_years"]
    listed = app.test_cli_runner().invoke(args=["calendar", "years"]).output
    assert "2027  official" in listed
    # A dismissal known on 2026-10-01 and received that day: the year ends on the National
    # Day holiday of 2027 and so on the first working day after it.
    case = register(
        client, team["desk"],
        data.dispute(category="dismissal", known_on="2026-10-01",
                     received_at="2026-10-01T10:00:00+08:00"),
    )  # fmt: skip
    assert case["limitation_on"] == "2027-10-08"

    for bad, problem in [
        ({**SCHEDULE_2027, "working_days": ["2027-10-04"]}, "both a holiday and a working day"),
        ({**SCHEDULE_2027, "holidays": "2027-10-01"}, "must be a list"),
        ({"year": "2027"}, "a JSON object"),
    ]:
        schedule_file.write_text(json.dumps(bad))
        refused = app.test_cli_runner().invoke(args=["calendar", "load", str(schedule_file)])
        assert refused.exit_code != 0 and problem in refused.output


def test_the_schedule_loads_from_the_command_line_too(
    client: FlaskClient, team: dict[str, Staff], forget_calendar: None
) -> None:
    args = ["calendar", "load", "--year", "2027", "--holidays", "2027-10-01..2027-10-07",
            "--working-days", "2027-09-26,2027-10-09"]  # fmt: skip
    result = client.application.test_cli_runner().invoke(args=args)
    assert result.exit_code == 0, result.output
    assert "2027: 7 holidays and 2 make-up working days loaded" in result.output


def worklist_on(app: Flask, staff: Staff, day: date) -> list[dict]:
    """The worklist ``staff`` would see at nine in the morning of ``day``."""
    with app.app_context(), unit_of_work() as work:
        user = work.get(User, staff.user_id)
        assert user is not None
        caller = Caller(
            user_id=user.id, username=user.username, role=Role(user.role), unit_id=user.unit_id,
            unit_code=staff.unit, scope_unit_ids=subtree_ids(db_session=work, unit=user.unit),
        )  # fmt: skip
        now = datetime.combine(day, time(9), CHINA)
        return worklist(db_session=work, caller=caller, now=now)["items"]


def test_supervisors_are_warned_a_month_before_the_calendar_runs_out(
    client: FlaskClient, team: dict[str, Staff], forget_calendar: None
) -> None:
    # chinese-calendar knows 2026 and not 2027 (DOMAIN.md:100–103).
    app = client.application
    assert [i for i in worklist_on(app, team["chair"], date(2026, 11, 29))] == []
    warned = worklist_on(app, team["chair"], date(2026, 12, 1))
    assert [(i["kind"], i["what"]) for i in warned] == [
        (
            "calendar_ends",
            "官方节假日安排只到 2026-12-31：请导入 2027 年的安排（flask calendar load），"
            "否则 2027 年的期限将按周一至周五计算",
        )
    ]
    assert worklist_on(app, team["mediator"], date(2026, 12, 1)) == []
    result = app.test_cli_runner().invoke(
        args=["calendar", "load", "--year", "2027", "--holidays", "2027-01-01"]
    )
    assert result.exit_code == 0, result.output
    assert worklist_on(app, team["chair"], date(2026, 12, 1)) == []
    english = client.get(
        "/api/v1/worklist", headers={**team["chair"].headers, "Accept-Language": "en"}
    )
    assert english.status_code == 200


def test_cases_wait_for_someone_who_can_take_them(client: FlaskClient, office: Office) -> None:
    office.unit("XA-HG")
    desk = office.staff(Role.INTAKE, "XA-HG")
    chair = office.staff(Role.SUPERVISOR, "XA-HG")
    case = register(client, desk, data.dispute())
    route(client.application, case["id"])
    assert read(client, chair, case["id"])["assignee"] is None
    assert items(client, chair, case["id"]) == ["unassigned"]
    nobody = client.post("/api/v1/cases/assign-waiting", headers=chair.headers)
    assert nobody.status_code == 200 and nobody.get_json() == {"assigned": []}

    # A mediator joins by a path that gives out nothing (as the API tests create staff);
    # the supervisor asks.
    mediator = office.staff(Role.MEDIATOR, "XA-HG")
    assert client.post("/api/v1/cases/assign-waiting", headers=mediator.headers).status_code == 403
    given = client.post("/api/v1/cases/assign-waiting", headers=chair.headers)
    assert given.get_json() == {"assigned": [case["number"]]}
    assert read(client, chair, case["id"])["assignee"] == mediator.username
    assert items(client, chair, case["id"]) == []
    assert do(client, mediator, case["id"], "accept")["status"] == "in_mediation"
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=chair.headers).get_json()
    assert [(e["action"], e["payload"].get("to")) for e in trail][2] == (
        "assign",
        mediator.username,
    )


def test_a_new_mediator_takes_the_waiting_cases(client: FlaskClient, office: Office) -> None:
    office.unit("XA-HG")
    desk = office.staff(Role.INTAKE, "XA-HG")
    first = register(client, desk, data.dispute())
    route(client.application, first["id"])
    result = client.application.test_cli_runner().invoke(
        args=["users", "create", "limin", "--role", "mediator", "--unit", "XA-HG"]
    )
    assert result.exit_code == 0, result.output
    assert f"{first['number']} assigned to limin" in result.output
    # Aid cases wait for a caseworker, not a mediator.
    aid = register(client, desk, data.aid())
    route(client.application, aid["id"])
    result = client.application.test_cli_runner().invoke(
        args=["users", "create", "zhaolei", "--role", "mediator", "--unit", "XA-HG"]
    )
    assert aid["number"] not in result.output
