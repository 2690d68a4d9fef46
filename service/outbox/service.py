"""The transactional outbox (DESIGN §4): events leave for the broker only after commit."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from service.cases.models import Case, CaseEvent
from service.db import upsert, utcnow
from service.outbox.models import ConsumedEvent, OutboxMessage

log = logging.getLogger(__name__)

# Which tasks consume which topic; the web knows them only by name.
CONSUMERS: dict[str, tuple[str, ...]] = {
    "case.register": ("unioncase.route_case", "unioncase.alert_collective"),
}
RELAY_TASK = "unioncase.relay_outbox"
MAX_ATTEMPTS = 5
BATCH = 100
PENDING_FLAG = "outbox_pending"


class BrokerUnavailable(Exception):
    """The broker cannot be reached: leave every message for the next relay."""


def add(*, db_session: Session, event: CaseEvent) -> None:
    """Queue ``event`` for publication, in the transaction that records it."""
    db_session.add(
        OutboxMessage(
            event_id=event.event_id,
            topic=f"case.{event.action}",
            case=event.case,
            payload={"event_id": event.event_id},
        )
    )
    db_session.info[PENDING_FLAG] = True


def _claim(db_session: Session) -> list[OutboxMessage]:
    """Pending messages no other relay holds.

    PostgreSQL skips rows another relay has locked; SQLite transactions begin
    IMMEDIATE (service.db), so a relay there is the only writer until it commits.
    """
    statement = (
        select(OutboxMessage)
        .where(OutboxMessage.published_at.is_(None), OutboxMessage.dead_at.is_(None))
        .order_by(OutboxMessage.id)
        .limit(BATCH)
    )
    if db_session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update(skip_locked=True)
    return list(db_session.scalars(statement))


Publish = Callable[[str, list[Any]], None]


def relay(*, db_session: Session, publish: Publish) -> int:
    """Publish one batch of pending messages to their consumers; returns how many went.

    A message whose publication fails counts an attempt and is dead-lettered after
    MAX_ATTEMPTS; a broker that cannot be reached stops the batch without counting.
    """
    published = 0
    for message in _claim(db_session):
        try:
            for task_name in CONSUMERS.get(message.topic, ()):
                publish(task_name, [message.event_id])
        except BrokerUnavailable:
            log.warning(
                "broker unavailable; outbox relay stops", extra={"case_id": message.case_id}
            )
            break
        except Exception as exc:  # any other failure belongs to this message alone
            message.attempts += 1
            message.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if message.attempts >= MAX_ATTEMPTS:
                message.dead_at = utcnow()
                log.error("outbox message dead-lettered", extra={"case_id": message.case_id})
            continue
        message.published_at = utcnow()
        published += 1
    return published


def dead_letters(*, db_session: Session, unit_ids: frozenset[int]) -> list[OutboxMessage]:
    """The dead letters about cases of ``unit_ids`` (every outbox row is a case's event)."""
    return list(
        db_session.scalars(
            select(OutboxMessage)
            .join(Case, Case.id == OutboxMessage.case_id)
            .where(OutboxMessage.dead_at.is_not(None), Case.unit_id.in_(unit_ids))
            .order_by(OutboxMessage.id.desc())
            .limit(500)
        )
    )


def first_time(*, db_session: Session, consumer: str, event_id: str) -> bool:
    """Record that ``consumer`` handles ``event_id`` now; False if it already did.

    The record commits with the consumer's effect, so a redelivered event does nothing.
    """
    statement = (
        upsert(db_session)(ConsumedEvent)
        .values(consumer=consumer, event_id=event_id, consumed_at=utcnow())
        .on_conflict_do_nothing()
        .returning(ConsumedEvent.event_id)
    )
    return db_session.execute(statement).first() is not None


NUDGE_PAUSE = 5.0  # seconds without nudges after one failed: requests must not wait on it


def nudge(app: Flask) -> None:
    """Ask a worker to drain the outbox now; if the broker is down, beat will do it later."""
    if time.monotonic() < app.extensions.get("nudges_paused_until", 0.0):
        return
    try:
        app.extensions["celery"].send_task(RELAY_TASK, retry=False)
    except Exception:  # the broker is down: intake must go on, the events wait in the outbox
        app.extensions["nudges_paused_until"] = time.monotonic() + NUDGE_PAUSE
        log.warning("could not nudge the outbox relay; beat will drain it")


def commit(db_session: Session, app: Flask) -> None:
    """Commit, then nudge the relay if this unit of work queued events."""
    db_session.commit()
    if db_session.info.pop(PENDING_FLAG, False):
        nudge(app)
