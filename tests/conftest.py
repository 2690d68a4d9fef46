"""Fixtures for the suites that need the database, the broker or a worker."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service.app import create_app
from service.auth.enums import Role
from service.auth.service import issue_token
from service.config import Settings
from service.db import unit_of_work
from service.staff.service import create_unit, create_user
from tests import data, logscan, support


@pytest.fixture(scope="session", autouse=True)
def no_identity_in_logs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Nothing the suite logs, in this process or in its workers' and beats' log files,
    carries a whole ID number or a phone number the suite used (issue 7.6)."""
    collector = logscan.Collector()
    logging.getLogger().addHandler(collector)
    yield
    logging.getLogger().removeHandler(collector)
    used = data.USED | logscan.literals_in_tests()
    texts = [(f"log record {n}", text) for n, text in enumerate(collector.texts)]
    texts += logscan.log_files(tmp_path_factory.getbasetemp())
    found = logscan.leaks(texts, used)
    assert not found, "whole ID numbers or phones in the logs:\n" + "\n".join(found[:20])


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return support.suite_settings(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="session")
def broker(settings: Settings) -> Iterator[str]:
    """The Redis URL; the bundled server is started when REDIS_URL is not set."""
    if not settings.embedded_redis:
        # Tasks a previous run queued and no worker took mean nothing to this run.
        support.purge_queue(settings)
        yield settings.redis_url
        return
    process = support.start_redis(settings)
    yield settings.redis_url
    support.stop(process)


@pytest.fixture(scope="session")
def app(settings: Settings, broker: str) -> Flask:
    support.reset_database(settings)
    pool = {} if settings.is_sqlite else {"pool_size": 10, "max_overflow": 20}
    return create_app({"SETTINGS": settings, "TESTING": True, "DATABASE_ENGINE_OPTIONS": pool})


@pytest.fixture
def db(app: Flask) -> Iterator[Any]:
    """The app with empty tables after the test."""
    yield app
    engine = app.extensions["database"].engine
    with engine.begin() as connection:
        support.empty_tables(connection)


@pytest.fixture
def client(db: Flask) -> FlaskClient:
    return db.test_client()


@dataclass
class Staff:
    username: str
    user_id: int
    role: Role
    unit: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


class Office:
    """Units and staff made on demand: ``office.unit("XA-HG", parent="XA")``."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._ids = itertools.count(1)

    def unit(self, code: str, name: str | None = None, parent: str | None = None) -> str:
        with self.app.app_context(), unit_of_work() as work:
            create_unit(db_session=work, code=code, name=name or code, parent_code=parent)
            work.commit()
        return code

    def staff(self, role: Role, unit: str, username: str | None = None) -> Staff:
        username = username or f"{role}{next(self._ids)}"
        with self.app.app_context(), unit_of_work() as work:
            user = create_user(
                db_session=work,
                username=username,
                role=role,
                unit_code=unit,
                name=None,
                take_waiting=False,  # staff made for a test change no case
            ).user
            token = issue_token(db_session=work, user=user)
            work.commit()
            return Staff(username, user.id, role, unit, token)


@pytest.fixture
def office(db: Flask) -> Office:
    return Office(db)
