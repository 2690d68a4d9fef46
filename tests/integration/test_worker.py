"""A real Celery worker takes tasks from the real broker (no eager mode)."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from sqlalchemy import select

from service.auth.enums import Role
from service.broker import send
from service.cases.models import Case
from service.db import unit_of_work
from service.health.models import Heartbeat
from tests import data, support
from tests.conftest import Office


def _beat(app: Flask, process: str) -> Heartbeat | None:
    with app.app_context(), unit_of_work() as work:
        return work.scalar(select(Heartbeat).where(Heartbeat.process == process))


def test_worker_runs_a_task_sent_through_the_broker(db: Flask, worker: Path) -> None:
    with db.app_context():
        send(db, "unioncase.heartbeat", "test-worker")

    beat = support.wait_for(lambda: _beat(db, "test-worker"), timeout=30)
    assert beat.count == 1

    with db.app_context():
        send(db, "unioncase.heartbeat", "test-worker")
    support.wait_for(lambda: (_beat(db, "test-worker") or beat).count == 2, timeout=30)
    assert "unioncase.heartbeat" in worker.read_text()


def test_readyz_reports_when_a_worker_was_last_seen(db: Flask, worker: Path) -> None:
    with db.app_context():
        send(db, "unioncase.heartbeat", "readiness-check")
    support.wait_for(lambda: _beat(db, "readiness-check"), timeout=30)

    body = db.test_client().get("/readyz").get_json()
    assert body["checks"]["worker"]["seen_at"] is not None
    assert body["checks"]["worker"]["ok"] is True


def test_the_worker_logs_the_relay_s_work_and_not_its_idle_runs(
    db: Flask, worker: Path, office: Office
) -> None:
    office.unit("XA-HG")
    desk = office.staff(Role.INTAKE, "XA-HG")
    office.staff(Role.MEDIATOR, "XA-HG")
    with db.app_context():
        for _ in range(3):
            send(db, "unioncase.relay_outbox")  # nothing to publish
    case = db.test_client().post("/api/v1/cases", json=data.dispute(), headers=desk.headers)
    routed = select(Case.status).where(Case.id == case.get_json()["id"])
    support.wait_for(lambda: _scalar(db, routed) == "under_review", timeout=30)
    with db.app_context():
        send(db, "unioncase.heartbeat", "after-the-relays")
    support.wait_for(lambda: _beat(db, "after-the-relays"), timeout=30)

    text = worker.read_text()
    assert "outbox events published" in text
    assert "unioncase.relay_outbox[" not in text  # no "received", no "succeeded"


def _scalar(app: Flask, statement):  # type: ignore[no-untyped-def]
    with app.app_context(), unit_of_work() as work:
        return work.scalar(statement)
