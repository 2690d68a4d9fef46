"""Replaying the answer to a request retried with the same Idempotency-Key."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from service.db import utcnow
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


def find(*, db_session: Session, user_id: int, key: str, digest: str) -> IdempotencyRecord | None:
    """The stored answer for this key, or None; 422 when the key came with another body."""
    record = db_session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key
        )
    )
    if record is not None and record.request_digest != digest:
        raise ApiError(
            422,
            N_("this Idempotency-Key was already used with a different request body"),
            code="idempotency_key_reused",
            fields={"Idempotency-Key": [N_("already used with a different body")]},
        )
    return record


def remember(
    *,
    db_session: Session,
    user_id: int,
    key: str,
    digest: str,
    status_code: int,
    response: dict[str, Any],
) -> None:
    db_session.add(
        IdempotencyRecord(
            user_id=user_id,
            key=key,
            request_digest=digest,
            status_code=status_code,
            response=response,
        )
    )


def forget_older_than(*, db_session: Session, hours: int) -> int:
    """Delete answers kept longer than ``hours``; returns how many went."""
    cutoff = utcnow() - timedelta(hours=hours)
    result = db_session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff)
    )
    return result.rowcount or 0  # type: ignore[attr-defined]
