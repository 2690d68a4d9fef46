"""The append-only, hash-chained audit trail of a case (DESIGN §7.6)."""

from __future__ import annotations

import uuid
from datetime import UTC
from typing import Any

from sqlalchemy.orm import Session

from service.cases import batch
from service.cases.models import Case, CaseEvent
from service.db import utcnow
from service.hash_chain import TrailKeys, chained, trail_keys
from service.outbox import service as outbox


def canonical(event: CaseEvent, case_number: str) -> str:
    """The previous hash and this event's content, as the text the chain signs.

    The case is named by its number, which is fixed before the case is first
    written, so a new case and its first event go to the database together.
    """
    content = {
        "event_id": event.event_id,
        "case": case_number,
        "seq": event.seq,
        "action": event.action,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor_id": event.actor_id,
        "occurred_at": event.occurred_at.astimezone(UTC).isoformat(),
        "note": event.note,
        "payload": event.payload,
    }
    return chained(event.prev_hash, content)


def content_hash(event: CaseEvent, case_number: str, keys: TrailKeys) -> str | None:
    """The HMAC of the event under its own key id; None if that key is not held."""
    return keys.sign(event.key_id, canonical(event, case_number))


def append(
    *,
    db_session: Session,
    case: Case,
    action: str,
    from_status: str | None,
    actor_id: int | None,
    payload: dict[str, Any] | None = None,
    note: str = "",
) -> CaseEvent:
    """Add the next event of ``case``'s trail, recording its move to ``case.status``.

    The caller then writes it with ``batch.write``: the version check on the case row
    makes sure no other transaction appended to the trail meanwhile.
    """
    event = CaseEvent(
        event_id=str(uuid.uuid4()),
        case=case,
        seq=case.trail_length + 1,
        action=action,
        from_status=from_status,
        to_status=case.status,
        actor_id=actor_id,
        occurred_at=utcnow().replace(microsecond=0),
        note=note,
        payload=payload or {},
        prev_hash=case.trail_head,
    )
    keys = trail_keys()
    event.key_id = keys.current_id
    signed = content_hash(event, case.number, keys)
    assert signed is not None  # the current key is always held
    event.hash = signed
    case.trail_length, case.trail_head = event.seq, event.hash
    db_session.add(event)
    return event


def record(
    *,
    db_session: Session,
    case: Case,
    action: str,
    actor_id: int | None,
    payload: dict[str, Any] | None = None,
    note: str = "",
) -> CaseEvent:
    """Record on ``case``'s trail something done that leaves it in its state.

    The event, what its topic's consumers are owed, and the case's versioned write,
    together: 412 if someone else changed the case first.
    """
    event = append(
        db_session=db_session,
        case=case,
        action=action,
        from_status=case.status,
        actor_id=actor_id,
        payload=payload,
        note=note,
    )
    outbox.add(db_session=db_session, event=event)
    batch.write(db_session=db_session, case=case)
    return event
