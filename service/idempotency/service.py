"""Replaying the answer to a request retried with the same Idempotency-Key."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from service.db import upsert, utcnow
from service.errors import ApiError
from service.i18n import N_
from service.idempotency.models import IdempotencyRecord

MAX_KEY_LENGTH = 200


def request_digest(body: bytes) -> str:
    """A digest of the request body that ignores key order and white space."""
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":"))
    except ValueError:
        return hashlib.sha256(body).hexdigest()
    return hashlib.sha256(canonical.encode()).hexdigest()


def check_key(key: str) -> str:
    key = key.strip()
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise ApiError(
            400,
            N_("Idempotency-Key must be 1 to {count} printable characters", count=MAX_KEY_LENGTH),
            fields={"Idempotency-Key": [N_("not a usable key")]},
        )
    return key


# The status code a key holds while its first request is still running: the key is
# claimed, in its own committed row, before the request does anything, so that a
# retry arriving meanwhile waits for that answer instead of repeating the work.
IN_PROGRESS = 0
# A claim older than this belongs to a request that died (gunicorn kills a worker
# after 30 s); a retry may take the key over.
ABANDONED_AFTER = timedelta(seconds=60)
# How long a retry waits for the first request's answer before it is told to retry.
WAIT_SECONDS = 5.0
POLL_SECONDS = 0.05


def _refuse_other_body(record: IdempotencyRecord, digest: str) -> None:
    if record.request_digest != digest:
        raise ApiError(
            422,
            N_("this Idempotency-Key was already used with a different request body"),
            code="idempotency_key_reused",
            fields={"Idempotency-Key": [N_("already used with a different body")]},
        )


def claim(
    *, db_session: Session, user_id: int, key: str, digest: str
) -> tuple[int | None, IdempotencyRecord | None]:
    """Claim ``key`` for this request, or find the answer of the request that has it.

    Returns ``(claim_id, None)`` when this request now holds the key (the claim is
    committed, and on PostgreSQL locked until this request's unit of work ends), or
    ``(None, record)`` with the stored answer to replay. A retry that finds the key
    still in progress waits for its answer; 409 ``idempotency_in_progress`` when it
    takes too long. 422 when the key came with another body.
    """
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        claimed = db_session.scalar(
            upsert(db_session)(IdempotencyRecord)
            .values(
                user_id=user_id,
                key=key,
                request_digest=digest,
                status_code=IN_PROGRESS,
                response={},
                created_at=utcnow(),
            )
            .on_conflict_do_nothing(index_elements=["user_id", "key"])
            .returning(IdempotencyRecord.id)
        )
        if claimed is None:
            record = _held(db_session, user_id=user_id, key=key)
            if record is not None:
                _refuse_other_body(record, digest)
                if record.status_code != IN_PROGRESS:
                    return None, record
                claimed = _take_over_abandoned(db_session, record)
        if claimed is not None:
            db_session.commit()
            _hold(db_session, claimed)
            return claimed, None
        # End the transaction so that the next look sees what the first request commits.
        db_session.rollback()
        if time.monotonic() > deadline:
            raise ApiError(
                409,
                N_("a request with this Idempotency-Key is still being processed; retry shortly"),
                code="idempotency_in_progress",
                retry_after=1,
            )
        time.sleep(POLL_SECONDS)


def _held(db_session: Session, *, user_id: int, key: str) -> IdempotencyRecord | None:
    return db_session.scalar(
        select(IdempotencyRecord)
        .where(IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key)
        .execution_options(populate_existing=True)
    )


def _take_over_abandoned(db_session: Session, record: IdempotencyRecord) -> int | None:
    """Claim a key whose request died before answering; None while it may still answer."""
    now = utcnow()
    cutoff = now - ABANDONED_AFTER
    if record.created_at > cutoff:
        return None
    # Conditional, so that of two retries taking it over at once only one does.
    taken = db_session.execute(
        update(IdempotencyRecord)
        .where(
            IdempotencyRecord.id == record.id,
            IdempotencyRecord.status_code == IN_PROGRESS,
            IdempotencyRecord.created_at <= cutoff,
        )
        .values(created_at=now)
        .execution_options(synchronize_session=False)
    )
    return record.id if taken.rowcount == 1 else None  # type: ignore[attr-defined]


def _hold(db_session: Session, claim_id: int) -> None:
    """Lock the claim for the request's unit of work, so a take-over waits for it to end.

    (SQLite's write transaction already excludes every other writer.)
    """
    statement = select(IdempotencyRecord.id).where(IdempotencyRecord.id == claim_id)
    db_session.execute(statement.with_for_update())


def remember(
    *, db_session: Session, claim_id: int, status_code: int, response: dict[str, Any]
) -> None:
    """Store the answer on the claim, in the transaction of the request's effect."""
    db_session.execute(
        update(IdempotencyRecord)
        .where(IdempotencyRecord.id == claim_id)
        .values(status_code=status_code, response=response)
        .execution_options(synchronize_session=False)
    )


def release(*, db_session: Session, claim_id: int) -> None:
    """Give the key back after a refused or failed request: its retry runs afresh."""
    db_session.rollback()
    db_session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.id == claim_id))
    db_session.commit()


def forget_older_than(*, db_session: Session, hours: int) -> int:
    """Delete answers kept longer than ``hours``; returns how many went."""
    cutoff = utcnow() - timedelta(hours=hours)
    result = db_session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff)
    )
    return result.rowcount or 0  # type: ignore[attr-defined]
