"""Signing in: passwords, the lock-out, the cookie, CSRF, sign-out and roles."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from service.auth.models import User
from service.auth.passwords import MAX_FAILURES
from service.db import unit_of_work
from tests.conftest import Staff
from tests.console.conftest import PASSWORD, Desk, give_password


def failures(app: Flask, username: str) -> int:
    with app.app_context(), unit_of_work() as work:
        return work.scalar(select(User.failed_sign_ins).where(User.username == username))


def test_the_sign_in_form_is_at_the_root_for_anyone_not_signed_in(client: FlaskClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert 'name="username"' in page.text and 'name="password"' in page.text
    assert "登录" in page.text
    assert client.get("/worklist").location.startswith("/?next=/worklist")


def test_a_good_password_signs_in_with_an_httponly_lax_cookie(
    db: Flask, desk: Desk, team: dict[str, Staff]
) -> None:
    give_password(db, team["mediator"].username)
    answer = desk.sign_in(team["mediator"].username)
    assert answer.status_code == 302 and answer.location == "/home"
    cookie = answer.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # development; production sets it (next test)
    assert desk.client.get("/home").location == "/worklist"
    assert desk.client.get("/worklist").status_code == 200


def test_production_marks_the_session_cookie_secure(settings) -> None:  # type: ignore[no-untyped-def]
    from service.app import create_app

    app = create_app({"SETTINGS": settings.replace(production=True)})
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_a_wrong_password_is_refused_and_counted(
    db: Flask, desk: Desk, team: dict[str, Staff]
) -> None:
    username = team["mediator"].username
    give_password(db, username)
    answer = desk.sign_in(username, "not the password")
    assert answer.status_code == 401
    assert "用户名或密码错误" in answer.text
    assert failures(db, username) == 1
    assert desk.client.get("/worklist").status_code == 302  # still not signed in


def test_an_unknown_user_gets_the_same_answer(desk: Desk, team: dict[str, Staff]) -> None:
    answer = desk.sign_in("nobody", PASSWORD)
    assert answer.status_code == 401 and "用户名或密码错误" in answer.text


def test_repeated_failures_lock_the_account_even_against_the_right_password(
    db: Flask, desk: Desk, team: dict[str, Staff]
) -> None:
    username = team["desk"].username
    give_password(db, username)
    for _ in range(MAX_FAILURES):
        answer = desk.sign_in(username, "guess")
    assert "登录失败次数过多" in answer.text
    locked = desk.sign_in(username, PASSWORD)
    assert locked.status_code == 401 and "登录失败次数过多" in locked.text
    assert desk.client.get("/intake").status_code == 302
    # An administrator's new password lifts the lock.
    give_password(db, username)
    assert desk.sign_in(username).status_code == 302


def test_a_form_without_its_token_is_refused_with_400_and_changes_nothing(
    db: Flask, client: FlaskClient, team: dict[str, Staff]
) -> None:
    username = team["desk"].username
    give_password(db, username)
    answer = client.post("/", data={"username": username, "password": "wrong"})
    assert answer.status_code == 400
    assert "表单已过期" in answer.text
    assert failures(db, username) == 0


def test_sign_out_ends_the_session(signed_in) -> None:  # type: ignore[no-untyped-def]
    mediator = signed_in("mediator")
    assert mediator.client.get("/worklist").status_code == 200
    assert mediator.post("/sign-out", {}, form_at="/worklist").location == "/"
    assert mediator.client.get("/worklist").status_code == 302


def test_a_new_password_signs_out_the_other_sessions(db: Flask, signed_in, team) -> None:  # type: ignore[no-untyped-def]
    mediator = signed_in("mediator")
    give_password(db, team["mediator"].username, "another password")
    assert mediator.client.get("/worklist").status_code == 302


def test_changing_ones_own_password(db: Flask, signed_in, team) -> None:  # type: ignore[no-untyped-def]
    mediator = signed_in("mediator")
    wrong = mediator.post(
        "/password",
        {
            "current_password": "x",
            "new_password": "new password 1",
            "repeat_password": "new password 1",
        },
    )
    assert wrong.status_code == 422 and "当前密码不正确" in wrong.text
    short = mediator.post(
        "/password",
        {"current_password": PASSWORD, "new_password": "short", "repeat_password": "short"},
    )
    assert short.status_code == 422 and "至少 8 个字符" in short.text
    differ = mediator.post(
        "/password",
        {
            "current_password": PASSWORD,
            "new_password": "new password 1",
            "repeat_password": "new password 2",
        },
    )
    assert differ.status_code == 422 and "两次输入的新密码不一致" in differ.text
    changed = mediator.post(
        "/password",
        {
            "current_password": PASSWORD,
            "new_password": "new password 1",
            "repeat_password": "new password 1",
        },
    )
    assert changed.status_code == 200 and "密码已修改" in changed.text
    assert mediator.client.get("/worklist").status_code == 200  # this session stays
    fresh = Desk(db.test_client())
    assert fresh.sign_in(team["mediator"].username, PASSWORD).status_code == 401
    assert fresh.sign_in(team["mediator"].username, "new password 1").status_code == 302


def test_an_intake_clerk_cannot_open_the_admin_pages(signed_in) -> None:  # type: ignore[no-untyped-def]
    clerk = signed_in("desk")
    answer = clerk.client.get("/admin")
    assert answer.status_code == 403 and "无权" in answer.text
    assert (
        clerk.client.post(
            "/admin/users/1/password", data={"csrf_token": clerk.token("/intake")}
        ).status_code
        == 403
    )


def test_the_english_toggle(signed_in) -> None:  # type: ignore[no-untyped-def]
    clerk = signed_in("desk")
    assert "接待登记" in clerk.client.get("/intake").text
    clerk.post("/language/en", {"back": "/intake"}, form_at="/intake")
    page = clerk.client.get("/intake")
    assert "Intake desk" in page.text and "接待登记" not in page.text
