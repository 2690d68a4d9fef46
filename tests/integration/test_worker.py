"""A real Celery worker takes tasks from the real broker (no eager mode)."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from sqlalchemy import select

from service.broker import send
from service.db import unit_of_work
from service.health.models import Heartbeat
from tests import support


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
