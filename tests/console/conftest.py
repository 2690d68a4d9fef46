"""Fixtures of the console's tests: staff who sign in with passwords, and a signed-in client."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from service.auth.models import User
from service.auth.passwords import set_password
from service.db import unit_of_work
from tests.api.conftest import street, team, written
from tests.conftest import Staff

__all__ = ["street", "team", "written"]

PASSWORD = "correct horse 42"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def give_password(app: Flask, username: str, password: str = PASSWORD) -> None:
    with app.app_context(), unit_of_work() as work:
        user = work.scalar(select(User).where(User.username == username))
        set_password(db_session=work, user=user, password=password)
        work.commit()


class Desk:
    """A browser without a browser: a test client that fills in the console's forms."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def token(self, path: str = "/") -> str:
        page = self.client.get(path)
        found = TOKEN.search(page.text)
        assert found, f"no form token on {path}: {page.status_code}"
        return found.group(1)

    def post(self, path: str, data: dict[str, Any], *, form_at: str | None = None) -> TestResponse:
        """Post ``data`` with the token of the form page ``form_at`` (default: ``path``)."""
        return self.client.post(path, data={**data, "csrf_token": self.token(form_at or path)})

    def done(self, path: str, data: dict[str, Any], *, form_at: str | None = None) -> TestResponse:
        """Post a change that succeeds, and read the page it redirects to (a reload of
        which sends nothing again)."""
        answer = self.post(path, data, form_at=form_at)
        assert answer.status_code == 302, answer.text
        page = self.client.get(answer.location)
        assert page.status_code == 200, page.text
        return page

    def sign_in(self, username: str, password: str = PASSWORD) -> TestResponse:
        return self.post("/", {"username": username, "password": password})


@pytest.fixture
def desk(client: FlaskClient) -> Desk:
    return Desk(client)


@pytest.fixture
def signed_in(db: Flask, desk: Desk, team: dict[str, Staff]) -> Callable[[str], Desk]:
    """Sign in as one of the team: ``signed_in("desk")``; each gets a fresh client."""

    def sign_in(member: str) -> Desk:
        staff = team[member]
        give_password(db, staff.username)
        person = Desk(db.test_client())
        assert person.sign_in(staff.username).status_code == 302
        return person

    return sign_in


def errors_by_field(html: str) -> dict[str, str]:
    """The message shown next to each form field: {field name: message}."""
    return dict(re.findall(r'<span class="error" id="([^"]+)-error">([^<]*)</span>', html))
