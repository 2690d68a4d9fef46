"""The transactional outbox (DESIGN §4): events leave for the broker only after commit.

Publishing is not delivery. Each event is owed to each of its consumers until that
consumer records it (``first_time``); the relay publishes what is due and makes it due
again a while later, so an event a broker lost is sent again with nobody acting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from flask import Flask
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from service.broker import send_soon
from service.cases.models import Case, CaseEvent
from service.db import upsert, utcnow
from service.outbox.models import ConsumedEvent, OutboxMessage

log = logging.getLogger(__name__)

# Who consumes which topic; each consumer is the task "unioncase.<consumer>".
CONSUMERS: dict[str, tuple[str, ...]] = {
    "case.register": ("route_case", "alert_collective"),
}
RELAY_TASK = "unioncase.relay_outbox"
MAX_ATTEMPTS = 5
BATCH = 100
PENDING_FLAG = "outbox_pending"


class BrokerUnavailable(Exception):
    """The broker cannot be reached: leave every message for the next relay."""


def task_name(consumer: str) -> str:
    return f"unioncase.{consumer}"


def add(*, db_session: Session, event: CaseEvent) -> None:
    """Owe ``event`` to each consumer of its topic, in the transaction that records it."""
    topic = f"case.{event.action}"
    for consumer in CONSUMERS.get(topic, ()):
        db_session.add(
            OutboxMessage(
                event_id=event.event_id,
                consumer=consumer,
                topic=topic,
                case=event.case,
                payload={"event_id": event.event_id},
                due_at=utcnow(),
            )
        )
        db_session.info[PENDING_FLAG] = True


def _claim(db_session: Session, now: datetime) -> list[OutboxMessage]:
    """Messages due now that no other relay holds (an index-only look when none are).

    PostgreSQL skips rows another relay has locked; SQLite transactions begin
    IMMEDIATE (service.db), so a relay there is the only writer until it commits.
    """
    statement = (
        select(OutboxMessage)
        .where(
            OutboxMessage.consumed_at.is_(None),
            OutboxMessage.dead_at.is_(None),
            OutboxMessage.due_at <= now,
        )
        .order_by(OutboxMessage.due_at)
        .limit(BATCH)
    )
    if db_session.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update(skip_locked=True)
    return list(db_session.scalars(statement))


Publish = Callable[[str, list[Any]], None]


def relay(*, db_session: Session, publish: Publish, redeliver_after: timedelta) -> int:
    """Publish one batch of due messages to their consumers; returns how many went.

    A published message is due again after ``redeliver_after`` times the attempts
    so far (a long queue is not taken for a lost one), unless its consumer records
    it first. After MAX_ATTEMPTS publications
    (or failures to publish) it is dead-lettered. A broker that cannot be reached
    stops the batch without counting.
    """
    now = utcnow()
    published = 0
    for message in _claim(db_session, now):
        if message.attempts >= MAX_ATTEMPTS:
            _dead_letter(message, now, "not consumed after every attempt")
            continue
        try:
            publish(task_name(message.consumer), [message.event_id])
        except BrokerUnavailable:
            log.warning(
                "broker unavailable; outbox relay stops", extra={"case_id": message.case_id}
            )
            break
        except Exception as exc:  # any other failure belongs to this message alone
            message.attempts += 1
            message.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if message.attempts >= MAX_ATTEMPTS:
                _dead_letter(message, now, message.last_error)
            continue
        if message.attempts:
            log.warning(
                "event not consumed in time; published again",
                extra={
                    "case_id": message.case_id,
                    "consumer": message.consumer,
                    "attempt": message.attempts + 1,
                },
            )
        message.attempts += 1
        message.published_at = now
        message.due_at = now + redeliver_after * message.attempts
        published += 1
    return published


def _dead_letter(message: OutboxMessage, now: datetime, reason: str) -> None:
    message.dead_at = now
    message.last_error = message.last_error or reason
    log.error(
        "outbox message dead-lettered",
        extra={"case_id": message.case_id, "consumer": message.consumer, "reason": reason},
    )


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

    The record commits with the consumer's effect, and so does the end of the
    relay's duty to send the event again: a redelivered event does nothing.
    """
    now = utcnow()
    statement = (
        upsert(db_session)(ConsumedEvent)
        .values(consumer=consumer, event_id=event_id, consumed_at=now)
        .on_conflict_do_nothing()
        .returning(ConsumedEvent.event_id)
    )
    if db_session.execute(statement).first() is None:
        return False
    db_session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.event_id == event_id, OutboxMessage.consumer == consumer)
        .values(consumed_at=now)
        .execution_options(synchronize_session=False)
    )
    return True


def nudge(app: Flask) -> None:
    """Ask a worker to drain the outbox now, without waiting; the relay's beat is the net."""
    send_soon(app, RELAY_TASK)


def commit(db_session: Session, app: Flask) -> None:
    """Commit, then nudge the relay if this unit of work owed events to consumers."""
    db_session.commit()
    if db_session.info.pop(PENDING_FLAG, False):
        nudge(app)
