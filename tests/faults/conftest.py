"""A broker, workers and beats of each fault test's own, with short timeouts.

Each test starts a Redis server on a spare port (no persistence, as on most
machines), so that it can SIGKILL and restart it without touching the suite's.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from service.app import create_app
from service.auth.enums import Role
from service.config import Settings
from service.db import unit_of_work
from tests import support
from tests.conftest import Office, Staff

# Short settings, so that every timeout a fault waits for passes in seconds.
FAST = {
    "OUTBOX_RELAY_SECONDS": "1",
    "OUTBOX_REDELIVER_SECONDS": "2",
    "TIMER_SWEEP_SECONDS": "1",
    "PUSH_SWEEP_SECONDS": "3600",
    "HEARTBEAT_SECONDS": "1",
    "TASK_SOFT_TIME_LIMIT": "3",
    "TASK_TIME_LIMIT": "4",
    "BROKER_VISIBILITY_TIMEOUT": "5",
}


class Cluster:
    """Redis, workers and beats started, killed and restarted by one test."""

    def __init__(self, settings: Settings, folder: Path) -> None:
        self.folder = folder
        self.port = support.free_port()
        self.settings = settings.replace(
            redis_url=f"redis://127.0.0.1:{self.port}/0",
            embedded_redis=False,
            outbox_redeliver_seconds=int(FAST["OUTBOX_REDELIVER_SECONDS"]),
            visibility_timeout=int(FAST["BROKER_VISIBILITY_TIMEOUT"]),
            task_soft_time_limit=int(FAST["TASK_SOFT_TIME_LIMIT"]),
            task_time_limit=int(FAST["TASK_TIME_LIMIT"]),
        )
        self.env = dict(FAST)
        self.redis = support.start_redis_on(self.port, folder)
        self.processes: list[subprocess.Popen[bytes]] = []
        self._app: Flask | None = None

    @property
    def app(self) -> Flask:
        """An app on this cluster's broker and the suite's database."""
        if self._app is None:
            self._app = create_app({"SETTINGS": self.settings, "TESTING": True})
        return self._app

    def log(self, name: str) -> Path:
        return self.folder / f"{name}.log"

    def start_worker(self, name: str = "worker", **env: str) -> subprocess.Popen[bytes]:
        process = support.start_worker(self.settings, self.log(name), {**self.env, **env})
        self.processes.append(process)
        return process

    def start_beat(self, name: str = "beat", **env: str) -> subprocess.Popen[bytes]:
        # A data directory of its own: beats on different hosts share no schedule file.
        data_dir = self.folder / name
        data_dir.mkdir(exist_ok=True)
        env = {"DATA_DIR": str(data_dir), **self.env, **env}
        process = support.start_beat(self.settings, self.log(name), env)
        self.processes.append(process)
        return process

    def kill_redis(self) -> None:
        kill(self.redis)

    def restart_redis(self) -> None:
        self.redis = support.start_redis_on(self.port, self.folder)

    def close(self) -> None:
        # All of it is this test's own, so nothing needs a clean shutdown.
        for process in [*reversed(self.processes), self.redis]:
            if process.poll() is None:
                kill(process)
        if self._app is not None:
            self._app.extensions["database"].engine.dispose()


class Silent:
    """A server that accepts connections and never says a word (a hung database host)."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.accepted.append(self.listener.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        for connection in self.accepted:
            connection.close()
        self.listener.close()


def kill(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL: no clean-up, no acknowledgement, as a crash or the OOM killer would."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


@pytest.fixture
def cluster(db: Flask, settings: Settings, tmp_path: Path) -> Iterator[Cluster]:
    started = Cluster(settings, tmp_path)
    yield started
    started.close()


@pytest.fixture
def desk(office: Office) -> Staff:
    """An intake clerk of a community union with a mediator and supervisors to route to."""
    office.unit("XA", "西安路街道总工会")
    office.unit("XA-HG", "和光社区联合工会", parent="XA")
    office.staff(Role.MEDIATOR, "XA-HG")
    office.staff(Role.SUPERVISOR, "XA-HG")
    office.staff(Role.SUPERVISOR, "XA")
    return office.staff(Role.INTAKE, "XA-HG")


def count(app: Flask, statement: Any) -> int:
    with app.app_context(), unit_of_work() as work:
        return int(work.scalar(statement) or 0)


def rows(app: Flask, model: Any, *where: Any) -> int:
    return count(app, select(func.count()).select_from(model).where(*where))


def register(client: FlaskClient, desk: Staff, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/api/v1/cases", json=body, headers=desk.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()
