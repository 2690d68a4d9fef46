"""The management commands of DESIGN §3, run as an administrator would."""

from __future__ import annotations

from datetime import date

from flask import Flask
from sqlalchemy import select

from service.auth.models import OrgUnit, User
from service.db import unit_of_work
from service.timers.schedule import calendar
from tests import data


def run(app: Flask, *args: str) -> str:
    """What the command printed on stdout (its log lines go to stderr)."""
    result = app.test_cli_runner().invoke(args=list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_units_users_and_tokens(db: Flask) -> None:
    run(db, "units", "create", "XA", "西安路街道总工会")
    run(db, "units", "create", "XA-HG", "和光社区联合工会", "--parent", "XA")
    run(db, "users", "create", "wangfang", "--role", "intake", "--unit", "XA-HG", "--name", "王芳")
    token = run(db, "tokens", "create", "wangfang").strip().splitlines()[-1]

    client = db.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/api/v1/cases", json=data.dispute(), headers=headers)
    assert created.status_code == 201
    assert created.get_json()["unit"] == "XA-HG"

    assert "1 token(s) of wangfang revoked" in run(db, "tokens", "revoke", "wangfang")
    assert client.get("/api/v1/cases", headers=headers).status_code == 401


def test_mistakes_are_refused_with_a_message(db: Flask) -> None:
    runner = db.test_cli_runner()
    run(db, "units", "create", "XA", "西安路街道总工会")

    for args, message in [
        (["units", "create", "XA", "again"], "already exists"),
        (["units", "create", "XB", "x", "--parent", "NOPE"], "no unit NOPE"),
        (["users", "create", "li", "--role", "intake", "--unit", "NOPE"], "no unit NOPE"),
        (["users", "create", "li", "--role", "boss", "--unit", "XA"], "Invalid value"),
        (["tokens", "create", "nobody"], "no user nobody"),
    ]:
        result = runner.invoke(args=args)
        assert result.exit_code != 0
        assert message in result.output


def test_demo_seed_runs_beside_the_readme_units(db: Flask) -> None:
    run(db, "units", "create", "XA", "西安路街道总工会")
    run(db, "units", "create", "XA-HG", "和光社区联合工会", "--parent", "XA")
    output = run(db, "demo", "seed", "--cases", "40")
    assert "4 units, 19 users, 40 cases" in output
    token = output.splitlines()[1].split()[-1]  # dm-chair, the street's supervisor
    # One column of names and one of tokens, whatever the names' lengths.
    token_columns = {line.index(line.split()[-1]) for line in output.splitlines()[1:]}
    assert len(token_columns) == 1
    page = db.test_client().get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"})
    assert page.get_json()["total"] == 40
    assert db.test_cli_runner().invoke(args=["demo", "seed"]).exit_code != 0


def test_demo_seed_goes_beneath_the_admins_unit_so_the_admin_sees_it(db: Flask) -> None:
    token = run(db, "bootstrap").strip().splitlines()[-1]
    run(db, "demo", "seed", "--cases", "10")
    page = db.test_client().get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"})
    assert page.get_json()["total"] == 10


def test_bootstrap_creates_one_admin_and_prints_its_token(db: Flask) -> None:
    first = run(db, "bootstrap", "--url", "http://127.0.0.1:8000")
    second = run(db, "bootstrap")
    token = first.strip().splitlines()[-1]

    assert "http://127.0.0.1:8000/api/docs" in first
    assert second.strip().splitlines()[-1] == token
    response = db.test_client().get("/api/v1/cases", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_workflows_show_prints_a_mermaid_diagram(db: Flask) -> None:
    diagram = run(db, "workflows", "show", "labour_dispute")
    assert diagram.startswith("stateDiagram-v2")
    assert "in_mediation --> deemed_failed: deem_failed [system]" in diagram
    assert db.test_cli_runner().invoke(args=["workflows", "show", "pension"]).exit_code != 0


def test_push_channels_are_set_from_the_command_line(db: Flask) -> None:
    run(db, "units", "create", "XA", "西安路街道总工会")
    run(db, "users", "create", "li", "--role", "mediator", "--unit", "XA", "--email", "li@xa.test")
    url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc"
    assert url in run(db, "units", "webhook", "XA", url, "--format", "wecom")
    refused = db.test_cli_runner().invoke(args=["units", "webhook", "XA", "ftp://robot"])
    assert refused.exit_code != 0
    with db.app_context(), unit_of_work() as work:
        unit = work.scalar(select(OrgUnit).where(OrgUnit.code == "XA"))
        user = work.scalar(select(User).where(User.username == "li"))
        assert (unit.webhook_url, unit.webhook_format) == (url, "wecom")
        assert user.email == "li@xa.test"
    assert "robot: none" in run(db, "units", "webhook", "XA")


def test_holidays_entered_by_hand_move_deadlines(db: Flask) -> None:
    assert "2027-02-08 is now a holiday" in run(
        db, "calendar", "holiday", "2027-02-08", "--note", "春节"
    )
    assert "working day" in run(db, "calendar", "workday", "2027-02-06", "--note", "调休")
    assert "2027-02-06  working  调休" in run(db, "calendar", "list")
    with db.app_context(), unit_of_work() as work:
        working = calendar(work)
    assert not working.is_working_day(date(2027, 2, 8))
    assert working.is_working_day(date(2027, 2, 6))  # a Saturday
    assert db.test_cli_runner().invoke(args=["calendar", "holiday", "next week"]).exit_code != 0


def test_a_day_entered_by_hand_is_removed_again(db: Flask) -> None:
    run(db, "calendar", "holiday", "2099-02-10", "--note", "春节")
    with db.app_context(), unit_of_work() as work:
        assert not calendar(work).is_working_day(date(2099, 2, 10))
    assert "2099-02-10 removed" in run(db, "calendar", "remove", "2099-02-10")
    with db.app_context(), unit_of_work() as work:
        assert calendar(work).is_working_day(date(2099, 2, 10))  # a Tuesday again
    assert "2099-02-10" not in run(db, "calendar", "list")
    never = db.test_cli_runner().invoke(args=["calendar", "remove", "2099-02-11"])
    assert never.exit_code != 0 and "no such calendar day" in never.output
    too_long = db.test_cli_runner().invoke(
        args=["calendar", "holiday", "2099-02-12", "--note", "x" * 201]
    )
    assert too_long.exit_code != 0 and "at most 200 characters" in too_long.output
