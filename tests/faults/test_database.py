"""A database that is down, drops the connection or never answers: a JSON 503, nothing half-written."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import NullPool

from service.app import create_app
from service.auth.enums import Role
from service.cases.models import Case, CaseEvent
from service.config import Settings
from tests import data, support
from tests.api.workflow_helpers import act, read, route
from tests.conftest import Office, Staff
from tests.faults.conftest import Silent, register, rows


@pytest.fixture
def postgresql(settings: Settings) -> None:
    if settings.is_sqlite:
        pytest.skip(
            "a server's connections and timeouts: PostgreSQL's (the embedded SQLite has none)"
        )


@contextmanager
def holding(app: Flask, statement: str, **params: Any) -> Iterator[Connection]:
    """Run ``statement`` (a lock) in a transaction of its own, kept open inside the block."""
    with app.extensions["database"].engine.connect() as connection:
        connection.execute(text(statement), params)
        yield connection
        connection.rollback()


def _waiting_backend(connection: Connection) -> int | None:
    """The server process of the request that waits for our lock."""
    # The statistics are read once per transaction unless cleared.
    connection.execute(text("SELECT pg_stat_clear_snapshot()"))
    return connection.scalar(
        text(
            "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            " AND datname = current_database() AND pid <> pg_backend_pid()"
        )
    )


def _in_thread(call: Any) -> tuple[threading.Thread, list[Any]]:
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(call()))
    thread.start()
    return thread, result


def _assert_503(response: Any, code: str) -> None:
    assert response.status_code == 503
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["Retry-After"] == "5"
    assert response.get_json()["error"]["code"] == code


def test_a_connection_killed_mid_request_is_a_503_that_writes_nothing_and_the_retry_succeeds(
    postgresql: None, client: Any, desk: Staff
) -> None:
    app = client.application
    register(client, desk, data.dispute())  # the unit's case counter now exists
    body = data.dispute()
    # The intake waits for the counter, after writing its party records, when killed.
    with holding(app, "SELECT * FROM case_counters FOR UPDATE") as holder:
        thread, result = _in_thread(
            lambda: app.test_client().post("/api/v1/cases", json=body, headers=desk.headers)
        )
        pid = support.wait_for(lambda: _waiting_backend(holder), timeout=20)
        assert holder.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        thread.join(timeout=30)
    (response,) = result

    _assert_503(response, "database_unavailable")
    assert rows(app, Case) == 1 and rows(app, CaseEvent) == 1  # nothing of the second intake
    retried = client.post("/api/v1/cases", json=body, headers=desk.headers)
    assert retried.status_code == 201, retried.get_json()
    assert rows(app, Case) == 2


def _ended(connection: Connection, pids: list[int]) -> bool:
    """Whether the server processes ``pids`` have all exited."""
    connection.execute(text("SELECT pg_stat_clear_snapshot()"))
    left = text("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(:pids)")
    return connection.scalar(left, {"pids": pids}) == 0


def test_a_request_after_the_database_ended_every_idle_connection_succeeds(
    postgresql: None, client: Any, desk: Staff
) -> None:
    # A restarted database ends every connection the pool holds; the pool's check on
    # checkout (pool_pre_ping) must find that out before the request's first statement.
    app = client.application
    register(client, desk, data.dispute())  # the pool holds a connection now
    killer = create_engine(app.extensions["database"].engine.url, poolclass=NullPool)
    with killer.connect() as connection:
        ended = connection.scalars(
            text(
                # Chosen first, so that the server cannot end this connection too.
                "WITH idle AS MATERIALIZED (SELECT pid FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                " AND state = 'idle') SELECT pid FROM idle WHERE pg_terminate_backend(pid)"
            )
        ).all()
        assert ended
        support.wait_for(lambda: _ended(connection, ended))
    killer.dispose()

    response = client.post("/api/v1/cases", json=data.dispute(), headers=desk.headers)
    assert response.status_code == 201, response.get_json()
    assert rows(app, Case) == 2


def test_a_statement_held_past_the_statement_timeout_is_a_503_that_changes_nothing(
    postgresql: None, db: Flask, settings: Settings, desk: Staff, office: Office
) -> None:
    app = create_app({"SETTINGS": settings.replace(database_statement_timeout=1), "TESTING": True})
    client = app.test_client()
    mediator = office.staff(Role.MEDIATOR, "XA-HG", username="mediator-on-duty")
    case = register(client, desk, data.dispute(assignee=mediator.username))
    route(app, case["id"])
    version = read(client, mediator, case["id"])["version"]

    with holding(app, "SELECT * FROM cases WHERE id = :id FOR UPDATE", id=case["id"]):
        response = act(client, mediator, case["id"], "accept", version=version)

    _assert_503(response, "database_unavailable")
    assert read(client, mediator, case["id"])["version"] == version
    assert act(client, mediator, case["id"], "accept", version=version).status_code == 200
    app.extensions["database"].engine.dispose()


def _app_on(settings: Settings, database_url: str) -> Flask:
    changed = settings.replace(database_url=database_url, database_connect_timeout=2)
    return create_app({"SETTINGS": changed, "TESTING": True})


def test_a_database_that_never_answers_is_a_503_not_a_hang(settings: Settings) -> None:
    silent = Silent()
    try:
        app = _app_on(settings, f"postgresql+psycopg://unioncase@127.0.0.1:{silent.port}/unioncase")
        response = app.test_client().get("/api/v1/cases", headers={"Authorization": "Bearer x"})
        assert silent.accepted  # it did connect, and then waited for an answer
    finally:
        silent.close()
    _assert_503(response, "database_unavailable")


def test_a_database_that_is_down_is_a_503_with_retry_after(settings: Settings) -> None:
    app = _app_on(settings, f"postgresql+psycopg://unioncase@127.0.0.1:{support.free_port()}/x")
    response = app.test_client().get("/api/v1/cases", headers={"Authorization": "Bearer x"})
    _assert_503(response, "database_unavailable")
    assert "error" in response.get_json()


def test_a_request_gunicorn_times_out_is_answered_in_json(
    postgresql: None, db: Flask, settings: Settings, desk: Staff, office: Office, tmp_path: Path
) -> None:
    mediator = office.staff(Role.MEDIATOR, "XA-HG", username="mediator-on-duty")
    case = register(db.test_client(), desk, data.dispute(assignee=mediator.username))
    route(db, case["id"])
    port = support.free_port()
    # No statement timeout here, so that gunicorn's own timeout is what ends the request.
    env = {**support.process_env(settings), "WEB_TIMEOUT": "2", "DATABASE_STATEMENT_TIMEOUT": "0"}
    env["WEB_CONCURRENCY"] = "1"
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"]
    command += ["--bind", f"127.0.0.1:{port}", "service.app:create_app()"]
    log = tmp_path / "web.log"
    web = subprocess.Popen(
        command, cwd=support.ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT
    )
    try:
        support.wait_for(lambda: _get(f"http://127.0.0.1:{port}/healthz")[0] == 200, timeout=30)
        url = f"http://127.0.0.1:{port}/api/v1/cases/{case['id']}/transitions"
        version = read(db.test_client(), mediator, case["id"])["version"]
        headers = {
            **mediator.headers,
            "If-Match": f'"{version}"',
            "Content-Type": "application/json",
        }
        with holding(db, "SELECT * FROM cases WHERE id = :id FOR UPDATE", id=case["id"]):
            status, content_type, body = _post(
                url, {"action": "accept", "note": "", "data": {}}, headers
            )
    finally:
        support.stop(web)

    assert (status, content_type) == (503, "application/json"), body
    assert json.loads(body)["error"]["code"] == "timeout"
    assert read(db.test_client(), mediator, case["id"])["version"] == version


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()
    except OSError:
        return 0, "", b""


def _post(url: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, str, bytes]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers=headers, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read()
