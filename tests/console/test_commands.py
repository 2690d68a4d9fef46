"""`flask users password` and the admin's password that `bootstrap` (make run) prints."""

from __future__ import annotations

import re

from flask import Flask

from tests.console.conftest import Desk
from tests.integration.test_cli import run


def test_users_password_prompts_or_takes_the_option_and_the_person_signs_in(db: Flask) -> None:
    run(db, "units", "create", "XA", "西安路街道总工会")
    run(db, "users", "create", "wangfang", "--role", "intake", "--unit", "XA")
    runner = db.test_cli_runner()
    prompted = runner.invoke(
        args=["users", "password", "wangfang"], input="first password\nfirst password\n"
    )
    assert prompted.exit_code == 0, prompted.output
    assert Desk(db.test_client()).sign_in("wangfang", "first password").status_code == 302
    assert "password of wangfang set" in run(
        db, "users", "password", "wangfang", "--password", "second password"
    )
    desk = Desk(db.test_client())
    assert desk.sign_in("wangfang", "first password").status_code == 401
    assert desk.sign_in("wangfang", "second password").status_code == 302


def test_users_password_refuses_a_short_password_or_an_unknown_user(db: Flask) -> None:
    run(db, "units", "create", "XA", "西安路街道总工会")
    run(db, "users", "create", "li", "--role", "intake", "--unit", "XA")
    runner = db.test_cli_runner()
    short = runner.invoke(args=["users", "password", "li", "--password", "short"])
    assert short.exit_code != 0 and "at least 8 characters" in short.output
    unknown = runner.invoke(args=["users", "password", "nobody", "--password", "long enough"])
    assert unknown.exit_code != 0 and "no user nobody" in unknown.output


def test_bootstrap_prints_the_admins_password_and_the_admin_signs_in(db: Flask) -> None:
    first = run(db, "bootstrap", "--url", "http://127.0.0.1:8108")
    found = re.search(r"console sign-in: admin / (\S+)", first)
    assert found, first
    assert "http://127.0.0.1:8108/ (console)" in first
    assert found.group(0) in run(db, "bootstrap")  # printed again on the next start
    admin = Desk(db.test_client())
    assert admin.sign_in("admin", found.group(1)).status_code == 302
    assert admin.client.get("/home").location == "/admin"
    assert admin.client.get("/admin").status_code == 200


def test_bootstrap_stops_printing_a_password_the_admin_has_changed(db: Flask) -> None:
    first = run(db, "bootstrap")
    password = re.search(r"console sign-in: admin / (\S+)", first).group(1)  # type: ignore[union-attr]
    admin = Desk(db.test_client())
    admin.sign_in("admin", password)
    changed = admin.post(
        "/password",
        {
            "current_password": password,
            "new_password": "my own password",
            "repeat_password": "my own password",
        },
    )
    assert changed.status_code == 200
    again = run(db, "bootstrap")
    assert "console sign-in" not in again and password not in again
    assert again.strip().splitlines()[-1] == first.strip().splitlines()[-1]  # the token stays


def test_bootstrap_gives_a_password_to_an_admin_made_before_the_console(db: Flask) -> None:
    run(db, "units", "create", "HQ", "总工会")
    run(db, "users", "create", "admin", "--role", "admin", "--unit", "HQ")
    found = re.search(r"console sign-in: admin / (\S+)", run(db, "bootstrap"))
    assert found
    assert Desk(db.test_client()).sign_in("admin", found.group(1)).status_code == 302
