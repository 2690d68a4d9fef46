"""The administration pages: units, users and calendar days, each form's good and bad input.

Two admins: the street federation's (XA, every unit) and community union XA-HG's
(XA-HG only; the sibling XA-HX is out of their reach).
"""

from __future__ import annotations

import html
import re
import threading
import time
from collections.abc import Callable
from datetime import date

import pytest
from flask import Flask
from sqlalchemy import select

from service.auth.enums import Role
from service.auth.models import OrgUnit, User
from service.db import unit_of_work
from service.domain_errors import Conflict
from service.staff import service as staff
from service.timers import schedule
from service.timers.models import CalendarDay
from tests import data
from tests.api.workflow_helpers import register, route
from tests.conftest import Office, Staff
from tests.console.conftest import PASSWORD, Desk, errors_by_field, give_password
from tests.console.test_forms import DISPUTE_FORM

CHINESE = re.compile(r"[\u4e00-\u9fff]")
AUTOFOCUS = re.compile(r'<(?:input|select|textarea) id="([^"]+)"[^>]*\sautofocus')


@pytest.fixture
def admins(db: Flask, office: Office, team: dict[str, Staff]) -> dict[str, Staff]:
    found = {
        "street_admin": office.staff(Role.ADMIN, "XA"),
        "hg_admin": office.staff(Role.ADMIN, "XA-HG"),
    }
    for admin in found.values():
        give_password(db, admin.username)
    return found


def sign_in(db: Flask, staff: Staff) -> Desk:
    give_password(db, staff.username)
    person = Desk(db.test_client())
    assert person.sign_in(staff.username).status_code == 302
    return person


@pytest.fixture
def street_admin(db: Flask, admins: dict[str, Staff]) -> Desk:
    return sign_in(db, admins["street_admin"])


@pytest.fixture
def hg_admin(db: Flask, admins: dict[str, Staff]) -> Desk:
    return sign_in(db, admins["hg_admin"])


def user_row(app: Flask, username: str) -> User | None:
    with app.app_context(), unit_of_work() as work:
        user = work.scalar(select(User).where(User.username == username))
        if user is not None:
            work.expunge(user)
        return user


def unit_row(app: Flask, code: str) -> OrgUnit | None:
    with app.app_context(), unit_of_work() as work:
        unit = work.scalar(select(OrgUnit).where(OrgUnit.code == code))
        if unit is not None:
            work.expunge(unit)
        return unit


def unit_id(app: Flask, code: str) -> int:
    unit = unit_row(app, code)
    assert unit is not None
    return unit.id


def refused_at(answer_text: str, field: str) -> str:
    """The message next to ``field``, which is in Chinese and holds the cursor."""
    messages = errors_by_field(answer_text)
    assert field in messages, messages
    message = html.unescape(messages[field])
    assert CHINESE.search(message), message
    assert AUTOFOCUS.findall(answer_text) == [field]
    return message


NEW_USER = {
    "username": "wangfang",
    "display_name": "王芳",
    "role": "mediator",
    "unit": "XA-HG",
    "email": "wangfang@xa.test",
}


def test_an_admin_creates_a_mediator_who_signs_in_with_the_password_shown_once(
    db: Flask, hg_admin: Desk
) -> None:
    answer = hg_admin.post("/admin/users/new", NEW_USER)
    assert answer.status_code == 200
    assert answer.headers["Cache-Control"] == "no-store"
    found = re.search(r'id="new-password">([^<]+)<', answer.text)
    assert found
    made = user_row(db, "wangfang")
    assert made is not None
    assert (made.display_name, made.role, made.unit.code, made.email) == (
        "王芳",
        "mediator",
        "XA-HG",
        "wangfang@xa.test",
    )
    newcomer = Desk(db.test_client())
    assert newcomer.sign_in("wangfang", html.unescape(found.group(1))).status_code == 302
    assert newcomer.client.get("/worklist").status_code == 200
    assert "wangfang" in hg_admin.client.get("/admin").text


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("username", ""),
        ("username", "wang fang"),
        ("username", "x" * 65),
        ("role", "boss"),
        ("unit", "XA-HX"),  # the sibling union: not the admin's
        ("unit", "XA"),  # above the admin's unit
        ("unit", ""),
        ("email", "not-an-address"),
        ("display_name", "名" * 65),
    ],
)
def test_a_bad_new_user_is_refused_by_its_field_and_nothing_is_written(
    hg_admin: Desk, written: Callable[[], dict[str, int]], field: str, value: str
) -> None:
    before = written()
    answer = hg_admin.post("/admin/users/new", {**NEW_USER, field: value})
    assert answer.status_code == 422
    refused_at(answer.text, field)
    assert written() == before


def test_a_taken_username_is_refused(
    hg_admin: Desk, team: dict[str, Staff], written: Callable[[], dict[str, int]]
) -> None:
    before = written()
    answer = hg_admin.post("/admin/users/new", {**NEW_USER, "username": team["mediator"].username})
    assert answer.status_code == 422
    assert "已存在" in refused_at(answer.text, "username")
    assert written() == before


def test_an_admin_changes_a_users_role_and_unit(
    db: Flask, street_admin: Desk, team: dict[str, Staff]
) -> None:
    user_id = team["other_mediator"].user_id
    answer = street_admin.done(
        f"/admin/users/{user_id}",
        {"display_name": "李娜", "role": "caseworker", "unit": "XA-HX", "email": ""},
    )
    assert answer.status_code == 200 and 'id="notice"' in answer.text
    moved = user_row(db, team["other_mediator"].username)
    assert moved is not None
    assert (moved.display_name, moved.role, moved.unit.code) == ("李娜", "caseworker", "XA-HX")


@pytest.mark.parametrize(
    ("field", "value"),
    [("display_name", ""), ("role", "boss"), ("unit", "NOPE"), ("email", "x@")],
)
def test_a_bad_change_of_a_user_is_refused_by_its_field(
    db: Flask,
    street_admin: Desk,
    team: dict[str, Staff],
    written: Callable[[], dict[str, int]],
    field: str,
    value: str,
) -> None:
    user_id = team["other_mediator"].user_id
    form = {
        "display_name": "李娜",
        "role": "caseworker",
        "unit": "XA-HX",
        "email": "",
        field: value,
    }
    before = written()
    answer = street_admin.post(f"/admin/users/{user_id}", form)
    assert answer.status_code == 422
    refused_at(answer.text, field)
    assert written() == before
    kept = user_row(db, team["other_mediator"].username)
    assert kept is not None
    assert (kept.role, kept.unit.code) == ("mediator", "XA-HG")


def test_someone_with_open_cases_keeps_role_and_unit_until_they_are_reassigned(
    db: Flask, client, street_admin: Desk, team: dict[str, Staff]
) -> None:  # type: ignore[no-untyped-def]
    case = register(client, team["desk"], data.dispute(assignee=team["mediator"].username))
    route(db, case["id"])
    user_id = team["mediator"].user_id
    moved = street_admin.post(
        f"/admin/users/{user_id}",
        {"display_name": "x", "role": "mediator", "unit": "XA-HX", "email": ""},
    )
    assert moved.status_code == 409 and "改派" in moved.text
    gone = street_admin.post(
        f"/admin/users/{user_id}/active", {"active": "false"}, form_at="/admin"
    )
    assert gone.status_code == 409
    kept = user_row(db, team["mediator"].username)
    assert kept is not None and kept.active and kept.unit.code == "XA-HG"


def test_a_deactivated_user_neither_signs_in_nor_uses_a_token_until_reactivated(
    db: Flask, client, hg_admin: Desk, team: dict[str, Staff]
) -> None:  # type: ignore[no-untyped-def]
    member = team["caseworker"]
    give_password(db, member.username)
    path = f"/admin/users/{member.user_id}/active"
    hg_admin.done(path, {"active": "false"}, form_at=f"/admin/users/{member.user_id}")
    assert Desk(db.test_client()).sign_in(member.username).status_code == 401
    assert client.get("/api/v1/worklist", headers=member.headers).status_code == 401
    assert "恢复使用" in hg_admin.client.get(f"/admin/users/{member.user_id}").text

    hg_admin.done(path, {"active": "true"}, form_at=f"/admin/users/{member.user_id}")
    assert Desk(db.test_client()).sign_in(member.username).status_code == 302
    assert client.get("/api/v1/worklist", headers=member.headers).status_code == 200


def test_an_admin_cannot_deactivate_themselves(
    db: Flask, hg_admin: Desk, admins: dict[str, Staff]
) -> None:
    me = admins["hg_admin"]
    page = hg_admin.client.get(f"/admin/users/{me.user_id}").text
    assert f"/admin/users/{me.user_id}/active" not in page  # no button for it
    answer = hg_admin.post(
        f"/admin/users/{me.user_id}/active", {"active": "false"}, form_at="/admin"
    )
    assert answer.status_code == 403 and "不能停用自己" in answer.text
    row = user_row(db, me.username)
    assert row is not None and row.active


def test_the_last_admin_stays_an_admin(
    db: Flask, street_admin: Desk, admins: dict[str, Staff]
) -> None:
    other, me = admins["hg_admin"], admins["street_admin"]
    street_admin.done(f"/admin/users/{other.user_id}/active", {"active": "false"}, form_at="/admin")
    handed_over = street_admin.post(
        f"/admin/users/{me.user_id}",
        {"display_name": "x", "role": "supervisor", "unit": "XA", "email": ""},
    )
    assert handed_over.status_code == 409 and "最后一名管理员" in handed_over.text
    row = user_row(db, me.username)
    assert row is not None and row.role == "admin"
    assert street_admin.client.get("/admin").status_code == 200


def test_an_admin_hands_over_to_another_and_leaves_the_admin_pages(
    db: Flask, street_admin: Desk, admins: dict[str, Staff]
) -> None:
    me = admins["street_admin"]
    answer = street_admin.post(
        f"/admin/users/{me.user_id}",
        {"display_name": "周", "role": "supervisor", "unit": "XA", "email": ""},
    )
    assert answer.status_code == 302
    assert street_admin.client.get("/admin").status_code == 403


def test_an_admin_of_a_community_cannot_touch_a_user_or_unit_of_another(
    hg_admin: Desk, team: dict[str, Staff], written: Callable[[], dict[str, int]], db: Flask
) -> None:
    sibling = team["sibling_mediator"].user_id
    sibling_unit = unit_id(db, "XA-HX")
    assert hg_admin.client.get(f"/admin/users/{sibling}").status_code == 404
    assert hg_admin.client.get(f"/admin/units/{sibling_unit}").status_code == 404
    assert team["sibling_mediator"].username not in hg_admin.client.get("/admin").text
    before = written()
    for path, form in [
        (f"/admin/users/{sibling}", {"display_name": "x", "role": "intake", "unit": "XA-HG"}),
        (f"/admin/users/{sibling}/active", {"active": "false"}),
        (f"/admin/users/{sibling}/password", {}),
        (f"/admin/users/{sibling}/tokens", {}),
        (f"/admin/units/{sibling_unit}/name", {"name": "x"}),
        (f"/admin/units/{sibling_unit}/webhook", {"webhook_url": "", "webhook_format": "wecom"}),
    ]:
        assert hg_admin.post(path, form, form_at="/admin").status_code == 404, path
    assert written() == before


@pytest.mark.parametrize("member", ["desk", "mediator", "caseworker", "chair"])
def test_only_admins_open_the_admin_pages(
    signed_in: Callable[[str], Desk],
    team: dict[str, Staff],
    written: Callable[[], dict[str, int]],
    member: str,
) -> None:
    person = signed_in(member)
    for path in ("/admin", "/admin/users/new", "/admin/units/new", "/admin/calendar"):
        assert person.client.get(path).status_code == 403, path
    before = written()
    target = team["other_mediator"].user_id
    for path, form in [
        ("/admin/users/new", NEW_USER),
        (f"/admin/users/{target}/active", {"active": "false"}),
        ("/admin/units/new", {"parent": "XA-HG", "code": "XA-HG-1", "name": "x"}),
        ("/admin/calendar", {"day": "2027-02-08", "working": "false", "note": ""}),
    ]:
        assert person.post(path, form, form_at="/password").status_code == 403, path
    assert written() == before


def test_every_admin_form_without_its_token_is_refused_with_400_and_writes_nothing(
    db: Flask,
    street_admin: Desk,
    team: dict[str, Staff],
    written: Callable[[], dict[str, int]],
) -> None:
    target = team["other_mediator"].user_id
    unit = unit_id(db, "XA-HG")
    give_password(db, team["other_mediator"].username, "old password 1")
    before = written()
    for path, form in [
        ("/admin/users/new", NEW_USER),
        (f"/admin/users/{target}", {"display_name": "x", "role": "intake", "unit": "XA-HG"}),
        (f"/admin/users/{target}/active", {"active": "false"}),
        (f"/admin/users/{target}/password", {}),
        (f"/admin/users/{target}/tokens", {}),
        ("/admin/units/new", {"parent": "XA-HG", "code": "XA-HG-1", "name": "x"}),
        (f"/admin/units/{unit}/name", {"name": "x"}),
        (f"/admin/units/{unit}/webhook", {"webhook_url": "", "webhook_format": "wecom"}),
        ("/admin/calendar", {"day": "2027-02-08", "working": "false", "note": ""}),
        ("/admin/calendar/2027-02-08/remove", {}),
    ]:
        answer = street_admin.client.post(path, data=form)
        assert answer.status_code == 400, path
        forged = street_admin.client.post(path, data={**form, "csrf_token": "forged"})
        assert forged.status_code == 400, path
    assert written() == before
    assert Desk(db.test_client()).sign_in(
        team["other_mediator"].username, "old password 1"
    ).status_code == (302)


def test_reset_password_and_revoke_tokens(
    db: Flask, client, hg_admin: Desk, team: dict[str, Staff]
) -> None:  # type: ignore[no-untyped-def]
    member = team["mediator"]
    reset = hg_admin.post(f"/admin/users/{member.user_id}/password", {}, form_at="/admin")
    assert reset.headers["Cache-Control"] == "no-store"
    found = re.search(r"：(\S+)</p>", reset.text)
    assert found
    assert Desk(db.test_client()).sign_in(member.username, found.group(1)).status_code == 302
    assert Desk(db.test_client()).sign_in(member.username, PASSWORD).status_code == 401

    assert client.get("/api/v1/worklist", headers=member.headers).status_code == 200
    hg_admin.post(f"/admin/users/{member.user_id}/tokens", {}, form_at="/admin")
    assert client.get("/api/v1/worklist", headers=member.headers).status_code == 401


# Units


def test_an_admin_creates_a_unit_beneath_theirs_and_names_it_again(
    db: Flask, hg_admin: Desk
) -> None:
    answer = hg_admin.post(
        "/admin/units/new", {"parent": "XA-HG", "code": "XA-HG-3", "name": "三号楼小组"}
    )
    made = unit_row(db, "XA-HG-3")
    assert made is not None
    # The new unit's page by redirect: a reload does not try to create it again.
    assert answer.status_code == 302 and answer.location == f"/admin/units/{made.id}"
    assert "单位 XA-HG-3 已创建" in hg_admin.client.get(answer.location).text
    parent = unit_row(db, "XA-HG")
    assert made is not None and parent is not None
    assert made.parent_id == parent.id and made.path.startswith(parent.path)
    assert "XA-HG-3" in hg_admin.client.get("/admin").text  # in scope at once

    renamed = hg_admin.done(
        f"/admin/units/{made.id}/name", {"name": "三号楼工会小组"}, form_at="/admin"
    )
    assert 'id="notice"' in renamed.text
    again = unit_row(db, "XA-HG-3")
    assert again is not None and again.name == "三号楼工会小组"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("code", ""),
        ("code", "XA HG"),
        ("code", "和光"),
        ("code", "XA-HX"),  # taken
        ("code", "X" * 33),
        ("name", ""),
        ("name", "名" * 101),
        ("parent", "XA-HX"),  # the sibling: not the admin's
        ("parent", "XA"),  # above the admin's unit
        ("parent", ""),
    ],
)
def test_a_bad_new_unit_is_refused_by_its_field_and_nothing_is_written(
    hg_admin: Desk, written: Callable[[], dict[str, int]], field: str, value: str
) -> None:
    before = written()
    form = {"parent": "XA-HG", "code": "XA-HG-3", "name": "三号楼小组", field: value}
    answer = hg_admin.post("/admin/units/new", form)
    assert answer.status_code == 422
    refused_at(answer.text, field)
    assert written() == before


def test_an_empty_name_is_refused(db: Flask, hg_admin: Desk) -> None:
    unit = unit_id(db, "XA-HG")
    answer = hg_admin.post(f"/admin/units/{unit}/name", {"name": "  "}, form_at="/admin")
    assert answer.status_code == 422
    refused_at(answer.text, "name")
    kept = unit_row(db, "XA-HG")
    assert kept is not None and kept.name == "和光社区联合工会"


ROBOT = "https://oapi.dingtalk.com/robot/send?access_token=abc"


def test_the_group_robot_of_a_unit(db: Flask, hg_admin: Desk) -> None:
    unit = unit_id(db, "XA-HG")
    path = f"/admin/units/{unit}/webhook"
    form = {"webhook_url": ROBOT, "webhook_format": "dingtalk", "webhook_secret": "SEC123"}
    hg_admin.done(path, form, form_at=f"/admin/units/{unit}")
    saved = unit_row(db, "XA-HG")
    assert saved is not None
    assert (saved.webhook_url, saved.webhook_format, saved.webhook_secret) == (
        ROBOT,
        "dingtalk",
        "SEC123",
    )
    page = hg_admin.client.get(f"/admin/units/{unit}").text
    assert "SEC123" not in page  # the secret is never shown again

    kept = {"webhook_url": ROBOT, "webhook_format": "dingtalk", "webhook_secret": ""}
    hg_admin.post(path, kept, form_at=f"/admin/units/{unit}")
    again = unit_row(db, "XA-HG")
    assert again is not None and again.webhook_secret == "SEC123"

    hg_admin.post(path, {**kept, "remove_secret": "true"}, form_at=f"/admin/units/{unit}")
    without = unit_row(db, "XA-HG")
    assert without is not None and without.webhook_secret is None

    hg_admin.post(
        path, {"webhook_url": "", "webhook_format": "wecom"}, form_at=f"/admin/units/{unit}"
    )
    stopped = unit_row(db, "XA-HG")
    assert stopped is not None and stopped.webhook_url is None and stopped.webhook_format is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("webhook_url", "ftp://robot"),
        ("webhook_url", "robot.example"),
        ("webhook_url", "https://" + "x" * 500),
        ("webhook_format", "slack"),
        ("webhook_secret", "s" * 201),
    ],
)
def test_a_bad_group_robot_is_refused_by_its_field_and_nothing_changes(
    db: Flask, hg_admin: Desk, field: str, value: str
) -> None:
    unit = unit_id(db, "XA-HG")
    form = {"webhook_url": ROBOT, "webhook_format": "wecom", "webhook_secret": "", field: value}
    answer = hg_admin.post(f"/admin/units/{unit}/webhook", form, form_at=f"/admin/units/{unit}")
    assert answer.status_code == 422
    refused_at(answer.text, field)
    kept = unit_row(db, "XA-HG")
    assert kept is not None and kept.webhook_url is None and kept.webhook_secret is None


# Calendar days

SPRING_FESTIVAL_EVE = date(2099, 2, 10)  # a Tuesday of a year no schedule covers


def working(app: Flask, day: date) -> bool:
    """What the service counts with: the cached calendar of this process."""
    with app.test_request_context(), unit_of_work() as work:
        return schedule.calendar(work).is_working_day(day)


def test_an_admin_adds_and_removes_a_holiday_and_deadlines_see_it_at_once(
    db: Flask, street_admin: Desk
) -> None:
    assert working(db, SPRING_FESTIVAL_EVE)  # and now the calendar is cached
    answer = street_admin.post(
        "/admin/calendar",
        {"day": SPRING_FESTIVAL_EVE.isoformat(), "working": "false", "note": "春节"},
    )
    # The year's page by redirect: reloading it, or going back to it, sends nothing again.
    assert answer.status_code == 302
    assert answer.location == "/admin/calendar?year=2099"
    listed = street_admin.client.get(answer.location).text
    assert "2099年2月10日 已设为放假日" in listed and "春节" in listed
    assert f'id="day-{SPRING_FESTIVAL_EVE.isoformat()}"' in listed
    assert "已设为放假日" not in street_admin.client.get(answer.location).text  # said once
    assert not working(db, SPRING_FESTIVAL_EVE)

    removed = street_admin.post(
        f"/admin/calendar/{SPRING_FESTIVAL_EVE.isoformat()}/remove", {}, form_at="/admin/calendar"
    )
    assert removed.status_code == 302
    assert removed.location == "/admin/calendar?year=2099"
    assert "2099年2月10日 已删除" in street_admin.client.get(removed.location).text
    assert working(db, SPRING_FESTIVAL_EVE)
    with db.app_context(), unit_of_work() as work:
        assert work.get(CalendarDay, SPRING_FESTIVAL_EVE) is None


def test_a_make_up_working_day(db: Flask, street_admin: Desk) -> None:
    saturday = date(2099, 2, 14)
    assert not working(db, saturday)
    street_admin.post(
        "/admin/calendar", {"day": saturday.isoformat(), "working": "true", "note": "调休上班"}
    )
    assert working(db, saturday)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("day", ""),
        ("day", "2099-02-30"),
        ("day", "明天"),
        ("day", "1900-01-01"),
        ("note", "注" * 201),
    ],
)
def test_a_bad_calendar_day_is_refused_by_its_field_and_nothing_is_written(
    street_admin: Desk, written: Callable[[], dict[str, int]], field: str, value: str
) -> None:
    before = written()
    form = {"day": "2099-02-10", "working": "false", "note": "春节", field: value}
    answer = street_admin.post("/admin/calendar", form)
    assert answer.status_code == 422
    refused_at(answer.text, field)
    assert written() == before


def test_an_admin_of_a_community_reads_the_calendar_but_does_not_change_it(
    db: Flask, street_admin: Desk, hg_admin: Desk, written: Callable[[], dict[str, int]]
) -> None:
    street_admin.post("/admin/calendar", {"day": "2099-02-10", "working": "false", "note": "春节"})
    page = hg_admin.client.get("/admin/calendar?year=2099")
    assert page.status_code == 200 and "2099年2月10日" in page.text
    assert "/admin/calendar/2099-02-10/remove" not in page.text
    before = written()
    for path, form in [
        ("/admin/calendar", {"day": "2099-02-11", "working": "false", "note": ""}),
        ("/admin/calendar/2099-02-10/remove", {}),
    ]:
        answer = hg_admin.post(path, form, form_at="/admin")
        assert answer.status_code == 403 and "最上级单位" in answer.text
    assert written() == before
    assert not working(db, SPRING_FESTIVAL_EVE)


def test_removing_a_day_that_was_never_entered_is_404(street_admin: Desk) -> None:
    for day in ("2099-03-03", "not-a-day"):
        answer = street_admin.post(f"/admin/calendar/{day}/remove", {}, form_at="/admin/calendar")
        assert answer.status_code == 404
        assert "没有这个日历日期" in answer.text


# Keyboard habits


def test_a_refused_intake_puts_the_cursor_in_the_first_wrong_field(
    signed_in: Callable[[str], Desk],
) -> None:
    clerk = signed_in("desk")
    assert AUTOFOCUS.findall(clerk.client.get("/intake").text) == ["claimant.name"]
    answer = clerk.post(
        "/intake",
        {**DISPUTE_FORM, "claimant.phone": "12345", "claim_amount": "八千"},
        form_at="/intake",
    )
    assert answer.status_code == 422
    assert AUTOFOCUS.findall(answer.text) == ["claimant.phone"]
    assert "tabindex" not in answer.text  # the order is the page's own


def test_the_favicon_is_served_by_the_application(client) -> None:  # type: ignore[no-untyped-def]
    answer = client.get("/favicon.ico")
    assert answer.status_code == 200
    assert answer.data[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_two_admins_removing_each_other_at_once_leave_one(
    db: Flask, admins: dict[str, Staff]
) -> None:
    if db.extensions["database"].engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time; the race needs PostgreSQL")
    first_admin, second_admin = admins["street_admin"], admins["hg_admin"]
    outcome: list[str] = []

    def second_removes_first() -> None:
        with db.app_context(), unit_of_work() as work:
            target = work.get(User, first_admin.user_id)
            try:
                staff.set_active(
                    db_session=work, user=target, active=False, actor_id=second_admin.user_id
                )
            except Conflict:
                outcome.append("refused")
                return
            work.commit()
            outcome.append("done")

    with db.app_context(), unit_of_work() as work:
        target = work.get(User, second_admin.user_id)
        staff.set_active(db_session=work, user=target, active=False, actor_id=first_admin.user_id)
        other = threading.Thread(target=second_removes_first)
        other.start()
        time.sleep(0.5)  # let the second admin reach the lock while the first holds it
        work.commit()
    other.join()
    assert outcome == ["refused"]
    with db.app_context(), unit_of_work() as work:
        admins_left = work.scalars(
            select(User.username).where(User.role == "admin", User.active.is_(True))
        ).all()
    assert admins_left == [first_admin.username]


def test_the_admin_pages_read_in_english_on_request(
    db: Flask, street_admin: Desk, team: dict[str, Staff]
) -> None:
    street_admin.client.set_cookie("lang", "en")
    unit = unit_id(db, "XA-HG")
    for path, words in [
        ("/admin", "New user"),
        ("/admin/users/new", "Create the user"),
        (f"/admin/users/{team['desk'].user_id}", "Revoke API tokens"),
        ("/admin/units/new", "Create the unit"),
        (f"/admin/units/{unit}", "Webhook address"),
        ("/admin/calendar?year=2099", "Add a day"),
    ]:
        answer = street_admin.client.get(path)
        assert answer.status_code == 200 and words in answer.text, path


def test_text_no_one_can_store_is_refused_with_400_and_writes_nothing(
    db: Flask, street_admin: Desk, team: dict[str, Staff], written: Callable[[], dict[str, int]]
) -> None:
    unit = unit_id(db, "XA-HG")
    before = written()
    for path, form in [
        ("/admin/units/new", {"parent": "XA\x00", "code": "XA-HG-1", "name": "x"}),
        (f"/admin/units/{unit}/name", {"name": "和光\x00"}),
        ("/admin/users/new", {**NEW_USER, "display_name": "王\x00"}),
        ("/admin/calendar", {"day": "2027-02-08", "working": "false", "note": "\x00"}),
    ]:
        answer = street_admin.post(path, form, form_at="/admin")
        assert answer.status_code == 400, path
        assert "U+0000" in answer.get_data(as_text=True), path
    assert street_admin.client.get("/cases?q=%00").status_code == 422  # next to its field
    assert written() == before
