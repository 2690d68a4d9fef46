"""The append-only, hash-chained audit trail of a case (DESIGN §7.6)."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from service.cases.models import Case, CaseEvent
from service.db import utcnow
from service.errors import ApiError

GENESIS_HASH = "0" * 64


def content_hash(event: CaseEvent) -> str:
    """SHA-256 of the previous hash and this event's canonical content."""
    content = {
        "event_id": event.event_id,
        "case_id": event.case_id,
        "seq": event.seq,
        "action": event.action,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor_id": event.actor_id,
        "occurred_at": event.occurred_at.astimezone(UTC).isoformat(),
        "note": event.note,
        "payload": event.payload,
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((event.prev_hash + canonical).encode()).hexdigest()


def flush_case(db_session: Session) -> None:
    """Write the case's versioned UPDATE now; 412 if someone else changed it first.

    Done before an event is appended: the UPDATE takes the row lock, so the event's
    sequence number is read by the one transaction that may write it.
    """
    try:
        db_session.flush()
    except StaleDataError:
        raise ApiError(412, "the case was changed by someone else; reload it") from None


def append(
    *,
    db_session: Session,
    case: Case,
    action: str,
    from_status: str | None,
    actor_id: int | None,
    payload: dict[str, Any] | None = None,
    note: str = "",
    first: bool = False,
) -> CaseEvent:
    """Add the next event of ``case``'s trail, recording its move to ``case.status``.

    ``first`` says the case is new, which spares the look-up of its last event.
    """
    last = None
    if not first:
        last = db_session.execute(
            select(CaseEvent.seq, CaseEvent.hash)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.seq.desc())
            .limit(1)
        ).first()
    seq, prev_hash = (last.seq + 1, last.hash) if last else (1, GENESIS_HASH)
    event = CaseEvent(
        event_id=str(uuid.uuid4()),
        case_id=case.id,
        seq=seq,
        action=action,
        from_status=from_status,
        to_status=case.status,
        actor_id=actor_id,
        occurred_at=utcnow().replace(microsecond=0),
        note=note,
        payload=payload or {},
        prev_hash=prev_hash,
    )
    event.hash = content_hash(event)
    db_session.add(event)
    return event
