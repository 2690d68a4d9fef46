"""The household page: completing the file, recording a visit, then proposing, all in the console."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from service.auth.enums import Role
from service.cases.models import Case
from service.db import unit_of_work, utcnow
from service.households.models import Household
from service.timers.schedule import local_date
from tests import data
from tests.api.workflow_helpers import route
from tests.conftest import Office, Staff
from tests.console.conftest import Desk, errors_by_field
from workflows.calendar import CHINA

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def aid_form(claimant: dict[str, str]) -> dict[str, str]:
    return {
        "type": "hardship_aid",
        "category": "living",
        "channel": "visit",
        "claimant.name": claimant["name"],
        "claimant.id_number": claimant["id_number"],
        "claimant.phone": claimant["phone"],
        "claim_amount": "3000.00",
        "household_size": "2",
        "hardship_level": "relative",
        "description": "下岗后家庭收入低，子女上学",
    }


def register_at_the_desk(db: Flask, clerk: Desk) -> tuple[int, int]:
    """The desk registers a hardship case through the intake form; it is routed as after intake."""
    answer = clerk.post("/intake", aid_form(data.claimant()), form_at="/intake?type=hardship_aid")
    assert answer.status_code == 302, answer.text
    case_id = int(re.search(r"/cases/(\d+)/receipt", answer.headers["Location"]).group(1))
    route(db, case_id)
    with db.app_context(), unit_of_work() as work:
        case = work.get(Case, case_id)
        return case_id, case.household_id


def household_state(
    db: Flask, household_id: int
) -> tuple[int, list[tuple[str | None, str | None]]]:
    with db.app_context(), unit_of_work() as work:
        household = work.get(Household, household_id)
        return household.version, [(m.work_status, m.health) for m in household.members]


def case_status(db: Flask, case_id: int) -> tuple[str, int]:
    with db.app_context(), unit_of_work() as work:
        case = work.get(Case, case_id)
        return case.status, case.version


@pytest.fixture
def hardship(db: Flask, signed_in: Callable[[str], Desk]) -> tuple[int, int]:
    return register_at_the_desk(db, signed_in("desk"))


def test_a_caseworker_completes_the_file_records_a_visit_and_proposes(
    db: Flask, signed_in: Callable[[str], Desk], hardship: tuple[int, int]
) -> None:
    case_id, household_id = hardship
    caseworker = signed_in("caseworker")
    path = f"/households/{household_id}"

    case_page = caseworker.client.get(f"/cases/{case_id}").text
    assert f'href="{path}"' in case_page and f"/cases/{case_id}/visits" in case_page
    before = re.search(r'<div class="alert" id="before-propose">(.*?)</div>', case_page, re.S)
    assert before and "请先补全家庭档案" in before.group(1) and "入户核查" in before.group(1)

    worklist = caseworker.client.get("/worklist").text
    assert f'href="{path}"' in worklist

    page = caseworker.client.get(path).text
    assert 'id="complete"' in page and "members.0.work_status" in page
    assert 'id="missing"' in page

    version, _ = household_state(db, household_id)
    saved = caseworker.post(
        path,
        {
            "version": str(version),
            "members.0.work_status": "unemployed",
            "members.0.health": "healthy",
            "new.name": "李小明",
            "new.id_number": data.claimant()["id_number"],
            "new.relation": "child",
            "new.work_status": "student",
            "new.health": "healthy",
            "year": "2026",
            "income": "18000.00",
            "essential_costs": "6000.00",
        },
    )
    assert saved.status_code == 302, errors_by_field(saved.text) or saved.text
    _, members = household_state(db, household_id)
    assert members == [("unemployed", "healthy"), ("student", "healthy")]
    page = caseworker.client.get(path).text
    assert 'id="missing"' not in page and "李小明" in page

    still = re.search(
        r'id="before-propose">(.*?)</div>', caseworker.client.get(f"/cases/{case_id}").text, re.S
    )
    assert still and "请先补全家庭档案" not in still.group(1) and "入户核查" in still.group(1)

    visited = caseworker.post(
        f"/cases/{case_id}/visits",
        {
            "kind": "home_visit",
            "visited_on": "2026-11-18",
            "visitors": ["王建华", "李红梅", ""],
            "findings": "家中两人，收入情况属实",
            "consent": "true",
        },
    )
    assert visited.status_code == 302, errors_by_field(visited.text) or visited.text
    assert 'id="before-propose"' not in caseworker.client.get(f"/cases/{case_id}").text

    _, version = case_status(db, case_id)
    proposed = caseworker.post(
        f"/cases/{case_id}/act/propose",
        {"version": str(version), "amount": "3000.00", "hardship_level": "relative"},
    )
    assert proposed.status_code == 302, errors_by_field(proposed.text) or proposed.text
    assert case_status(db, case_id)[0] == "proposed"


def test_a_visit_on_the_household_page_counts_toward_the_proposal(
    db: Flask, signed_in: Callable[[str], Desk], hardship: tuple[int, int]
) -> None:
    case_id, household_id = hardship
    chair = signed_in("chair")
    path = f"/households/{household_id}"
    visited = chair.post(
        f"{path}/visits",
        {"kind": "home_visit", "visited_on": "2026-11-18", "visitors": ["王建华", "李红梅"],
         "consent": "true"},
        form_at=path,
    )  # fmt: skip
    assert visited.status_code == 302, errors_by_field(visited.text)
    assert "走访" in chair.client.get(path).text or "visit" in chair.client.get(path).text
    case_page = signed_in("caseworker").client.get(f"/cases/{case_id}").text
    before = re.search(r'id="before-propose">(.*?)</div>', case_page, re.S)
    assert before and "请先补全家庭档案" in before.group(1) and "入户核查" not in before.group(1)


def test_bad_input_shows_each_message_by_its_field_and_writes_nothing(
    db: Flask,
    signed_in: Callable[[str], Desk],
    hardship: tuple[int, int],
    written: Callable[[], dict[str, int]],
) -> None:
    case_id, household_id = hardship
    caseworker = signed_in("caseworker")
    path = f"/households/{household_id}"
    version, members = household_state(db, household_id)
    before = written()
    bad = caseworker.post(
        path,
        {
            "version": str(version),
            "members.0.work_status": "astronaut",
            "members.0.health": "healthy",
            "new.name": "李小明",
            "new.id_number": "110105194912310021",
            "year": "next year",
            "income": "-5",
            "essential_costs": "6000.001",
        },
    )
    assert bad.status_code == 422
    errors = errors_by_field(bad.text)
    assert {"members.0.work_status", "new.id_number", "new.relation", "year"} <= set(errors)
    assert {"income", "essential_costs"} & set(errors)
    assert all(CHINESE.search(message) for message in errors.values()), errors
    assert written() == before
    assert household_state(db, household_id) == (version, members)

    visit = caseworker.post(
        f"{path}/visits",
        {"kind": "lunch", "visited_on": "2099-01-01", "visitors": ["", ""]},
        form_at=path,
    )
    assert visit.status_code == 422
    assert {"kind", "visited_on", "visitors"} <= set(errors_by_field(visit.text))
    case_visit = caseworker.post(f"/cases/{case_id}/visits", {"visited_on": "昨天"})
    assert case_visit.status_code == 422
    assert {"visited_on", "visitors"} <= set(errors_by_field(case_visit.text))
    assert written() == before


def test_a_form_without_its_token_is_refused_and_writes_nothing(
    db: Flask,
    signed_in: Callable[[str], Desk],
    hardship: tuple[int, int],
    written: Callable[[], dict[str, int]],
) -> None:
    case_id, household_id = hardship
    caseworker = signed_in("caseworker")
    version, _ = household_state(db, household_id)
    before = written()
    amend = {"version": str(version), "members.0.work_status": "unemployed"}
    assert caseworker.client.post(f"/households/{household_id}", data=amend).status_code == 400
    visit = {"visited_on": "2026-11-18", "visitors": ["王建华", "李红梅"], "consent": "true"}
    assert (
        caseworker.client.post(f"/households/{household_id}/visits", data=visit).status_code == 400
    )
    assert caseworker.client.post(f"/cases/{case_id}/visits", data=visit).status_code == 400
    assert written() == before


def test_another_units_household_is_not_found_and_the_desk_may_not_open_one(
    db: Flask,
    client: FlaskClient,
    office: Office,
    team: dict[str, Staff],
    signed_in: Callable[[str], Desk],
    hardship: tuple[int, int],
) -> None:
    _, household_id = hardship
    other = office.staff(Role.CASEWORKER, "XA-HX")
    filed = client.post(
        "/api/v1/households",
        json={
            "address": "和兴社区3栋",
            "head": {"name": "赵四", "id_number": data.claimant()["id_number"]},
        },
        headers=other.headers,
    )
    assert filed.status_code == 201, filed.get_json()
    theirs, their_version = filed.get_json()["id"], filed.get_json()["version"]
    caseworker = signed_in("caseworker")
    assert caseworker.client.get(f"/households/{theirs}").status_code == 404
    token = caseworker.token(f"/households/{household_id}")
    refused = caseworker.client.post(
        f"/households/{theirs}", data={"csrf_token": token, "members.0.health": "healthy"}
    )
    assert refused.status_code == 404
    assert caseworker.client.get(f"/households/{household_id}").status_code == 200
    clerk = signed_in("desk")
    assert clerk.client.get(f"/households/{household_id}").status_code == 403
    with db.app_context(), unit_of_work() as work:
        assert work.scalar(select(Household.version).where(Household.id == theirs)) == their_version


def test_the_household_list_shows_the_readers_files_and_finds_one_by_id_number(
    db: Flask,
    client: FlaskClient,
    office: Office,
    signed_in: Callable[[str], Desk],
    hardship: tuple[int, int],
) -> None:
    _, household_id = hardship
    other = office.staff(Role.CASEWORKER, "XA-HX")
    theirs = client.post(
        "/api/v1/households",
        json={
            "address": "和兴社区3栋",
            "head": {"name": "赵四", "id_number": data.claimant()["id_number"]},
        },
        headers=other.headers,
    )
    assert theirs.status_code == 201, theirs.get_json()
    caseworker = signed_in("caseworker")

    listed = caseworker.client.get("/households")
    assert listed.status_code == 200
    assert f'href="/households/{household_id}"' in listed.text
    assert f'href="/households/{theirs.get_json()["id"]}"' not in listed.text  # another unit's
    assert "共 1 户" in listed.text and 'href="/households"' in listed.text  # and in the menu

    with db.app_context(), unit_of_work() as work:
        head = work.scalar(select(Household.head_id_number).where(Household.id == household_id))
    found = caseworker.client.get("/households", query_string={"id_number": head})
    assert "共 1 户" in found.text and f'href="/households/{household_id}"' in found.text
    exited = caseworker.client.get("/households", query_string={"status": "exited"})
    assert "共 0 户" in exited.text

    bad = caseworker.client.get("/households", query_string={"id_number": "110105194912310026"})
    assert bad.status_code == 422
    assert CHINESE.search(errors_by_field(bad.text)["id_number"])

    clerk = signed_in("desk")
    assert clerk.client.get("/households").status_code == 403


def test_the_household_page_shows_when_the_file_is_re_verified(
    db: Flask, signed_in: Callable[[str], Desk], hardship: tuple[int, int]
) -> None:
    _, household_id = hardship
    caseworker = signed_in("caseworker")

    def shown() -> str:
        page = caseworker.client.get(f"/households/{household_id}").text
        found = re.search(r'<dd id="reverify-by">(.*?)</dd>', page, re.S)
        assert found, page
        return found.group(1)

    with db.app_context(), unit_of_work() as work:
        due = work.get(Household, household_id).reverify_by
    assert f"{due.year}年{due.month}月{due.day}日" in shown()
    assert "tag overdue" not in shown()
    # The due day come: the file shows overdue.
    with db.app_context(), unit_of_work() as work:
        work.get(Household, household_id).reverify_by = local_date(utcnow())
        work.commit()
    assert "tag overdue" in shown()


def _six_months() -> list[str]:
    """The six months up to this one (China time), oldest first."""
    today = datetime.now(CHINA).date()
    months = [(today.year, today.month - back) for back in range(5, -1, -1)]
    return [f"{y - (m < 1)}-{(m - 1) % 12 + 1:02d}" for y, m in months]


def test_a_caseworker_re_verifies_the_file_and_a_supervisor_confirms_the_exit(
    db: Flask,
    client: FlaskClient,
    office: Office,
    signed_in: Callable[[str], Desk],
    hardship: tuple[int, int],
    written: Callable[[], dict[str, int]],
) -> None:
    _, household_id = hardship
    path = f"/households/{household_id}"
    year = datetime.now(CHINA).year
    caseworker = signed_in("caseworker")
    figures = {
        "reverify.year": str(year),
        "reverify.income": "48000.00",
        "reverify.essential_costs": "6000.00",
        **{f"reverify.months.{row}.month": month for row, month in enumerate(_six_months())},
        **{f"reverify.months.{row}.per_head": "1500.00" for row in range(6)},
    }

    before = written()
    no_dibao = caseworker.post(f"{path}/reverifications", figures, form_at=path)
    assert no_dibao.status_code == 409 and "低保" in no_dibao.text
    wrong = {**figures, "reverify.year": "明年", "reverify.months.0.month": "2026-13"}
    bad = caseworker.post(f"{path}/reverifications", wrong, form_at=path)
    assert bad.status_code == 422
    shown = errors_by_field(bad.text)
    assert CHINESE.search(shown["reverify.year"]) and CHINESE.search(shown["reverify.months"])
    assert written() == before

    admin = office.staff(Role.ADMIN, "XA")
    body = {"unit": "XA", "year": year, "item": "dibao", "amount": "1000.00"}
    assert client.put("/api/v1/aid-settings", json=body, headers=admin.headers).status_code == 200
    saved = caseworker.post(f"{path}/reverifications", figures, form_at=path)
    assert saved.status_code == 302, errors_by_field(saved.text) or saved.text
    page = caseworker.client.get(path).text
    assert 'id="exit-suggested"' in page and 'id="reverify-by"' in page
    # The re-verification as recorded, with the 低保 it was decided with.
    listed = re.search(r'<table id="reverifications">(.*?)</table>', page, re.S)
    assert listed is not None and "年审记录" in page
    assert str(year) in listed.group(1) and "1,000.00" in listed.group(1)
    assert 'id="exit-title"' not in page  # the exit is a supervisor's to confirm
    assert (
        caseworker.post(f"{path}/exit", {"exit.reason": "收入稳定"}, form_at=path).status_code
        == 403
    )

    chair = signed_in("chair")
    refused = chair.post(f"{path}/exit", {"exit.reason": ""}, form_at=path)
    assert refused.status_code == 422 and "exit.reason" in errors_by_field(refused.text)
    confirmed = chair.post(
        f"{path}/exit", {"exit.reason": "连续六个月人均收入高于低保"}, form_at=path
    )
    assert confirmed.status_code == 302, errors_by_field(confirmed.text) or confirmed.text
    with db.app_context(), unit_of_work() as work:
        household = work.get(Household, household_id)
        assert (household.status, household.exit_reason) == ("exited", "连续六个月人均收入高于低保")
    page = chair.client.get(path).text
    assert 'id="reverify-title"' not in page and 'id="exit-title"' not in page


def test_the_worklist_speaks_the_language_chosen_in_the_console_not_the_browsers(
    signed_in: Callable[[str], Desk], hardship: tuple[int, int]
) -> None:
    caseworker = signed_in("caseworker")
    english_browser = {"Accept-Language": "en-US,en;q=0.9"}
    page = caseworker.client.get("/worklist", headers=english_browser).text
    assert "请补全" in page and "complete household file" not in page
    caseworker.client.set_cookie("lang", "en")
    chinese_browser = {"Accept-Language": "zh-CN,zh;q=0.9"}
    page = caseworker.client.get("/worklist", headers=chinese_browser).text
    assert "complete household file" in page and "请补全" not in page
