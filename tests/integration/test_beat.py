"""Beat and a worker on the real broker: deadlines act by themselves, and one beat runs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from service.auth.enums import Role
from service.cases.models import Case
from service.config import Settings
from service.db import unit_of_work, utcnow
from service.notifications.models import Notification
from tests import data, support
from tests.api.workflow_helpers import do
from tests.conftest import Office
from workflows.calendar import CHINA

SWEEP_SECONDS = 2


@pytest.fixture(scope="module")
def beat(
    app: Flask, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    log = tmp_path_factory.mktemp("beat") / "beat.log"
    env = {"TIMER_SWEEP_SECONDS": str(SWEEP_SECONDS), "OUTBOX_RELAY_SECONDS": "1"}
    process = support.start_beat(settings, log, env)
    yield log
    support.stop(process)


def _scalar(app: Flask, statement):  # type: ignore[no-untyped-def]
    with app.app_context(), unit_of_work() as work:
        return work.scalar(statement)


def test_the_worker_deems_an_expired_mediation_failed(
    client: FlaskClient, office: Office, worker: Path, beat: Path
) -> None:
    office.unit("XA-HG")
    desk = office.staff(Role.INTAKE, "XA-HG")
    mediator = office.staff(Role.MEDIATOR, "XA-HG")
    received = (utcnow() - timedelta(days=20)).isoformat()
    body = data.dispute(received_at=received, known_on="2026-10-01")
    case = client.post("/api/v1/cases", json=body, headers=desk.headers).get_json()
    status = select(Case.status).where(Case.id == case["id"])
    support.wait_for(lambda: _scalar(client.application, status) == "under_review", timeout=30)

    do(client, mediator, case["id"], "accept")
    # Two sweep intervals, and the time the relay and the task take.
    support.wait_for(
        lambda: _scalar(client.application, status) == "deemed_failed",
        timeout=2 * SWEEP_SECONDS + 8,
    )
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=mediator.headers).get_json()
    assert trail[-1]["action"] == "deem_failed"
    # The trail says what the system did, never that the applicant was told.
    assert "视为调解不成" in trail[-1]["note"] and "已告知" not in trail[-1]["note"]

    # The mediator's task: tell the applicant, in the worklist until it is done.
    def task() -> list[dict]:
        items = client.get("/api/v1/worklist", headers=mediator.headers).get_json()["items"]
        return [i for i in items if i["kind"] == "applicant_notice.reminder"]

    support.wait_for(task, timeout=2 * SWEEP_SECONDS + 8)
    notices = select(func.count()).where(
        Notification.user_id == mediator.user_id, Notification.kind == "mediation_limit.due"
    )
    # Two more sweeps later the mediator has still been told once.
    sweeps = _sweeps(beat)
    support.wait_for(lambda: _sweeps(beat) >= sweeps + 2, timeout=4 * SWEEP_SECONDS + 5)
    assert _scalar(client.application, notices) == 1
    assert len(task()) == 1
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=mediator.headers).get_json()
    assert "tell_applicant" not in [e["action"] for e in trail]

    today = utcnow().astimezone(CHINA).date().isoformat()
    do(client, mediator, case["id"], "tell_applicant", {"told_on": today, "means": "in_person"})
    trail = client.get(f"/api/v1/cases/{case['id']}/events", headers=mediator.headers).get_json()
    assert [e["action"] for e in trail][-2:] == ["tell_applicant", "follow"]
    assert trail[-2]["payload"] == {"told_on": today, "means": "in_person"}
    assert task() == []


def _sweeps(beat_log: Path) -> int:
    return beat_log.read_text().count("Sending due task dispatch-due-timers")


def test_a_second_beat_stops_at_once(settings: Settings, beat: Path, tmp_path: Path) -> None:
    log = tmp_path / "second-beat.log"
    process = support.celery_process(settings, log, ["beat"], None)
    assert process.wait(timeout=60) != 0
    assert "another beat is running" in log.read_text()
