"""With the broker down the office keeps working; when it is back nothing is lost or doubled."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from service.app import create_app
from service.auth.enums import Role
from service.cases.models import Case, CaseEvent
from service.config import Settings
from service.db import unit_of_work
from service.notifications.models import Notification
from service.outbox.models import OutboxMessage
from tests import data, support
from tests.api.workflow_helpers import act, register
from tests.conftest import Office


class OwnBroker:
    """A Redis server of this test's own, with a worker and beat on it."""

    def __init__(self, settings: Settings, folder: Path) -> None:
        self.port = support.free_port()
        self.folder = folder
        self.settings = settings.replace(
            redis_url=f"redis://127.0.0.1:{self.port}/0", embedded_redis=False
        )
        self.redis = support.start_redis_on(self.port, folder)
        env = {"OUTBOX_RELAY_SECONDS": "1", "HEARTBEAT_SECONDS": "3600"}
        self.worker = support.start_worker(
            self.settings, folder / "worker.log", env, pool="prefork"
        )
        self.beat = support.start_beat(self.settings, folder / "beat.log", env)

    def stop_redis(self) -> None:
        support.stop(self.redis)

    def start_redis(self) -> None:
        self.redis = support.start_redis_on(self.port, self.folder)

    def close(self) -> None:
        for process in (self.beat, self.worker, self.redis):
            support.stop(process)


@pytest.fixture
def own_broker(db: Flask, settings: Settings, tmp_path: Path) -> Iterator[OwnBroker]:
    broker = OwnBroker(settings, tmp_path)
    yield broker
    broker.close()


def _scalar(app: Flask, statement):  # type: ignore[no-untyped-def]
    with app.app_context(), unit_of_work() as work:
        return work.scalar(statement) or 0


def test_intake_and_transitions_go_on_while_redis_is_down(
    own_broker: OwnBroker, office: Office
) -> None:
    app = create_app({"SETTINGS": own_broker.settings, "TESTING": True})
    client = app.test_client()
    office.unit("XA")
    office.unit("XA-HG", parent="XA")
    desk = office.staff(Role.INTAKE, "XA-HG")
    mediator = office.staff(Role.MEDIATOR, "XA-HG")
    office.staff(Role.SUPERVISOR, "XA")
    office.staff(Role.SUPERVISOR, "XA-HG")
    before = register(client, desk, data.dispute())
    support.wait_for(lambda: _scalar(app, select(Case.status).where(Case.id == before["id"]))
                     == "under_review", timeout=30)  # fmt: skip

    own_broker.stop_redis()
    started = time.monotonic()
    during = [register(client, desk, data.dispute(workers_involved=n)) for n in (1, 15, 2)]
    accepted = act(client, mediator, before["id"], "accept")
    assert accepted.status_code == 200
    assert time.monotonic() - started < 15  # the office is not kept waiting on the broker
    pending = select(func.count()).where(OutboxMessage.published_at.is_(None))
    assert _scalar(app, pending) == 6  # three intakes, each owed to two consumers

    own_broker.start_redis()
    ids = [case["id"] for case in during]
    routed = select(func.count()).where(Case.id.in_(ids), Case.status == "under_review")
    support.wait_for(lambda: _scalar(app, routed) == 3, timeout=90)
    support.wait_for(lambda: _scalar(app, pending) == 0, timeout=30)

    route_events = select(func.count()).where(
        CaseEvent.case_id.in_(ids), CaseEvent.action == "route"
    )
    assert _scalar(app, route_events) == 3
    # Published is not yet consumed: the alert's consumer may still be at work.
    alerts = select(func.count()).where(Notification.kind == "collective_dispute")
    support.wait_for(lambda: _scalar(app, alerts) >= 2, timeout=30)
    assert _scalar(app, alerts) == 2  # the collective case, to each of two supervisors
