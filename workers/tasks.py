"""Celery tasks: thin, named, time-limited; ids in, one unit of work inside."""

from __future__ import annotations

import logging
import socket

from celery import Celery
from flask import current_app

from service.db import unit_of_work, utcnow
from service.health.service import record_heartbeat
from service.idempotency.service import forget_older_than

log = logging.getLogger(__name__)


def heartbeat(process: str | None = None) -> None:
    """Record that a worker took a task from the broker (shown by /readyz)."""
    with unit_of_work() as work:
        record_heartbeat(db_session=work, process=process or socket.gethostname(), at=utcnow())
        work.commit()


def forget_idempotency_keys() -> None:
    hours = current_app.extensions["settings"].idempotency_ttl_hours
    with unit_of_work() as work:
        removed = forget_older_than(db_session=work, hours=hours)
        work.commit()
    log.info("idempotency keys forgotten", extra={"count": removed})


def register(celery: Celery) -> None:
    """Register every task on ``celery`` under its explicit name."""
    idempotent = {"acks_late": True, "reject_on_worker_lost": True}
    celery.task(name="unioncase.heartbeat", **idempotent)(heartbeat)
    celery.task(name="unioncase.forget_idempotency_keys", **idempotent)(forget_idempotency_keys)
