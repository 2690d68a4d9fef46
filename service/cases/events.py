"""The append-only, hash-chained audit trail of a case (DESIGN §7.6)."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from flask import current_app
from sqlalchemy.orm import Session

from service.cases import batch
from service.cases.models import Case, CaseEvent
from service.db import utcnow
from service.outbox import service as outbox

GENESIS_HASH = "0" * 64
# Events hashed with plain SHA-256 before the chain was keyed, whose trail did not
# verify when migration 0005 re-keyed the others: they can never verify again.
LEGACY_KEY_ID = "sha256"


def key_id_of(secret: str) -> str:
    """A short public name of an audit key, derived from it, stored with each event."""
    return "k" + hashlib.sha256(f"unioncase audit key id\n{secret}".encode()).hexdigest()[:12]


@dataclass(frozen=True)
class TrailKeys:
    """The keys of the hash chain: the current one signs, the earlier ones still verify.

    They come from the settings (``AUDIT_KEY``, ``AUDIT_KEYS``), never from the
    database, so write access to the database alone cannot recompute a chain.
    """

    current_id: str
    secrets: dict[str, bytes]

    @classmethod
    def of(cls, current: str, earlier: tuple[str, ...] = ()) -> TrailKeys:
        secrets = {key_id_of(secret): secret.encode() for secret in (*earlier, current)}
        return cls(current_id=key_id_of(current), secrets=secrets)

    def sign(self, key_id: str, message: str) -> str | None:
        """HMAC-SHA256 of ``message`` under the key ``key_id``; None if it is not held."""
        secret = self.secrets.get(key_id)
        if secret is None:
            return None
        return hmac.new(secret, message.encode(), hashlib.sha256).hexdigest()


def trail_keys() -> TrailKeys:
    """The keys of the running app (``service.app.create_app`` sets them)."""
    keys: TrailKeys = current_app.extensions["trail_keys"]
    return keys


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


def chained(prev_hash: str, content: dict[str, Any]) -> str:
    """The text a hash chain signs: the previous hash, then the content as canonical JSON."""
    return prev_hash + json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


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
