"""The history of a household file: hash-chained events signed with the audit key.

A table of its own with the shape of ``case_events``: the case trail names its case
by number and is verified per case, so it does not take a household without
changes to both.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from service.db import utcnow
from service.domain_errors import Stale
from service.hash_chain import TrailKeys, chained, trail_keys
from service.households.models import Household, HouseholdEvent
from service.i18n import N_


def canonical(event: HouseholdEvent) -> str:
    content = {
        "event_id": event.event_id,
        "household": event.household_id,
        "seq": event.seq,
        "action": event.action,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor_id": event.actor_id,
        "occurred_at": event.occurred_at.isoformat(),
        "note": event.note,
        "payload": event.payload,
    }
    return chained(event.prev_hash, content)


def append(
    db_session: Session,
    household: Household,
    *,
    action: str,
    from_status: str | None,
    actor_id: int | None,
    payload: dict[str, Any],
    note: str = "",
) -> HouseholdEvent:
    """The next event of the household's hash-chained history, signed as case events are."""
    if household.id is None:
        db_session.flush()  # the chain names the household by its id
    event = HouseholdEvent(
        event_id=str(uuid.uuid4()),
        household_id=household.id,
        seq=household.trail_length + 1,
        action=action,
        from_status=from_status,
        to_status=household.status,
        actor_id=actor_id,
        occurred_at=utcnow().replace(microsecond=0),
        note=note,
        payload=payload,
        prev_hash=household.trail_head,
    )
    keys: TrailKeys = trail_keys()
    event.key_id = keys.current_id
    signed = keys.sign(keys.current_id, canonical(event))
    assert signed is not None
    event.hash = signed
    household.trail_length, household.trail_head = event.seq, event.hash
    db_session.add(event)
    try:
        db_session.flush()
    except StaleDataError:
        raise Stale(N_("the household file was changed by someone else; reload it")) from None
    return event


def events_of(db_session: Session, household: Household) -> list[HouseholdEvent]:
    return list(
        db_session.scalars(
            select(HouseholdEvent)
            .where(HouseholdEvent.household_id == household.id)
            .order_by(HouseholdEvent.seq)
        )
    )
